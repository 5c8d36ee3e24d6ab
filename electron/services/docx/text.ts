// The Word writer's paragraphs: every run carries its language (sq-AL or
// en-GB) so Word's spell-checker and screen readers know which it reads;
// bilingual text is Albanian, then English in italic, as in the PDF.
import { AlignmentType, HeadingLevel, Paragraph, TextRun } from 'docx';
import type { Text } from '../../../shared/model/primitives';
import { type Filled, headingLineLang, headingLines } from '../print-content/decide';
import type { EditionLang } from '../print-content/labels';

export const LANG_TAG = { sq: 'sq-AL', en: 'en-GB' } as const;
/** The PDF's colours: the English side a shade lighter, placeholders grey. */
export const ENGLISH_COLOR = '3A3A3A';
export const PLACEHOLDER_COLOR = '888888';

export interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  color?: string;
  /** Points. */
  size?: number;
  break?: number;
}

export function run(text: string, lang: 'sq' | 'en', style: RunStyle = {}): TextRun {
  return new TextRun({
    text,
    language: { value: LANG_TAG[lang] },
    ...(style.bold ? { bold: true } : {}),
    ...(style.italics ? { italics: true } : {}),
    ...(style.color ? { color: style.color } : {}),
    ...(style.size ? { size: Math.round(style.size * 2) } : {}),
    ...(style.break ? { break: style.break } : {}),
  });
}

/** Decided parts as paragraphs: Albanian regular, English in italic under it, placeholders grey. */
export function partsParagraphs(parts: Filled, alignment?: (typeof AlignmentType)[keyof typeof AlignmentType]): Paragraph[] {
  return parts.map(
    (p, i) =>
      new Paragraph({
        ...(alignment ? { alignment } : {}),
        children: [run(p.text, p.lang, { italics: i > 0, color: p.placeholder ? PLACEHOLDER_COLOR : i > 0 ? ENGLISH_COLOR : undefined })],
      }),
  );
}

/** The runs of a text in the edition: one line, or Albanian, a line break, the English in italic. */
export function lineRuns(text: Text, lang: EditionLang, style: RunStyle = {}): TextRun[] {
  return headingLines(text, lang).map((line, i) =>
    run(line, headingLineLang(lang, i), { ...style, ...(i > 0 ? { italics: true, break: 1, color: style.color ?? ENGLISH_COLOR } : {}) }),
  );
}

/** A label of the catalogue as paragraphs (a sentence such as "No milestones"): one per language. */
export function labelParagraphs(text: Text, lang: EditionLang): Paragraph[] {
  return headingLines(text, lang).map((line, i) => new Paragraph({ children: [run(line, headingLineLang(lang, i), { italics: i > 0, color: i > 0 ? ENGLISH_COLOR : undefined })] }));
}

const LEVELS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3, 4: HeadingLevel.HEADING_4 } as const;
export type WordHeadingLevel = keyof typeof LEVELS;

/**
 * A Word heading (style Heading 1–4, which the table of contents and the
 * navigation pane read): the Albanian, and in the bilingual edition the
 * English in italic on a second line of the same heading.
 */
export function heading(text: Text, lang: EditionLang, level: WordHeadingLevel, opts: { pageBreakBefore?: boolean } = {}): Paragraph {
  // The outline level too, so readers that do not know Word's built-in styles still see the structure.
  return new Paragraph({ heading: LEVELS[level], outlineLevel: level - 1, keepNext: true, ...(opts.pageBreakBefore ? { pageBreakBefore: true } : {}), children: lineRuns(text, lang) });
}

/** A field's label: bold Albanian, the English in bold italic after it; kept with its value. */
export function fieldLabel(label: Text, lang: EditionLang): Paragraph {
  const children =
    lang !== 'bilingual' || label.sq === label.en
      ? [run(label[lang === 'en' ? 'en' : 'sq'], lang === 'en' ? 'en' : 'sq', { bold: true })]
      : [run(`${label.sq}  `, 'sq', { bold: true }), run(label.en, 'en', { bold: true, italics: true, color: ENGLISH_COLOR })];
  return new Paragraph({ keepNext: true, spacing: { before: 120 }, children });
}

/** A field of the template: its label, then its decided parts. */
export const fieldParagraphs = (label: Text, filled: Filled, lang: EditionLang): Paragraph[] => [fieldLabel(label, lang), ...partsParagraphs(filled)];
