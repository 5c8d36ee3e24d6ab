// The Excel score sheet of one scorer: written, filled in with exceljs as a
// person would in Excel, imported back; and the sheets that must be refused,
// each with the cell named.
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Idea } from '../../../shared/model/cocreation';
import { idea, insertIdeas } from '../../helpers/ideas';
import { type TempWorkspace, tempWorkspace, ticking } from '../../helpers/temp-workspace';

let ws: TempWorkspace;
afterEach(async () => {
  await ws?.cleanup();
});

const COMPONENT = 'access-to-justice';

async function setUp(): Promise<{ ideas: Idea[]; roundId: string }> {
  ws = await tempWorkspace({ role: 'lfp', institution: 'MD' }, ticking());
  const ideas = [1, 2, 3].map((n) => idea({ owner: 'MD', componentCode: COMPONENT, title: { sq: `=Ideja ${n} çë`, en: `Idea ${n}` }, id: `00000000-0000-4000-8000-00000000000${n}` }));
  await insertIdeas(ws.dir, ideas);
  const { round } = await ws.ok('round.open', { componentCode: COMPONENT, stage: 'shortlist', ideaIds: ideas.map((i) => i.id) });
  await ws.ok('round.addScorer', { id: round.id, name: 'Ana Kola' });
  await ws.ok('round.addScorer', { id: round.id, name: 'Besa' });
  return { ideas, roundId: round.id };
}

async function exported(roundId: string, scorer: string) {
  const { fileName, dataBase64 } = await ws.ok('round.sheetExport', { id: roundId, scorer });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(dataBase64, 'base64') as unknown as ExcelJS.Buffer);
  return { fileName, wb };
}

const upload = async (wb: ExcelJS.Workbook) => ({ name: 'piket.xlsx', dataBase64: Buffer.from(await wb.xlsx.writeBuffer()).toString('base64') });

async function refusal(file: { name: string; dataBase64: string }, id?: string) {
  const res = await ws.plani.call('round.sheetImport', { file, ...(id ? { id } : {}) });
  expect(res.ok).toBe(false);
  return (res as { error: { code: string; details?: { params?: Record<string, unknown> } } }).error;
}

describe('the Excel score sheet', () => {
  it('carries the round, the scorer, the ideas and the scale as data validation, and comes back filled', async () => {
    const { ideas, roundId } = await setUp();
    await ws.ok('round.score', { id: roundId, ideaId: ideas[0]!.id, criterionId: 'impact', scorer: 'Ana Kola', value: 2, comment: 'Shënim' });
    const { fileName, wb } = await exported(roundId, 'Ana Kola');
    expect(fileName).toBe('piket-shortlist-Ana Kola.xlsx');
    const sheet = wb.getWorksheet('Pikët')!;
    expect(wb.getWorksheet('Plani')!.state).toBe('hidden');
    expect(wb.getWorksheet('Plani')!.getRow(2).getCell(2).value).toBe(roundId);
    expect(wb.getWorksheet('Plani')!.getRow(3).getCell(2).value).toBe('Ana Kola');
    // A title starting with "=" is written as text, never as a formula.
    expect(sheet.getCell('B4').value).toBe("'=Ideja 1 çë / Idea 1");
    expect(sheet.getCell('C3').value).toContain('Qasja e qeverisjes së hapur');
    expect(sheet.getCell('F4').value).toBe(2); // impact is the 4th criterion: column F
    expect(sheet.getCell('F4').dataValidation).toMatchObject({ type: 'whole', operator: 'between', formulae: [1, 5] });

    sheet.getCell('F4').value = 5;
    sheet.getCell('G5').value = '3';
    sheet.getCell('C6').value = 4;
    const result = await ws.ok('round.sheetImport', { file: await upload(wb), id: roundId });
    expect(result).toEqual({ roundId, scorer: 'Ana Kola', scores: 3, cleared: 0 });
    const view = await ws.ok('round.get', { id: roundId });
    expect(view.round.scores.filter((s) => s.scorer === 'Ana Kola').map((s) => [s.ideaId, s.criterionId, s.value, s.comment])).toEqual([
      [ideas[0]!.id, 'impact', 5, 'Shënim'],
      [ideas[1]!.id, 'relevance', 3, ''],
      [ideas[2]!.id, 'open-government', 4, ''],
    ]);
    // Emptying a cell in Excel clears that score.
    sheet.getCell('G5').value = null;
    expect(await ws.ok('round.sheetImport', { file: await upload(wb) })).toMatchObject({ scores: 2, cleared: 1 });
  });

  it('refuses a value outside the scale naming the cell, and imports nothing of that sheet', async () => {
    const { roundId } = await setUp();
    const { wb } = await exported(roundId, 'Besa');
    const sheet = wb.getWorksheet('Pikët')!;
    sheet.getCell('C4').value = 3;
    sheet.getCell('D6').value = 7;
    expect(await refusal(await upload(wb))).toMatchObject({ code: 'sheet-bad-value', details: { params: { cell: 'D6', value: '7', min: 1, max: 5 } } });
    sheet.getCell('D6').value = 'shumë';
    expect((await refusal(await upload(wb))).details!.params!.cell).toBe('D6');
    sheet.getCell('D6').value = 2.5;
    expect((await refusal(await upload(wb))).details!.params!.cell).toBe('D6');
    expect((await ws.ok('round.get', { id: roundId })).round.scores).toEqual([]);
  });

  it('refuses a sheet of another round, a sheet whose ideas changed since, rows moved in Excel, and a file that is no score sheet', async () => {
    const { ideas, roundId } = await setUp();
    const { wb } = await exported(roundId, 'Besa');
    const other = await ws.ok('round.open', { componentCode: COMPONENT, stage: 'scope', ideaIds: [ideas[0]!.id] });
    expect(await refusal(await upload(wb), other.round.id)).toMatchObject({ code: 'sheet-other-round', details: { params: { cell: 'Plani!B2' } } });

    // A row deleted in Excel: row 5 now holds idea 3.
    const moved = new ExcelJS.Workbook();
    await moved.xlsx.load((await wb.xlsx.writeBuffer()) as ExcelJS.Buffer);
    moved.getWorksheet('Pikët')!.spliceRows(5, 1);
    expect(await refusal(await upload(moved))).toMatchObject({ code: 'sheet-ideas-changed', details: { params: { cell: 'A5' } } });

    // The round's ideas changed after the sheet was written.
    await ws.ok('round.setIdeas', { id: roundId, ideaIds: [ideas[0]!.id, ideas[2]!.id] });
    expect(await refusal(await upload(wb))).toMatchObject({ code: 'sheet-ideas-changed', details: { params: { cell: 'B5' } } });

    const plain = new ExcelJS.Workbook();
    plain.addWorksheet('Fleta1').getCell('A1').value = 'Emri';
    expect((await refusal(await upload(plain))).code).toBe('sheet-not-score-sheet');
    const notXlsx = { name: 'x.xlsx', dataBase64: Buffer.from('not a zip at all').toString('base64') };
    expect((await refusal(notXlsx)).code).toBe('invalid-input');
  });

  it('refuses a sheet once the round is closed, and a scorer the round does not have', async () => {
    const { roundId } = await setUp();
    expect((await ws.plani.call('round.sheetExport', { id: roundId, scorer: 'Dritan' })).ok).toBe(false);
    const { wb } = await exported(roundId, 'Besa');
    await ws.ok('round.close', { id: roundId });
    expect((await refusal(await upload(wb))).code).toBe('round-closed');
  });
});
