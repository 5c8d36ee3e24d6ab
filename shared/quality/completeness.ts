// How much of the required bilingual text is written, per language: the
// commitment's required fields (REQUIRED_TEXT_FIELDS), each milestone's
// activity and deliverable, each indicator's name. One number per language
// tells an LFP how far the English (or Albanian) version lags behind.
//
// Those are exactly the texts four checks test, so completeness is counted
// from their findings rather than by reading the texts again: the figure and
// the list of findings can never disagree, and each text is read once.
import type { Commitment } from '../model/plan';
import { REQUIRED_TEXT_FIELDS } from './checks';
import { requiredText } from './checks/commitment-text';
import { indicatorName } from './checks/indicators';
import { milestoneActivity, milestoneDeliverable } from './checks/milestones';
import type { Finding } from './types';

/** The checks whose findings are, one each, a required text missing in one language. */
export const COMPLETENESS_CHECK_IDS: ReadonlySet<string> = new Set([requiredText, milestoneActivity, milestoneDeliverable, indicatorName].map((c) => c.id));

export interface Tally {
  /** Required fields counted (the same for both languages). */
  required: number;
  sq: number;
  en: number;
}

export const emptyTally = (): Tally => ({ required: 0, sq: 0, en: 0 });

export const requiredFieldCount = (c: Pick<Commitment, 'milestones' | 'indicators'>): number =>
  REQUIRED_TEXT_FIELDS.length + 2 * c.milestones.length + c.indicators.length;

/** Adds one commitment, given its findings, to `into` (one tally per component). */
export function tallyCommitment(c: Commitment, findings: readonly Finding[], into: Tally): Tally {
  const required = requiredFieldCount(c);
  let missingSq = 0;
  let missingEn = 0;
  for (const f of findings) {
    if (!COMPLETENESS_CHECK_IDS.has(f.checkId)) continue;
    if (f.target.lang === 'sq') missingSq++;
    else if (f.target.lang === 'en') missingEn++;
  }
  into.required += required;
  into.sq += required - missingSq;
  into.en += required - missingEn;
  return into;
}

/**
 * Whole percent, rounded down so that 100 means every field is written. No
 * required field at all (a component without commitments) counts as 0: an
 * empty component is not a finished one. Completeness.commitments = 0 tells
 * a screen to show "no commitments" rather than the number.
 */
export const percent = (filled: number, required: number): number => (required === 0 ? 0 : Math.floor((filled * 100) / required));

/** One commitment's completeness, from the findings checkCommitment gave it (the editor's header, live). */
export function commitmentCompleteness(c: Commitment, findings: readonly Finding[]): { sq: number; en: number } {
  const t = tallyCommitment(c, findings, emptyTally());
  return { sq: percent(t.sq, t.required), en: percent(t.en, t.required) };
}
