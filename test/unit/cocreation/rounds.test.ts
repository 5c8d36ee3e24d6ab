// Prioritization rounds through the API against a real workspace file: the
// default criteria, scorers, scores and their refusals, live results (ties,
// missing scores, a failed gate, disagreement), weights, closing.
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_CRITERIA } from '../../../shared/cocreation/default-criteria';
import { liveResults, normaliseWeights, weightPermille } from '../../../shared/cocreation/prioritization';
import type { Idea } from '../../../shared/model/cocreation';
import { idea, insertIdeas } from '../../helpers/ideas';
import { type TempWorkspace, tempWorkspace, ticking } from '../../helpers/temp-workspace';

let ws: TempWorkspace;
afterEach(async () => {
  await ws?.cleanup();
});

const COMPONENT = 'access-to-justice';

async function lfpWithIdeas(n = 3): Promise<Idea[]> {
  ws = await tempWorkspace({ role: 'lfp', institution: 'MD' }, ticking());
  const ideas = Array.from({ length: n }, (_, i) =>
    idea({ owner: 'MD', componentCode: COMPONENT, title: { sq: `Ideja ${i + 1} — ë ç`, en: `Idea ${i + 1}` }, receivedAt: `2026-10-0${i + 1}`, id: `00000000-0000-4000-8000-00000000000${i + 1}` }),
  );
  await insertIdeas(ws.dir, ideas);
  return ideas;
}

async function errorOf(method: Parameters<TempWorkspace['plani']['call']>[0], input: unknown) {
  const res = await ws.plani.call(method, input);
  expect(res.ok).toBe(false);
  return (res as { error: { code: string; details?: { params?: Record<string, unknown> } } }).error;
}

/** Scores every weighted criterion of an idea with one value, and each gate with `gate`. */
async function scoreAll(roundId: string, ideaId: string, scorer: string, value: number, gate = 5) {
  for (const c of DEFAULT_CRITERIA) await ws.ok('round.score', { id: roundId, ideaId, criterionId: c.id, scorer, value: c.gate ? gate : value });
}

describe('opening a round', () => {
  it('starts with the three gates and six weighted criteria adding up to 100 %, the 1–5 scale and the chosen ideas', async () => {
    const ideas = await lfpWithIdeas();
    const view = await ws.ok('round.open', { componentCode: COMPONENT, stage: 'shortlist', ideaIds: [ideas[1]!.id, ideas[0]!.id] });
    expect(view.round.criteria.filter((c) => c.gate).map((c) => c.id)).toEqual(['open-government', 'verifiable', 'willing-lead']);
    expect(view.round.criteria.filter((c) => !c.gate).map((c) => [c.id, c.weight])).toEqual([
      ['impact', 0.25],
      ['relevance', 0.2],
      ['feasibility', 0.2],
      ['resources', 0.15],
      ['alignment', 0.1],
      ['partnership', 0.1],
    ]);
    expect(weightPermille(view.round.criteria)).toBe(1000);
    expect(view.round.scale).toEqual({ min: 1, max: 5 });
    expect(view.round.openedAt).toBe('2026-11-26');
    expect(view.ideas.map((i) => i.title.en)).toEqual(['Idea 2', 'Idea 1']);
    expect(view.editable).toBe(true);
    const list = await ws.ok('round.list', { componentCode: COMPONENT });
    expect(list).toMatchObject([{ id: view.round.id, ideas: 2, scorers: [], weightsAddUp: true }]);
  });

  it('refuses a component the institution does not lead and ideas of another component or institution', async () => {
    const ideas = await lfpWithIdeas(1);
    expect((await errorOf('round.open', { componentCode: 'fiscal-transparency', stage: 'shortlist', ideaIds: [] })).code).toBe('not-lead');
    const foreign = idea({ owner: 'MOFE', componentCode: COMPONENT });
    const elsewhere = idea({ owner: 'MD', componentCode: 'anti-corruption' });
    await insertIdeas(ws.dir, [foreign, elsewhere]);
    expect((await errorOf('round.open', { componentCode: COMPONENT, stage: 'shortlist', ideaIds: [ideas[0]!.id, foreign.id] })).code).toBe('not-owner');
    expect((await errorOf('round.open', { componentCode: COMPONENT, stage: 'shortlist', ideaIds: [elsewhere.id] })).code).toBe('idea-other-component');
    expect(await ws.ok('round.list', {})).toEqual([]);
  });
});

