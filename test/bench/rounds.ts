// Prioritization rounds (issue 13, measured as issue 16 asks: each figure
// beside a floor measured in the same run, as a ratio). A round of 500 ideas,
// 8 criteria and 5 scorers, every cell scored (20,000 scores):
// - one score changes on screen: the screen's copy of the scores with that
//   cell replaced, then liveResults (ranks, gates, totals, the matrix), as
//   useRound does; floor: a bare loop summing the same 20,000 values.
// - one score saved through the API and the round read back with its results
//   (round.score, round.get, liveResults); floor: the same cell's UPDATE in
//   SQLite alone.
//
//   npx tsx test/bench/rounds.ts     (this case alone, in its own workspace)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createPlani, type Plani } from '../../electron/services/app';
import { upsertRecords } from '../../electron/services/store/records';
import { IDEA } from '../../electron/services/store/tables';
import type { Workspace } from '../../electron/services/workspace/workspace';
import type { MethodOutput } from '../../shared/api/contract';
import { defaultCriteria } from '../../shared/cocreation/default-criteria';
import { liveResults, normaliseWeights } from '../../shared/cocreation/prioritization';
import { idea } from '../helpers/idea-record';
import { fmtMs, percentile, row } from './stats';

const IDEAS = 500;
const SCORERS = ['Ana Çuni', 'Besnik Lëka', 'Drita Hoxha', 'Gëzim Mema', 'Ilir Kola'];
export const COMPONENT = 'access-to-justice';
const RUNS = 40;

async function ok<M extends Parameters<Plani['call']>[0]>(plani: Plani, method: M, input: Parameters<Plani['call']>[1]): Promise<unknown> {
  const res = await plani.call(method, input as never);
  if (!res.ok) throw new Error(`${method}: ${JSON.stringify(res.error)}`);
  return res.value;
}

/** Median of `runs` timings of `fn`, after two unmeasured runs. */
async function median(runs: number, fn: (i: number) => unknown): Promise<number> {
  for (let i = 0; i < 2; i++) await fn(-1 - i);
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn(i);
    ms.push(performance.now() - start);
  }
  return percentile(ms.sort((a, b) => a - b), 50);
}

const ratio = (ms: number, floor: number) => `${(ms / floor).toFixed(0)}× floor`;

/** A round of 500 ideas × 8 criteria × 5 scorers with every cell scored, in this workspace. */
export async function setUpRound(plani: Plani, ws: Workspace): Promise<{ roundId: string; view: MethodOutput<'round.get'>; cells: number; criteria: number }> {
  const ideas = Array.from({ length: IDEAS }, (_, i) =>
    idea({ owner: ws.info.institution.code, componentCode: COMPONENT, title: { sq: `Ideja ${i} për drejtësi të hapur`, en: `Idea ${i}` } }),
  );
  await upsertRecords(ws.store.db, IDEA, ideas);
  const opened = (await ok(plani, 'round.open', { componentCode: COMPONENT, stage: 'shortlist', ideaIds: ideas.map((i) => i.id) })) as MethodOutput<'round.open'>;
  const roundId = opened.round.id;
  // Eight criteria: the three gates and five of the six weighted ones, weights brought back to 100 %.
  const all = defaultCriteria();
  const dropped = all.findLast((c) => !c.gate)!;
  const criteria = normaliseWeights(all.filter((c) => c !== dropped))!;
  await ok(plani, 'round.setCriteria', { id: roundId, criteria });
  for (const name of SCORERS) await ok(plani, 'round.addScorer', { id: roundId, name });
  // Filling 20,000 cells is set-up, not the measure: straight into the table.
  const insert = ws.store.sqlite.prepare('INSERT INTO prioritization_score (round_id, idea_id, criterion_id, scorer, value, comment) VALUES (?, ?, ?, ?, ?, ?)');
  ws.store.sqlite.transaction(() => {
    ideas.forEach((it, n) => criteria.forEach((c, k) => SCORERS.forEach((s, j) => insert.run(roundId, it.id, c.id, s, ((n + k + j) % 5) + 1, ''))));
  })();
  const view = (await ok(plani, 'round.get', { id: roundId })) as MethodOutput<'round.get'>;
  const cells = view.round.scores.length;
  if (cells !== IDEAS * criteria.length * SCORERS.length) throw new Error(`${cells} scores`);
  return { roundId, view, cells, criteria: criteria.length };
}

export async function benchRounds(plani: Plani, ws: Workspace): Promise<void> {
  const { roundId, view, cells, criteria } = await setUpRound(plani, ws);
  const ideaIds = view.ideas.map((i) => i.id);
  console.log(`\nPrioritization round: ${IDEAS} ideas × ${criteria} criteria × ${SCORERS.length} scorers = ${cells} scores`);

  // One score changes on screen (useRound: the scores with that cell replaced, then liveResults).
  const target = view.round.scores[cells >> 1]!;
  const same = (s: typeof target) => s.ideaId === target.ideaId && s.criterionId === target.criterionId && s.scorer === target.scorer;
  let sink = 0;
  const recompute = await median(RUNS, (i) => {
    const scores = [...view.round.scores.filter((s) => !same(s)), { ...target, value: (Math.abs(i) % 5) + 1 }];
    sink += liveResults({ ...view.round, scores }, ideaIds).matrix.length;
  });
  const sumFloor = await median(RUNS, () => {
    const scores = view.round.scores;
    let sum = 0;
    for (let k = 0; k < scores.length; k++) sum += scores[k]!.value;
    sink += sum;
  });
  console.log(row('round: one score changes → ranks + matrix (median)', fmtMs(recompute), '< 30 ms'));
  console.log(row('  floor: a bare loop summing the 20,000 scores', fmtMs(sumFloor), ratio(recompute, sumFloor)));

  // One score saved through the API, then the round and its results read back.
  const saved = await median(RUNS, async (i) => {
    await ok(plani, 'round.score', { id: roundId, ideaId: target.ideaId, criterionId: target.criterionId, scorer: target.scorer, value: (Math.abs(i) % 5) + 1 });
    const back = (await ok(plani, 'round.get', { id: roundId })) as MethodOutput<'round.get'>;
    sink += liveResults(back.round, back.ideas.map((x) => x.id)).matrix.length;
  });
  const update = ws.store.sqlite.prepare('UPDATE prioritization_score SET value = ? WHERE round_id = ? AND idea_id = ? AND criterion_id = ? AND scorer = ?');
  const updateFloor = await median(RUNS, (i) => update.run((Math.abs(i) % 5) + 1, roundId, target.ideaId, target.criterionId, target.scorer));
  console.log(row('round: score saved (API) + results read back', fmtMs(saved), '< 100 ms'));
  console.log(row('  floor: the same UPDATE in SQLite alone', fmtMs(updateFloor), ratio(saved, updateFloor)));
  if (sink === 0) console.log('');
}

if (/test[\\/]bench[\\/]rounds\.[cm]?[jt]s$/.test(process.argv[1] ?? '')) {
  const root = mkdtempSync(join(tmpdir(), 'plani-bench-rounds-'));
  const plani = createPlani({ mode: 'cli', workspaceDir: join(root, 'ws'), keyringDir: join(root, 'keyring'), onUnexpected: () => {} });
  (async () => {
    await ok(plani, 'workspace.init', { role: 'lfp', institution: 'MD' });
    await benchRounds(plani, await plani.context.workspace());
  })()
    .catch((err) => {
      console.error(err);
      process.exitCode = 1;
    })
    .finally(async () => {
      await plani.close();
      rmSync(root, { recursive: true, force: true });
    });
}
