// The POC's reference-data edits against a real workspace: saved in both
// languages with the revision raised, refused for an LFP with nothing
// changed, and refused when a removal would orphan records (naming them).
import { afterEach, describe, expect, it } from 'vitest';
import type { MethodName } from '../../../shared/api/contract';
import { CURRENT_CYCLE_ID } from '../../../shared/reference/seed';
import { type TempWorkspace, tempWorkspace } from '../../helpers/temp-workspace';

describe('referenceData.*', () => {
  const open: TempWorkspace[] = [];
  afterEach(async () => {
    for (const w of open.splice(0)) await w.cleanup();
  });
  const workspace = async (role: 'poc' | 'lfp', institution: string) => {
    const w = await tempWorkspace({ role, institution });
    open.push(w);
    return w;
  };
  const refused = async (w: TempWorkspace, method: MethodName, input: unknown) => {
    const res = await w.plani.call(method, input as never);
    expect(res.ok).toBe(false);
    return res.ok ? null : res.error;
  };

  it('renames an institution in both languages, adds a supporting one, and raises the revision each time', async () => {
    const poc = await workspace('poc', 'POC');
    const before = await poc.ok('referenceData.get', {});
    expect(before).toMatchObject({ revision: 0, updatedAt: null, editable: true });
    const renamed = await poc.ok('referenceData.saveInstitution', {
      institution: { code: 'MD', acronym: { sq: 'MDr', en: 'MoJ' }, name: { sq: 'Ministria e Drejtësisë së Shqipërisë', en: 'Ministry of Justice of Albania' }, type: 'ministry' },
    });
    expect(renamed.revision).toBe(1);
    expect(renamed.reference.institutions.find((i) => i.code === 'MD')).toMatchObject({ id: 'md', role: 'lfp', name: { sq: 'Ministria e Drejtësisë së Shqipërisë', en: 'Ministry of Justice of Albania' } });
    const added = await poc.ok('referenceData.saveInstitution', {
      institution: { code: 'ASP', acronym: { sq: 'ASP', en: 'PSA' }, name: { sq: 'Agjencia e Sigurisë së Prokurimit', en: 'Procurement Security Agency' }, type: 'agency' },
    });
    expect(added.revision).toBe(2);
    expect(added.reference.institutions.find((i) => i.code === 'ASP')).toMatchObject({ id: 'asp', role: 'support' });
    expect((await poc.ok('referenceData.get', {})).updatedAt).not.toBeNull();
  });

  it('edits the cycle, a component’s texts and leads, and the vocabularies', async () => {
    const poc = await workspace('poc', 'POC');
    const { reference } = await poc.ok('referenceData.get', {});
    const cycle = reference.cycles[0]!;
    const c1 = await poc.ok('referenceData.saveCycle', { cycle: { ...cycle, title: { sq: 'Plani i Pestë i Veprimit', en: 'Fifth Action Plan' }, status: 'consultation' } });
    expect(c1.reference.cycles[0]).toMatchObject({ title: { sq: 'Plani i Pestë i Veprimit', en: 'Fifth Action Plan' }, status: 'consultation' });
    const fiscal = reference.components.find((c) => c.code === 'fiscal-transparency')!;
    const c2 = await poc.ok('referenceData.saveComponent', { component: { ...fiscal, policyGoal: { sq: 'Buxhet i hapur për të gjithë.', en: 'An open budget for everyone.' }, leadInstitutions: ['MOFE', 'INSTAT'] } });
    expect(c2.reference.components.find((c) => c.id === fiscal.id)).toMatchObject({ policyGoal: { en: 'An open budget for everyone.' }, leadInstitutions: ['MOFE', 'INSTAT'] });
    const c3 = await poc.ok('referenceData.saveTerm', { kind: 'policy-area', code: 'open-contracting', label: { sq: 'Kontraktim i hapur', en: 'Open contracting' } });
    expect(c3.reference.terms.filter((t) => t.kind === 'policy-area').at(-1)).toMatchObject({ code: 'open-contracting' });
    const c4 = await poc.ok('referenceData.removeTerm', { kind: 'policy-area', code: 'youth' });
    expect(c4.reference.terms.some((t) => t.code === 'youth')).toBe(false);
    expect(c4.revision).toBe(4);
  });

  it('refuses an LFP’s every edit with reference-poc-only, and changes nothing', async () => {
    const md = await workspace('lfp', 'MD');
    const before = await md.ok('referenceData.get', {});
    expect(before.editable).toBe(false);
    const err = await refused(md, 'referenceData.saveInstitution', { institution: { code: 'MD', acronym: { sq: 'X', en: 'X' }, name: { sq: 'X', en: 'X' }, type: 'ministry' } });
    expect(err).toMatchObject({ code: 'reference-poc-only', details: { params: { institution: 'MD' } } });
    expect((await refused(md, 'referenceData.removeTerm', { kind: 'policy-area', code: 'youth' }))?.code).toBe('reference-poc-only');
    expect((await refused(md, 'referenceData.saveCycle', { cycle: before.reference.cycles[0]! }))?.code).toBe('reference-poc-only');
    expect(await md.ok('referenceData.get', {})).toEqual(before);
  });

  it('refuses a removal that would orphan records, naming what uses it, and changes nothing', async () => {
    const poc = await workspace('poc', 'POC');
    // The POC's copy of MD's commitment, as a submission leaves it.
    const md = await workspace('lfp', 'MD');
    const c = await md.ok('commitment.create', { componentCode: 'access-to-justice', title: { sq: 'Ndihmë juridike falas', en: 'Free legal aid' } });
    await md.ok('commitment.update', { id: c.id, changes: { ogpValues: ['civic-participation'], policyAreas: ['open-justice'] } });
    const keys = await md.ok('key.show', {});
    const bundle = await md.ok('bundle.export', {});
    await poc.ok('bundle.import', { file: { name: bundle.fileName, dataBase64: bundle.dataBase64 }, trustCode: keys.safetyCode });
    const before = await poc.ok('referenceData.get', {});

    const component = before.reference.components.find((x) => x.code === 'access-to-justice')!;
    const e1 = await refused(poc, 'referenceData.removeComponent', { id: component.id });
    expect(e1).toMatchObject({ code: 'reference-in-use', details: { params: { entity: 'commitment', count: 1, item: 'Aksesi në Drejtësi / Access to Justice' } } });
    const e2 = await refused(poc, 'referenceData.removeInstitution', { code: 'MD' });
    expect(e2).toMatchObject({ code: 'reference-in-use', details: { params: { entity: 'commitment', count: 1 } } });
    const e3 = await refused(poc, 'referenceData.removeTerm', { kind: 'policy-area', code: 'open-justice' });
    expect(e3).toMatchObject({ code: 'reference-in-use', details: { params: { entity: 'commitment', count: 1 } } });
    const e4 = await refused(poc, 'referenceData.removeTerm', { kind: 'ogp-value', code: 'civic-participation' });
    expect(e4?.details?.params).toMatchObject({ entity: 'commitment' });
    // Taking MD off the component it has a commitment in orphans it just the same.
    const e5 = await refused(poc, 'referenceData.saveComponent', { component: { ...component, leadInstitutions: ['NAIS'] } });
    expect(e5).toMatchObject({ code: 'reference-in-use', details: { params: { item: 'MD — Aksesi në Drejtësi / Access to Justice', entity: 'commitment' } } });
    // A supporting institution nobody names is removed; the POC itself never is.
    expect((await refused(poc, 'referenceData.removeInstitution', { code: 'POC' }))?.details?.params).toMatchObject({ entity: 'workspace' });
    expect(await poc.ok('referenceData.get', {})).toEqual(before);
    const gone = await poc.ok('referenceData.removeInstitution', { code: 'QKB' });
    expect(gone.revision).toBe(before.revision + 1);
    expect(gone.reference.institutions.some((i) => i.code === 'QKB')).toBe(false);
  });

  it('refuses a period OGP does not allow, an unknown lead and a code that would move records', async () => {
    const poc = await workspace('poc', 'POC');
    const { reference } = await poc.ok('referenceData.get', {});
    const cycle = reference.cycles.find((c) => c.id === CURRENT_CYCLE_ID)!;
    const issue = async (input: unknown, method: MethodName = 'referenceData.saveCycle') => (await refused(poc, method, input))?.details?.params?.issue;
    // The rule of a new cycle's period (shared/cycles/period.ts), refused with the same codes as cycle.start.
    const code = async (c: typeof cycle) => (await refused(poc, 'referenceData.saveCycle', { cycle: c }))?.code;
    expect(await code({ ...cycle, periodEnd: '2021-03-01' })).toBe('cycle-period-too-short');
    expect(await code({ ...cycle, periodEnd: '2025-09-01' })).toBe('cycle-period-too-long');
    expect(await code({ ...cycle, periodEnd: '2020-08-01' })).toBe('cycle-period-end-before-start');
    const comp = reference.components[0]!;
    expect(await issue({ component: { ...comp, code: 'renamed' } }, 'referenceData.saveComponent')).toBe('code-fixed');
    expect((await refused(poc, 'referenceData.saveComponent', { component: { ...comp, leadInstitutions: ['ZZZ'] } }))?.code).toBe('unknown-institution');
    expect((await poc.ok('referenceData.get', {})).revision).toBe(0);
    // A new cycle raises the revision once (it travels in the next feedback bundle); an overlap with it is refused.
    await poc.ok('cycle.start', { id: '2023-2025', periodStart: '2023-09-01', periodEnd: '2025-08-31', number: 6 });
    const overlap = await refused(poc, 'referenceData.saveCycle', { cycle: { ...cycle, periodEnd: '2023-12-31' } });
    expect(overlap).toMatchObject({ code: 'cycle-overlaps', details: { params: { cycle: '2023-2025' }, issues: [{ path: 'periodStart' }] } });
    expect((await poc.ok('referenceData.get', {})).revision).toBe(1);
    // 2020-2022 is now an earlier cycle: its components stay as they were.
    expect((await refused(poc, 'referenceData.saveComponent', { component: { ...comp, title: { sq: 'X', en: 'X' } } }))?.code).toBe('cycle-read-only');
    expect((await refused(poc, 'referenceData.removeComponent', { id: comp.id }))?.code).toBe('cycle-read-only');
    expect((await poc.ok('referenceData.get', {})).revision).toBe(1);
  });
});
