// ogp-drafter round sheet | scores | results, in-process against a real
// workspace: a sheet written, filled as Excel would, imported, the results
// as text and as JSON; usage mistakes exit 2, refusals 1 naming the cell.
import { writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPlani } from '../../../electron/services/app';
import { idea, insertIdeas } from '../../helpers/ideas';
import { type Sandbox, sandbox } from './run';

let sb: Sandbox;
beforeEach(() => {
  sb = sandbox();
});
afterEach(() => sb.cleanup());

const COMPONENT = 'access-to-justice';

/** An MD workspace with two ideas in an open round with one scorer, made through the API. */
async function roundWorkspace(): Promise<{ roundId: string; ideaIds: string[] }> {
  expect((await sb.run(['init', '--role', 'lfp', '--institution', 'MD', '--workspace', sb.ws()])).code).toBe(0);
  const ideas = [idea({ owner: 'MD', componentCode: COMPONENT, title: { sq: 'Ndihmë juridike në fshat', en: 'Rural legal aid' } }), idea({ owner: 'MD', componentCode: COMPONENT, title: { sq: 'Gjykata online', en: 'Online courts' } })];
  await insertIdeas(sb.ws(), ideas);
  const plani = createPlani({ mode: 'cli', workspaceDir: sb.ws(), keyringDir: sb.env.PLANI_KEYRING_DIR! });
  try {
    const opened = await plani.call('round.open', { componentCode: COMPONENT, stage: 'shortlist', ideaIds: ideas.map((i) => i.id) });
    if (!opened.ok) throw new Error(JSON.stringify(opened.error));
    const roundId = (opened.value as { round: { id: string } }).round.id;
    expect((await plani.call('round.addScorer', { id: roundId, name: 'Ana' })).ok).toBe(true);
    return { roundId, ideaIds: ideas.map((i) => i.id) };
  } finally {
    await plani.close();
  }
}

async function fill(file: string, cells: Record<string, number | string>) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const sheet = wb.getWorksheet('Pikët')!;
  for (const [cell, value] of Object.entries(cells)) sheet.getCell(cell).value = value;
  await wb.xlsx.writeFile(file);
}

describe('ogp-drafter round', () => {
  it('writes a scorer’s sheet, imports it filled, and prints ranks, totals, gates and quadrants', async () => {
    const { roundId, ideaIds } = await roundWorkspace();
    const file = sb.file('ana.xlsx');
    const sheet = await sb.ok(['round', 'sheet', '--round', roundId, '--scorer', 'Ana', '--out', file, '--workspace', sb.ws(), '--lang', 'en']);
    expect(sheet.stdout).toContain(`The score sheet of Ana was written to ${file}.`);
    // Row 4: every criterion 4 (gates C–E, weighted F–K); row 5: gates failed.
    const row = (n: number, gate: number, value: number) => Object.fromEntries(['C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K'].map((c, i) => [`${c}${n}`, i < 3 ? gate : value]));
    await fill(file, { ...row(4, 4, 4), ...row(5, 1, 5) });
    const imported = await sb.ok(['round', 'scores', file, '--workspace', sb.ws(), '--lang', 'en']);
    expect(imported.stdout).toContain('18 scores of Ana imported');

    const text = await sb.ok(['round', 'results', '--round', roundId, '--workspace', sb.ws(), '--lang', 'en']);
    expect(text.stdout).toContain('Shortlist — access-to-justice: 2 ideas, 1 scorers');
    expect(text.stdout).toContain('1. Rural legal aid — total 4.00 — gates: Passed — Quick win');
    expect(text.stdout).toContain('–. Online courts — total 5.00 — gates: Failed — Quick win');

    const json = await sb.ok(['round', 'results', '--round', roundId, '--workspace', sb.ws(), '--json']);
    const data = JSON.parse(json.stdout) as { round: { id: string; scorers: string[] }; weightsAddUp: boolean; ideas: { ideaId: string; rank: number | null; total: number; passedGates: boolean; quadrant: string }[] };
    expect(data.round).toMatchObject({ id: roundId, scorers: ['Ana'] });
    expect(data.weightsAddUp).toBe(true);
    expect(data.ideas.map((i) => [i.ideaId, i.rank, i.total, i.passedGates, i.quadrant])).toEqual([
      [ideaIds[0], 1, 4, true, 'quick-win'],
      [ideaIds[1], null, 5, false, 'quick-win'],
    ]);
  });

  it('refuses a value outside the scale naming the cell (exit 1), and a command used wrongly exits 2', async () => {
    const { roundId } = await roundWorkspace();
    const file = sb.file('ana.xlsx');
    await sb.ok(['round', 'sheet', '--round', roundId, '--scorer', 'Ana', '--out', file, '--workspace', sb.ws()]);
    await fill(file, { F4: 9 });
    const refused = await sb.run(['round', 'scores', file, '--workspace', sb.ws(), '--lang', 'en', '--json']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Cell F4 holds “9”, which is not a whole number from 1 to 5. Nothing was imported.');
    expect(JSON.parse(refused.stdout)).toMatchObject({ ok: false, error: { code: 'sheet-bad-value' } });
    expect((await sb.run(['round', 'results', '--workspace', sb.ws()])).code).toBe(2);
    expect((await sb.run(['round', 'scores', '--workspace', sb.ws()])).code).toBe(2);
    expect((await sb.run(['round', 'sheet', '--round', roundId, '--scorer', 'Dritan', '--out', sb.file('x.xlsx'), '--workspace', sb.ws()])).code).toBe(1);
    writeFileSync(sb.file('not.xlsx'), 'plain text');
    expect((await sb.run(['round', 'scores', sb.file('not.xlsx'), '--workspace', sb.ws()])).code).toBe(1);
  });
});
