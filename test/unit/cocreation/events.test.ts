// Consultation events against a real workspace: create and save fields, the
// virtual-meeting checklist item by item, participants written whole, pasted
// or imported from .xlsx/.csv with a per-row report (nothing saved from a bad
// list), ownership, and the participation counts report assembly reads.
import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { participation } from '../../../shared/cocreation/consultation';
import { newEvent } from '../../../electron/services/cocreation/events';
import { upsertRecords } from '../../../electron/services/store/records';
import { CONSULTATION_EVENT } from '../../../electron/services/store/tables';
import { type TempWorkspace, tempWorkspace, ticking } from '../../helpers/temp-workspace';

let ws: TempWorkspace;
afterEach(async () => {
  await ws?.cleanup();
});

const refusal = async (p: Promise<{ ok: boolean; error?: { code: string; details?: { params?: Record<string, unknown>; issues?: { path: string; code: string }[] } } }>) => {
  const r = await p;
  expect(r.ok).toBe(false);
  return r.error!;
};

const ATTENDANCE = [
  'Emri dhe mbiemri\tOrganizata\tSektori\tGjinia\tPëlqimi',
  'Drita Çela\tShoqata e Gazetarëve\tshoqëri civile\tF\tPo',
  'Gëzim Ëmeri\tBashkia Korçë\tpublik\tM\tJo',
  'Arta Kola\tRrjeti i Grave\tshoqëri civile\tfemër\tpo',
].join('\r\n');

