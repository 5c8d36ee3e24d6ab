// Safety codes as people read, type and paste them: six groups of five
// digits; spaces, dashes and dots ignored when comparing.
import { describe, expect, it } from 'vitest';
import { checkSafetyCode, formatSafetyCode, normaliseSafetyCode, safetyCodeGroups } from '../../../renderer/src/sync/safety-code';

const CODE = '123456789012345678901234567890';

describe('formatSafetyCode', () => {
  it('groups 30 digits in six groups of five', () => {
    expect(formatSafetyCode(CODE)).toBe('12345 67890 12345 67890 12345 67890');
    expect(safetyCodeGroups(CODE)).toHaveLength(6);
  });

  it('regroups a code that already has spaces or dashes', () => {
    expect(formatSafetyCode('12345-67890 1234567890 12345 67890 12345')).toBe('12345 67890 12345 67890 12345 67890 12345');
  });

  it('keeps a short last group', () => {
    expect(safetyCodeGroups('1234567')).toEqual(['12345', '67']);
    expect(safetyCodeGroups('')).toEqual([]);
  });
});

describe('normaliseSafetyCode', () => {
  it('drops spaces, tabs, line breaks, dashes and dots', () => {
    expect(normaliseSafetyCode(' 12345 67890\t12345\n67890-12345.67890 ')).toBe(CODE);
  });

  it('turns full-width digits into ASCII ones (a code pasted from a document)', () => {
    expect(normaliseSafetyCode('１２３４５')).toBe('12345');
  });

  it('keeps anything else, so it can be reported', () => {
    expect(normaliseSafetyCode('12345 abcde')).toBe('12345abcde');
  });
});

describe('checkSafetyCode', () => {
  it('matches with or without spaces', () => {
    expect(checkSafetyCode(CODE, formatSafetyCode(CODE))).toBe('match');
    expect(checkSafetyCode(formatSafetyCode(CODE), CODE)).toBe('match');
    expect(checkSafetyCode('12345-67890-12345-67890-12345-67890', CODE)).toBe('match');
  });

  it('says what is wrong otherwise', () => {
    expect(checkSafetyCode('', CODE)).toBe('empty');
    expect(checkSafetyCode('   ', CODE)).toBe('empty');
    expect(checkSafetyCode('12345 6789O', CODE)).toBe('invalid');
    expect(checkSafetyCode('12345 67890', CODE)).toBe('incomplete');
    expect(checkSafetyCode('12345 67890 12345 67890 12345 67891', CODE)).toBe('mismatch');
    expect(checkSafetyCode(`${CODE}1`, CODE)).toBe('mismatch');
  });
});
