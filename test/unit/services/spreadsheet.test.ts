import { crc32, deflateRawSync } from 'node:zlib';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { targetYear } from '../../../electron/services/spreadsheet/columns';
import { exportFileName } from '../../../electron/services/spreadsheet/file-name';
import { dbPath } from '../../../electron/services/workspace/paths';
import { MAX_UPLOAD_BYTES, XLSX_COLUMNS, type XlsxMapping } from '../../../shared/api/contract';
import type { Commitment } from '../../../shared/model/plan';
import { type TempWorkspace, tempWorkspace, ticking } from '../../helpers/temp-workspace';

let ws: TempWorkspace;
afterEach(async () => {
  await ws?.cleanup();
});

/** A real .xlsx made the way a spreadsheet program would, base64 like the UI uploads it. */
async function xlsx(rows: ExcelJS.CellValue[][], sheetName = 'Fleta 1'): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet(sheetName);
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}
const upload = (dataBase64: string, name = 'treguesit.xlsx') => ({ name, dataBase64 });

async function firstSheet(dataBase64: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(dataBase64, 'base64') as unknown as ExcelJS.Buffer);
  return wb.worksheets[0]!;
}

/** The years of the cycle a temporary workspace starts with. */
const CYCLE_YEARS = [2020, 2021, 2022];

