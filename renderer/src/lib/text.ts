import type { Lang } from '../../../shared/model/primitives';

export const otherLang = (lang: Lang): Lang => (lang === 'sq' ? 'en' : 'sq');

/**
 * A bilingual text in the wanted language, or in the other one when only
 * that is filled (drafts are often written in one language first).
 */
export function pickText(text: { sq: string; en: string }, lang: Lang): { value: string; lang: Lang } | null {
  if (text[lang].trim() !== '') return { value: text[lang], lang };
  const other = otherLang(lang);
  if (text[other].trim() !== '') return { value: text[other], lang: other };
  return null;
}
