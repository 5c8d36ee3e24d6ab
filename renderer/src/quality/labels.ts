// Catalogue look-ups for keys known only at run time: quality messages
// (quality.<checkId>, written by the checks' authors), field labels of any
// record, validation codes coming back from the service. Typed t() cannot
// check these keys, so they go through one untyped door that tests whether
// the entry exists before using it.
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../shared/quality/types';
import { resolveFieldLabel, type CatalogueLookup } from './field-label';
import { findingMessageParams } from './findings';

export type LooseT = (key: string, options?: Record<string, unknown>) => string;

export interface Labels {
  /** The raw catalogue entry in the current language (undefined when missing). */
  lookup: CatalogueLookup;
  /** t() for a computed key. */
  tx: LooseT;
  /** The first of `keys` that exists, translated; undefined when none does. */
  first(keys: readonly string[], options?: Record<string, unknown>): string | undefined;
  fieldLabel(recordType: string, field: string): string;
  findingMessage(finding: Finding): string;
}

export function useLabels(): Labels {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const lookup = useCallback<CatalogueLookup>((key) => i18n.getResource(language, 'translation', key), [i18n, language]);
  const tx = t as unknown as LooseT;
  return useMemo(() => {
    const first = (keys: readonly string[], options?: Record<string, unknown>) => {
      const key = keys.find((k) => typeof lookup(k) === 'string');
      return key ? tx(key, options) : undefined;
    };
    return {
      lookup,
      tx,
      first,
      fieldLabel: (recordType, field) => resolveFieldLabel(lookup, recordType, field),
      findingMessage: (finding) =>
        first([`quality.${finding.checkId}`], findingMessageParams(finding.params, lookup)) ??
        tx('panels.quality.unknownCheck', { checkId: finding.checkId }),
    };
    // tx changes identity with the language, as lookup does.
  }, [lookup, tx]);
}