/** A minimal ZIP writer (deflate), to make archives that are not spreadsheets. */
function zip(entries: [string, Buffer | string][]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of entries) {
    const data = Buffer.from(content);
    const packed = deflateRawSync(data);
    const n = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(n.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc32(data), 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(n.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, n, packed);
    centrals.push(central, n);
    offset += 30 + n.length + packed.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

async function setup(institution: 'MD' | 'NAIS' = 'MD') {
  ws = await tempWorkspace({ role: 'lfp', institution }, ticking());
  const c = await ws.ok('commitment.create', {
    componentCode: institution === 'MD' ? 'access-to-justice' : 'digital-governance',
    title: { sq: 'Ndihmë juridike' },
  });
  const m1 = await ws.ok('milestone.create', { commitmentId: c.id });
  const m2 = await ws.ok('milestone.create', { commitmentId: c.id });
  return { c, m1, m2 };
}

const get = (id: string) => ws.ok('commitment.get', { id });
const strip = (c: Commitment) => c.indicators.map(({ id: _i, seq: _s, rev: _r, createdAt: _c, updatedAt: _u, ...rest }) => rest);

const ONE_LANGUAGE_SHEET: ExcelJS.CellValue[][] = [
  ['Emri', 'Name (English)', 'Lloji', 'Vlera bazë', 'Viti bazë', 'Vlerat e synuara', 'Shpeshtësia', 'Institucioni', 'Hapi kyç', 'Koment'],
  ['Numri i vendimeve të publikuara', 'Published decisions', 'Produkt', 120, 2019, '2021: 200; 2022: 300', 'Vjetore', 'AKSHI', 2, 'shënim i brendshëm'],
  ['Kënaqësia e qytetarëve', '', 'tregues i rezultatit', 'e ulët', '', '2021: mesatare\n2022: e lartë', 'quarterly', '', null, ''],
  [],
  ['', 'Only English name', 'OUTCOME', -5, '2020', '', '', 'md', '1', ''],
];

describe('indicator sheet: preview', () => {
  it('recognises the columns, checks every row, and writes nothing', async () => {
    const { c } = await setup();
    const before = await get(c.id);
    const preview = await ws.ok('indicator.xlsxPreview', { commitmentId: c.id, file: upload(await xlsx(ONE_LANGUAGE_SHEET)) });
    expect(preview.sheetName).toBe('Fleta 1');
    expect(preview.headers[0]).toBe('Emri');
    expect(preview.mapping).toMatchObject({
      'name.sq': 0,
      'name.en': 1,
      type: 2,
      'baseline.value': 3,
      'baseline.year': 4,
      targets: 5,
      frequency: 6,
      responsibleInstitution: 7,
      milestone: 8,
      'definition.sq': null,
    });
    expect(Object.keys(preview.mapping).sort()).toEqual([...XLSX_COLUMNS].sort());
    // Row 4 is empty and skipped; rows keep the spreadsheet's numbering.
    expect(preview.rows).toEqual([
      { row: 2, ok: true, action: 'create', issues: [], name: { sq: 'Numri i vendimeve të publikuara', en: 'Published decisions' } },
      { row: 3, ok: true, action: 'create', issues: [], name: { sq: 'Kënaqësia e qytetarëve', en: '' } },
      { row: 5, ok: true, action: 'create', issues: [], name: { sq: '', en: 'Only English name' } },
    ]);
    expect([preview.valid, preview.invalid]).toEqual([3, 0]);
    expect(await get(c.id)).toEqual(before);
  });

  it('reports every row problem with its column and a translatable code', async () => {
    const { c } = await setup();
    const head = ['Emri (shqip) / Name (Albanian)', 'Lloji', 'Vlera bazë', 'Viti bazë', 'Vlerat e synuara', 'Shpeshtësia', 'Institucioni', 'Hapi kyç'];
    const rows: ExcelJS.CellValue[][] = [
      head,
      ['Viti jashtë ciklit', '', '', 2030, '2019: 5', '', '', ''], // 2
      ['Viti nuk është vit', '', '', 'vjet', '2021 40', '', '', ''], // 3
      ['Dy herë', '', '', '', '2021: 1; 2021: 2', '', '', ''], // 4
      ['x'.repeat(100_000), '', '', '', '', '', '', ''], // 5
      ['Teksti \u202Eme kthim', '', '', '', '', '', '', ''], // 6
      ['Lloj i panjohur', 'impact', '', '', '', 'weekly', 'XYZ', 7], // 7
      ['', '', 12, '', '', '', '', ''], // 8: no name
      ['-5 shkolla', '', -5, '', '', '', '', ''], // 9: negative-looking but fine
      ['Formulë pa vlerë', '', { formula: 'A1*2' } as ExcelJS.CellValue, '', '', '', '', ''], // 10
      ['Gabim', '', { error: '#DIV/0!' } as ExcelJS.CellValue, '', '', '', '', ''], // 11
    ];
    const preview = await ws.ok('indicator.xlsxPreview', { commitmentId: c.id, file: upload(await xlsx(rows)) });
    const byRow = new Map(preview.rows.map((r) => [r.row, r.issues.map((i) => `${i.column}:${i.code}`)]));
    expect(Object.fromEntries(byRow)).toEqual({
      2: ['baseline.year:year-outside-cycle', 'targets:year-outside-cycle'],
      3: ['baseline.year:bad-year', 'targets:bad-targets'],
      4: ['targets:duplicate-year'],
      5: ['name.sq:too-long'],
      6: ['name.sq:control-characters'],
      7: ['type:unknown-type', 'frequency:unknown-frequency', 'responsibleInstitution:unknown-institution', 'milestone:unknown-milestone'],
      8: ['name.sq:required'],
      9: [],
      10: ['baseline.value:formula'],
      11: ['baseline.value:cell-error'],
    });
    expect([preview.valid, preview.invalid]).toEqual([1, 9]);
    // Names come back shown safely: bounded, without the direction override.
    const long = preview.rows.find((r) => r.row === 5)!;
    expect(long.name.sq.length).toBeLessThanOrEqual(500);
    expect(preview.rows.find((r) => r.row === 6)!.name.sq).toBe('Teksti me kthim');
    for (const r of preview.rows) for (const i of r.issues) expect(i.message.length).toBeLessThan(200);
  });

  it('suggests no mapping for unknown columns, and uses the one given', async () => {
    const { c } = await setup();
    const data = await xlsx([
      ['Foo', 'Bar'],
      ['Treguesi A', '2021: 10'],
    ]);
    const guessed = await ws.ok('indicator.xlsxPreview', { commitmentId: c.id, file: upload(data) });
    expect(Object.values(guessed.mapping).every((v) => v === null)).toBe(true);
    expect(guessed.rows).toEqual([{ row: 2, ok: false, action: 'create', issues: [expect.objectContaining({ column: 'name.sq', code: 'required' })], name: { sq: '', en: '' } }]);
    const mapped = await ws.ok('indicator.xlsxPreview', { commitmentId: c.id, file: upload(data), mapping: { 'name.sq': 0, targets: 1 } });
    expect(mapped.rows).toEqual([{ row: 2, ok: true, action: 'create', issues: [], name: { sq: 'Treguesi A', en: '' } }]);
    // A column beyond the sheet is simply empty.
    const far = await ws.ok('indicator.xlsxPreview', { commitmentId: c.id, file: upload(data), mapping: { 'name.sq': 0, 'name.en': 150 } });
    expect(far.valid).toBe(1);
  });

  it('refuses what is not an .xlsx: a renamed text file, a ZIP of something else, a broken workbook, a bomb, a huge file', async () => {
    const { c } = await setup();
    const before = await get(c.id);
    const refusal = async (dataBase64: string, name = 'treguesit.xlsx') => {
      const res = await ws.plani.call('indicator.xlsxPreview', { commitmentId: c.id, file: upload(dataBase64, name) });
      expect(res.ok).toBe(false);
      if (res.ok) return '';
      expect(res.error.code).toBe('invalid-input');
      expect(res.error.details?.issues?.[0]?.path).toBe('file');
      return res.error.details?.issues?.[0]?.code;
    };
    const b64 = (b: Buffer | string) => Buffer.from(b).toString('base64');
    expect(await refusal(b64('Emri;Lloji\nTreguesi;Produkt\n'), 'treguesit.txt.xlsx')).toBe('not-a-spreadsheet');
    expect(await refusal(b64(Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(200, 7)])))).toBe('not-a-spreadsheet');
    expect(await refusal(b64(zip([['readme.txt', 'hello']])))).toBe('not-a-spreadsheet');
    expect(await refusal(b64(zip([['[Content_Types].xml', '<not really/>'], ['xl/workbook.xml', 'garbage <<<']])))).toBe('not-a-spreadsheet');
    expect(await refusal('')).toBe('not-a-spreadsheet');
    // 4 × 30 MB of zeros packs into a few hundred KB.
    const zeros = Buffer.alloc(30 * 1024 * 1024);
    const bomb = zip([['[Content_Types].xml', zeros], ['xl/workbook.xml', zeros], ['xl/a.xml', zeros], ['xl/b.xml', zeros]]);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(await refusal(b64(bomb))).toBe('file-too-large');
    // Over the upload limit: the contract refuses it before the service reads a byte.
    const huge = await ws.plani.call('indicator.xlsxPreview', { commitmentId: c.id, file: upload(b64(Buffer.alloc(MAX_UPLOAD_BYTES + 10_000, 1))) });
    expect(!huge.ok && huge.error.details?.issues?.map((i) => [i.path, i.code])).toEqual([['file.dataBase64', 'too_big']]);
    expect(await get(c.id)).toEqual(before);
  });

  it("refuses another institution's commitment; export stays open to all", async () => {
    const { c } = await setup();
    await ws.ok('indicator.create', { commitmentId: c.id });
    const db = new Database(dbPath(ws.dir));
    db.prepare("UPDATE commitment SET owner = 'MOFE' WHERE id = ?").run(c.id);
    db.close();
    const data = await xlsx(ONE_LANGUAGE_SHEET);
    const refused = { ok: false, error: { code: 'not-owner', details: { params: { owner: 'MOFE' } } } };
    expect(await ws.plani.call('indicator.xlsxPreview', { commitmentId: c.id, file: upload(data) })).toEqual(refused);
    expect(await ws.plani.call('indicator.xlsxImport', { commitmentId: c.id, file: upload(data), mapping: {}, validOnly: true })).toEqual(refused);
    expect((await ws.ok('indicator.xlsxExport', { commitmentId: c.id })).fileName).toBe('treguesit-Ndihmë juridike.xlsx');
  });
});

