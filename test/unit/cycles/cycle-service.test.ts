// Cycles against a real workspace: the POC starts 2023-2025 (components and
// leads carried over, its calendar moved to the new period, no commitment),
// the refusals that change nothing (overlap, too short, too long, id and
// period apart, an LFP), choosing the current cycle, an earlier cycle read
// only, an LFP carrying a commitment forward with its link, and the quality
// checks reading the new cycle's own period.
import { afterEach, describe, expect, it } from 'vitest';
import type { MethodInput } from '../../../shared/api/contract';
import { readReference, writeReference } from '../../../electron/services/reference/reference-store';
import { type TempWorkspace, tempWorkspace, ticking } from '../../helpers/temp-workspace';

const spaces: TempWorkspace[] = [];
afterEach(async () => {
  for (const w of spaces.splice(0)) await w.cleanup();
});
const open = async (role: 'poc' | 'lfp', institution: string) => {
  const w = await tempWorkspace({ role, institution }, ticking());
  spaces.push(w);
  return w;
};

const NEXT: MethodInput<'cycle.start'> = { id: '2023-2025', periodStart: '2023-09-01', periodEnd: '2025-08-31', number: 6 };

type Failure = { code: string; details?: { params?: Record<string, unknown>; issues?: { path: string; code: string }[] } };
const refused = async (w: TempWorkspace, ...args: Parameters<TempWorkspace['plani']['call']>): Promise<Failure> => {
  const r = await w.plani.call(...args);
  expect(r.ok).toBe(false);
  return (r as { error: Failure }).error;
};

/** What a feedback bundle would bring an LFP: the POC's reference data with the new cycle (written here as the import writes it). */
async function receiveCycleFrom(poc: TempWorkspace, lfp: TempWorkspace) {
  const ref = await readReference((await poc.plani.context.workspace()).store.db);
  await writeReference((await lfp.plani.context.workspace()).store.db, ref);
}

