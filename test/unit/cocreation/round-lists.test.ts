// A round's idea list and scorer list travel with it: an idea nobody scored
// and a scorer who has not scored yet survive a plan export and import and a
// signed bundle to the POC; a file from before the lists were carried still
// imports, its scored ideas and scorers counting as entered.
import { afterEach, describe, expect, it } from 'vitest';
import { exportInterchange, serializeInterchange } from '../../../electron/services/interchange';
import type { Idea } from '../../../shared/model/cocreation';
import type { InterchangeDocument } from '../../../shared/model/interchange';
import { idea, insertIdeas } from '../../helpers/ideas';
import { type TempWorkspace, tempWorkspace, ticking } from '../../helpers/temp-workspace';

const open: TempWorkspace[] = [];
afterEach(async () => {
  while (open.length > 0) await open.pop()!.cleanup();
});
async function workspace(role: 'lfp' | 'poc', institution: string) {
  const ws = await tempWorkspace({ role, institution }, ticking());
  open.push(ws);
  return ws;
}

const COMPONENT = 'access-to-justice';
const upload = (doc: unknown) => ({ name: 'plan.json', dataBase64: Buffer.from(typeof doc === 'string' ? doc : JSON.stringify(doc)).toString('base64') });

/** MD's round over three ideas (the third never scored) with two scorers (the second never scored). */
async function mdRound() {
  const md = await workspace('lfp', 'MD');
  const ideas: Idea[] = [3, 1, 2].map((n) =>
    idea({ owner: 'MD', componentCode: COMPONENT, title: { sq: `Ideja ${n} — ë`, en: `Idea ${n}` }, id: `00000000-0000-4000-8000-00000000000${n}` }),
  );
  await insertIdeas(md.dir, ideas);
  // Entered in an order that is neither the ids' nor the scores': the order must survive as given.
  const order = [ideas[0]!.id, ideas[2]!.id, ideas[1]!.id];
  const { round } = await md.ok('round.open', { componentCode: COMPONENT, stage: 'shortlist', ideaIds: order });
  await md.ok('round.addScorer', { id: round.id, name: 'Zana Hoxha' });
  await md.ok('round.addScorer', { id: round.id, name: 'Ana Çuni' });
  await md.ok('round.score', { id: round.id, ideaId: order[1]!, criterionId: round.criteria.find((c) => !c.gate)!.id, scorer: 'Zana Hoxha', value: 4 });
  return { md, roundId: round.id, order };
}

async function exported(ws: TempWorkspace): Promise<InterchangeDocument> {
  return exportInterchange((await ws.plani.context.workspace()).store, { role: 'lfp', institution: 'MD' });
}

describe('a round’s ideas and scorers', () => {
  it('are written on export and survive a plan import into another workspace', async () => {
    const { md, roundId, order } = await mdRound();
    const doc = await exported(md);
    expect(doc.prioritizationRounds[0]).toMatchObject({ id: roundId, ideaIds: order, scorers: ['Zana Hoxha', 'Ana Çuni'] });
    expect(doc.prioritizationRounds[0]!.scores).toHaveLength(1);

    const copy = await workspace('lfp', 'MD');
    await copy.ok('plan.import', { file: upload(serializeInterchange(doc)) });
    const view = await copy.ok('round.get', { id: roundId });
    expect(view.ideas.map((i) => i.id)).toEqual(order);
    expect(view.scorers).toEqual(['Zana Hoxha', 'Ana Çuni']);
    expect((await exported(copy)).prioritizationRounds[0]).toMatchObject({ ideaIds: order, scorers: ['Zana Hoxha', 'Ana Çuni'] });
  });

  it('reach the POC in MD’s signed bundle', async () => {
    const { md, roundId, order } = await mdRound();
    const poc = await workspace('poc', 'POC');
    const bundle = await md.ok('bundle.export', {});
    const { safetyCode } = await md.ok('key.show', {});
    expect((await poc.ok('bundle.import', { file: { name: bundle.fileName, dataBase64: bundle.dataBase64 }, trustCode: safetyCode })).result).toBe('applied');

    const view = await poc.ok('round.get', { id: roundId });
    expect(view.ideas.map((i) => i.id)).toEqual(order);
    expect(view.scorers).toEqual(['Zana Hoxha', 'Ana Çuni']);
    expect(view.editable).toBe(false);
    const [summary] = await poc.ok('round.list', { componentCode: COMPONENT });
    expect(summary).toMatchObject({ ideas: 3, scorers: ['Zana Hoxha', 'Ana Çuni'] });
  });

  it('read from an old file without the keys as the ideas and names its scores have', async () => {
    const { md, roundId, order } = await mdRound();
    const doc = JSON.parse(serializeInterchange(await exported(md))) as Record<string, unknown> & { prioritizationRounds: Record<string, unknown>[] };
    for (const r of doc.prioritizationRounds) {
      delete r.ideaIds;
      delete r.scorers;
    }
    const copy = await workspace('lfp', 'MD');
    const { counts } = await copy.ok('plan.import', { file: upload(doc) });
    expect(counts).toMatchObject({ prioritizationRounds: 1, scores: 1 });
    const view = await copy.ok('round.get', { id: roundId });
    expect(view.ideas.map((i) => i.id)).toEqual([order[1]]);
    expect(view.scorers).toEqual(['Zana Hoxha']);
  });

  it('refuses a file that lists an idea twice or one scorer under two spellings, naming the place', async () => {
    const { md } = await mdRound();
    const doc = JSON.parse(serializeInterchange(await exported(md))) as { prioritizationRounds: { ideaIds: string[]; scorers: string[] }[] };
    const r = doc.prioritizationRounds[0]!;
    r.ideaIds.push(r.ideaIds[0]!);
    r.scorers.push(' ana çuni ');
    const copy = await workspace('lfp', 'MD');
    const res = await copy.plani.call('plan.import', { file: upload(doc) });
    expect(res.ok).toBe(false);
    const issues = (res as { error: { details?: { issues?: { path: string; code: string }[] } } }).error.details?.issues ?? [];
    expect(issues.map((i) => `${i.path} ${i.code}`)).toEqual(
      expect.arrayContaining(['prioritizationRounds[0].ideaIds[3] duplicate-round-idea', 'prioritizationRounds[0].scorers[2] duplicate-scorer']),
    );
    expect(await copy.ok('round.list', {})).toEqual([]);
  });
});
