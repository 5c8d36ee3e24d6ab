// Decisions on ideas and the traceability between an idea and its
// commitment: adopt creates a pre-filled commitment, merge links an existing
// one of the same institution, both directions survive a plan export and
// import; and the quality checks on decisions.
import { afterEach, describe, expect, it } from 'vitest';
import { exportInterchange, serializeInterchange } from '../../../electron/services/interchange';
import { openStore } from '../../../electron/services/store/database';
import { upsertRecords } from '../../../electron/services/store/records';
import { COMMITMENT } from '../../../electron/services/store/tables';
import { dbPath } from '../../../electron/services/workspace/paths';
import { newCommitment } from '../../../shared/model/new-commitment';
import { idea, insertIdeas } from '../../helpers/ideas';
import { type TempWorkspace, tempWorkspace, ticking } from '../../helpers/temp-workspace';

const open: TempWorkspace[] = [];
afterEach(async () => {
  for (const w of open.splice(0)) await w.cleanup();
});

const COMPONENT = 'anti-corruption';
const RESPONSE = { sq: 'Ideja përputhet me strategjinë kundër korrupsionit.', en: 'The idea fits the anti-corruption strategy.' };

async function workspace(institution = 'MD') {
  const ws = await tempWorkspace({ role: 'lfp', institution }, ticking('2026-11-26T10:00:00.000Z'));
  open.push(ws);
  return ws;
}

async function errorOf(ws: TempWorkspace, input: Parameters<TempWorkspace['ok']>[1] & object) {
  const res = await ws.plani.call('idea.decide', input);
  expect(res.ok).toBe(false);
  return (res as { error: { code: string } }).error.code;
}

describe('deciding ideas', () => {
  it('adopts an idea as a new commitment pre-filled from it, linked both ways, and refuses adopting it twice', async () => {
    const ws = await workspace();
    const proposal = idea({
      owner: 'MD',
      componentCode: COMPONENT,
      title: { sq: 'Regjistri publik i pasurive', en: 'Public asset register' },
      ogpValues: ['access-to-information', 'public-accountability'],
    });
    await insertIdeas(ws.dir, [proposal]);
    const { idea: decided } = await ws.ok('idea.decide', { ideaId: proposal.id, decision: 'adopted', reasonedResponse: RESPONSE });
    expect(decided).toMatchObject({ status: 'adopted', reasonedResponse: RESPONSE, decidedAt: '2026-11-26' });
    const commitment = await ws.ok('commitment.get', { id: decided.commitmentId! });
    expect(commitment).toMatchObject({
      owner: 'MD',
      componentCode: COMPONENT,
      title: proposal.title,
      problem: proposal.problem,
      solution: proposal.proposedSolution,
      expectedResults: proposal.expectedResult,
      ogpValues: ['access-to-information', 'public-accountability'],
      originIdeas: [proposal.id],
    });
    expect((await ws.ok('commitment.originIdeas', { id: commitment.id })).map((i) => i.id)).toEqual([proposal.id]);
    expect(await errorOf(ws, { ideaId: proposal.id, decision: 'adopted', reasonedResponse: RESPONSE })).toBe('idea-already-linked');
    expect(await errorOf(ws, { ideaId: proposal.id, decision: 'merged', commitmentId: commitment.id, reasonedResponse: RESPONSE })).toBe('idea-already-linked');
    const overview = await ws.ok('plan.overview', {});
    expect(overview.components.find((c) => c.component.code === COMPONENT)!.commitments).toHaveLength(1);
  });

  it('merges into a commitment of the same institution only, and taking the decision back unlinks it', async () => {
    const ws = await workspace();
    const own = await ws.ok('commitment.create', { componentCode: COMPONENT, title: { sq: 'Angazhim ekzistues' } });
    const foreign = newCommitment({ id: '00000000-0000-4000-8000-0000000000f1', cycleId: '2020-2022', componentCode: COMPONENT, owner: 'MOFE', now: '2026-11-01T00:00:00.000Z' });
    const store = openStore(dbPath(ws.dir));
    await upsertRecords(store.db, COMMITMENT, [foreign]);
    await store.close();
    const [a, b] = [idea({ owner: 'MD', componentCode: COMPONENT }), idea({ owner: 'MD', componentCode: COMPONENT, receivedAt: '2026-11-02' })];
    await insertIdeas(ws.dir, [a!, b!]);

    expect(await errorOf(ws, { ideaId: a!.id, decision: 'merged', commitmentId: foreign.id, reasonedResponse: RESPONSE })).toBe('merge-foreign-commitment');
    expect(await errorOf(ws, { ideaId: a!.id, decision: 'merged', reasonedResponse: RESPONSE })).toBe('merge-needs-commitment');
    await ws.ok('idea.decide', { ideaId: a!.id, decision: 'merged', commitmentId: own.id, reasonedResponse: RESPONSE });
    await ws.ok('idea.decide', { ideaId: b!.id, decision: 'merged', commitmentId: own.id, reasonedResponse: RESPONSE });
    expect((await ws.ok('commitment.get', { id: own.id })).originIdeas).toEqual([a!.id, b!.id]);
    expect((await ws.ok('commitment.originIdeas', { id: own.id })).map((i) => [i.id, i.status])).toEqual([
      [a!.id, 'merged'],
      [b!.id, 'merged'],
    ]);

    const { idea: back } = await ws.ok('idea.decide', { ideaId: a!.id, decision: 'not-taken-forward', reasonedResponse: RESPONSE });
    expect(back).toMatchObject({ status: 'not-taken-forward', commitmentId: null });
    expect((await ws.ok('commitment.get', { id: own.id })).originIdeas).toEqual([b!.id]);
  });

  it('keeps the link both ways through a plan export and import into another workspace', async () => {
    const ws = await workspace();
    const proposal = idea({ owner: 'MD', componentCode: COMPONENT, title: { sq: 'Ide e miratuar', en: 'Adopted idea' } });
    await insertIdeas(ws.dir, [proposal]);
    const { idea: decided } = await ws.ok('idea.decide', { ideaId: proposal.id, decision: 'adopted', reasonedResponse: RESPONSE });
    const doc = await exportInterchange((await ws.plani.context.workspace()).store, { role: 'lfp', institution: 'MD' });
    expect(doc.commitments.find((c) => c.id === decided.commitmentId)!.originIdeas).toEqual([proposal.id]);
    expect(doc.ideas.find((i) => i.id === proposal.id)).toMatchObject({ commitmentId: decided.commitmentId, status: 'adopted' });

    const copy = await workspace();
    await copy.ok('plan.import', { file: { name: 'plan.json', dataBase64: Buffer.from(serializeInterchange(doc)).toString('base64') } });
    expect((await copy.ok('commitment.get', { id: decided.commitmentId! })).originIdeas).toEqual([proposal.id]);
    expect(await copy.ok('commitment.originIdeas', { id: decided.commitmentId! })).toEqual([expect.objectContaining({ id: proposal.id, commitmentId: decided.commitmentId })]);
  });

  it('refuses deciding an idea of another institution', async () => {
    const ws = await workspace();
    const theirs = idea({ owner: 'MOFE', componentCode: COMPONENT });
    await insertIdeas(ws.dir, [theirs]);
    expect(await errorOf(ws, { ideaId: theirs.id, decision: 'not-taken-forward', reasonedResponse: RESPONSE })).toBe('not-owner');
  });
});

