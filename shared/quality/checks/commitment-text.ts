// The commitment template's texts and its OGP values: what the IRM reads to
// decide whether a commitment is verifiable and relevant to open government.
import { blankLangs, type CommitmentCheck, commitmentTarget, fieldKeys, finding } from '../check';
import type { Finding } from '../types';

/**
 * Filled in both languages before a commitment can go forward. These are the
 * questions both OGP templates put to every commitment (2020: title, public
 * problem, "what is the commitment" = proposed solution, expected results and
 * objective, relevance to OGP values; 2022 adds the brief description), and
 * what the IRM reads for verifiability and the open-government lens. Causes,
 * status quo, what has been done so far and contribution deepen the same
 * answers, but at least one template leaves each of them optional, so a gap
 * there does not block.
 */
export const REQUIRED_TEXT_FIELDS = ['title', 'briefDescription', 'problem', 'solution', 'expectedResults', 'objective', 'relevance'] as const;

export const requiredText: CommitmentCheck = {
  id: 'required-text',
  severity: 'blocking',
  scope: 'commitment',
  run(c) {
    const out: Finding[] = [];
    for (const field of REQUIRED_TEXT_FIELDS) {
      for (const lang of blankLangs(c[field])) {
        out.push(finding(requiredText, commitmentTarget(c, field, lang), { fieldKey: fieldKeys.commitment(field) }));
      }
    }
    return out;
  },
};

/** Values chosen that the reference data knows as OGP values (all of them when it lists none). */
function knownValues(values: readonly string[], known: ReadonlySet<string>): string[] {
  return known.size === 0 ? [...values] : values.filter((v) => known.has(v));
}

export const ogpValueRelevance: CommitmentCheck = {
  id: 'ogp-value-relevance',
  severity: 'blocking',
  scope: 'commitment',
  run(c, ctx) {
    if (knownValues(c.ogpValues, ctx.ogpValues).length > 0) return [];
    return [finding(ogpValueRelevance, commitmentTarget(c, 'ogpValues'), { fieldKey: fieldKeys.commitment('ogpValues') })];
  },
};

/**
 * The IRM's open-government lens: a commitment must advance transparency,
 * civic participation or public accountability; technology & innovation and
 * inclusion count only on top of one of those.
 */
export const CORE_OGP_VALUES: readonly string[] = ['access-to-information', 'civic-participation', 'public-accountability'];

export const ogpValueCore: CommitmentCheck = {
  id: 'ogp-value-core',
  severity: 'warning',
  scope: 'commitment',
  run(c, ctx) {
    const chosen = knownValues(c.ogpValues, ctx.ogpValues);
    // A reference vocabulary without the three core codes is not the OGP one this rule knows.
    const vocabularyKnown = ctx.ogpValues.size === 0 || CORE_OGP_VALUES.some((v) => ctx.ogpValues.has(v));
    if (chosen.length === 0 || !vocabularyKnown || chosen.some((v) => CORE_OGP_VALUES.includes(v))) return [];
    return [finding(ogpValueCore, commitmentTarget(c, 'ogpValues'), { fieldKey: fieldKeys.commitment('ogpValues') })];
  },
};