describe('scorers and scores', () => {
  it('refuses a scorer name used twice, whatever its case and spaces', async () => {
    const ideas = await lfpWithIdeas(1);
    const { round } = await ws.ok('round.open', { componentCode: COMPONENT, stage: 'shortlist', ideaIds: ideas.map((i) => i.id) });
    await ws.ok('round.addScorer', { id: round.id, name: 'Ana Kola' });
    const err = await errorOf('round.addScorer', { id: round.id, name: '  ana kola ' });
    expect(err).toMatchObject({ code: 'scorer-exists', details: { params: { name: 'Ana Kola' } } });
    expect((await ws.ok('round.get', { id: round.id })).scorers).toEqual(['Ana Kola']);
  });

  it('refuses values outside the scale or not whole, an unknown scorer, and keeps what was saved', async () => {
    const ideas = await lfpWithIdeas(1);
    const { round } = await ws.ok('round.open', { componentCode: COMPONENT, stage: 'shortlist', ideaIds: ideas.map((i) => i.id) });
    await ws.ok('round.addScorer', { id: round.id, name: 'Ana' });
    const cell = { id: round.id, ideaId: ideas[0]!.id, criterionId: 'impact', scorer: 'Ana' };
    await ws.ok('round.score', { ...cell, value: 4, comment: 'Ndikim i madh' });
    expect(await errorOf('round.score', { ...cell, value: 6 })).toMatchObject({ code: 'score-outside-scale', details: { params: { value: 6, min: 1, max: 5 } } });
    expect((await errorOf('round.score', { ...cell, value: 0 })).code).toBe('score-outside-scale');
    expect((await errorOf('round.score', { ...cell, value: 2.5 })).code).toBe('score-not-whole');
    expect((await errorOf('round.score', { ...cell, scorer: 'Besa', value: 3 })).code).toBe('unknown-scorer');
    expect((await errorOf('round.score', { ...cell, criterionId: 'nope', value: 3 })).code).toBe('unknown-criterion');
    const view = await ws.ok('round.get', { id: round.id });
    expect(view.round.scores).toEqual([{ ideaId: ideas[0]!.id, criterionId: 'impact', scorer: 'Ana', value: 4, comment: 'Ndikim i madh' }]);
    // Typing over a value keeps its comment; Delete clears both.
    await ws.ok('round.score', { ...cell, scorer: 'ana', value: 5 });
    expect((await ws.ok('round.get', { id: round.id })).round.scores[0]).toMatchObject({ value: 5, comment: 'Ndikim i madh', scorer: 'Ana' });
    await ws.ok('round.score', { ...cell, value: null });
    expect((await ws.ok('round.get', { id: round.id })).round.scores).toEqual([]);
  });
});

describe('live results', () => {
  it('ranks with ties, leaves missing scores out, drops a failed gate from the ranking and shows two scorers disagreeing', async () => {
    const ideas = await lfpWithIdeas(4);
    const [a, b, c, d] = ideas.map((i) => i.id) as [string, string, string, string];
    const { round } = await ws.ok('round.open', { componentCode: COMPONENT, stage: 'shortlist', ideaIds: [a, b, c, d] });
    await ws.ok('round.addScorer', { id: round.id, name: 'Ana' });
    await ws.ok('round.addScorer', { id: round.id, name: 'Besa' });
    await scoreAll(round.id, a, 'Ana', 4);
    await scoreAll(round.id, a, 'Besa', 4);
    await scoreAll(round.id, b, 'Ana', 4); // tie with a
    await scoreAll(round.id, c, 'Ana', 5, 1); // best total, but fails the gates
    // d: only impact, by two scorers who disagree (1 and 5); feasibility nobody scored.
    await ws.ok('round.score', { id: round.id, ideaId: d, criterionId: 'impact', scorer: 'Ana', value: 1 });
    await ws.ok('round.score', { id: round.id, ideaId: d, criterionId: 'impact', scorer: 'Besa', value: 5 });

    const view = await ws.ok('round.get', { id: round.id });
    const results = liveResults(view.round, view.ideas.map((i) => i.id));
    const by = new Map(results.ideas.map((r) => [r.ideaId, r]));
    expect(by.get(a)).toMatchObject({ rank: 1, total: 4, passedGates: true, scorers: 2 });
    expect(by.get(b)).toMatchObject({ rank: 1, total: 4 });
    expect(by.get(c)).toMatchObject({ rank: null, total: 5, passedGates: false });
    expect(by.get(c)!.gates.every((g) => g.state === 'failed')).toBe(true);
    const dImpact = by.get(d)!.criteria.find((x) => x.criterionId === 'impact')!;
    expect(dImpact).toEqual({ criterionId: 'impact', mean: 3, count: 2, spread: 4 });
    expect(by.get(d)!.unscored).toContain('feasibility');
    expect(by.get(d)).toMatchObject({ rank: 3, total: 3 });
    expect(results.ideas.map((r) => r.ideaId)).toEqual([a, b, d, c]);
    const quadrants = new Map(results.matrix.map((m) => [m.ideaId, m.quadrant]));
    expect(quadrants.get(a)).toBe('quick-win');
    expect(quadrants.get(d)).toBeNull();
  });

  it('recomputes after one score changes', async () => {
    const ideas = await lfpWithIdeas(2);
    const { round } = await ws.ok('round.open', { componentCode: COMPONENT, stage: 'shortlist', ideaIds: ideas.map((i) => i.id) });
    await ws.ok('round.addScorer', { id: round.id, name: 'Ana' });
    await scoreAll(round.id, ideas[0]!.id, 'Ana', 3);
    await scoreAll(round.id, ideas[1]!.id, 'Ana', 2);
    let view = await ws.ok('round.get', { id: round.id });
    expect(liveResults(view.round, ideas.map((i) => i.id)).ideas[0]!.ideaId).toBe(ideas[0]!.id);
    await ws.ok('round.score', { id: round.id, ideaId: ideas[1]!.id, criterionId: 'impact', scorer: 'Ana', value: 5 });
    await ws.ok('round.score', { id: round.id, ideaId: ideas[1]!.id, criterionId: 'relevance', scorer: 'Ana', value: 5 });
    await ws.ok('round.score', { id: round.id, ideaId: ideas[1]!.id, criterionId: 'feasibility', scorer: 'Ana', value: 5 });
    view = await ws.ok('round.get', { id: round.id });
    const results = liveResults(view.round, ideas.map((i) => i.id));
    expect(results.ideas[0]).toMatchObject({ ideaId: ideas[1]!.id, rank: 1 });
    expect(results.matrix.find((m) => m.ideaId === ideas[1]!.id)!.quadrant).toBe('quick-win');
    expect(results.matrix.find((m) => m.ideaId === ideas[0]!.id)!.quadrant).toBe('quick-win');
  });
});

