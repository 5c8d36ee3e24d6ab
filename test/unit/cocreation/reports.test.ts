// Consultation reports against a real workspace: created only in a component
// the institution leads; participation counted by sector and gender from the
// chosen events, names only with consent; the response table from the
// decided comments; impact from the commitments' revisions after the latest
// chosen event; submission refused while a comment is undecided (each one
// named), then allowed; a submitted report is read-only until set back to
// draft; "fill from records" writes both languages; a draft is deleted.
import { afterEach, describe, expect, it } from 'vitest';
import { type TempWorkspace, tempWorkspace } from '../../helpers/temp-workspace';

let ws: TempWorkspace;
afterEach(async () => {
  await ws?.cleanup();
});

/** A clock that ticks a second per reading and can be moved to a later day. */
function movable(from: string) {
  let t = Date.parse(from);
  return { clock: () => new Date((t += 1000)), moveTo: (iso: string) => void (t = Date.parse(iso)) };
}

const refusal = async (p: Promise<{ ok: boolean; error?: { code: string; details?: { params?: Record<string, unknown>; issues?: { path: string; code: string; message: string }[] } } }>) => {
  const r = await p;
  expect(r.ok).toBe(false);
  return r.error!;
};

async function setup() {
  const time = movable('2026-10-01T09:00:00.000Z');
  ws = await tempWorkspace({ role: 'lfp', institution: 'MD' }, time.clock);
  const kept = await ws.ok('commitment.create', { componentCode: 'access-to-justice', title: { sq: 'Ndihmë juridike', en: 'Legal aid' } });
  const changed = await ws.ok('commitment.create', { componentCode: 'access-to-justice', title: { sq: 'Gjykata të hapura', en: 'Open courts' } });
  const elsewhere = await ws.ok('commitment.create', { componentCode: 'anti-corruption', title: { sq: 'Integriteti', en: 'Integrity' } });
  const ev = await ws.ok('event.create', { componentCode: 'access-to-justice', fields: { title: { sq: 'Konsultim tematik', en: 'Thematic consultation' }, date: '2026-10-20' } });
  await ws.ok('event.setParticipants', {
    id: ev.id,
    participants: [
      { name: 'Drita Çela', organisation: 'Shoqata e Gazetarëve', sector: 'OSHC', gender: 'female', consent: true },
      { name: 'Arben Hoxha', organisation: 'Universiteti i Tiranës', sector: 'Akademia', gender: 'male', consent: false },
      { name: 'Elira Marku', organisation: 'Qendra Res Publica', sector: 'OSHC', gender: 'female', consent: false },
    ],
  });
  const second = await ws.ok('event.create', { componentCode: 'access-to-justice', fields: { title: { sq: 'Takim virtual' }, date: '2026-10-25' } });
  await ws.ok('event.setParticipants', { id: second.id, participants: [{ name: 'Besa Leka', organisation: '', sector: '', gender: 'undisclosed', consent: true }] });
  const accepted = await ws.ok('comment.create', { eventId: ev.id, fields: { organisation: 'Shoqata e Gazetarëve', author: 'Drita Çela', text: { sq: 'Publikoni vendimet.', en: 'Publish the decisions.' }, target: changed.id } });
  await ws.ok('comment.decide', { id: accepted.id, decision: 'accepted', reason: { sq: 'Po, në faqen e gjykatës.', en: 'Yes, on the court’s site.' } });
  const undecided = await ws.ok('comment.create', { eventId: second.id, fields: { organisation: 'Qendra Res Publica', text: { sq: 'Shtoni një tregues.', en: 'Add an indicator.' } } });
  // After the consultation: one commitment changes, a milestone is added to it.
  time.moveTo('2026-11-05T09:00:00.000Z');
  await ws.ok('commitment.update', { id: changed.id, changes: { solution: { sq: 'Seancat publikohen.', en: 'Hearings are published.' } } });
  const milestone = await ws.ok('milestone.create', { commitmentId: changed.id });
  await ws.ok('commitment.update', { id: elsewhere.id, changes: { solution: { sq: 'Tjetër komponent.' } } });
  const report = await ws.ok('report.create', { componentCode: 'access-to-justice', kind: 'consultation' });
  await ws.ok('report.update', { id: report.id, changes: { events: [ev.id, second.id], purpose: { sq: 'Qëllimi' } } });
  return { ev, second, kept, changed, elsewhere, milestone, accepted, undecided, report, time };
}

