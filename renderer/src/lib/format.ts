// How dates, times and sizes are shown on screen, the same digits in both
// languages. Laptop clocks are often wrong, so the bundle screens show dates
// as information only (order comes from sequence numbers).
import { formatDate as formatIsoDate, formatMonth as sharedFormatMonth } from '../../../shared/format/dates';

/**
 * "shtator 2020" / "September 2020" from an ISO date, with the month names
 * of the catalogue (shared/format/dates.ts): the same words as the printed
 * plan, whether or not the browser ships Albanian locale data.
 */
export const formatMonth = sharedFormatMonth;

const pad = (n: number) => String(n).padStart(2, '0');

/** "15.03.2021, 09:30" in local time: the same digits in both languages (Albanian locale data is often missing). */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${pad(d.getDate())}.${pad(d.getMonth() + 1)}.${d.getFullYear()}, ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** "15.03.2021": a calendar date as it is (shared/format/dates.ts), a moment in local time. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return formatIsoDate(iso);
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${pad(d.getDate())}.${pad(d.getMonth() + 1)}.${d.getFullYear()}`;
}

/** The first characters of a hash, enough to tell two files apart on screen. */
export const shortHash = (hex: string, length = 12): string => hex.slice(0, length);