describe('quality checks on decisions', () => {
  it('blocks a decision without a reasoned response in both languages and an adoption whose commitment was deleted; warns of an idea undecided for over 60 days', async () => {
    const ws = await workspace();
    const noResponse = idea({ owner: 'MD', componentCode: COMPONENT, receivedAt: '2026-11-20' });
    const adopted = idea({ owner: 'MD', componentCode: COMPONENT, receivedAt: '2026-11-20' });
    const old = idea({ owner: 'MD', componentCode: COMPONENT, receivedAt: '2026-09-01' });
    const recent = idea({ owner: 'MD', componentCode: COMPONENT, receivedAt: '2026-10-01' });
    await insertIdeas(ws.dir, [noResponse, adopted, old, recent]);
    await ws.ok('idea.decide', { ideaId: noResponse.id, decision: 'not-taken-forward', reasonedResponse: { sq: 'Jashtë mandatit.', en: '' } });
    const { idea: withCommitment } = await ws.ok('idea.decide', { ideaId: adopted.id, decision: 'adopted', reasonedResponse: RESPONSE });
    await ws.ok('commitment.delete', { id: withCommitment.commitmentId! });

    const findings = (await ws.ok('quality.plan', {})).findings.filter((f) => f.target.type === 'idea');
    const of = (id: string) => findings.filter((f) => f.target.id === id).map((f) => [f.checkId, f.severity, f.target.lang]);
    expect(of(noResponse.id)).toEqual([['idea-reasoned-response', 'blocking', 'en']]);
    expect(of(adopted.id)).toEqual([['idea-commitment-deleted', 'blocking', null]]);
    expect(of(old.id)).toEqual([['idea-undecided', 'warning', null]]);
    expect(findings.find((f) => f.target.id === old.id)!.params).toMatchObject({ days: 86, max: 60, received: '2026-09-01' });
    expect(of(recent.id)).toEqual([]);
  });
});
