// The POC's reference data between two real workspaces: an edit reaches the
// LFP in the next feedback bundle with its revision, shown first in the
// preview as a diff (renamed, added, removed) and applied only on import;
// a bundle with an older revision is refused as a rollback with nothing
// changed; a submission carrying reference data is refused for it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/api/errors';
import { ReferenceDataService } from '../../../electron/services/reference/service';
import { forge, partsOf } from '../bundles/bundle-kit';
import { type Party, party, steppingClock } from '../bundles/workspace-fixtures';

let poc: Party, md: Party;
beforeEach(async () => {
  const clock = steppingClock();
  poc = await party('poc', 'POC', clock);
  md = await party('lfp', 'MD', clock);
});
afterEach(async () => {
  await poc.close();
  await md.close();
});

const reference = (p: Party) => new ReferenceDataService(p.ws);
const refusal = (e: unknown) => (e instanceof AppError ? e.details?.params : e);

describe('the reference data travels POC → LFP', () => {
  it('shows the diff before applying, applies it with the revision, and refuses an older revision as a rollback', async () => {
    const pocCode = (await poc.bundles.showKey()).safetyCode;
    const ref = reference(poc);
    await ref.saveInstitution({ code: 'NAIS', acronym: { sq: 'AKSHI', en: 'NAIS' }, name: { sq: 'Agjencia Kombëtare e Shoqërisë së Informacionit (AKSHI)', en: 'National Agency for the Information Society' }, type: 'agency' });
    await ref.saveInstitution({ code: 'ASP', acronym: { sq: 'ASP', en: 'PSA' }, name: { sq: 'Agjencia e Sigurisë së Prokurimit', en: 'Procurement Security Agency' }, type: 'agency' });
    await ref.removeTerm('policy-area', 'youth');
    const old = await poc.bundles.export(); // revision 3
    await ref.saveTerm({ kind: 'ogp-value', code: 'inclusion', label: { sq: 'Përfshirja', en: 'Inclusion' } });
    const edited = await ref.get();
    expect(edited.revision).toBe(4);

    const fresh = await poc.bundles.export();
    const preview = await md.bundles.preview(fresh.bytes);
    expect(preview.refusal).toBeNull();
    const diff = preview.changes.reference!;
    expect(diff).toMatchObject({ from: 0, to: 4 });
    const byKey = new Map(diff.changes.map((c) => [`${c.entry}:${c.key}`, c]));
    expect(byKey.get('institution:NAIS')).toMatchObject({ change: 'changed' });
    expect(byKey.get('institution:NAIS')!.fields.map((f) => [f.field, f.lang, f.after])).toEqual([
      ['name', 'sq', 'Agjencia Kombëtare e Shoqërisë së Informacionit (AKSHI)'],
      ['name', 'en', 'National Agency for the Information Society'],
    ]);
    expect(byKey.get('institution:ASP')).toMatchObject({ change: 'added', label: { en: 'ASP — Procurement Security Agency' } });
    expect(byKey.get('policy-area:youth')).toMatchObject({ change: 'removed' });
    expect(byKey.get('ogp-value:inclusion')!.fields).toEqual([
      { field: 'label', lang: 'sq', before: 'Përfshirja (tërthore)', after: 'Përfshirja' },
      { field: 'label', lang: 'en', before: 'Inclusion (cross-cutting)', after: 'Inclusion' },
    ]);
    // The preview wrote nothing.
    expect((await reference(md).get()).revision).toBe(0);

    await md.bundles.import(fresh.bytes, pocCode);
    const atMd = await reference(md).get();
    expect(atMd).toMatchObject({ revision: 4, editable: false });
    expect(atMd.reference).toEqual(edited.reference);

    // The older bundle under a new number (a POC workspace restored from a backup) would undo revision 4.
    const before = await md.snapshot();
    const stale = forge(partsOf(old.bytes), [await poc.ownKey()], { manifest: (m) => { m.seq = 5; m.bundleId = '5d7a0b6c-2f3e-4a1b-9c8d-7e6f5a4b3c2d'; } });
    const previewed = await md.bundles.preview(stale);
    expect(previewed.refusal).toEqual({ reason: 'reference-rollback', params: { incoming: 3, held: 4 } });
    const err = await md.bundles.import(stale).then(() => null, (e: unknown) => e);
    expect(refusal(err)).toMatchObject({ reason: 'reference-rollback', incoming: 3, held: 4 });
    expect(await md.snapshot()).toBe(before);
    expect((await reference(md).get()).revision).toBe(4);
  });

  it('keeps, at the LFP, a removed entry its own records still use', async () => {
    const pocCode = (await poc.bundles.showKey()).safetyCode;
    await md.bundles.import((await poc.bundles.export()).bytes, pocCode);
    const c = await md.commitments.create({ componentCode: 'anti-corruption', title: { sq: 'Regjistri', en: 'Register' } });
    await md.commitments.update(c.id, { policyAreas: ['youth'] });
    await reference(poc).removeTerm('policy-area', 'youth'); // the POC has not seen MD's draft yet
    await md.bundles.import((await poc.bundles.export()).bytes);
    const atMd = await reference(md).get();
    expect(atMd.revision).toBe(1);
    expect(atMd.reference.terms.some((t) => t.code === 'youth')).toBe(true);
  });

  it('refuses a submission that carries reference data, before anything is written', async () => {
    const mdCode = (await md.bundles.showKey()).safetyCode;
    const sub = await md.bundles.export();
    const withRef = forge(partsOf(sub.bytes), [await md.ownKey()], { payload: (p) => { p.reference = { cycles: [], institutions: [], components: [], terms: [] }; } });
    const before = await poc.snapshot();
    const logs = await poc.logCount();
    const err = await poc.bundles.import(withRef, mdCode).then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(refusal(err)).toMatchObject({ reason: 'reference-from-lfp', path: 'reference' });
    expect(await poc.snapshot()).toBe(before);
    expect(await poc.logCount()).toBe(logs + 1);
  });
});
