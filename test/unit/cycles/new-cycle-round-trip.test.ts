// A new cycle's round trip through two real workspaces and real signed
// bundles, at the API: the POC starts 2023-2025, its next feedback bundle
// brings the cycle (components, lead institutions, the POC's calendar items
// of it) to MD, shown first as a reference change; MD switches to it, carries
// a 2020-2022 commitment forward and drafts one more, its submission for
// 2023-2025 reaches the POC, which then holds and prints both cycles, and the
// quality check of the new cycle flags a milestone dated outside its period.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadPrintData } from '../../../electron/services/pdf/print-data';
import { type TempWorkspace, tempWorkspace, ticking } from '../../helpers/temp-workspace';

let poc: TempWorkspace;
let md: TempWorkspace;
beforeEach(async () => {
  poc = await tempWorkspace({ role: 'poc', institution: 'POC' }, ticking('2023-06-01T08:00:00.000Z'));
  md = await tempWorkspace({ role: 'lfp', institution: 'MD' }, ticking('2023-06-01T08:00:00.000Z'));
});
afterEach(async () => {
  await poc.cleanup();
  await md.cleanup();
});

const upload = (b: { fileName: string; dataBase64: string }) => ({ file: { name: b.fileName, dataBase64: b.dataBase64 } });

describe('a new cycle travels POC → LFP → POC', () => {
  it('reaches MD in the next feedback bundle, takes a carried-forward commitment, and comes back; both cycles print', async () => {
    const mdCode = (await md.ok('key.show', {})).safetyCode;
    const pocCode = (await poc.ok('key.show', {})).safetyCode;

    // 2020-2022: MD's commitment reaches the POC, the POC's feedback reaches MD.
    const old = await md.ok('commitment.create', { componentCode: 'anti-corruption', title: { sq: 'Regjistri i pronave', en: 'Asset register' } });
    const oldM = await md.ok('milestone.create', { commitmentId: old.id });
    await md.ok('milestone.update', { id: oldM.id, changes: { activity: { sq: 'Hapi', en: 'Step' }, startDate: '2021-01-01', endDate: '2021-06-30' } });
    await poc.ok('bundle.import', { ...upload(await md.ok('bundle.export', {})), trustCode: mdCode });
    await md.ok('bundle.import', { ...upload(await poc.ok('bundle.export', { to: 'MD' })), trustCode: pocCode });
    const heldRevision = (await md.ok('referenceData.get', {})).revision;

    // The POC keeps a calendar item and starts 2023-2025: the item moves with it.
    await poc.ok('calendar.create', { fields: { phase: 'launch', title: { sq: 'Nisja', en: 'Launch' }, start: '2020-09-01', due: '2020-09-15' } });
    await poc.ok('cycle.start', { id: '2023-2025', periodStart: '2023-09-01', periodEnd: '2025-08-31', number: 6 });
    const pocItems = (await poc.ok('calendar.list', {})).items;
    expect(pocItems.map((i) => [i.cycleId, i.start, i.due])).toEqual([['2023-2025', '2023-09-01', '2023-09-15']]);

    // The feedback bundle: the new cycle and its components shown as reference changes before anything is applied.
    const fb = await poc.ok('bundle.export', { to: 'MD' });
    expect(fb.summary.cycleId).toBe('2023-2025');
    const preview = await md.ok('bundle.preview', upload(fb));
    expect(preview.refusal).toBeNull();
    const ref = preview.changes.reference!;
    expect(ref.to).toBeGreaterThan(heldRevision);
    const added = ref.changes.filter((c) => c.change === 'added').map((c) => `${c.entry}:${c.key}`);
    expect(added).toEqual(expect.arrayContaining(['cycle:2023-2025', 'component:anti-corruption-2023-2025', 'component:access-to-justice-2023-2025']));
    expect(preview.changes.added.filter((c) => c.entity === 'calendar-item').map((c) => c.id)).toEqual([pocItems[0]!.id]);
    expect((await md.ok('cycle.list', {})).cycles.map((c) => c.id)).toEqual(['2020-2022']);

    await md.ok('bundle.import', upload(fb));
    const list = await md.ok('cycle.list', {});
    expect(list.cycles.map((c) => c.id)).toEqual(['2020-2022', '2023-2025']);
    // MD stays where it was until it switches.
    expect(list).toMatchObject({ currentCycleId: '2020-2022', openCycleId: '2023-2025' });
    const mdRef = (await md.ok('referenceData.get', {})).reference;
    expect(mdRef.components.find((c) => c.id === 'anti-corruption-2023-2025')?.leadInstitutions).toEqual(['MD', 'MOFE']);

    await md.ok('cycle.select', { id: '2023-2025' });
    expect((await md.ok('calendar.list', {})).items.map((i) => [i.id, i.owner, i.due])).toEqual([[pocItems[0]!.id, 'POC', '2023-09-15']]);
    const carried = await md.ok('commitment.carryForward', { id: old.id });
    expect(carried).toMatchObject({ cycleId: '2023-2025', carriedFrom: old.id });
    const fresh = await md.ok('commitment.create', { componentCode: 'access-to-justice', title: { sq: 'Ndihma juridike', en: 'Legal aid' } });
    const late = await md.ok('milestone.create', { commitmentId: fresh.id });
    await md.ok('milestone.update', { id: late.id, changes: { activity: { sq: 'Vonë', en: 'Late' }, startDate: '2025-10-01', endDate: '2026-03-31' } });

    // MD's submission for 2023-2025 reaches the POC.
    const sub = await md.ok('bundle.export', {});
    expect(sub.summary.cycleId).toBe('2023-2025');
    const subPreview = await poc.ok('bundle.preview', upload(sub));
    expect(subPreview.refusal).toBeNull();
    expect(subPreview.changes.added.filter((c) => c.entity === 'commitment').map((c) => c.id).sort()).toEqual([carried.id, fresh.id].sort());
    expect((await poc.ok('bundle.import', upload(sub))).result).toBe('applied');

    // Both cycles' commitments at the POC, each in its own cycle, the link kept.
    const ids = async (cycleId: string) => (await poc.ok('consolidation.overview', { cycleId })).commitments.map((c) => c.id).sort();
    expect(await ids('2023-2025')).toEqual([carried.id, fresh.id].sort());
    expect(await ids('2020-2022')).toEqual([old.id]);
    expect((await poc.ok('commitment.get', { id: carried.id })).carriedFrom).toBe(old.id);

    // The new cycle's own period: the milestone after 2025-08-31 is flagged there, and so is the carried copy's
    // (still dated 2021, to be redated); nothing in 2020-2022.
    const inCycle = (r: { findings: { checkId: string; target: { id: string | null } }[] }) =>
      [...new Set(r.findings.filter((f) => f.checkId === 'milestone-in-cycle').map((f) => f.target.id))].sort();
    expect(inCycle(await poc.ok('quality.plan', { cycleId: '2023-2025' }))).toEqual([late.id, carried.milestones[0]!.id].sort());
    expect(inCycle(await poc.ok('quality.plan', { cycleId: '2020-2022' }))).toEqual([]);

    // Printing works on the current cycle; the earlier one prints after switching.
    const printed = async () => {
      const data = await loadPrintData(await poc.plani.context.workspace());
      return [data.cycle.id, data.commitments.map((c) => c.id).sort()];
    };
    expect(await printed()).toEqual(['2023-2025', [carried.id, fresh.id].sort()]);
    const docx = await poc.ok('docx.export', { annex: 'action-plan', lang: 'sq' });
    expect(docx.bytes).toBeGreaterThan(0);
    await poc.ok('cycle.select', { id: '2020-2022' });
    expect(await printed()).toEqual(['2020-2022', [old.id]]);
  });
});
