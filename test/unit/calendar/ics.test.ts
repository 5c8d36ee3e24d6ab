// The .ics file against RFC 5545: CRLF line ends, lines folded at 75 octets
// without cutting a UTF-8 character, TEXT escaping, all-day events, UIDs
// from the item ids and DTSTAMP from the item's update, the same bytes twice.
import { describe, expect, it } from 'vitest';
import { CALENDAR_PHASE_TEXT } from '../../../shared/cocreation/calendar-phases';
import type { CalendarItem } from '../../../shared/model/cocreation';
import { escapeText, foldLine, writeIcs } from '../../../electron/services/calendar/ics';

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

/** Unfolds content lines (RFC 5545 §3.1) into their logical lines. */
const unfold = (text: string) => text.replace(/\r\n /g, '').split('\r\n');

describe('ics', () => {
  it('escapes backslash, semicolon, comma and line breaks', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds at 75 octets and never inside a character', () => {
    const long = `SUMMARY:${'ë'.repeat(60)}`;
    const folded = foldLine(long);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(Buffer.byteLength(p, 'utf8')).toBeLessThanOrEqual(75);
    for (const p of parts.slice(1)) expect(p.startsWith(' ')).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(long);
    expect(foldLine('short')).toBe('short');
  });

  it('writes one all-day event per dated item, in the chosen language, with CRLF and UTF-8', () => {
    const undated = item({ id: '7d7b0d1c-1111-4aaa-8bbb-000000000001', start: null, due: null });
    const text = writeIcs([item(), undated], { lang: 'sq', cycleId: '2020-2022' });
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = unfold(text);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(lines).toContain('UID:2b1f0c4e-2a51-4d8a-9f1e-6f3c1a0e9b11@plani.ogp');
    expect(lines).toContain('DTSTAMP:20261120T140509Z');
    expect(lines).toContain('DTSTART;VALUE=DATE:20201005');
    // DTEND is exclusive: the day after the due date.
    expect(lines).toContain('DTEND;VALUE=DATE:20201010');
    expect(lines).toContain('SUMMARY:Konsultimi tematik për drejtësinë\\; Korçë\\, Gjirokastër');
    const description = lines.find((l) => l.startsWith('DESCRIPTION:'))!;
    expect(description).toContain('Faza: Konsultimet tematike\\nPërgjegjës (institucioni ose roli): MD\\nStatusi: Në proces');
    expect(description).toContain('Ftesat dërgohen një javë më parë.\\nSalla: Ministria e Drejtësisë');
    expect(lines).toContain('CATEGORIES:Konsultimet tematike');
    for (const raw of text.split('\r\n')) expect(Buffer.byteLength(raw, 'utf8')).toBeLessThanOrEqual(75);
    expect(Buffer.from(text, 'utf8').toString('utf8')).toContain('Korçë');
  });

  it('uses the English, falls back to the Albanian where the English is empty, and gives the same bytes twice', () => {
    const a = writeIcs([item({ title: { sq: 'Vetëm shqip', en: '' } })], { lang: 'en', cycleId: '2020-2022' });
    expect(unfold(a)).toContain('SUMMARY:Vetëm shqip');
    expect(unfold(a)).toContain('CATEGORIES:Thematic consultations');
    expect(writeIcs([item({ title: { sq: 'Vetëm shqip', en: '' } })], { lang: 'en', cycleId: '2020-2022' })).toBe(a);
  });

  it('puts an item with one date on that day', () => {
    const lines = unfold(writeIcs([item({ start: null, due: '2021-03-31' })], { lang: 'en', cycleId: '2020-2022' }));
    expect(lines).toContain('DTSTART;VALUE=DATE:20210331');
    expect(lines).toContain('DTEND;VALUE=DATE:20210401');
  });
});