describe('consultation events', () => {
  it('creates an event, saves its fields and ticks the checklist item by item', async () => {
    ws = await tempWorkspace({ role: 'lfp', institution: 'MD' }, ticking());
    const ev = await ws.ok('event.create', { componentCode: 'access-to-justice', fields: { type: 'virtual-meeting', mode: 'online', title: { sq: 'Takim virtual për ndihmën juridike' } } });
    expect(ev).toMatchObject({ owner: 'MD', organizer: 'MD', type: 'virtual-meeting', mode: 'online', date: null, participants: [], checklist: { invitationSent: false, agendaShared: false, recordingConsent: false, minutesShared: false } });
    await ws.ok('event.update', { id: ev.id, changes: { noticeDate: '2020-10-01', date: '2020-10-20', invitedOrganisations: ['Qendra Shqiptare për Çështje Publike'], agenda: { sq: '1. Hyrje', en: '1. Opening' } } });
    await ws.ok('event.update', { id: ev.id, changes: { checklist: { invitationSent: true } } });
    await ws.ok('event.update', { id: ev.id, changes: { checklist: { minutesShared: true } } });
    const got = await ws.ok('event.get', { id: ev.id });
    expect(got.checklist).toEqual({ invitationSent: true, agendaShared: false, recordingConsent: false, minutesShared: true });
    expect(got).toMatchObject({ noticeDate: '2020-10-01', date: '2020-10-20', invitedOrganisations: ['Qendra Shqiptare për Çështje Publike'], agenda: { sq: '1. Hyrje', en: '1. Opening' } });
    expect((await ws.ok('event.list', {})).events.map((e) => e.id)).toEqual([ev.id]);
  });

  it('refuses another institution’s component, an unknown organiser, and writes to another institution’s event', async () => {
    ws = await tempWorkspace({ role: 'lfp', institution: 'MD' });
    expect((await refusal(ws.plani.call('event.create', { componentCode: 'fiscal-transparency' }))).code).toBe('not-lead');
    const ev = await ws.ok('event.create', { componentCode: 'access-to-justice' });
    const bad = await refusal(ws.plani.call('event.update', { id: ev.id, changes: { organizer: 'NOPE' } }));
    expect(bad.details?.issues?.[0]).toMatchObject({ path: 'changes.organizer', code: 'unknown-organizer' });
    const store = (await ws.plani.context.workspace()).store;
    const foreign = newEvent({ id: randomUUID(), cycleId: '2020-2022', componentCode: 'fiscal-transparency', owner: 'MOFE', now: '2026-11-01T09:00:00.000Z' });
    await upsertRecords(store.db, CONSULTATION_EVENT, [foreign]);
    expect((await refusal(ws.plani.call('event.update', { id: foreign.id, changes: { title: { sq: 'x' } } }))).code).toBe('not-owner');
    expect((await refusal(ws.plani.call('event.setParticipants', { id: foreign.id, participants: [] }))).code).toBe('not-owner');
    expect((await ws.ok('event.get', { id: ev.id })).rev).toBe(1);
  });

  it('reads a pasted Excel attendance list with its header, and appends or replaces', async () => {
    ws = await tempWorkspace({ role: 'lfp', institution: 'MD' });
    const ev = await ws.ok('event.create', { componentCode: 'access-to-justice' });
    const preview = await ws.ok('event.participantsPreview', { source: { text: ATTENDANCE } });
    expect(preview).toMatchObject({ headerRow: 1, valid: 3, invalid: 0, mapping: { name: 0, organisation: 1, sector: 2, gender: 3, consent: 4 } });
    expect(preview.participants[1]).toEqual({ name: 'Gëzim Ëmeri', organisation: 'Bashkia Korçë', sector: 'publik', gender: 'male', consent: false });
    const first = await ws.ok('event.importParticipants', { id: ev.id, source: { text: ATTENDANCE }, replace: false });
    expect(first).toMatchObject({ imported: 3, total: 3 });
    await ws.ok('event.importParticipants', { id: ev.id, source: { text: 'Besa Hoxha\tUniversiteti i Tiranës\takademi\tF\tPo' }, replace: false });
    const got = await ws.ok('event.get', { id: ev.id });
    expect(got.participants.map((p) => p.name)).toEqual(['Drita Çela', 'Gëzim Ëmeri', 'Arta Kola', 'Besa Hoxha']);
    await ws.ok('event.importParticipants', { id: ev.id, source: { text: 'Besa Hoxha\tUniversiteti i Tiranës\takademi\tF\tPo' }, replace: true });
    expect((await ws.ok('event.get', { id: ev.id })).participants).toHaveLength(1);
  });

  it('reports every bad row of a list and saves nothing from it', async () => {
    ws = await tempWorkspace({ role: 'lfp', institution: 'MD' });
    const ev = await ws.ok('event.create', { componentCode: 'access-to-justice' });
    await ws.ok('event.importParticipants', { id: ev.id, source: { text: ATTENDANCE }, replace: false });
    const bad = ['Emri\tGjinia\tPëlqimi', 'Ana\tF\tPo', '\tM\tPo', 'Besa\tndoshta\tPo', 'Vera\tF\t=1+1', 'Lule\tF\tmbase'].join('\n');
    const preview = await ws.ok('event.participantsPreview', { source: { text: bad } });
    expect(preview.rows.map((r) => [r.row, r.ok, r.issues.map((i) => i.code)])).toEqual([
      [2, true, []],
      [3, false, ['name-missing']],
      [4, false, ['bad-gender']],
      [5, false, ['formula']],
      [6, false, ['bad-consent']],
    ]);
    const refused = await refusal(ws.plani.call('event.importParticipants', { id: ev.id, source: { text: bad }, replace: true }));
    expect(refused.code).toBe('participants-invalid');
    expect(refused.details?.params).toMatchObject({ count: 4, rows: '3, 4, 5, 6' });
    expect((await ws.ok('event.get', { id: ev.id })).participants).toHaveLength(3);
  });

  it('imports an .xlsx attendance list under title rows, and a CSV from Excel on Windows', async () => {
    ws = await tempWorkspace({ role: 'lfp', institution: 'MD' });
    const ev = await ws.ok('event.create', { componentCode: 'access-to-justice' });
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Lista');
    sheet.addRow(['Lista e pjesëmarrësve – konsultim tematik']);
    sheet.addRow([]);
    sheet.addRow(['Name', 'Organisation', 'Sector', 'Gender', 'Consent to be named']);
    sheet.addRow(['Alex Doe', 'OSBE', 'international', 'other', 'yes']);
    sheet.addRow(['Mira Lëka', 'Instituti Fiskal', 'akademi', 'female', 'no']);
    const xlsx = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
    const res = await ws.ok('event.importParticipants', { id: ev.id, source: { file: { name: 'lista.xlsx', dataBase64: xlsx } }, replace: true });
    expect(res.imported).toBe(2);
    // Windows-1250 bytes (ë = 0xEB, Ç = 0xC7), semicolons, no header: the table's order.
    const csv = Buffer.from([...Buffer.from('Drita '), 0xc7, ...Buffer.from('ela;Shoqata;civile;F;Po\r\n')]);
    await ws.ok('event.importParticipants', { id: ev.id, source: { file: { name: 'lista.csv', dataBase64: csv.toString('base64') } }, replace: false });
    const got = await ws.ok('event.get', { id: ev.id });
    expect(got.participants).toEqual([
      { name: 'Alex Doe', organisation: 'OSBE', sector: 'international', gender: 'other', consent: true },
      { name: 'Mira Lëka', organisation: 'Instituti Fiskal', sector: 'akademi', gender: 'female', consent: false },
      { name: 'Drita Çela', organisation: 'Shoqata', sector: 'civile', gender: 'female', consent: true },
    ]);
  });

  it('counts participation by sector and gender and names only those who consented', async () => {
    ws = await tempWorkspace({ role: 'lfp', institution: 'MD' });
    const ev = await ws.ok('event.create', { componentCode: 'access-to-justice' });
    await ws.ok('event.importParticipants', { id: ev.id, source: { text: ATTENDANCE }, replace: false });
    const p = participation((await ws.ok('event.list', {})).events);
    expect(p.total).toEqual({ female: 2, male: 1, other: 0, undisclosed: 0, total: 3 });
    expect(p.bySector).toEqual([
      { sector: 'shoqëri civile', counts: { female: 2, male: 0, other: 0, undisclosed: 0, total: 2 } },
      { sector: 'publik', counts: { female: 0, male: 1, other: 0, undisclosed: 0, total: 1 } },
    ]);
    expect(p.named.map((n) => n.name)).toEqual(['Drita Çela', 'Arta Kola']);
    expect(p.unnamed).toBe(1);
  });

  it('deletes an event with a tombstone; its comments stay, tied to no event', async () => {
    ws = await tempWorkspace({ role: 'lfp', institution: 'MD' });
    const ev = await ws.ok('event.create', { componentCode: 'access-to-justice' });
    const c = await ws.ok('comment.create', { eventId: ev.id, fields: { text: { sq: 'Koment' } } });
    await ws.ok('event.delete', { id: ev.id });
    expect((await ws.ok('comment.list', {})).comments.map((x) => [x.id, x.eventId])).toEqual([[c.id, null]]);
    const store = (await ws.plani.context.workspace()).store;
    expect(await store.db.selectFrom('tombstone').select(['entity', 'id']).execute()).toEqual([{ entity: 'consultation-event', id: ev.id }]);
  });
});
