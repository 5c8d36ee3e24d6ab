// The spreadsheet dialog's pure parts: column letters, the mapping it shows
// (the service's suggestion completed by header names), the checks made
// before a file is read, and where a row issue's message comes from.
import { describe, expect, it } from 'vitest';
import { XLSX_COLUMNS } from '../../../shared/api/contract';
import { MAX_BODY_BYTES } from '../../../electron/web/bridge';
import { MAX_UPLOAD_BASE64 } from '../../../shared/api/contract';
import {
  MAX_XLSX_BYTES,
  base64FromDataUrl,
  columnLetter,
  columnParts,
  duplicateColumns,
  fileProblem,
  issueMessageKeys,
  normaliseHeader,
  suggestMapping,
} from '../../../renderer/src/xlsx/mapping';

describe('columns', () => {
  it('names columns as a spreadsheet does', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });
  it('splits a column into field and language', () => {
    expect(columnParts('name.sq')).toEqual({ field: 'name', lang: 'sq' });
    expect(columnParts('baseline.value')).toEqual({ field: 'baseline.value', lang: null });
    expect(columnParts('milestone')).toEqual({ field: 'milestone', lang: null });
  });
  it('compares headers without accents, case or punctuation', () => {
    expect(normaliseHeader('  Emërtimi (SQ) ')).toBe('emertimisq');
    expect(normaliseHeader('name.sq')).toBe('namesq');
  });
});

describe('suggestMapping', () => {
  const headers = ['Nr.', 'Name (SQ)', 'name.en', 'Lloji', 'Vlera bazë', 'Viti bazë', 'Burimi'];

  it('keeps the service’s suggestion and fills the rest from header names', () => {
    const m = suggestMapping(headers, { 'name.sq': 1, type: 3 }, { 'baseline.value': ['Vlera bazë'], 'baseline.year': ['Viti baze'] });
    expect(Object.keys(m).sort()).toEqual([...XLSX_COLUMNS].sort());
    expect(m['name.sq']).toBe(1);
    expect(m['name.en']).toBe(2); // by its key
    expect(m.type).toBe(3);
    expect(m['baseline.value']).toBe(4);
    expect(m['baseline.year']).toBe(5); // accents ignored
    expect(m['dataSource.sq']).toBeNull();
  });

  it('fills a field the service found no column for only from a matching header, and drops indexes outside the sheet', () => {
    const m = suggestMapping(headers, { 'name.en': null, 'name.sq': 42, 'definition.sq': 42, 'unit.sq': null });
    expect(m['name.en']).toBe(2);
    expect(m['name.sq']).toBe(1);
    expect(m['definition.sq']).toBeNull();
    expect(m['unit.sq']).toBeNull();
  });

  it('gives a header to one field only', () => {
    const m = suggestMapping(['Emri'], { 'name.sq': 0, 'name.en': 0 }, { 'definition.sq': ['Emri'] });
    expect(m['name.sq']).toBe(0);
    expect(m['name.en']).toBeNull();
    expect(m['definition.sq']).toBeNull();
  });

  it('finds columns chosen twice', () => {
    const m = suggestMapping(headers, {});
    expect(duplicateColumns(m).size).toBe(0);
    expect([...duplicateColumns({ ...m, 'name.sq': 1, 'name.en': 1, 'unit.sq': 3, 'unit.en': null })]).toEqual([1]);
  });
});

describe('before reading a file', () => {
  it('refuses what is not an .xlsx, is empty or too large', () => {
    expect(fileProblem({ name: 'treguesit.xlsx', size: 2048 }, MAX_XLSX_BYTES)).toBeNull();
    expect(fileProblem({ name: 'TREGUESIT.XLSX', size: 2048 }, MAX_XLSX_BYTES)).toBeNull();
    expect(fileProblem({ name: 'treguesit.xls', size: 2048 }, MAX_XLSX_BYTES)).toBe('not-xlsx');
    expect(fileProblem({ name: 'treguesit.csv', size: 2048 }, MAX_XLSX_BYTES)).toBe('not-xlsx');
    expect(fileProblem({ name: 'bosh.xlsx', size: 0 }, MAX_XLSX_BYTES)).toBe('empty');
    expect(fileProblem({ name: 'madh.xlsx', size: MAX_XLSX_BYTES + 1 }, MAX_XLSX_BYTES)).toBe('too-large');
  });

  it('keeps the largest file within what the contract and the browser bridge accept', () => {
    expect(4 * Math.ceil(MAX_XLSX_BYTES / 3)).toBeLessThanOrEqual(MAX_UPLOAD_BASE64);
    expect(MAX_UPLOAD_BASE64 + 10_000).toBeLessThan(MAX_BODY_BYTES);
  });

  it('takes the base64 out of a data URL', () => {
    expect(base64FromDataUrl('data:application/vnd.openxmlformats-officedocument.spreadsheetml.sheet;base64,UEsDBA==')).toBe('UEsDBA==');
    expect(base64FromDataUrl('nonsense')).toBe('');
  });
});

describe('issue messages', () => {
  it('tries the validation code, then the message as a code, then the dialog’s own catalogue', () => {
    expect(issueMessageKeys({ code: 'too-long', message: 'Too long' })).toEqual(['validation.too-long', 'panels.xlsx.issue.too-long']);
    expect(issueMessageKeys({ code: 'custom', message: 'bad-date' })).toEqual(['validation.custom', 'validation.bad-date', 'panels.xlsx.issue.custom']);
  });
});

describe('every code the spreadsheet service reports has a message', () => {
  it('in both languages', async () => {
    const { SHEET_CODES } = await import('../../../electron/services/spreadsheet/validate');
    const { lookupIn } = await import('../../../renderer/src/quality/field-label');
    const { en, sq } = await import('../../../shared/i18n');
    // File refusals (sheet-file.ts) travel as issues of an invalid-input error.
    const codes = [...SHEET_CODES, 'not-a-spreadsheet', 'file-too-large', 'too-many-rows'];
    for (const cat of [sq, en]) {
      const lookup = lookupIn(cat);
      const missing = codes.filter((code) => !issueMessageKeys({ code, message: '' }).some((k) => typeof lookup(k) === 'string'));
      expect(missing).toEqual([]);
    }
  });
});
