// Ideas from form exports: CSV in Windows-1250 and in UTF-8 with a BOM and
// semicolons, an .xlsx with a title row above its headers, columns mapped
// by interchange path and by label, timestamps of the form tools, bad rows
// reported row by row and nothing written unless "valid rows only".
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeCsv, detectSeparator, parseCsv } from '../../../electron/services/cocreation/ideas-file';
import { receivedAtOf, slashOrderOf, suggestMapping } from '../../../electron/services/cocreation/ideas-columns';
import { type TempWorkspace, tempWorkspace } from '../../helpers/temp-workspace';

let ws: TempWorkspace;
afterEach(async () => {
  await ws?.cleanup();
});

/** Windows-1250 bytes of Albanian text (ë = 0xEB, ç = 0xE7, Ë = 0xCB, Ç = 0xC7), written out by hand. */
function cp1250(text: string): Buffer {
  const map: Record<string, number> = { ë: 0xeb, ç: 0xe7, Ë: 0xcb, Ç: 0xc7 };
  return Buffer.from([...text].map((ch) => map[ch] ?? ch.charCodeAt(0)));
}
const file = (name: string, bytes: Buffer) => ({ name, dataBase64: bytes.toString('base64') });

describe('reading CSV', () => {
  it('decides the encoding from the bytes and the separator from the header line', () => {
    expect(decodeCsv(cp1250('Titulli;Problemi\nÇështja;Ëndrra\n'))).toEqual({ text: 'Titulli;Problemi\nÇështja;Ëndrra\n', encoding: 'windows-1250' });
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('a,b', 'utf8')]);
    expect(decodeCsv(bom)).toEqual({ text: 'a,b', encoding: 'utf-8' });
    expect(detectSeparator('"a;b",c,d\n1;2;3;4;5')).toBe(',');
    expect(detectSeparator('a;b;c\n')).toBe(';');
    expect(detectSeparator('a\tb\n')).toBe('\t');
  });

  it('keeps separators, doubled quotes and line breaks inside quoted fields', () => {
    expect(parseCsv('a,"b, ""c""\nd",e\r\nf,g', ',')).toEqual([
      { line: 1, cells: ['a', 'b, "c"\nd', 'e'] },
      { line: 3, cells: ['f', 'g'] },
    ]);
  });

  it('reads the forms’ timestamps, day first unless the file shows otherwise', () => {
    expect(receivedAtOf('15.09.2020', 'dmy')).toBe('2020-09-15');
    expect(receivedAtOf('2020-09-15T14:35:22.123+02:00', 'dmy')).toBe('2020-09-15');
    expect(receivedAtOf('1.12.2020 14:35:22', 'dmy')).toBe('2020-12-01');
    expect(slashOrderOf(['9/3/2020 10:00:00', '9/15/2020 11:00:00'])).toBe('mdy');
    expect(receivedAtOf('9/15/2020 11:00:00', 'mdy')).toBe('2020-09-15');
    expect(slashOrderOf(['15/09/2020 11:00'])).toBe('dmy');
    expect(receivedAtOf('3/9/20 10:00', 'dmy')).toBe('2020-09-03');
    expect(receivedAtOf(44089, 'dmy')).toBe('2020-09-15');
    expect(receivedAtOf('30.02.2021', 'dmy')).toBeUndefined();
    expect(receivedAtOf('dje', 'dmy')).toBeUndefined();
  });

  it('maps headers by interchange path and by label in either language', () => {
    const m = suggestMapping(['Timestamp', 'title.sq', 'Idea title (English)', 'Problemi (shqip)', 'Organisation', 'Kanali', 'Something else']);
    expect(m).toMatchObject({ receivedAt: 0, 'title.sq': 1, 'title.en': 2, 'problem.sq': 3, 'submitter.organisation': 4, channel: 5, 'problem.en': null });
  });
});

