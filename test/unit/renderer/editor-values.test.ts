// What people type into measured-value boxes, and an indicator's targets per
// year (amounts and dates: test/unit/format).
import { describe, expect, it } from 'vitest';
import { cycleYears, formatMeasure, parseMeasure, setTarget, targetFor } from '../../../renderer/src/editor/values';

describe('measured values', () => {
  it('are numbers when they look like numbers, short statements otherwise', () => {
    expect(parseMeasure('55', 'sq')).toBe(55);
    expect(parseMeasure('4,5', 'sq')).toBe(4.5);
    expect(parseMeasure(' ligji i miratuar ', 'sq')).toBe('ligji i miratuar');
    expect(parseMeasure('', 'en')).toBeNull();
    expect(formatMeasure(55, 'sq')).toBe('55');
    expect(formatMeasure('law adopted', 'en')).toBe('law adopted');
    expect(formatMeasure(null, 'sq')).toBe('');
  });

  it('read and write numbers by the rule amounts follow, in the interface language', () => {
    expect(parseMeasure('1.500', 'sq')).toBe(1500);
    expect(parseMeasure('1,500', 'en')).toBe(1500);
    expect(parseMeasure('1.500 raste', 'sq')).toBe('1.500 raste');
    expect(formatMeasure(1500, 'sq')).toBe('1.500');
    expect(formatMeasure(4.5, 'sq')).toBe('4,5');
    expect(formatMeasure(4.5, 'en')).toBe('4.5');
  });
});

describe('targets', () => {
  it('has one year per calendar year of the cycle', () => {
    expect(cycleYears('2020-09-01', '2022-08-31')).toEqual([2020, 2021, 2022]);
    expect(cycleYears('2022-01-01', '2021-12-31')).toEqual([]);
  });

  it('sets, replaces and removes one year, keeping the list sorted', () => {
    let t = setTarget([], 2022, 60);
    t = setTarget(t, 2020, 20);
    t = setTarget(t, 2021, 'law adopted');
    expect(t).toEqual([
      { year: 2020, value: 20 },
      { year: 2021, value: 'law adopted' },
      { year: 2022, value: 60 },
    ]);
    t = setTarget(t, 2021, null);
    expect(t.map((x) => x.year)).toEqual([2020, 2022]);
    expect(targetFor(t, 2022)).toBe(60);
    expect(targetFor(t, 2021)).toBeNull();
  });
});
