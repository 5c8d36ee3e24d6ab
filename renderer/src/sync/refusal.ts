// A refused bundle in one line. The API says why with a reason CODE
// (AppError 'bundle-refused', details.params.reason, plus the reason's own
// values); the line is bundles.reason.<code> translated with those values,
// inside errors.bundle-refused on import, or inside "would be refused" in a
// preview (which writes nothing, not even the log).
import type { AppErrorDto } from '../../../shared/api/errors';

type Params = Record<string, string | number>;
/** t() for keys known only at run time; `exists` tells a missing key from a translated one. */
export interface Translate {
  (key: string, options?: Record<string, unknown>): string;
}

/** Stands for a value a sentence names but its source did not keep (log rows written before the log kept values). */
export const VALUE_NOT_KEPT = '…';

/** The translated reason, or the generic "unknown reason" line for a code the catalogue lacks; never a raw {{placeholder}}. */
export function reasonText(t: Translate, exists: (key: string) => boolean, code: string, params: Params = {}): string {
  const key = `bundles.reason.${code}`;
  return exists(key) ? t(key, { ...params, missingInterpolationHandler: () => VALUE_NOT_KEPT }) : t('sync.common.unknownReason', { code });
}

/** The values a log entry's reason names: those the log kept with it, then what the row itself says (its number, its institution). */
export function logReasonValues(e: { seq: number | null; institution: string | null; params: Params }): Params {
  return { ...(e.seq !== null ? { seq: e.seq } : {}), ...(e.institution !== null ? { institution: e.institution } : {}), ...e.params };
}

/** The reason of a bundle-refused error with its values, or null for any other error. */
export function refusalOf(error: AppErrorDto): { code: string; params: Params } | null {
  const params = error.details?.params ?? {};
  if (error.code !== 'bundle-refused' || typeof params.reason !== 'string') return null;
  const { reason: code, ...rest } = params;
  return { code, params: rest };
}
