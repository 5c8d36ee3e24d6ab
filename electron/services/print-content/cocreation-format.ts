// How the co-creation annexes print numbers, people and decided texts,
// whatever the format: the orders of printed lists, decimals and weights as
// each language writes them, who may be named (consent), and the placeholder
// rule of a text that must exist once a decision is taken.
import type { Text } from '../../../shared/model/primitives';
import type { EditionLang } from './labels';
import type { Cell } from './table';
import { formatDecimal } from '../../../shared/format/decimals';

export const compareCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
// Albanian alphabetical order for printed lists; code units settle what the collator calls equal.
// Made when first used, not when the module loads (every CLI command loads it).
let made: Intl.Collator | undefined;

/** A total order on bilingual titles: Albanian, then English. */
export function compareTexts(a: Text, b: Text): number {
  const collator = (made ??= new Intl.Collator('sq', { sensitivity: 'variant' }));
  return collator.compare(a.sq, b.sq) || compareCodeUnits(a.sq, b.sq) || collator.compare(a.en, b.en) || compareCodeUnits(a.en, b.en);
}

export { formatDecimal };

/** A weight in [0, 1] as a percentage, without needless decimals: 25%, 12,5%. */
export function formatWeight(weight: number, lang: EditionLang): string {
  const pct = Math.round(weight * 1000) / 10;
  return `${formatDecimal(pct, lang, Number.isInteger(pct) ? 0 : 1)}%`;
}

/**
 * Who submitted an idea, as far as may be published: the organisation
 * always, the person's name only with their consent (personal data).
 */
export function submitterLine(s: { name: string; organisation: string }, consent: boolean, notSet: string): string {
  const org = s.organisation.trim();
  const name = consent ? s.name.trim() : '';
  if (name && org) return `${name} (${org})`;
  return name || org || notSet;
}

/**
 * A text that must exist once a decision is taken (a reasoned response, the
 * reason for a decision): before the decision an empty one prints as "not
 * set"; after it, the table's missing-translation placeholder shows the gap.
 */
export function decidedText(text: Text, decided: boolean, notSet: string): Cell {
  // A plain string prints once, even on a bilingual page.
  if (!decided && !text.sq.trim() && !text.en.trim()) return notSet;
  return text;
}

/** A label that reads the same in both languages ("Online") prints once on a bilingual page. */
export const once = (text: Text): Cell => (text.sq === text.en ? text.sq : text);
