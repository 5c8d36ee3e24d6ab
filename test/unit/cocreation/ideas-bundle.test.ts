// Ideas travel in MD's signed submission: the POC sees them, merge link
// included, and can change none of them.
import { afterEach, describe, expect, it } from 'vitest';
import { type TempWorkspace, tempWorkspace } from '../../helpers/temp-workspace';

let poc: TempWorkspace;
let md: TempWorkspace;
afterEach(async () => {
  await poc?.cleanup();
  await md?.cleanup();
});

describe('ideas in bundles', () => {
  it('carries MD’s ideas and the merge link to the POC, read-only there', async () => {
    poc = await tempWorkspace({ role: 'poc', institution: 'POC' });
    md = await tempWorkspace({ role: 'lfp', institution: 'MD' });
    const a = await md.ok('idea.create', { componentCode: 'access-to-justice', fields: { title: { sq: 'Ndihmë juridike në çdo qark' } } });
    const b = await md.ok('idea.create', { componentCode: 'access-to-justice', fields: { title: { sq: 'Avokat falas' } } });
    await md.ok('idea.merge', { id: b.id, intoId: a.id });

    const exported = await md.ok('bundle.export', {});
    const { safetyCode } = await md.ok('key.show', {});
    const imported = await poc.ok('bundle.import', { file: { name: exported.fileName, dataBase64: exported.dataBase64 }, trustCode: safetyCode });
    expect(imported.result).toBe('applied');

    const { ideas, counts } = await poc.ok('idea.list', { filter: { componentCode: 'access-to-justice' } });
    expect(ideas.map((i) => [i.title.sq, i.owner, i.status, i.mergedIntoId])).toEqual(
      expect.arrayContaining([
        ['Ndihmë juridike në çdo qark', 'MD', 'received', null],
        ['Avokat falas', 'MD', 'merged', a.id],
      ]),
    );
    expect(counts).toMatchObject({ received: 1, merged: 1 });
    const write = await poc.plani.call('idea.update', { id: a.id, changes: { title: { en: 'Changed at the POC' } } });
    expect(write.ok ? null : write.error.code).toBe('not-owner');
    // The POC's search finds them too.
    expect((await poc.ok('search.query', { q: 'avokat' })).hits.map((h) => h.recordId)).toEqual([b.id]);
  });
});