describe('cycle service', () => {
  it('starts 2023-2025 at the POC: components and leads carried over, the calendar moved, no commitment, the new cycle current', async () => {
    const poc = await open('poc', 'POC');
    await poc.ok('calendar.create', { fields: { phase: 'launch', title: { sq: 'Nisja', en: 'Launch' }, start: '2020-09-01', due: '2020-09-15', status: 'done' } });
    await poc.ok('calendar.create', { fields: { phase: 'adoption', title: { sq: 'Miratimi', en: 'Adoption' }, start: null, due: '2020-12-15' } });
    const started = await poc.ok('cycle.start', NEXT);
    expect(started).toMatchObject({ components: 4, calendarItems: 2, cycle: { id: '2023-2025', number: 6, periodStart: '2023-09-01', periodEnd: '2025-08-31', status: 'drafting' } });
    expect(started.cycle.title).toEqual({ sq: 'Plani Kombëtar i Veprimit OGP 2023-2025', en: 'OGP National Action Plan 2023-2025' });
    expect(started.workspace.currentCycleId).toBe('2023-2025');

    const list = await poc.ok('cycle.list', {});
    expect(list.cycles.map((c) => [c.id, c.current, c.open])).toEqual([
      ['2020-2022', false, false],
      ['2023-2025', true, true],
    ]);
    expect((await poc.ok('app.info', {})).workspace?.currentCycleId).toBe('2023-2025');

    const overview = await poc.ok('plan.overview', {});
    expect(overview.cycle.id).toBe('2023-2025');
    expect(overview.components.map((c) => [c.component.code, c.leads.map((l) => l.code)])).toEqual([
      ['anti-corruption', ['MD', 'MOFE']],
      ['digital-governance', ['NAIS', 'ADISA']],
      ['access-to-justice', ['MD']],
      ['fiscal-transparency', ['MOFE']],
    ]);
    expect(overview.components.every((c) => c.commitments.length === 0)).toBe(true);

    const items = (await poc.ok('calendar.list', {})).items;
    expect(items.map((i) => [i.title.en, i.start, i.due, i.status, i.cycleId])).toEqual([
      ['Launch', '2023-09-01', '2023-09-15', 'planned', '2023-2025'],
      ['Adoption', null, '2023-12-15', 'planned', '2023-2025'],
    ]);
    // The earlier cycle keeps its own.
    expect((await poc.ok('calendar.list', { cycleId: '2020-2022' })).items.map((i) => i.due)).toEqual(['2020-09-15', '2020-12-15']);
  });

  it('refuses an overlapping cycle, a period under one year or over four, an id that is not its period’s, and changes nothing', async () => {
    const poc = await open('poc', 'POC');
    const before = await poc.ok('cycle.list', {});
    const cases: [MethodInput<'cycle.start'>, string, string][] = [
      [{ id: '2022-2024', periodStart: '2022-06-01', periodEnd: '2024-05-31', number: 6 }, 'cycle-overlaps', 'periodStart'],
      [{ id: '2023-2024', periodStart: '2023-09-01', periodEnd: '2024-08-30', number: 6 }, 'cycle-period-too-short', 'periodEnd'],
      [{ id: '2023-2023', periodStart: '2023-09-01', periodEnd: '2023-08-31', number: 6 }, 'cycle-period-end-before-start', 'periodEnd'],
      [{ id: '2023-2027', periodStart: '2023-09-01', periodEnd: '2027-09-01', number: 6 }, 'cycle-period-too-long', 'periodEnd'],
      [{ id: '2023-2026', periodStart: '2023-09-01', periodEnd: '2025-08-31', number: 6 }, 'cycle-id-mismatch', 'id'],
      [{ id: 'next-plan', periodStart: '2023-09-01', periodEnd: '2025-08-31', number: 6 }, 'cycle-id-malformed', 'id'],
      [{ id: '2023-2025', periodStart: '2023-09-01', periodEnd: '2025-08-31', number: 5 }, 'cycle-number-taken', 'number'],
    ];
    for (const [input, code, path] of cases) {
      const error = await refused(poc, 'cycle.start', input);
      expect(error.code, input.id).toBe(code);
      expect(error.details?.issues?.[0]?.path).toBe(path);
    }
    const overlap = await refused(poc, 'cycle.start', cases[0]![0]);
    expect(overlap.details?.params).toMatchObject({ cycle: '2020-2022', start: '01.09.2020', end: '31.08.2022' });
    // Exactly one year and exactly four are both plans.
    expect(await refused(poc, 'cycle.start', { id: '2023', periodStart: '2023-09-01', periodEnd: '2024-08-31', number: 6 })).toMatchObject({ code: 'cycle-id-malformed' });
    expect(await poc.ok('cycle.list', {})).toEqual(before);
    expect((await poc.ok('app.info', {})).workspace?.currentCycleId).toBe('2020-2022');
    await poc.ok('cycle.start', { id: '2023-2027', periodStart: '2023-09-01', periodEnd: '2027-08-31', number: 6 });
  });

  it('refuses an LFP starting a cycle, through the API, and changes nothing', async () => {
    const md = await open('lfp', 'MD');
    expect((await refused(md, 'cycle.start', NEXT)).code).toBe('cycle-poc-only');
    expect((await md.ok('cycle.list', {})).cycles.map((c) => c.id)).toEqual(['2020-2022']);
  });

  it('selects an earlier cycle as current: readable, its commitments not changed, new ones refused', async () => {
    const md = await open('lfp', 'MD');
    const old = await md.ok('commitment.create', { componentCode: 'anti-corruption' });
    const poc = await open('poc', 'POC');
    await poc.ok('cycle.start', NEXT);
    await receiveCycleFrom(poc, md);
    // The LFP is still on 2020-2022 (its current cycle), now an earlier one.
    expect((await md.ok('cycle.list', {})).openCycleId).toBe('2023-2025');
    expect((await refused(md, 'commitment.update', { id: old.id, changes: { title: { sq: 'X' } } })).code).toBe('cycle-read-only');
    expect((await refused(md, 'milestone.create', { commitmentId: old.id })).code).toBe('cycle-read-only');
    expect((await refused(md, 'commitment.create', { componentCode: 'anti-corruption' })).code).toBe('cycle-read-only');
    expect((await md.ok('commitment.get', { id: old.id })).rev).toBe(1);
    const info = await md.ok('cycle.select', { id: '2023-2025' });
    expect(info.currentCycleId).toBe('2023-2025');
    expect((await md.ok('plan.overview', {})).cycle.id).toBe('2023-2025');
    await md.ok('commitment.create', { componentCode: 'anti-corruption' });
    expect(await refused(md, 'cycle.select', { id: '2019-2020' })).toMatchObject({ code: 'not-found' });
  });

  it('keeps every record of an earlier cycle as it is: ideas, events, calendar items and the front matter', async () => {
    const md = await open('lfp', 'MD');
    const idea = await md.ok('idea.create', { componentCode: 'anti-corruption' });
    const event = await md.ok('event.create', { componentCode: 'anti-corruption' });
    const poc = await open('poc', 'POC');
    const item = await poc.ok('calendar.create', { fields: { title: { sq: 'Nisja' } } });
    const front = await poc.ok('frontMatter.get', {});
    await poc.ok('cycle.start', NEXT);
    await receiveCycleFrom(poc, md);
    await poc.ok('cycle.select', { id: '2020-2022' });

    const readOnly = async (w: TempWorkspace, ...args: Parameters<TempWorkspace['plani']['call']>) => expect((await refused(w, ...args)).code, String(args[0])).toBe('cycle-read-only');
    await readOnly(md, 'idea.update', { id: idea.id, changes: { title: { sq: 'X' } } });
    await readOnly(md, 'idea.create', { componentCode: 'anti-corruption' });
    await readOnly(md, 'event.update', { id: event.id, changes: { title: { sq: 'X' } } });
    await readOnly(md, 'event.create', { componentCode: 'anti-corruption' });
    await readOnly(poc, 'calendar.update', { id: item.id, changes: { title: { sq: 'X' } } });
    await readOnly(poc, 'calendar.create', {});
    await readOnly(poc, 'frontMatter.update', { id: front.id, changes: { foreword: { sq: 'X' } } });
    expect((await md.ok('idea.get', { id: idea.id })).rev).toBe(idea.rev);
    expect((await poc.ok('calendar.get', { id: item.id })).title.sq).toBe('Nisja');
    // The cycle being drafted takes them.
    await poc.ok('cycle.select', { id: '2023-2025' });
    await poc.ok('calendar.create', {});
  });

  it('refuses deciding an idea or a comment of an earlier cycle (and changing a comment there), and changes nothing', async () => {
    const md = await open('lfp', 'MD');
    const idea = await md.ok('idea.create', { componentCode: 'anti-corruption', fields: { title: { sq: 'Ide', en: 'Idea' } } });
    const event = await md.ok('event.create', { componentCode: 'anti-corruption' });
    const old = await md.ok('commitment.create', { componentCode: 'anti-corruption' });
    const atEvent = await md.ok('comment.create', { eventId: event.id, fields: { text: { sq: 'Koment', en: 'Comment' } } });
    const onOld = await md.ok('comment.create', { eventId: event.id, fields: { target: old.id } });
    const poc = await open('poc', 'POC');
    await poc.ok('cycle.start', NEXT);
    await receiveCycleFrom(poc, md);

    const reason = { sq: 'Arsyeja', en: 'The reason' };
    const readOnly = async (...args: Parameters<TempWorkspace['plani']['call']>) => expect(await refused(md, ...args), String(args[0])).toMatchObject({ code: 'cycle-read-only', details: { params: { cycle: '2020-2022', open: '2023-2025' } } });
    await readOnly('idea.decide', { ideaId: idea.id, decision: 'not-taken-forward', reasonedResponse: reason });
    await readOnly('comment.decide', { id: atEvent.id, decision: 'accepted', reason });
    await readOnly('comment.decide', { id: onOld.id, decision: null });
    await readOnly('comment.update', { id: atEvent.id, changes: { reason: { sq: 'X' } } });
    await readOnly('comment.delete', { id: onOld.id });
    await readOnly('comment.create', { eventId: event.id });
    expect(await md.ok('idea.get', { id: idea.id })).toMatchObject({ status: idea.status, rev: idea.rev });
    const comments = (await md.ok('comment.list', {})).comments;
    expect(comments.map((c) => [c.id, c.decision, c.rev]).sort()).toEqual([[atEvent.id, null, atEvent.rev], [onOld.id, null, onOld.rev]].sort());
  });

  it('carries an LFP’s commitment forward as a draft of the new cycle, linked to the old one; the POC cannot', async () => {
    const md = await open('lfp', 'MD');
    const old = await md.ok('commitment.create', { componentCode: 'access-to-justice', title: { sq: 'Ndihma juridike falas', en: 'Free legal aid' } });
    await md.ok('commitment.update', { id: old.id, changes: { status: 'ready', ogpId: 'AL0070', problem: { sq: 'Problemi', en: 'The problem' } } });
    const m = await md.ok('milestone.create', { commitmentId: old.id });
    await md.ok('milestone.update', { id: m.id, changes: { deliverable: { sq: 'Raporti', en: 'Report' }, status: 'completed', progressPct: 100 } });
    await md.ok('indicator.create', { commitmentId: old.id, milestoneId: m.id });
    const poc = await open('poc', 'POC');
    await poc.ok('cycle.start', NEXT);
    await receiveCycleFrom(poc, md);

    const copy = await md.ok('commitment.carryForward', { id: old.id });
    expect(copy).toMatchObject({
      cycleId: '2023-2025',
      componentCode: 'access-to-justice',
      owner: 'MD',
      carriedFrom: old.id,
      status: 'draft',
      ogpId: null,
      title: { sq: 'Ndihma juridike falas', en: 'Free legal aid' },
      problem: { sq: 'Problemi', en: 'The problem' },
      rev: 1,
    });
    expect(copy.id).not.toBe(old.id);
    expect(copy.milestones).toHaveLength(1);
    expect(copy.milestones[0]).toMatchObject({ deliverable: { en: 'Report' }, status: 'not-started', progressPct: 0 });
    expect(copy.indicators[0]?.milestoneId).toBe(copy.milestones[0]!.id);
    // The link survives a fresh read; the old commitment stays as it was, in its cycle.
    expect((await md.ok('commitment.get', { id: copy.id })).carriedFrom).toBe(old.id);
    expect(await md.ok('commitment.get', { id: old.id })).toMatchObject({ cycleId: '2020-2022', status: 'ready', ogpId: 'AL0070' });
    expect((await md.ok('commitment.get', { id: old.id })).carriedFrom).toBeUndefined();
    // Once is in the new cycle: carrying that one again is refused.
    expect((await refused(md, 'commitment.carryForward', { id: copy.id })).code).toBe('carry-forward-same-cycle');
    expect((await refused(poc, 'commitment.carryForward', { id: old.id })).code).toBe('carry-forward-lfp-only');
  });

  it('checks a commitment of 2023-2025 against its own period: a milestone dated in 2022 is flagged there, not in 2020-2022', async () => {
    const md = await open('lfp', 'MD');
    const old = await md.ok('commitment.create', { componentCode: 'anti-corruption' });
    const oldMilestone = await md.ok('milestone.create', { commitmentId: old.id });
    await md.ok('milestone.update', { id: oldMilestone.id, changes: { startDate: '2022-02-01', endDate: '2022-06-30' } });
    const poc = await open('poc', 'POC');
    await poc.ok('cycle.start', NEXT);
    await receiveCycleFrom(poc, md);
    await md.ok('cycle.select', { id: '2023-2025' });
    const fresh = await md.ok('commitment.create', { componentCode: 'anti-corruption' });
    const inside = await md.ok('milestone.create', { commitmentId: fresh.id });
    await md.ok('milestone.update', { id: inside.id, changes: { startDate: '2024-01-01', endDate: '2024-06-30' } });
    const outside = await md.ok('milestone.create', { commitmentId: fresh.id });
    await md.ok('milestone.update', { id: outside.id, changes: { startDate: '2022-02-01', endDate: '2022-06-30' } });

    const inCycle = (r: { findings: { checkId: string; target: unknown }[] }) => r.findings.filter((f) => f.checkId === 'milestone-in-cycle').map((f) => JSON.stringify(f.target));
    const current = inCycle(await md.ok('quality.plan', {}));
    // Its start and its end, each at its own date; the milestone inside the period is not flagged.
    expect(current).toHaveLength(2);
    for (const target of current) expect(target).toContain(outside.id);
    expect(inCycle(await md.ok('quality.plan', { cycleId: '2020-2022' }))).toEqual([]);
  });
});
