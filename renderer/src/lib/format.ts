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
