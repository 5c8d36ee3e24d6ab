// The process calendar as an iCalendar file (RFC 5545) a person opens in
// Outlook: one all-day event per dated item, in one language. The same items
// give the same bytes: UIDs come from the item ids and DTSTAMP from each
// item's last update, never from the clock.
import { calendarPhaseCode } from '../../../shared/cocreation/calendar-phases';
import type { CalendarItem } from '../../../shared/model/cocreation';
import { createI18n } from '../../../shared/i18n';

type Lang = 'sq' | 'en';
const translators = { sq: createI18n('sq').t, en: createI18n('en').t };

/** TEXT escaping (RFC 5545 §3.3.11): backslash, semicolon, comma, and line breaks as \n. */
export function escapeText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Content lines are at most 75 octets (§3.1): a longer one continues on the
 * next line after CRLF and a space, split between characters so a ë or ç
 * (two octets in UTF-8) is never cut in half.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
      limit = 74; // the leading space of a continuation line is one of its 75 octets
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

const dateValue = (iso: string) => iso.replace(/-/g, '');

/** The day after (DTEND of an all-day event is exclusive). */
function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** 2021-03-04T10:20:30.123Z → 20210304T102030Z. */
const stamp = (timestamp: string) => new Date(timestamp).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

const pick = (t: { sq: string; en: string }, lang: Lang) => (t[lang].trim() !== '' ? t[lang] : lang === 'en' ? t.sq : t.en);

export function icsFileName(cycleId: string, lang: Lang): string {
  return `${lang === 'sq' ? 'kalendari' : 'calendar'}-${cycleId}.ics`;
}

/** One VEVENT per item with a start or a due date; undated items have no day to be shown on. */
export function writeIcs(items: readonly CalendarItem[], options: { lang: Lang; cycleId: string }): string {
  const { lang, cycleId } = options;
  const t = translators[lang];
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Plani//OGP process calendar//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(t('calendar.ics.name', { cycle: cycleId }))}`,
  ];
  for (const item of items) {
    const first = item.start ?? item.due;
    if (first === null) continue;
    const last = item.due ?? item.start ?? first;
    const code = calendarPhaseCode(item.phase);
    const phase = code ? t(`calendar.phase.${code}`) : pick(item.phase, lang);
    const description = [
      `${t('calendar.field.phase')}: ${phase}`,
      `${t('calendar.field.responsible')}: ${item.responsible}`,
      `${t('calendar.field.status')}: ${t(`calendar.status.${item.status}`)}`,
      ...(pick(item.notes, lang).trim() !== '' ? ['', pick(item.notes, lang)] : []),
    ].join('\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${item.id}@plani.ogp`,
      `DTSTAMP:${stamp(item.updatedAt)}`,
      `DTSTART;VALUE=DATE:${dateValue(first)}`,
      `DTEND;VALUE=DATE:${dateValue(nextDay(last < first ? first : last))}`,
      `SUMMARY:${escapeText(pick(item.title, lang) || t('calendar.untitled'))}`,
      `DESCRIPTION:${escapeText(description)}`,
      `CATEGORIES:${escapeText(phase)}`,
      `SEQUENCE:${Math.max(0, item.rev - 1)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
