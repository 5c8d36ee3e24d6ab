import { crc32, deflateRawSync } from 'node:zlib';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
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
      { row: 2, ok: true, issues: [], name: { sq: 'Numri i vendimeve të publikuara', en: 'Published decisions' } },
      { row: 3, ok: true, issues: [], name: { sq: 'Kënaqësia e qytetarëve', en: '' } },
      { row: 5, ok: true, issues: [], name: { sq: '', en: 'Only English name' } },
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
    expect(guessed.rows).toEqual([{ row: 2, ok: false, issues: [expect.objectContaining({ column: 'name.sq', code: 'required' })], name: { sq: '', en: '' } }]);
    const mapped = await ws.ok('indicator.xlsxPreview', { commitmentId: c.id, file: upload(data), mapping: { 'name.sq': 0, targets: 1 } });
    expect(mapped.rows).toEqual([{ row: 2, ok: true, issues: [], name: { sq: 'Treguesi A', en: '' } }]);
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
    expect((await ws.ok('indicator.xlsxExport', { commitmentId: c.id })).fileName).toMatch(/^treguesit-[0-9a-f]{8}\.xlsx$/);
  });
});

describe('indicator sheet: import', () => {
  it('imports every row in one go, appended after the existing indicators', async () => {
    const { c, m1, m2 } = await setup();
    const existing = await ws.ok('indicator.create', { commitmentId: c.id });
    const data = await xlsx(ONE_LANGUAGE_SHEET);
    const { mapping } = await ws.ok('indicator.xlsxPreview', { commitmentId: c.id, file: upload(data) });
    expect(await ws.ok('indicator.xlsxImport', { commitmentId: c.id, file: upload(data), mapping, validOnly: false })).toEqual({ imported: 3, skipped: 0 });
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
    expect(await ws.ok('indicator.xlsxImport', { commitmentId: c.id, file: upload(data), mapping, validOnly: true })).toEqual({ imported: 3, skipped: 1 });
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
    expect(await ws.ok('indicator.xlsxImport', { commitmentId: c.id, file: upload(data), mapping, validOnly: false })).toEqual({ imported: 6, skipped: 0 });
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

    const out = await ws.ok('indicator.xlsxExport', { commitmentId: c.id });
    expect(out.fileName).toBe(`treguesit-${c.id.slice(0, 8)}.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(out.dataBase64, 'base64') as unknown as ExcelJS.Buffer);
    const sheet = wb.worksheets[0]!;
    expect(sheet.rowCount).toBe(4);
    expect(sheet.getRow(1).getCell(1).value).toBe('Emri (shqip) / Name (Albanian)');
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toHaveLength(XLSX_COLUMNS.length);
    const row2 = sheet.getRow(2);
    const col = (k: (typeof XLSX_COLUMNS)[number]) => XLSX_COLUMNS.indexOf(k) + 1;
    expect(row2.getCell(col('targets')).value).toBe('2021: 70; 2022: të gjitha');
    expect(row2.getCell(col('milestone')).value).toBe(2);
    expect(row2.getCell(col('baseline.value')).value).toBe(55.5);
    expect(row2.getCell(col('frequency')).value).toBe('Gjashtëmujore / Semiannual');

    const preview = await ws.ok('indicator.xlsxPreview', { commitmentId: c.id, file: upload(out.dataBase64, out.fileName) });
    expect(Object.values(preview.mapping).every((v) => v !== null)).toBe(true);
    expect([preview.valid, preview.invalid]).toEqual([3, 0]);
    const original = strip(await get(c.id));
    await ws.ok('indicator.xlsxImport', { commitmentId: c.id, file: upload(out.dataBase64), mapping: preview.mapping as XlsxMapping, validOnly: false });
    const after = strip(await get(c.id));
    expect(after.slice(3)).toEqual(original);

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
      skipped: 0,
    });
    const ghost = await ws.plani.call('indicator.xlsxExport', { commitmentId: '00000000-0000-4000-8000-000000000000' });
    expect(ghost.ok === false && ghost.error.code).toBe('not-found');
  });
});
