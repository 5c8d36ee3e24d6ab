// The ideas register against a real workspace: create, save fields, list
// with filters and counts, merge duplicates, delete, ownership, and the
// search index covering ideas.
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { newIdea } from '../../../shared/model/new-idea';
import { exportInterchange } from '../../../electron/services/interchange';
import { upsertRecords } from '../../../electron/services/store/records';
import { IDEA } from '../../../electron/services/store/tables';
import { type TempWorkspace, tempWorkspace, ticking } from '../../helpers/temp-workspace';

let ws: TempWorkspace;
afterEach(async () => {
  await ws?.cleanup();
});

/** An idea of another institution, as a bundle import would leave it in the workspace. */
async function foreignIdea(owner: string, componentCode: string) {
  const store = (await ws.plani.context.workspace()).store;
  const idea = { ...newIdea({ id: randomUUID(), cycleId: '2020-2022', componentCode, owner, now: '2026-11-01T09:00:00.000Z' }), title: { sq: 'Ide e huaj', en: '' } };
  await upsertRecords(store.db, IDEA, [idea]);
  return idea;
}

const refusal = async (p: Promise<{ ok: boolean; error?: { code: string; details?: { issues?: { path: string; code: string }[] } } }>) => {
  const r = await p;
  expect(r.ok).toBe(false);
  return r.error!;
};