describe('indicator sheet: import', () => {
  it('imports every row in one go, appended after the existing indicators', async () => {
    const { c, m1, m2 } = await setup();
    const existing = await ws.ok('indicator.create', { commitmentId: c.id });
    const data = await xlsx(ONE_LANGUAGE_SHEET);
    const { mapping } = await ws.ok('indicator.xlsxPreview', { commitmentId: c.id, file: upload(data) });
    expect(await ws.ok('indicator.xlsxImport', { commitmentId: c.id, file: upload(data), mapping, validOnly: false })).toEqual({ imported: 3, updated: 0, unchanged: 0, skipped: 0 });
    const got = await get(c.id);
    expect(got.indicators.map((i) => i.seq)).toEqual([1, 2, 3, 4]);
    expect(got.indicators[0]!.id).toBe(existing.id);
    expect(got.indicators.slice(1)).toMatchObject([
      {
        name: { sq: 'Numri i vendimeve të publikuara', en: 'Published decisions' },
        type: 'output',
        baseline: { value: 120, year: 2019 },
        targets: [
          { year: 2021, value: 200 },
          { year: 2022, value: 300 },
        ],
        frequency: 'annual',
        responsibleInstitution: 'NAIS',
        milestoneId: m2.id,
        definition: { sq: '', en: '' },
        rev: 1,
      },
      {
        name: { sq: 'Kënaqësia e qytetarëve', en: '' },
        type: 'outcome',
        baseline: { value: 'e ulët', year: null },
        targets: [
          { year: 2021, value: 'mesatare' },
          { year: 2022, value: 'e lartë' },
        ],
        frequency: 'quarterly',
        responsibleInstitution: 'MD',
        milestoneId: null,
      },
      { name: { sq: '', en: 'Only English name' }, type: 'outcome', baseline: { value: -5, year: 2020 }, responsibleInstitution: 'MD', milestoneId: m1.id },
    ]);
    expect(got.updatedAt > got.createdAt).toBe(true);
  });

  it('writes nothing when a row is invalid, unless asked for the valid rows only', async () => {
    const { c } = await setup();
    const rows = [...ONE_LANGUAGE_SHEET, ['Viti keq', '', '', '', 2035, '', '', '', '', '']];
    const data = await xlsx(rows);
    const { mapping } = await ws.ok('indicator.xlsxPreview', { commitmentId: c.id, file: upload(data) });
    const before = await get(c.id);
    const res = await ws.plani.call('indicator.xlsxImport', { commitmentId: c.id, file: upload(data), mapping, validOnly: false });
    expect(res).toEqual({
      ok: false,
      error: {
        code: 'invalid-input',
        details: {
          issues: [{ path: 'rows[6].baseline.year', code: 'year-outside-cycle', message: expect.any(String) }],
          params: { invalid: 1, rows: 4 },
        },
      },
    });
    expect(await get(c.id)).toEqual(before);
    expect(await ws.ok('indicator.xlsxImport', { commitmentId: c.id, file: upload(data), mapping, validOnly: true })).toEqual({ imported: 3, updated: 0, unchanged: 0, skipped: 1 });
    expect((await get(c.id)).indicators.map((i) => i.name.sq)).toEqual(['Numri i vendimeve të publikuara', 'Kënaqësia e qytetarëve', '']);
  });

  it('refuses an import that would take the commitment past 500 indicators', async () => {
    const { c } = await setup();
    const db = new Database(dbPath(ws.dir));
    const ins = db.prepare("INSERT INTO indicator (id, commitment_id, seq, created_at, updated_at) VALUES (?, ?, ?, 'x', 'x')");
    for (let i = 1; i <= 498; i++) ins.run(`00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, c.id, i);
    db.close();
    const data = await xlsx(ONE_LANGUAGE_SHEET);
    const res = await ws.plani.call('indicator.xlsxImport', { commitmentId: c.id, file: upload(data), mapping: { 'name.sq': 0, 'name.en': 1 }, validOnly: false });
    expect(res.ok === false && res.error.details?.issues?.map((i) => i.code)).toEqual(['list-full']);
    const check = new Database(dbPath(ws.dir), { readonly: true });
    expect(check.prepare('SELECT count(*) AS n FROM indicator').get()).toEqual({ n: 498 });
    check.close();
  });

  it('validates again at import time instead of trusting the preview', async () => {
    const { c, m2 } = await setup();
    const data = await xlsx(ONE_LANGUAGE_SHEET);
    const preview = await ws.ok('indicator.xlsxPreview', { commitmentId: c.id, file: upload(data) });
    expect(preview.invalid).toBe(0);
    await ws.ok('milestone.delete', { id: m2.id });
    const before = await get(c.id);
    const res = await ws.plani.call('indicator.xlsxImport', { commitmentId: c.id, file: upload(data), mapping: preview.mapping, validOnly: false });
    expect(res.ok === false && res.error.details?.issues?.map((i) => `${i.path}:${i.code}`)).toEqual(['rows[2].milestone:unknown-milestone']);
    expect(await get(c.id)).toEqual(before);
    // A refused file is refused at import too.
    const txt = await ws.plani.call('indicator.xlsxImport', { commitmentId: c.id, file: upload(Buffer.from('a;b').toString('base64')), mapping: {}, validOnly: true });
    expect(txt.ok === false && txt.error.details?.issues?.[0]?.code).toBe('not-a-spreadsheet');
  });

  it('keeps formula-looking text as text, both ways', async () => {
    const { c } = await setup();
    const dangerous = ['=HYPERLINK("http://evil.example","klik")', '+1+1', '@SUM(A1:A2)', '-2+3', '\tcmd'];
    const sheet: ExcelJS.CellValue[][] = [['Emri', 'Name (English)', 'Vlera bazë'], ...dangerous.map((d) => [d, 'x', '=1+1'])];
    // A real formula with a computed value imports that value.
    sheet.push(['Me formulë', 'x', { formula: '2*21', result: 42 } as ExcelJS.CellValue]);
    const data = await xlsx(sheet);
    const { mapping } = await ws.ok('indicator.xlsxPreview', { commitmentId: c.id, file: upload(data) });
    expect(await ws.ok('indicator.xlsxImport', { commitmentId: c.id, file: upload(data), mapping, validOnly: false })).toEqual({ imported: 6, updated: 0, unchanged: 0, skipped: 0 });
    const got = await get(c.id);
    // Leading tabs are trimmed like any surrounding whitespace; the rest is kept verbatim.
    expect(got.indicators.map((i) => i.name.sq)).toEqual([...dangerous.slice(0, 4), 'cmd', 'Me formulë']);
    expect(got.indicators.map((i) => i.baseline.value)).toEqual(['=1+1', '=1+1', '=1+1', '=1+1', '=1+1', 42]);

    const out = await ws.ok('indicator.xlsxExport', { commitmentId: c.id });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(out.dataBase64, 'base64') as unknown as ExcelJS.Buffer);
    const sheetOut = wb.worksheets[0]!;
    const cells: ExcelJS.Cell[] = [];
    sheetOut.eachRow((r) => r.eachCell((cell) => cells.push(cell)));
    expect(cells.filter((x) => x.type === ExcelJS.ValueType.Formula)).toEqual([]);
    expect(sheetOut.getRow(2).getCell(1).value).toBe(`'${dangerous[0]}`);
    expect(sheetOut.getRow(5).getCell(1).value).toBe("'-2+3");
    expect(sheetOut.getRow(2).getCell(8).value).toBe("'=1+1");
    // And back in, the apostrophe goes away again.
    const again = await ws.ok('indicator.xlsxPreview', { commitmentId: c.id, file: upload(out.dataBase64) });
    expect(again.rows.map((r) => r.name.sq)).toEqual(got.indicators.map((i) => i.name.sq));
  });
});

describe('indicator sheet: export', () => {
  it('writes the Annex IX table, and export → preview → import gives the same indicators', async () => {
    const { c, m1, m2 } = await setup('NAIS');
    const a = await ws.ok('indicator.create', { commitmentId: c.id, milestoneId: m2.id });
    await ws.ok('indicator.update', {
      id: a.id,
      changes: {
        name: { sq: 'Shërbime të digjitalizuara', en: 'Digitised services' },
        type: 'outcome',
        definition: { sq: 'Përqindja e shërbimeve\nqë ofrohen në e-Albania', en: 'Share of services on e-Albania' },
        unit: { sq: '%', en: '%' },
        baseline: { value: 55.5, year: 2019 },
        targets: [
          { year: 2021, value: 70 },
          { year: 2022, value: 'të gjitha' },
        ],
        dataSource: { sq: 'Raporti i AKSHI', en: 'NAIS report' },
        frequency: 'semiannual',
        responsibleInstitution: 'ADISA',
        method: { sq: 'Numërim', en: 'Count' },
        disaggregation: { sq: 'Sipas institucionit', en: 'By institution' },
        assumptions: { sq: 'Çështje ligjore të zgjidhura', en: 'Legal issues resolved' },
      },
    });
    const b = await ws.ok('indicator.create', { commitmentId: c.id });
    await ws.ok('indicator.update', { id: b.id, changes: { name: { en: 'Only English' }, milestoneId: m1.id, baseline: { value: 'asnjë' } } });
    // Everything else at its defaults (a sheet row needs a name in at least one language).
    const d = await ws.ok('indicator.create', { commitmentId: c.id });
    await ws.ok('indicator.update', { id: d.id, changes: { name: { sq: 'Minimal' } } });
    await ws.ok('commitment.update', { id: c.id, changes: { shortTitle: { sq: 'Shërbime online' } } });

    const out = await ws.ok('indicator.xlsxExport', { commitmentId: c.id });
    // Named for the commitment, not for an id.
    expect(out.fileName).toBe('treguesit-Shërbime online.xlsx');
    const sheet = await firstSheet(out.dataBase64);
    expect(sheet.rowCount).toBe(4);
    // One target column per year of the cycle, where the template has its targets column; the id last, hidden.
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const written = XLSX_COLUMNS.flatMap((k) => (k === 'targets' ? [] : [k]));
    expect(header).toHaveLength(written.length + CYCLE_YEARS.length);
    expect(header[0]).toBe('Emri (shqip) / Name (Albanian)');
    expect(header.slice(9, 9 + CYCLE_YEARS.length)).toEqual(CYCLE_YEARS.map((y) => `Vlerat e synuara sipas viteve – Viti ${y} / Targets by year – Year ${y}`));
    expect(header.at(-1)).toBe('ID e treguesit (Plani) / Indicator ID (Plani)');
    expect(sheet.getColumn(header.length).hidden).toBe(true);
    const row2 = sheet.getRow(2);
    const col = (h: string) => header.indexOf(h) + 1;
    expect(row2.getCell(col(header[9 + CYCLE_YEARS.indexOf(2021)] as string)).value).toBe(70);
    expect(row2.getCell(col(header[9 + CYCLE_YEARS.indexOf(2022)] as string)).value).toBe('të gjitha');
    expect(row2.getCell(col('Hapi kyç (nr.) / Milestone (no.)')).value).toBe(2);
    expect(row2.getCell(col('Vlera bazë / Baseline value')).value).toBe(55.5);
    expect(row2.getCell(col('Shpeshtësia e matjes / Frequency')).value).toBe('Gjashtëmujore / Semiannual');
    expect([2, 3, 4].map((r) => sheet.getRow(r).getCell(header.length).value)).toEqual([a.id, b.id, d.id]);

    // Read back, every column and every target year is recognised, and each row names its indicator.
    const preview = await ws.ok('indicator.xlsxPreview', { commitmentId: c.id, file: upload(out.dataBase64, out.fileName) });
    expect(preview.headerRow).toBe(1);
    expect(Object.entries(preview.mapping).filter(([, v]) => v === null)).toEqual([['targets', null]]);
    expect(preview.targetColumns).toEqual(CYCLE_YEARS.map((year, k) => ({ year, column: 9 + k })));
    expect(preview.cycleYears).toEqual(CYCLE_YEARS);
    expect(preview.rows.map((r) => [r.ok, r.action])).toEqual([
      [true, 'unchanged'],
      [true, 'unchanged'],
      [true, 'unchanged'],
    ]);
    // Importing it again changes nothing: no copies, no new revisions.
    const before = await get(c.id);
    const again = { commitmentId: c.id, file: upload(out.dataBase64), mapping: preview.mapping as XlsxMapping, targetColumns: preview.targetColumns };
    expect(await ws.ok('indicator.xlsxImport', { ...again, validOnly: false })).toEqual({ imported: 0, updated: 0, unchanged: 3, skipped: 0 });
    expect(await get(c.id)).toEqual(before);

    // Without its id column the same sheet adds copies, field for field.
    const copies = await ws.ok('indicator.xlsxImport', { ...again, mapping: { ...preview.mapping, id: null }, validOnly: false });
    expect(copies).toEqual({ imported: 3, updated: 0, unchanged: 0, skipped: 0 });
    const after = strip(await get(c.id));
    expect(after.slice(3)).toEqual(after.slice(0, 3));

    await ws.ok('commitment.update', { id: c.id, changes: { planNumber: '2.3' } });
    expect((await ws.ok('indicator.xlsxExport', { commitmentId: c.id })).fileName).toBe('treguesit-2.3.xlsx');
  });

  it('exports an empty table for a commitment without indicators, and refuses an unknown one', async () => {
    const { c } = await setup();
    const out = await ws.ok('indicator.xlsxExport', { commitmentId: c.id });
    const preview = await ws.ok('indicator.xlsxPreview', { commitmentId: c.id, file: upload(out.dataBase64) });
    expect(preview.rows).toEqual([]);
    expect(await ws.ok('indicator.xlsxImport', { commitmentId: c.id, file: upload(out.dataBase64), mapping: preview.mapping, validOnly: false })).toEqual({
      imported: 0,
      updated: 0,
      unchanged: 0,
      skipped: 0,
    });
    const ghost = await ws.plani.call('indicator.xlsxExport', { commitmentId: '00000000-0000-4000-8000-000000000000' });
    expect(ghost.ok === false && ghost.error.code).toBe('not-found');
  });
});

/** An Annex IX sheet as a ministry makes it: a title and a blank line above the header, one target column per year. */
const ANNEX_IX: ExcelJS.CellValue[][] = [
  ['Shtojca IX: Treguesit e angazhimit 3.1 (Plani i Veprimit 2020-2022)'],
  [],
  ['Nr.', 'Emri i treguesit', 'Indicator name', 'NJESIA MATESE', 'Unit of measure', 'Vlera bazë', 'Synimi 2021', 'Synimi 2022', 'Target 2020'],
  [1, 'Vendime të botuara', 'Published decisions', 'numër', 'number', 10, 40, 60, null],
  [2, 'Kënaqësia', 'Satisfaction', '%', '%', '', 'e mesme', '', '55'],
];

describe('indicator sheet: as ministries make them', () => {
  it('finds the header under the title rows, matches one-language headers and one target column per year', async () => {
    const { c } = await setup();
    const data = await xlsx(ANNEX_IX);
    const preview = await ws.ok('indicator.xlsxPreview', { commitmentId: c.id, file: upload(data) });
    expect(preview.headerRow).toBe(3);
    expect(preview.headerRows.map((h) => h.row)).toEqual([1, 3, 4, 5]);
    expect(preview.headerRows[0]!.text).toContain('Shtojca IX');
    expect(preview.mapping).toMatchObject({ 'name.sq': 1, 'name.en': 2, 'unit.sq': 3, 'unit.en': 4, 'baseline.value': 5, targets: null });
    expect(preview.targetColumns).toEqual([
      { year: 2021, column: 6 },
      { year: 2022, column: 7 },
      { year: 2020, column: 8 },
    ]);
    expect(preview.rows.map((r) => [r.row, r.ok])).toEqual([
      [4, true],
      [5, true],
    ]);
    const res = await ws.ok('indicator.xlsxImport', { commitmentId: c.id, file: upload(data), mapping: preview.mapping, validOnly: false });
    expect(res).toEqual({ imported: 2, updated: 0, unchanged: 0, skipped: 0 });
    expect((await get(c.id)).indicators).toMatchObject([
      { name: { sq: 'Vendime të botuara', en: 'Published decisions' }, unit: { sq: 'numër', en: 'number' }, baseline: { value: 10 }, targets: [{ year: 2021, value: 40 }, { year: 2022, value: 60 }] },
      { name: { sq: 'Kënaqësia' }, baseline: { value: null }, targets: [{ year: 2020, value: 55 }, { year: 2021, value: 'e mesme' }] },
    ]);
  });

  it('matches the editor’s own labels and headers in either language, accents and case aside', async () => {
    const { c } = await setup();
    const headers = [
      'EMERTIMI I TREGUESIT (shqip)',
      'Indicator name (English)',
      'Frekuenca e matjes',
      'Unit of measure',
      'Njësia matëse',
      'Measurement frequency',
      'Viti i vlerës bazë',
      'Data source (means of verification)',
      'supozimet dhe rreziqet',
    ];
    const preview = await ws.ok('indicator.xlsxPreview', { commitmentId: c.id, file: upload(await xlsx([headers, ['Një', 'One']])) });
    expect(preview.mapping).toMatchObject({
      'name.sq': 0,
      'name.en': 1,
      frequency: 2,
      'unit.en': 3,
      'unit.sq': 4,
      'baseline.year': 6,
      'dataSource.en': 7,
      'assumptions.sq': 8,
    });
  });

  it('does not take a data row full of years for the header', async () => {
    const { c } = await setup();
    const data = await xlsx([
      ['Emri', 'Vlera', 'Viti', 'Më pas', 'Në fund'],
      ['Vendime', 10, 2019, 2021, 2022],
    ]);
    const preview = await ws.ok('indicator.xlsxPreview', { commitmentId: c.id, file: upload(data) });
    expect([preview.headerRow, preview.mapping['name.sq'], preview.rows.map((r) => r.row)]).toEqual([1, 0, [2]]);
    // Under a header row of bare years (a merged "Synimi" above it), those columns are the target years.
    const years = await xlsx([
      ['Emri', 2021, 2022],
      ['Vendime', 40, 60],
    ]);
    const under = await ws.ok('indicator.xlsxPreview', { commitmentId: c.id, file: upload(years) });
    expect([under.headerRow, under.targetColumns]).toEqual([1, [{ year: 2021, column: 1 }, { year: 2022, column: 2 }]]);
  });

  it('reads the header row the person chooses, and the target columns they name', async () => {
    const { c } = await setup();
    const data = await xlsx(ANNEX_IX);
    const titled = await ws.ok('indicator.xlsxPreview', { commitmentId: c.id, file: upload(data), headerRow: 1 });
    expect(titled.headerRow).toBe(1);
    expect(titled.headers).toEqual(['Shtojca IX: Treguesit e angazhimit 3.1 (Plani i Veprimit 2020-2022)']);
    expect(Object.values(titled.mapping).every((v) => v === null)).toBe(true);
    expect(titled.targetColumns).toEqual([]);
    // Rows 3-5 are data now: none has a name.
    expect(titled.rows.map((r) => r.row)).toEqual([3, 4, 5]);
    // Only 2022 taken from its column: the 2021 one is ignored.
    const chosen = { commitmentId: c.id, file: upload(data), headerRow: 3, mapping: { 'name.sq': 1 }, targetColumns: [{ year: 2022, column: 7 }] };
    const preview = await ws.ok('indicator.xlsxPreview', chosen);
    expect(preview.targetColumns).toEqual([{ year: 2022, column: 7 }]);
    await ws.ok('indicator.xlsxImport', { ...chosen, validOnly: false });
    expect((await get(c.id)).indicators.map((i) => i.targets)).toEqual([[{ year: 2022, value: 60 }], []]);
    // A year twice is refused at the boundary.
    const twice = await ws.plani.call('indicator.xlsxPreview', { ...chosen, targetColumns: [{ year: 2022, column: 7 }, { year: 2022, column: 6 }] });
    expect(twice.ok === false && twice.error.details?.issues?.map((i) => [i.path, i.message])).toEqual([['targetColumns', 'duplicate-year']]);
  });

  it('refuses a target year outside the cycle, or given twice, at its column', async () => {
    const { c } = await setup();
    const data = await xlsx([
      ['Emri', 'Vlerat e synuara', 'Synimi 2022', 'Synimi 2025'],
      ['Jashtë ciklit', '', '', 7],
      ['Bosh jashtë ciklit', '', 3, ''],
      ['Dy herë', '2022: 5', 6, ''],
    ]);
    const preview = await ws.ok('indicator.xlsxPreview', { commitmentId: c.id, file: upload(data) });
    expect(preview.rows.map((r) => [r.row, r.issues.map((i) => `${i.column}:${i.code}`)])).toEqual([
      [2, ['targets.2025:year-outside-cycle']],
      [3, []],
      [4, ['targets.2022:duplicate-year']],
    ]);
  });

  it('updates the indicators an exported sheet came from; an unknown id adds one, another commitment’s id is refused', async () => {
    const { c } = await setup();
    const a = await ws.ok('indicator.create', { commitmentId: c.id });
    await ws.ok('indicator.update', {
      id: a.id,
      changes: { name: { sq: 'Vendime', en: 'Decisions' }, targets: [{ year: 2019, value: 1 }, { year: 2021, value: 40 }], definition: { sq: 'Përkufizim' } },
    });
    const b = await ws.ok('indicator.create', { commitmentId: c.id });
    await ws.ok('indicator.update', { id: b.id, changes: { name: { sq: 'Raporte' } } });
    const out = await ws.ok('indicator.xlsxExport', { commitmentId: c.id });

    // The person edits the sheet: a new target and an English name cleared on a's row, b's row as it was, two rows added.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(out.dataBase64, 'base64') as unknown as ExcelJS.Buffer);
    const sheet = wb.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
    const col = (start: string) => header.findIndex((h) => h.startsWith(start)) + 1;
    sheet.getRow(2).getCell(col('Vlerat e synuara sipas viteve – Viti 2022')).value = 60;
    sheet.getRow(2).getCell(col('Emri (anglisht)')).value = null;
    const added = sheet.addRow([]);
    added.getCell(col('Emri (shqip)')).value = 'I ri';
    const unknown = sheet.addRow([]);
    unknown.getCell(col('Emri (shqip)')).value = 'Nga një hapësirë tjetër';
    unknown.getCell(header.length).value = '00000000-0000-4000-8000-00000000abcd';
    const edited = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');

    const preview = await ws.ok('indicator.xlsxPreview', { commitmentId: c.id, file: upload(edited) });
    expect(preview.rows.map((r) => [r.row, r.action, r.ok])).toEqual([
      [2, 'update', true],
      [3, 'unchanged', true],
      [4, 'create', true],
      [5, 'create', true],
    ]);
    const res = await ws.ok('indicator.xlsxImport', { commitmentId: c.id, file: upload(edited), mapping: preview.mapping, validOnly: false });
    expect(res).toEqual({ imported: 2, updated: 1, unchanged: 1, skipped: 0 });
    const got = await get(c.id);
    expect(got.indicators.map((i) => [i.name.sq, i.rev])).toEqual([
      ['Vendime', 3],
      ['Raporte', 2],
      ['I ri', 1],
      ['Nga një hapësirë tjetër', 1],
    ]);
    // Only what the sheet changed; the target outside the cycle (not in the sheet) is kept.
    expect(got.indicators[0]).toMatchObject({
      id: a.id,
      name: { sq: 'Vendime', en: '' },
      definition: { sq: 'Përkufizim', en: '' },
      targets: [{ year: 2019, value: 1 }, { year: 2021, value: 40 }, { year: 2022, value: 60 }],
    });
    expect(got.indicators[3]!.id).not.toBe('00000000-0000-4000-8000-00000000abcd');

    // The same sheet into another commitment: its rows belong elsewhere and are refused, nothing written.
    const other = await ws.ok('commitment.create', { componentCode: 'access-to-justice', title: { sq: 'Tjetër' } });
    const there = await ws.ok('indicator.xlsxPreview', { commitmentId: other.id, file: upload(edited) });
    expect(there.rows.map((r) => [r.row, r.issues.map((i) => `${i.column}:${i.code}`)])).toEqual([
      [2, ['id:other-commitment']],
      [3, ['id:other-commitment']],
      [4, []],
      [5, []],
    ]);
    const refused = await ws.plani.call('indicator.xlsxImport', { commitmentId: other.id, file: upload(edited), mapping: there.mapping, validOnly: false });
    expect(refused.ok === false && refused.error.details?.issues?.map((i) => `${i.path}:${i.code}`)).toEqual(['rows[2].id:other-commitment', 'rows[3].id:other-commitment']);
    expect((await get(other.id)).indicators).toEqual([]);
  });

  it('refuses an id that is not one, or that two rows share', async () => {
    const { c } = await setup();
    const a = await ws.ok('indicator.create', { commitmentId: c.id });
    const data = await xlsx([
      ['Emri', 'ID (Plani)'],
      ['Një', 'abc'],
      ['Dy', a.id],
      ['Tre', a.id.toUpperCase()],
    ]);
    const preview = await ws.ok('indicator.xlsxPreview', { commitmentId: c.id, file: upload(data) });
    expect(preview.rows.map((r) => [r.action, r.issues.map((i) => `${i.column}:${i.code}`)])).toEqual([
      ['create', ['id:bad-id']],
      ['update', []],
      ['create', ['id:duplicate-id']],
    ]);
    // A column of row numbers called "ID" is the sheet's own numbering, not the indicators' IDs.
    const numbered = await ws.ok('indicator.xlsxPreview', { commitmentId: c.id, file: upload(await xlsx([['ID', 'Emri'], [1, 'Një'], [2, 'Dy']])) });
    expect([numbered.mapping.id, numbered.valid]).toEqual([null, 2]);
  });
});

describe('indicator sheet: words of a sheet', () => {
  it('reads a target column’s year from the header, in either language', () => {
    const cases: [string, number | null][] = [
      ['Synimi 2021', 2021],
      ['synimi për vitin 2022', 2022],
      ['Target 2021', 2021],
      ['Targets (2021)', 2021],
      ['Vlerat e synuara sipas viteve – Viti 2021 / Targets by year – Year 2021', 2021],
      ['Viti 2020', 2020],
      ['2021', 2021],
      ['Plani 2020-2022', null],
      ['Viti bazë', null],
      ['Vlera bazë 2019', null],
      ['Synimi 2021 / Target 2022', null],
    ];
    expect(cases.map(([h]) => [h, targetYear(h)])).toEqual(cases);
  });

  it('names the export for the commitment in a form Windows accepts, Albanian letters kept', () => {
    const c = (planNumber: string | null, title: string, shortTitle = '') => ({ planNumber, title: { sq: title, en: '' }, shortTitle: { sq: shortTitle, en: '' } });
    expect(exportFileName(c('1.2', 'Ndihma juridike'))).toBe('treguesit-1.2.xlsx');
    expect(exportFileName(c(null, 'Ndihma juridike', 'Ndihmë "falas": ligji 111/2017?'))).toBe('treguesit-Ndihmë falas ligji 111 2017.xlsx');
    expect(exportFileName(c(null, 'Përmirësimi i aksesit të qytetarëve në shërbimet e ndihmës juridike falas në të gjithë vendin'))).toBe(
      'treguesit-Përmirësimi i aksesit të qytetarëve në shërbimet e ndihmës.xlsx',
    );
    expect(exportFileName(c(null, 'Çështja...  '))).toBe('treguesit-Çështja.xlsx');
    expect(exportFileName(c(null, '  <>  '))).toBe('treguesit.xlsx');
  });
});
