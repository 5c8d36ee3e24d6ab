// The spreadsheet dialog's pure parts: column letters, the mapping and the
// target years it shows (the service's suggestion), the checks made before a
// file is read, and where a row issue's message comes from.
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
  issueColumn,
  issueMessageKeys,
  mappingFrom,
  targetColumnsOf,
  yearColumnsFrom,
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
  it('tells a field column from a target year’s column in an issue', () => {
    expect(issueColumn('unit.en')).toEqual({ field: 'unit.en' });
    expect(issueColumn('targets')).toEqual({ field: 'targets' });
    expect(issueColumn('targets.2021')).toEqual({ year: 2021 });
    expect(issueColumn('file')).toBeNull();
  });
});

describe('the mapping shown', () => {
  const headers = ['Nr.', 'Name (SQ)', 'name.en', 'Lloji', 'Synimi 2021', 'Synimi 2022', 'Target 2025'];

  it('is the service’s, every field named, indexes outside the sheet dropped', () => {
    const m = mappingFrom({ headers, mapping: { 'name.sq': 1, type: 3, 'unit.sq': 42 } });
    expect(Object.keys(m).sort()).toEqual([...XLSX_COLUMNS].sort());
    expect([m['name.sq'], m.type, m['unit.sq'], m['name.en']]).toEqual([1, 3, null, null]);
  });

  it('offers every year of the cycle and any the sheet has a column for, and sends only those with a column', () => {
    const years = yearColumnsFrom({
      cycleYears: [2020, 2021, 2022],
      targetColumns: [
        { year: 2025, column: 6 },
        { year: 2021, column: 4 },
        { year: 2022, column: 5 },
      ],
    });
    expect(years).toEqual([
      { year: 2020, column: null },
      { year: 2021, column: 4 },
      { year: 2022, column: 5 },
      { year: 2025, column: 6 },
    ]);
    expect(targetColumnsOf(years)).toEqual([
      { year: 2021, column: 4 },
      { year: 2022, column: 5 },
      { year: 2025, column: 6 },
    ]);
    // A column chosen for a field and a year is pointed out.
    const m = mappingFrom({ headers, mapping: { 'name.sq': 1, 'baseline.value': 4 } });
    expect([...duplicateColumns(m, years)]).toEqual([4]);
  });

  it('finds columns chosen twice', () => {
    const m = mappingFrom({ headers, mapping: {} });
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