describe('consultation reports', () => {
  it('is created only in a component the institution leads, as a draft with empty sections', async () => {
    const { report } = await setup();
    expect(report).toMatchObject({ owner: 'MD', kind: 'consultation', status: 'draft', events: [], purpose: { sq: '', en: '' }, rev: 1 });
    const err = await refusal(ws.plani.call('report.create', { componentCode: 'digital-governance', kind: 'pre-consultation' }));
    expect(err.code).toBe('not-lead');
    expect((await ws.ok('report.list', {})).reports.map((r) => r.id)).toEqual([report.id]);
    expect((await ws.ok('report.list', { filter: { componentCode: 'anti-corruption' } })).reports).toEqual([]);
  });

  it('counts participation by sector and gender and names only those who consented', async () => {
    const { report, ev, second } = await setup();
    const { assembly } = await ws.ok('report.assemble', { id: report.id });
    expect(assembly.events.map((e) => e.id)).toEqual([ev.id, second.id]);
    expect(assembly.participation.total).toEqual({ female: 2, male: 1, other: 0, undisclosed: 1, total: 4 });
    expect(assembly.participation.bySector).toEqual([
      { sector: 'OSHC', counts: { female: 2, male: 0, other: 0, undisclosed: 0, total: 2 } },
      { sector: 'Akademia', counts: { female: 0, male: 1, other: 0, undisclosed: 0, total: 1 } },
      { sector: '', counts: { female: 0, male: 0, other: 0, undisclosed: 1, total: 1 } },
    ]);
    expect(assembly.participation.named.map((n) => n.name)).toEqual(['Drita Çela', 'Besa Leka']);
    expect(assembly.participation.unnamed).toBe(2);
  });

  it('builds the response table from the decided comments and lists the undecided', async () => {
    const { report, accepted, undecided, second } = await setup();
    const { assembly } = await ws.ok('report.assemble', { id: report.id });
    expect(assembly.responses).toHaveLength(1);
    // The author did not consent to be named: the organisation shows, the name does not.
    expect(assembly.responses[0]).toMatchObject({ commentId: accepted.id, decision: 'accepted', author: '', organisation: 'Shoqata e Gazetarëve', reason: { en: 'Yes, on the court’s site.' } });
    expect(assembly.undecided).toEqual([{ id: undecided.id, eventId: second.id, text: { sq: 'Shtoni një tregues.', en: 'Add an indicator.' }, organisation: 'Qendra Res Publica', theme: '' }]);
  });

  it('reads impact from the commitments’ revisions after the latest chosen event, in the report’s component only', async () => {
    const { report, changed, milestone, accepted } = await setup();
    const { assembly } = await ws.ok('report.assemble', { id: report.id });
    expect(assembly.since).toBe('2026-10-25');
    expect(assembly.impact.map((i) => [i.kind, i.change, i.id])).toEqual([
      ['commitment', 'changed', changed.id],
      ['milestone', 'added', milestone.id],
    ]);
    expect(assembly.impact[0]).toMatchObject({ title: { en: 'Open courts' }, comments: [accepted.id] });
    expect(assembly.impact[0]!.rev).toBeGreaterThan(1);
    // Only the first event chosen: its date is still before every change.
    await ws.ok('report.update', { id: report.id, changes: { events: [] } });
    expect((await ws.ok('report.assemble', { id: report.id })).assembly).toMatchObject({ since: null, impact: [], events: [] });
  });

  it('refuses submission while a comment is undecided, naming each, then submits once it is decided; submitted is read-only until set back to draft', async () => {
    const { report, undecided, second } = await setup();
    const err = await refusal(ws.plani.call('report.setStatus', { id: report.id, status: 'submitted' }));
    expect(err.code).toBe('report-undecided-comments');
    expect(err.details?.params).toMatchObject({ count: 1, list: '“Shtoni një tregues.”' });
    expect(err.details?.issues).toEqual([{ path: `events.${second.id}.comments.${undecided.id}`, code: 'comment-undecided', message: 'Shtoni një tregues.' }]);
    expect((await ws.ok('report.get', { id: report.id })).status).toBe('draft');

    await ws.ok('comment.decide', { id: undecided.id, decision: 'not-accepted', reason: { sq: 'Jashtë fushës.', en: 'Out of scope.' } });
    const submitted = await ws.ok('report.setStatus', { id: report.id, status: 'submitted' });
    expect(submitted.status).toBe('submitted');
    expect((await refusal(ws.plani.call('report.update', { id: report.id, changes: { findings: { sq: 'x' } } }))).code).toBe('report-not-draft');
    expect((await refusal(ws.plani.call('report.delete', { id: report.id }))).code).toBe('report-not-draft');
    expect((await ws.ok('report.setStatus', { id: report.id, status: 'draft' })).status).toBe('draft');
    await ws.ok('report.update', { id: report.id, changes: { findings: { sq: 'Gjetje' } } });
  });

  it('fills participation, responses and impact from the records in both languages', async () => {
    const { report } = await setup();
    const filled = await ws.ok('report.fill', { id: report.id });
    expect(filled.participation.sq).toContain('Në 2 ngjarje morën pjesë 4 persona: 2 gra, 1 burra, 0 të tjerë, 1 pa deklaruar.');
    expect(filled.participation.en).toContain('4 people took part in 2 events');
    expect(filled.participation.sq).toContain('• Drita Çela (Shoqata e Gazetarëve)');
    expect(filled.participation.sq).not.toContain('Arben Hoxha');
    expect(filled.participation.en).not.toContain('Elira Marku');
    expect(filled.responses.sq).toContain('• [Pranuar] Shoqata e Gazetarëve: Publikoni vendimet. — Arsyeja: Po, në faqen e gjykatës.');
    expect(filled.responses.en).toContain('• [Accepted] Shoqata e Gazetarëve: Publish the decisions. — Reason: Yes, on the court’s site.');
    expect(filled.impact.sq).toContain('Nga 25.10.2026 e këtej (2 ndryshime):');
    expect(filled.impact.en).toContain('• Commitment “Open courts”: changed on 05.11.2026');
    expect(filled.purpose).toEqual({ sq: 'Qëllimi', en: '' });
  });

  it('refuses events of another component, and an update by another institution', async () => {
    const { report } = await setup();
    const other = await ws.ok('event.create', { componentCode: 'anti-corruption' });
    const err = await refusal(ws.plani.call('report.update', { id: report.id, changes: { events: [other.id] } }));
    expect(err.code).toBe('invalid-input');
    expect(err.details?.issues?.[0]).toMatchObject({ path: 'changes.events.0', code: 'event-other-component' });
    expect((await refusal(ws.plani.call('report.update', { id: report.id, changes: { events: ['00000000-0000-4000-8000-000000000000'] } }))).details?.issues?.[0]?.code).toBe('unknown-event');
  });

  it('reports undecided comments as blocking in the plan quality, and nothing once decided', async () => {
    const { report, undecided } = await setup();
    const findings = (await ws.ok('quality.plan', {})).findings.filter((f) => f.checkId === 'report-undecided-comments');
    expect(findings).toEqual([
      { checkId: 'report-undecided-comments', severity: 'blocking', target: { type: 'consultation-report', id: report.id, commitmentId: null, componentCode: 'access-to-justice', field: 'events', lang: null }, params: { fieldKey: 'quality.field.consultation-report.events', count: 1, kind: 'consultation' } },
    ]);
    await ws.ok('comment.decide', { id: undecided.id, decision: 'accepted', reason: { sq: 'Po.', en: 'Yes.' } });
    expect((await ws.ok('quality.plan', {})).findings.filter((f) => f.checkId === 'report-undecided-comments')).toEqual([]);
  });

  it('deletes a draft and leaves a tombstone for the next bundle', async () => {
    const { report } = await setup();
    await ws.ok('report.delete', { id: report.id });
    expect((await ws.ok('report.list', {})).reports).toEqual([]);
    expect((await refusal(ws.plani.call('report.get', { id: report.id }))).code).toBe('not-found');
  });
});
