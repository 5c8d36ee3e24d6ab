// Bundle messages whose keys are known only at run time: refusal reasons
// (bundles.reason.<code>, shared with the CLI; see refusal.ts). One door,
// like quality/labels.ts, so an unknown code reads as a sentence, never a raw key.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorDto } from '../../../shared/api/errors';
import { describeError } from '../lib/describe-error';
import { useLabels } from '../quality/labels';
import { reasonText, refusalOf } from './refusal';

type Params = Record<string, string | number>;

export interface SyncTexts {
  /** One line saying why a bundle is (or would be) refused. */
  reason(code: string, params?: Params): string;
  /** An API error in a sentence; a refused bundle says why. */
  error(error: AppErrorDto): string;
  /** A refusal found while previewing (nothing was written, not even the log): "would be refused: …", else the error. */
  previewError(error: AppErrorDto): string;
}

/** The bundles catalogue writes states in lower case for the CLI's sentences; a tag or a heading starts with a capital. */
export const capitalise = (text: string, lang?: string): string => (text === '' ? text : text[0]!.toLocaleUpperCase(lang) + text.slice(1));

export function useSyncTexts(): SyncTexts {
  const { t } = useTranslation();
  const labels = useLabels();
  return useMemo(() => {
    const exists = (key: string) => typeof labels.lookup(key) === 'string';
    const reason = (code: string, params: Params = {}) => reasonText(labels.tx, exists, code, params);
    return {
      reason,
      error: (error) => {
        const refusal = refusalOf(error);
        return refusal ? t('errors.bundle-refused', { reason: reason(refusal.code, refusal.params) }) : describeError(t, error);
      },
      previewError: (error) => {
        const refusal = refusalOf(error);
        return refusal ? t('sync.import.wouldRefuse', { reason: reason(refusal.code, refusal.params) }) : describeError(t, error);
      },
    };
  }, [t, labels]);
}