describe('ideas register', () => {
  it('creates an idea, saves fields one language at a time, and reads it back', async () => {
    ws = await tempWorkspace({ role: 'lfp', institution: 'MD' }, ticking());
    const idea = await ws.ok('idea.create', { componentCode: 'access-to-justice', fields: { title: { sq: 'Ndihmë juridike në çdo qark' } } });
    expect(idea).toMatchObject({ owner: 'MD', status: 'received', channel: 'email', receivedAt: '2026-11-26', mergedIntoId: null, rev: 1, title: { sq: 'Ndihmë juridike në çdo qark', en: '' } });
    const saved = await ws.ok('idea.update', { id: idea.id, changes: { title: { en: 'Legal aid in every county' }, submitter: { organisation: 'Qendra për Drejtësi' }, channel: 'meeting' } });
    expect(saved.rev).toBe(2);
    await ws.ok('idea.update', { id: idea.id, changes: { submitter: { orgType: 'cso' }, receivedAt: '2020-09-15', consentToPublish: true, suggestedLead: 'MD' } });
    const got = await ws.ok('idea.get', { id: idea.id });
    expect(got.title).toEqual({ sq: 'Ndihmë juridike në çdo qark', en: 'Legal aid in every county' });
    expect(got.submitter).toEqual({ name: '', organisation: 'Qendra për Drejtësi', orgType: 'cso' });
    expect(got).toMatchObject({ channel: 'meeting', receivedAt: '2020-09-15', consentToPublish: true, suggestedLead: 'MD', rev: 3 });
  });

  it('refuses a value the schema refuses, an unknown lead, and a component the institution does not lead', async () => {
    ws = await tempWorkspace({ role: 'lfp', institution: 'MD' });
    const idea = await ws.ok('idea.create', { componentCode: 'access-to-justice' });
    const tooLong = await refusal(ws.plani.call('idea.update', { id: idea.id, changes: { title: { sq: 'x'.repeat(501) } } }));
    expect(tooLong.details?.issues?.[0]).toMatchObject({ path: 'changes.title.sq', code: 'too_big' });
    const badDate = await refusal(ws.plani.call('idea.update', { id: idea.id, changes: { receivedAt: '2021-02-30' } }));
    expect(badDate.code).toBe('invalid-input');
    const lead = await refusal(ws.plani.call('idea.update', { id: idea.id, changes: { suggestedLead: 'NOPE' } }));
    expect(lead.details?.issues?.[0]).toMatchObject({ path: 'changes.suggestedLead', code: 'unknown-lead' });
    expect((await refusal(ws.plani.call('idea.create', { componentCode: 'fiscal-transparency' }))).code).toBe('not-lead');
    expect((await ws.ok('idea.get', { id: idea.id })).rev).toBe(1);
  });

  it('lists with filters by component, status and channel, sorts, and counts per status', async () => {
    ws = await tempWorkspace({ role: 'lfp', institution: 'MD' }, ticking());
    const mk = (componentCode: string, title: string, receivedAt: string, channel: 'email' | 'survey') =>
      ws.ok('idea.create', { componentCode, fields: { title: { sq: title }, receivedAt, channel } });
    const a = await mk('access-to-justice', 'Çelësi i drejtësisë', '2020-09-03', 'email');
    const b = await mk('access-to-justice', 'Avokati falas', '2020-09-01', 'survey');
    const c = await mk('anti-corruption', 'Ëndrra e integritetit', '2020-09-02', 'email');
    await ws.ok('idea.merge', { id: a.id, intoId: b.id });

    const all = await ws.ok('idea.list', {});
    expect(all.ideas.map((i) => i.id)).toEqual([a.id, c.id, b.id]); // newest received first by default
    expect(all.counts).toEqual({ received: 2, shortlisted: 0, merged: 1, adopted: 0, 'not-taken-forward': 0 });

    const justice = await ws.ok('idea.list', { filter: { componentCode: 'access-to-justice' }, sort: { by: 'title', dir: 'asc' } });
    expect(justice.ideas.map((i) => i.title.sq)).toEqual(['Avokati falas', 'Çelësi i drejtësisë']);
    expect(justice.counts.received).toBe(1);

    const merged = await ws.ok('idea.list', { filter: { status: 'merged' } });
    expect(merged.ideas.map((i) => i.id)).toEqual([a.id]);
    // The counts answer for the other filters, not for the status chosen.
    expect(merged.counts.received).toBe(2);

    const email = await ws.ok('idea.list', { filter: { channel: 'email' }, sort: { by: 'receivedAt', dir: 'asc' } });
    expect(email.ideas.map((i) => i.id)).toEqual([c.id, a.id]);
  });

  it('merges a duplicate: it points at the idea it joined, and its own duplicates follow it', async () => {
    ws = await tempWorkspace({ role: 'lfp', institution: 'MD' });
    const [x, y, z] = await Promise.all(['X', 'Y', 'Z'].map((t) => ws.ok('idea.create', { componentCode: 'anti-corruption', fields: { title: { sq: t } } })));
    await ws.ok('idea.merge', { id: z!.id, intoId: y!.id });
    const merged = await ws.ok('idea.merge', { id: y!.id, intoId: x!.id });
    expect(merged).toMatchObject({ id: y!.id, status: 'merged', mergedIntoId: x!.id });
    expect(await ws.ok('idea.get', { id: z!.id })).toMatchObject({ status: 'merged', mergedIntoId: x!.id });
    expect(await ws.ok('idea.get', { id: x!.id })).toMatchObject({ status: 'received', mergedIntoId: null });
    // The interchange export carries the link.
    const exported = (await ws.plani.context.workspace()).store;
    const row = await exported.db.selectFrom('idea').select(['merged_into_id']).where('id', '=', y!.id).executeTakeFirstOrThrow();
    expect(row.merged_into_id).toBe(x!.id);
  });

  it('keeps the merge link through an interchange export and import into another workspace', async () => {
    ws = await tempWorkspace({ role: 'lfp', institution: 'MD' });
    const a = await ws.ok('idea.create', { componentCode: 'anti-corruption', fields: { title: { sq: 'A' } } });
    const b = await ws.ok('idea.create', { componentCode: 'anti-corruption', fields: { title: { sq: 'B' } } });
    await ws.ok('idea.merge', { id: b.id, intoId: a.id });
    const doc = await exportInterchange((await ws.plani.context.workspace()).store, { role: 'lfp', institution: 'MD' });
    expect(doc.ideas.find((i) => i.id === b.id)).toMatchObject({ status: 'merged', mergedIntoId: a.id });
    const first = ws;
    ws = await tempWorkspace({ role: 'lfp', institution: 'MD' });
    try {
      const bytes = Buffer.from(JSON.stringify(doc));
      await ws.ok('plan.import', { file: { name: 'plan.json', dataBase64: bytes.toString('base64') } });
      expect(await ws.ok('idea.get', { id: b.id })).toMatchObject({ status: 'merged', mergedIntoId: a.id });
    } finally {
      await first.cleanup();
    }
  });

  it('refuses a merge into itself, into a merged idea, across components and across institutions', async () => {
    ws = await tempWorkspace({ role: 'lfp', institution: 'MD' });
    const a = await ws.ok('idea.create', { componentCode: 'anti-corruption' });
    const b = await ws.ok('idea.create', { componentCode: 'anti-corruption' });
    const other = await ws.ok('idea.create', { componentCode: 'access-to-justice' });
    const itself = await refusal(ws.plani.call('idea.merge', { id: a.id, intoId: a.id }));
    expect(itself.details?.issues?.[0]).toMatchObject({ path: 'intoId', code: 'merge-into-itself' });
    const across = await refusal(ws.plani.call('idea.merge', { id: a.id, intoId: other.id }));
    expect(across.details?.issues?.[0]?.code).toBe('merge-other-component');
    await ws.ok('idea.merge', { id: b.id, intoId: a.id });
    const chain = await refusal(ws.plani.call('idea.merge', { id: other.id, intoId: b.id }));
    expect(chain.details?.issues?.[0]?.code).toBe('merge-other-component');
    const c = await ws.ok('idea.create', { componentCode: 'anti-corruption' });
    expect((await refusal(ws.plani.call('idea.merge', { id: c.id, intoId: b.id }))).details?.issues?.[0]?.code).toBe('merge-into-merged');

    const mofe = await foreignIdea('MOFE', 'anti-corruption');
    expect((await refusal(ws.plani.call('idea.merge', { id: a.id, intoId: mofe.id }))).code).toBe('foreign-reference');
    expect((await refusal(ws.plani.call('idea.merge', { id: mofe.id, intoId: a.id }))).code).toBe('not-owner');
    expect(await ws.ok('idea.get', { id: a.id })).toMatchObject({ status: 'received', mergedIntoId: null, rev: 1 });
  });

  it('lets only the owning institution write its ideas; others read them', async () => {
    ws = await tempWorkspace({ role: 'lfp', institution: 'MD' });
    const mofe = await foreignIdea('MOFE', 'anti-corruption');
    expect((await refusal(ws.plani.call('idea.update', { id: mofe.id, changes: { title: { sq: 'E imja tani' } } }))).code).toBe('not-owner');
    expect((await refusal(ws.plani.call('idea.delete', { id: mofe.id }))).code).toBe('not-owner');
    expect((await ws.ok('idea.get', { id: mofe.id })).title.sq).toBe('Ide e huaj');
    expect((await ws.ok('idea.list', {})).ideas.map((i) => i.owner)).toEqual(['MOFE']);
  });

  it('at the POC, every institution’s ideas are listed and none can be written or added', async () => {
    ws = await tempWorkspace({ role: 'poc', institution: 'POC' });
    const md = await foreignIdea('MD', 'access-to-justice');
    const mofe = await foreignIdea('MOFE', 'fiscal-transparency');
    const { ideas, counts } = await ws.ok('idea.list', { sort: { by: 'title', dir: 'asc' } });
    expect(ideas.map((i) => i.id).sort()).toEqual([md.id, mofe.id].sort());
    expect(counts.received).toBe(2);
    expect((await refusal(ws.plani.call('idea.update', { id: md.id, changes: { title: { en: 'x' } } }))).code).toBe('not-owner');
    expect((await refusal(ws.plani.call('idea.merge', { id: md.id, intoId: mofe.id }))).code).toBe('not-owner');
    expect((await refusal(ws.plani.call('idea.create', { componentCode: 'access-to-justice' }))).code).toBe('not-lead');
  });

  it('deletes an idea with a tombstone, but not one that others were merged into', async () => {
    ws = await tempWorkspace({ role: 'lfp', institution: 'MD' });
    const a = await ws.ok('idea.create', { componentCode: 'anti-corruption' });
    const b = await ws.ok('idea.create', { componentCode: 'anti-corruption' });
    await ws.ok('idea.merge', { id: b.id, intoId: a.id });
    expect((await refusal(ws.plani.call('idea.delete', { id: a.id }))).details?.issues?.[0]?.code).toBe('idea-has-duplicates');
    await ws.ok('idea.delete', { id: b.id });
    await ws.ok('idea.delete', { id: a.id });
    expect((await ws.ok('idea.list', {})).ideas).toEqual([]);
    const store = (await ws.plani.context.workspace()).store;
    const stones = await store.db.selectFrom('tombstone').select(['entity', 'id']).where('entity', '=', 'idea').execute();
    expect(stones.map((s) => s.id).sort()).toEqual([a.id, b.id].sort());
  });

  it('finds ideas through the search index, accent-insensitive, and forgets a deleted one', async () => {
    ws = await tempWorkspace({ role: 'lfp', institution: 'MD' });
    const idea = await ws.ok('idea.create', { componentCode: 'access-to-justice', fields: { problem: { sq: 'Qytetarët e varfër nuk kanë përfaqësim' }, title: { en: 'Legal aid' } } });
    const { hits } = await ws.ok('search.query', { q: 'perfaqesim' });
    expect(hits).toEqual([
      expect.objectContaining({ recordType: 'idea', recordId: idea.id, commitmentId: null, componentCode: 'access-to-justice', field: 'problem', lang: 'sq', commitmentTitle: { sq: '', en: 'Legal aid' } }),
    ]);
    await ws.ok('idea.update', { id: idea.id, changes: { problem: { sq: 'Tjetër tekst' } } });
    expect((await ws.ok('search.query', { q: 'perfaqesim' })).hits).toEqual([]);
    await ws.ok('idea.delete', { id: idea.id });
    expect((await ws.ok('search.query', { q: 'legal' })).hits).toEqual([]);
  });
});

describe('ideas and values that could not be saved', () => {
  it('keeps a refused value of an idea until it is forgotten, and forgets it with the idea', async () => {
    ws = await tempWorkspace({ role: 'lfp', institution: 'MD' });
    const idea = await ws.ok('idea.create', { componentCode: 'access-to-justice' });
    const ref = { recordType: 'idea' as const, recordId: idea.id, field: 'receivedAt', lang: null };
    await ws.ok('unsaved.keep', { ref, commitmentId: idea.id, valueJson: null, typedText: '30.02.2021', code: 'not-a-date' });
    expect((await ws.ok('unsaved.list', {})).values.map((v) => [v.ref.recordType, v.typedText])).toEqual([['idea', '30.02.2021']]);
    await ws.ok('idea.delete', { id: idea.id });
    expect((await ws.ok('unsaved.list', {})).values).toEqual([]);
  });
});
