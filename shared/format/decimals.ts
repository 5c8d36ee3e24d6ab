// A decimal number as Albanian writes it (3,50) or English (3.50): on screen
// and in print alike. A bilingual page writes it once, the Albanian way: it
// is the document's first language, and two numbers in one cell would read
// as two values.
import type { Lang } from '../model/primitives';

export function formatDecimal(n: number, lang: Lang | 'bilingual', decimals: number): string {
  const s = n.toFixed(decimals);
  return lang === 'en' ? s : s.replace('.', ',');
}
