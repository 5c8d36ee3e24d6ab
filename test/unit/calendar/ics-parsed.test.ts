// The .ics file read back by a real iCalendar parser (ical.js), as Outlook
// would read it: each event's summary, its all-day dates (DTEND the day
// after the last), the UID that stays the same from one export to the next,
// Albanian text with ë/ç and commas, semicolons, line breaks and backslashes
// coming back exactly, and every physical line at most 75 octets.
import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import { CALENDAR_PHASE_TEXT } from '../../../shared/cocreation/calendar-phases';
import type { CalendarItem } from '../../../shared/model/cocreation';
import { writeIcs } from '../../../electron/services/calendar/ics';
import { type TempWorkspace, tempWorkspace, ticking } from '../../helpers/temp-workspace';

const item = (over: Partial<CalendarItem> = {}): CalendarItem => ({
  id: '2b1f0c4e-2a51-4d8a-9f1e-6f3c1a0e9b11',
  cycleId: '2020-2022',
  owner: 'POC',
  phase: { ...CALENDAR_PHASE_TEXT['thematic-consultations'] },
  title: { sq: 'Konsultimi tematik për drejtësinë; Korçë, Gjirokastër', en: 'Thematic consultation on justice' },
  responsible: 'MD',
  start: '2020-10-05',
  due: '2020-10-09',
  status: 'in-progress',
  notes: { sq: 'Ftesat dërgohen një javë më parë.\nSalla: Ministria e Drejtësisë', en: '' },
  rev: 3,
  createdAt: '2026-11-01T09:00:00.000Z',
  updatedAt: '2026-11-20T14:05:09.250Z',
  ...over,
});

type Parsed = { uid: string; summary: string; description: string; start: string; end: string; allDay: boolean; categories: string[]; sequence: number };

function parse(text: string): { name: string; events: Parsed[] } {
  const cal = new ICAL.Component(ICAL.parse(text));
  expect(cal.name).toBe('vcalendar');
  expect(cal.getFirstPropertyValue('version')).toBe('2.0');
  const events = cal.getAllSubcomponents('vevent').map((c) => {
    const e = new ICAL.Event(c);
    return {
      uid: e.uid,
      summary: e.summary,
      description: e.description,
      start: e.startDate.toString(),
      end: e.endDate.toString(),
      allDay: e.startDate.isDate && e.endDate.isDate,
      categories: c.getAllProperties('categories').flatMap((p) => p.getValues() as string[]),
      sequence: e.sequence,
    };
  });
  return { name: String(cal.getFirstPropertyValue('x-wr-calname')), events };
}

let ws: TempWorkspace | undefined;
afterEach(async () => {
  await ws?.cleanup();
  ws = undefined;
});