describe('idea import', () => {
  it('imports a Windows-1250 CSV with Albanian letters, commas and a quoted line break', async () => {
    ws = await tempWorkspace({ role: 'lfp', institution: 'MD' });
    const csv = cp1250(
      'Vula kohore,Titulli i idesë (shqip),Problemi (shqip),Organizata,Lloji i organizatës,Pëlqim për publikim,Kanali\r\n' +
        '15.09.2020 10:12:00,Ndihmë juridike për çdo qytetar,"Qytetarët në zonat rurale\r\nnuk kanë avokat",Qendra Ëndrra,OShC,Po,Sondazh\r\n' +
        '16.09.2020 11:00:00,Gjykata të hapura,Vendimet nuk publikohen,,Qytetar,Jo,\r\n',
    );
    const preview = await ws.ok('idea.importPreview', { componentCode: 'access-to-justice', file: file('pergjigjet.csv', csv) });
    expect(preview).toMatchObject({ fileKind: 'csv', encoding: 'windows-1250', separator: ',', headerRow: 1, valid: 2, invalid: 0 });
    expect(preview.rows.map((r) => r.row)).toEqual([2, 3]);
    const done = await ws.ok('idea.import', { componentCode: 'access-to-justice', file: file('pergjigjet.csv', csv), mapping: preview.mapping, validOnly: false });
    expect(done).toMatchObject({ imported: 2, skipped: 0 });
    const { ideas } = await ws.ok('idea.list', { sort: { by: 'receivedAt', dir: 'asc' } });
    expect(ideas[0]).toMatchObject({
      receivedAt: '2020-09-15',
      channel: 'survey',
      consentToPublish: true,
      owner: 'MD',
      componentCode: 'access-to-justice',
      title: { sq: 'Ndihmë juridike për çdo qytetar', en: '' },
      problem: { sq: 'Qytetarët në zonat rurale\r\nnuk kanë avokat', en: '' },
      submitter: { name: '', organisation: 'Qendra Ëndrra', orgType: 'cso' },
    });
    // No channel given: the answer came through the online form.
    expect(ideas[1]).toMatchObject({ channel: 'online-form', consentToPublish: false, submitter: { orgType: 'citizen' } });
  });

  it('reads UTF-8 with a BOM and semicolons, and maps by interchange paths', async () => {
    ws = await tempWorkspace({ role: 'lfp', institution: 'MD' });
    const text = '\ufeffreceivedAt;channel;title.sq;title.en;consentToPublish;ogpValues;suggestedLead\n' + '2020-10-01;e-mail;Çështje e hapur;Open matter;yes;Civic participation, access-to-information;md\n';
    const preview = await ws.ok('idea.importPreview', { componentCode: 'anti-corruption', file: file('export.csv', Buffer.from(text, 'utf8')) });
    expect(preview).toMatchObject({ encoding: 'utf-8', separator: ';', valid: 1, invalid: 0, headers: ['receivedAt', 'channel', 'title.sq', 'title.en', 'consentToPublish', 'ogpValues', 'suggestedLead'] });
    await ws.ok('idea.import', { componentCode: 'anti-corruption', file: file('export.csv', Buffer.from(text, 'utf8')), mapping: preview.mapping, validOnly: false });
    const [idea] = (await ws.ok('idea.list', {})).ideas;
    expect(idea).toMatchObject({ channel: 'email', title: { sq: 'Çështje e hapur', en: 'Open matter' }, consentToPublish: true, ogpValues: ['civic-participation', 'access-to-information'], suggestedLead: 'MD' });
  });

  it('reads an .xlsx export with a title row above the headers and date cells', async () => {
    ws = await tempWorkspace({ role: 'lfp', institution: 'MD' });
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Përgjigjet');
    sheet.addRow(['Konsultimi për drejtësinë, shtator 2020']);
    sheet.addRow(['Start time', 'Title', 'Problem', 'Name']);
    sheet.addRow([new Date(Date.UTC(2020, 8, 21, 9, 0)), 'Free legal aid', 'No lawyers in rural areas', 'Arta Hoxha']);
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const preview = await ws.ok('idea.importPreview', { componentCode: 'access-to-justice', file: file('forms.xlsx', bytes) });
    expect(preview).toMatchObject({ fileKind: 'xlsx', encoding: null, headerRow: 2, valid: 1 });
    expect(preview.mapping).toMatchObject({ receivedAt: 0, 'title.en': 1, 'problem.en': 2, 'submitter.name': 3 });
    await ws.ok('idea.import', { componentCode: 'access-to-justice', file: file('forms.xlsx', bytes), mapping: preview.mapping, validOnly: false });
    expect((await ws.ok('idea.list', {})).ideas[0]).toMatchObject({ receivedAt: '2020-09-21', title: { en: 'Free legal aid' }, submitter: { name: 'Arta Hoxha' } });
  });

  it('reports bad rows one by one and writes nothing unless the valid rows only are asked for', async () => {
    ws = await tempWorkspace({ role: 'lfp', institution: 'MD' });
    const csv = Buffer.from(
      'Data,Titulli,Kanali,Lloji i organizatës,Pëlqimi,Institucioni drejtues\n' +
        '01.09.2020,E mirë,E-mail,,Po,\n' +
        '30.02.2021,Data e pamundur,,,,\n' +
        '02.09.2020,,Pëllumb postar,Marsian,Ndoshta,XYZ\n' +
        '03.09.2020,=HYPERLINK("x"),,,,\n',
      'utf8',
    );
    const upload = file('bad.csv', csv);
    const preview = await ws.ok('idea.importPreview', { componentCode: 'access-to-justice', file: upload });
    expect(preview).toMatchObject({ valid: 1, invalid: 3 });
    expect(preview.rows.map((r) => [r.row, r.ok, r.issues.map((i) => `${i.column}:${i.code}`)])).toEqual([
      [2, true, []],
      [3, false, ['receivedAt:bad-date']],
      [4, false, ['channel:unknown-channel', 'submitter.orgType:unknown-org-type', 'consentToPublish:bad-consent', 'suggestedLead:unknown-lead', 'title.sq:required']],
      [5, false, ['title.sq:formula', 'title.sq:required']],
    ]);
    const refused = await ws.plani.call('idea.import', { componentCode: 'access-to-justice', file: upload, mapping: preview.mapping, validOnly: false });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.code).toBe('invalid-input');
      expect(refused.error.details?.issues?.[0]).toMatchObject({ path: 'rows[3].receivedAt', code: 'bad-date' });
    }
    expect((await ws.ok('idea.list', {})).ideas).toEqual([]);
    const done = await ws.ok('idea.import', { componentCode: 'access-to-justice', file: upload, mapping: preview.mapping, validOnly: true });
    expect(done).toMatchObject({ imported: 1, skipped: 3 });
    expect((await ws.ok('idea.list', {})).ideas.map((i) => i.title.sq)).toEqual(['E mirë']);
  });

  it('takes the mapping it is given over the headers, and refuses a component the institution does not lead', async () => {
    ws = await tempWorkspace({ role: 'lfp', institution: 'MD' });
    const upload = file('x.csv', Buffer.from('A,B\n2020-09-01,Ide pa titull të njohur\n', 'utf8'));
    const auto = await ws.ok('idea.importPreview', { componentCode: 'access-to-justice', file: upload });
    expect(auto.invalid).toBe(1);
    const mapped = await ws.ok('idea.importPreview', { componentCode: 'access-to-justice', file: upload, mapping: { receivedAt: 0, 'title.sq': 1 } });
    expect(mapped.valid).toBe(1);
    const other = await ws.plani.call('idea.importPreview', { componentCode: 'fiscal-transparency', file: upload });
    expect(other.ok ? null : other.error.code).toBe('not-lead');
  });

  it('refuses a file that is neither a workbook nor text', async () => {
    ws = await tempWorkspace({ role: 'lfp', institution: 'MD' });
    const r = await ws.plani.call('idea.importPreview', { componentCode: 'access-to-justice', file: file('x.csv', Buffer.from([0x00, 0x01, 0x02])) });
    expect(r.ok ? null : r.error.details?.issues?.[0]?.code).toBe('not-a-spreadsheet');
  });
});
