// Consultation events (participants and checklist inside) and the comments
// received at them travel in MD's signed submission: the POC sees them
// read-only, the next bundle's diff lists what changed, and an interchange
// file carries them both ways.
import { afterEach, describe, expect, it } from 'vitest';
import { exportInterchange, serializeInterchange } from '../../../electron/services/interchange';
import { type TempWorkspace, tempWorkspace, ticking } from '../../helpers/temp-workspace';

let poc: TempWorkspace;
let md: TempWorkspace;
afterEach(async () => {
  await poc?.cleanup();
  await md?.cleanup();
});

const LIST = ['Emri\tOrganizata\tSektori\tGjinia\tPëlqimi', 'Drita Çela\tShoqata\tshoqëri civile\tF\tPo', 'Gëzim Ëmeri\tBashkia\tpublik\tM\tJo'].join('\n');

async function send() {
  const exported = await md.ok('bundle.export', {});
  const { safetyCode } = await md.ok('key.show', {});
  const file = { name: exported.fileName, dataBase64: exported.dataBase64 };
  const preview = await poc.ok('bundle.preview', { file });
  const imported = await poc.ok('bundle.import', { file, trustCode: safetyCode });
  expect(imported.result).toBe('applied');
  return preview.changes;
}

describe('consultation records in bundles', () => {
  it('carries events, participants, the checklist and decided comments to the POC, read-only there, and diffs the next bundle', async () => {
    poc = await tempWorkspace({ role: 'poc', institution: 'POC' });
    md = await tempWorkspace({ role: 'lfp', institution: 'MD' }, ticking());
    const ev = await md.ok('event.create', { componentCode: 'access-to-justice', fields: { type: 'virtual-meeting', mode: 'online', title: { sq: 'Takim virtual', en: 'Virtual meeting' }, date: '2020-10-20', noticeDate: '2020-10-01' } });
    await md.ok('event.importParticipants', { id: ev.id, source: { text: LIST }, replace: false });
    await md.ok('event.update', { id: ev.id, changes: { checklist: { invitationSent: true, recordingConsent: true } } });
    const c = await md.ok('comment.create', { eventId: ev.id, fields: { author: 'Drita Çela', authorConsent: true, text: { sq: 'Të publikohen vendimet', en: 'Publish the decisions' } } });
    await md.ok('comment.decide', { id: c.id, decision: 'accepted', reason: { sq: 'U përfshi', en: 'Included' } });

    const first = await send();
    expect(first.added.filter((r) => r.entity === 'consultation-event' || r.entity === 'comment').map((r) => [r.entity, r.label.sq])).toEqual([
      ['consultation-event', 'Takim virtual'],
      ['comment', 'Të publikohen vendimet'],
    ]);
    const atPoc = await poc.ok('event.get', { id: ev.id });
    expect(atPoc).toMatchObject({ owner: 'MD', checklist: { invitationSent: true, agendaShared: false, recordingConsent: true, minutesShared: false } });
    expect(atPoc.participants.map((p) => [p.name, p.consent])).toEqual([
      ['Drita Çela', true],
      ['Gëzim Ëmeri', false],
    ]);
    const comments = await poc.ok('comment.list', { filter: { eventId: ev.id } });
    expect(comments.comments.map((x) => [x.decision, x.reason.en])).toEqual([['accepted', 'Included']]);
    const refused = async (p: Promise<{ ok: boolean; error?: { code: string } }>) => ((r) => (r.ok ? null : r.error!.code))(await p);
    expect(await refused(poc.plani.call('event.update', { id: ev.id, changes: { title: { sq: 'x' } } }))).toBe('not-owner');
    expect(await refused(poc.plani.call('comment.decide', { id: c.id, decision: 'not-accepted' }))).toBe('not-owner');

    // The next bundle: the checklist ticked further, the decision changed, one comment more.
    await md.ok('event.update', { id: ev.id, changes: { checklist: { minutesShared: true } } });
    await md.ok('comment.decide', { id: c.id, decision: 'partly-accepted' });
    await md.ok('comment.create', { eventId: ev.id, fields: { text: { sq: 'Koment i dytë' } } });
    const next = await send();
    const changed = Object.fromEntries(next.changed.map((r) => [r.entity, r.fields.map((f) => [f.field, f.before, f.after])]));
    expect(changed['consultation-event']).toEqual(expect.arrayContaining([[expect.stringContaining('minutesShared'), expect.any(String), expect.any(String)]]));
    expect(changed.comment).toEqual(expect.arrayContaining([['decision', 'accepted', 'partly-accepted']]));
    expect(next.added.map((r) => [r.entity, r.label.sq])).toEqual([['comment', 'Koment i dytë']]);
    expect((await poc.ok('event.get', { id: ev.id })).checklist.minutesShared).toBe(true);
  });

  it('exports and imports them in an interchange file', async () => {
    md = await tempWorkspace({ role: 'lfp', institution: 'MD' });
    const ev = await md.ok('event.create', { componentCode: 'access-to-justice', fields: { title: { sq: 'Konsultim' } } });
    await md.ok('event.importParticipants', { id: ev.id, source: { text: LIST }, replace: false });
    await md.ok('event.update', { id: ev.id, changes: { checklist: { agendaShared: true } } });
    await md.ok('comment.create', { eventId: ev.id, fields: { author: 'Gëzim Ëmeri', text: { sq: 'Koment' } } });
    const doc = await exportInterchange((await md.plani.context.workspace()).store, { role: 'lfp', institution: 'MD' });
    poc = await tempWorkspace({ role: 'lfp', institution: 'MD' });
    await poc.ok('plan.import', { file: { name: 'plan.json', dataBase64: Buffer.from(serializeInterchange(doc)).toString('base64') } });
    const back = await poc.ok('event.get', { id: ev.id });
    expect(back.checklist.agendaShared).toBe(true);
    expect(back.participants.map((p) => p.consent)).toEqual([true, false]);
    expect((await poc.ok('comment.list', {})).comments.map((c) => [c.author, c.authorConsent])).toEqual([['Gëzim Ëmeri', false]]);
  });
});