describe('ics read back by ical.js', () => {
  it('gives each dated item one all-day event with its summary, dates (DTEND exclusive) and text exactly', () => {
    const undated = item({ id: '7d7b0d1c-1111-4aaa-8bbb-000000000001', start: null, due: null });
    const oneDay = item({ id: '7d7b0d1c-1111-4aaa-8bbb-000000000002', start: null, due: '2021-03-31', title: { sq: 'Dorëzimi në OGP', en: '' } });
    const { events, name } = parse(writeIcs([item(), undated, oneDay], { lang: 'sq', cycleId: '2020-2022' }));
    expect(name).toContain('2020-2022');
    expect(events).toHaveLength(2);
    const [a, b] = events;
    expect(a).toMatchObject({
      uid: '2b1f0c4e-2a51-4d8a-9f1e-6f3c1a0e9b11@plani.ogp',
      summary: 'Konsultimi tematik për drejtësinë; Korçë, Gjirokastër',
      start: '2020-10-05',
      end: '2020-10-10',
      allDay: true,
      categories: ['Konsultimet tematike'],
      sequence: 2,
    });
    expect(a.description).toBe('Faza: Konsultimet tematike\nPërgjegjës (institucioni ose roli): MD\nStatusi: Në proces\n\nFtesat dërgohen një javë më parë.\nSalla: Ministria e Drejtësisë');
    expect(b).toMatchObject({ summary: 'Dorëzimi në OGP', start: '2021-03-31', end: '2021-04-01', allDay: true });
  });

  it('ends every line with CRLF, stamps each event with its last update, never the clock, and gives the same bytes twice', () => {
    const text = writeIcs([item()], { lang: 'en', cycleId: '2020-2022' });
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const vevent = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!;
    expect(String(vevent.getFirstPropertyValue('dtstamp'))).toBe('2026-11-20T14:05:09Z');
    expect(new ICAL.Event(vevent).summary).toBe('Thematic consultation on justice');
    expect(writeIcs([item()], { lang: 'en', cycleId: '2020-2022' })).toBe(text);
  });

  it('brings back commas, semicolons, backslashes, line breaks and long Albanian text folded at 75 octets', () => {
    const title = `Çështje: ligji për ndihmën juridike, ${'çëç€🇦🇱'.repeat(12)}; C:\\dokumente\\plan, rreshti i dytë`;
    const notes = 'Rreshti një, me presje;\r\nrreshti dy\rrreshti tre\n' + 'ë'.repeat(100);
    const text = writeIcs([item({ title: { sq: title, en: '' }, notes: { sq: notes, en: '' }, phase: { sq: 'Faza ime, e veçantë; me ç', en: 'My phase' } })], { lang: 'sq', cycleId: '2020-2022' });
    for (const raw of text.split('\r\n')) expect(Buffer.byteLength(raw, 'utf8')).toBeLessThanOrEqual(75);
    expect(text.split('\r\n').length).toBeGreaterThan(10); // long lines were folded
    const [e] = parse(text).events;
    expect(e.summary).toBe(title);
    expect(e.description.endsWith('Rreshti një, me presje;\nrreshti dy\nrreshti tre\n' + 'ë'.repeat(100))).toBe(true);
    // A phase of its own, with a comma in it, is one category, not two.
    expect(e.categories).toEqual(['Faza ime, e veçantë; me ç']);
  });

  it('exports a workspace’s calendar with the same UIDs every time and a new SEQUENCE after an edit', async () => {
    ws = await tempWorkspace({ role: 'poc', institution: 'POC' }, ticking());
    const a = await ws.ok('calendar.create', { fields: { phase: 'launch', title: { sq: 'Nisja e procesit, në Tiranë', en: 'Launch, in Tirana' }, start: '2020-09-01', due: '2020-09-10' } });
    const b = await ws.ok('calendar.create', { fields: { phase: 'adoption', title: { sq: 'Miratimi; Këshilli i Ministrave', en: 'Adoption' }, due: '2020-12-15' } });
    const first = await ws.ok('calendar.ics', { lang: 'sq' });
    await ws.ok('calendar.update', { id: a.id, changes: { notes: { sq: 'Shënim i ri' } } });
    const second = await ws.ok('calendar.ics', { lang: 'sq' });
    const x = parse(first.text).events;
    const y = parse(second.text).events;
    expect(x.map((e) => e.uid)).toEqual([`${a.id}@plani.ogp`, `${b.id}@plani.ogp`]);
    expect(y.map((e) => e.uid)).toEqual(x.map((e) => e.uid));
    expect(y[0].sequence).toBeGreaterThan(x[0].sequence);
    expect(y[1].sequence).toBe(x[1].sequence);
    expect(x[0]).toMatchObject({ summary: 'Nisja e procesit, në Tiranë', start: '2020-09-01', end: '2020-09-11', allDay: true });
    expect(x[1]).toMatchObject({ summary: 'Miratimi; Këshilli i Ministrave', start: '2020-12-15', end: '2020-12-16', allDay: true });
    expect(parse((await ws.ok('calendar.ics', { lang: 'en' })).text).events[0].summary).toBe('Launch, in Tirana');
  });
});
