// Calendar dates as Albanian offices write them: day first, dd.mm.yyyy, in
// both languages and whatever the operating system's locale (the ministries'
// convention; an <input type="date"> follows the browser's locale instead and
// reads "01122020" as 12 January). The model keeps ISO YYYY-MM-DD; this
// module turns one into the other for the editor and the printed annexes.
import type { Lang } from '../model/primitives';
import { common as enCommon } from '../i18n/en/common';
import { common as sqCommon } from '../i18n/sq/common';

/** What a date box holds: an ISO date, null for an empty box, or undefined when the text is not a date. */
export type ParsedDate = string | null | undefined;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The ISO date of day/month/year when that day exists (no 30 February, no month 13), else undefined. */
export function isoDate(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return undefined;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day > last ? undefined : `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

const DAY_FIRST = /^(\d{1,2})[./\-\s]+(\d{1,2})[./\-\s]+(\d{4})\.?$/;
const DIGITS_ONLY = /^(\d{2})(\d{2})(\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Reads what a person typed, always day first: "01.12.2020", "1.12.2020",
 * "01122020" (eight digits, ddmmyyyy) and "1/12/2020" are 1 December 2020;
 * an ISO "2020-12-01" (pasted from another tool) is read as ISO. The year
 * has four digits: "1.12.20" is refused rather than guessed. A day that does
 * not exist ("30.02.2021") is refused, never moved to another day.
 */
export function parseDate(text: string): ParsedDate {
  const s = text.trim();
  if (s === '') return null;
  const iso = ISO.exec(s);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const m = DAY_FIRST.exec(s) ?? DIGITS_ONLY.exec(s);
  if (!m) return undefined;
  return isoDate(Number(m[3]), Number(m[2]), Number(m[1]));
}

/** The most days a month can have in any year (29 for February). */
const MAX_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether a day and a month typed so far ("3", "30", "30.0") can still be the start of a real date. */
function dayMonthPossible(day: string, month: string | undefined, monthDone: boolean): boolean {
  const d = Number(day);
  if (d > 31 || (day.length === 2 && d === 0)) return false;
  if (month === undefined || month === '') return true;
  const m = Number(month);
  if (m > 12 || (monthDone && m === 0)) return false;
  return !monthDone || m === 0 || d <= MAX_DAYS[m - 1]!;
}

/**
 * Text that is not a date yet but may become one by typing on: "0", "0112",
 * "01.1", "1.12.20", "2020-1". A box holding it is not marked wrong while the
 * person types; one holding "30.02", "3002" or "01.13" is, at once.
 */
export function unfinishedDate(text: string): boolean {
  const s = text.trim();
  // Digits alone: ddmmyyyy under way, or the year of an ISO date ("2020" before its "-").
  if (/^\d{0,7}$/.test(s)) return s.length < 2 || /^(?:19|20)\d{0,2}$/.test(s) || dayMonthPossible(s.slice(0, 2), s.slice(2, 4), s.length >= 4);
  const typed = /^(\d{1,2})(?:[./\-\s]+(?:(\d{1,2})([./\-\s]+\d{0,3})?)?)?$/.exec(s);
  if (typed) return dayMonthPossible(typed[1]!, typed[2], typed[2]?.length === 2 || typed[3] !== undefined);
  return /^\d{4}-\d{0,2}(?:-\d?)?$/.test(s);
}

/** "2020-12-01" → "01.12.2020"; anything that is not an ISO date is returned as it is (never hidden). */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

/** The names a calendar needs, from the catalogue of the language (common.calendar). */
export function calendarNames(lang: Lang) {
  return (lang === 'en' ? enCommon : sqCommon).calendar;
}

/** "2020-09-01" → "shtator 2020" / "September 2020", for where a month is meant (a plan's period). */
export function formatMonth(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})/.exec(iso);
  const name = m ? calendarNames(lang).months[Number(m[2]) - 1] : undefined;
  return m && name ? `${name} ${m[1]}` : iso;
}

/** The ISO date of a Date's own calendar day (local time: a picked day is the day the person saw). */
export const isoOfLocalDate = (d: Date): string => `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** The local Date at midnight of an ISO date, for a calendar to show; undefined for none or a bad one. */
export function localDateOf(iso: string | null | undefined): Date | undefined {
  const m = iso ? ISO.exec(iso) : null;
  if (!m || isoDate(Number(m[1]), Number(m[2]), Number(m[3])) === undefined) return undefined;
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A value shown as text: an ISO date written dd.mm.yyyy, anything else as it is. */
export const readableDate = (text: string): string => (ISO_DAY.test(text) ? formatDate(text) : text);

/**
 * A message's parameters with every ISO date written dd.mm.yyyy, for the
 * sentences people read (quality findings on screen and in `ogp-drafter
 * check`); the records and the --json output keep ISO.
 */
export function withReadableDates<T extends Readonly<Record<string, string | number>>>(params: T): { [K in keyof T]: string | number } {
  const out: Record<string, string | number> = { ...params };
  for (const [k, v] of Object.entries(out)) if (typeof v === 'string') out[k] = readableDate(v);
  return out as { [K in keyof T]: string | number };
}
