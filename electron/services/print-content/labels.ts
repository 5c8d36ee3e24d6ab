// The printed labels (print.* and model.* of the catalogues) in both
// languages, one i18next instance per language: what every printed format
// (PDF, Word) says, from the same catalogue.
import type { TFunction } from 'i18next';
import { createI18n } from '../../../shared/i18n';
import type { Lang, Text } from '../../../shared/model/primitives';

/** The language edition of a printed document: one language, or Albanian then English. */
export type EditionLang = 'sq' | 'en' | 'bilingual';

const translators = new Map<Lang, TFunction>();
function tr(lang: Lang): TFunction {
  let t = translators.get(lang);
  if (!t) translators.set(lang, (t = createI18n(lang).t));
  return t;
}

// The catalogues never change in a process, and the annexes ask for the same
// labels once per commitment, milestone and cell: each answer is looked up once.
const labels = new Map<string, Text>();

/** A printed label in both languages (a fresh object: callers may build on it). */
export function printLabel(key: string, params: Record<string, string | number> = {}): Text {
  // Most labels take no parameters: their key alone is their id (no key holds a NUL).
  const id = Object.keys(params).length === 0 ? key : `${key}\u0000${JSON.stringify(params)}`;
  let label = labels.get(id);
  if (!label) {
    // Labels with per-record parameters (dates, titles) would pile up in a long-lived print worker.
    if (labels.size >= 20_000) labels.clear();
    labels.set(id, (label = { sq: tr('sq')(key, params), en: tr('en')(key, params) }));
  }
  return { ...label };
}

/** A printed label in one language. */
export const labelIn = (lang: Lang, key: string, params: Record<string, string | number> = {}): string => tr(lang)(key, params);

/** What an empty text prints as: "[mungon përkthimi]" / "[translation missing]". */
export const missingTranslation = (): Text => printLabel('print.missingTranslation');

/** The mark a draft carries on every page: "PROJEKT", "DRAFT", or "PROJEKT / DRAFT" in the bilingual edition. */
export function draftMarkText(lang: EditionLang): string {
  const mark = printLabel('print.draftMark');
  return lang === 'bilingual' ? `${mark.sq} / ${mark.en}` : mark[lang];
}