describe('criteria and weights', () => {
  it('keeps weights that do not add up as given, offers a normalisation, and the quality check reports the round', async () => {
    const ideas = await lfpWithIdeas(1);
    const { round } = await ws.ok('round.open', { componentCode: COMPONENT, stage: 'shortlist', ideaIds: ideas.map((i) => i.id) });
    const criteria = round.criteria.map((c) => (c.id === 'impact' ? { ...c, weight: 0.15, name: { sq: 'Ndikimi', en: 'Impact' } } : c));
    const saved = await ws.ok('round.setCriteria', { id: round.id, criteria });
    expect(saved.round.criteria.find((c) => c.id === 'impact')).toMatchObject({ weight: 0.15, name: { sq: 'Ndikimi', en: 'Impact' } });
    expect(weightPermille(saved.round.criteria)).toBe(900);
    const report = await ws.ok('quality.plan', {});
    expect(report.findings.filter((f) => f.checkId === 'round-weights')).toEqual([
      expect.objectContaining({ severity: 'warning', params: expect.objectContaining({ sum: 90 }), target: expect.objectContaining({ type: 'prioritization-round', id: round.id }) }),
    ]);
    const normalised = normaliseWeights(saved.round.criteria)!;
    expect(weightPermille(normalised)).toBe(1000);
    expect(normalised.find((c) => c.id === 'impact')!.weight).toBeCloseTo(0.167, 3);
    await ws.ok('round.setCriteria', { id: round.id, criteria: normalised });
    expect((await ws.ok('quality.plan', {})).findings.some((f) => f.checkId === 'round-weights')).toBe(false);
    // A negative weight never reaches the round.
    expect((await errorOf('round.setCriteria', { id: round.id, criteria: criteria.map((c) => ({ ...c, weight: -0.1 })) })).code).toBe('invalid-input');
  });
});

describe('closing', () => {
  it('makes the round read-only and dated, and a new round starts from its shortlist with its criteria', async () => {
    const ideas = await lfpWithIdeas(2);
    const { round } = await ws.ok('round.open', { componentCode: COMPONENT, stage: 'shortlist', ideaIds: ideas.map((i) => i.id) });
    await ws.ok('round.addScorer', { id: round.id, name: 'Ana' });
    await scoreAll(round.id, ideas[0]!.id, 'Ana', 4);
    const closed = await ws.ok('round.close', { id: round.id });
    expect(closed.round.closedAt).toBe('2026-11-26');
    expect(closed.editable).toBe(false);
    for (const [method, input] of [
      ['round.score', { id: round.id, ideaId: ideas[0]!.id, criterionId: 'impact', scorer: 'Ana', value: 1 }],
      ['round.addScorer', { id: round.id, name: 'Besa' }],
      ['round.setCriteria', { id: round.id, criteria: round.criteria }],
      ['round.close', { id: round.id }],
    ] as const) {
      expect(await errorOf(method, input)).toMatchObject({ code: 'round-closed', details: { params: { date: '2026-11-26' } } });
    }
    expect((await ws.ok('round.get', { id: round.id })).round.scores.find((s) => s.criterionId === 'impact')!.value).toBe(4);
    const next = await ws.ok('round.open', { componentCode: COMPONENT, stage: 'final-selection', ideaIds: [ideas[0]!.id], fromRoundId: round.id });
    expect(next.round.criteria).toEqual(round.criteria);
    expect(next.ideas.map((i) => i.id)).toEqual([ideas[0]!.id]);
    expect(next.round.scores).toEqual([]);
  });

  it('lets only the owning LFP write: the POC reads an imported round but cannot score it', async () => {
    ws = await tempWorkspace({ role: 'poc', institution: 'POC' }, ticking());
    const mine = idea({ owner: 'MD', componentCode: COMPONENT });
    await insertIdeas(ws.dir, [mine]);
    expect((await errorOf('round.open', { componentCode: COMPONENT, stage: 'shortlist', ideaIds: [mine.id] })).code).toBe('not-lead');
  });
});
