// How dates, times and sizes are shown on screen, the same digits in both
// languages. Laptop clocks are often wrong, so the bundle screens show dates
// as information only (order comes from sequence numbers).
import type { Lang } from '../../../shared/model/primitives';

/**
 * "shtator 2020" / "September 2020" from an ISO date, without time-zone
 * drift. Some Chromium builds ship no Albanian locale data and would print
 * English month names inside an Albanian sentence; those get "09.2020".
 */
export function formatMonth(isoDate: string, lang: Lang): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return isoDate;
  if (Intl.DateTimeFormat.supportedLocalesOf([lang]).length === 0) {
    return `${String(d.getUTCMonth() + 1).padStart(2, '0')}.${d.getUTCFullYear()}`;
  }
  return new Intl.DateTimeFormat(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "15.03.2021, 09:30" in local time: the same digits in both languages (Albanian locale data is often missing). */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${pad(d.getDate())}.${pad(d.getMonth() + 1)}.${d.getFullYear()}, ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** "15.03.2021". */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) {
    const [y, m, d] = iso.split('-');
    return `${d}.${m}.${y}`;
  }
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${pad(d.getDate())}.${pad(d.getMonth() + 1)}.${d.getFullYear()}`;
}

/** "820 KB", "1.4 MB". */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** The first characters of a hash, enough to tell two files apart on screen. */
export const shortHash = (hex: string, length = 12): string => hex.slice(0, length);
