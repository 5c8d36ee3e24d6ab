// The Word writer's paragraphs, written as WordprocessingML directly: the
// docx library builds an object per element and takes seconds per hundred
// commitments to serialise them, so the body is written here as strings and
// docx writes only the package around it (render.ts). Every run carries its
// language (sq-AL or en-GB) so Word's spell-checker and screen readers know
// which it reads; bilingual text is Albanian, then English in italic, as in
// the PDF.
import type { Text } from '../../../shared/model/primitives';
import { type Filled, headingLineLang, headingLines, LANG_SEPARATOR } from '../print-content/decide';
import { type EditionLang, printLabel } from '../print-content/labels';

export const LANG_TAG = { sq: 'sq-AL', en: 'en-GB' } as const;
/** The PDF's colours: the English side a shade lighter, placeholders grey. */
export const ENGLISH_COLOR = '3A3A3A';
export const PLACEHOLDER_COLOR = '888888';

export type Align = 'left' | 'center' | 'right';

const XML_ENTITY: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
// One pass, and none for the many texts with nothing to escape: the body of a large plan is mostly runs.
export const escapeXml = (s: string): string => (/[&<>"]/.test(s) ? s.replace(/[&<>"]/g, (c) => XML_ENTITY[c]!) : s);

export interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  color?: string;
  /** Points. */
  size?: number;
  /** A line break before the text. */
  breakBefore?: boolean;
}

/** A run (w:r) with its language; its properties in the schema's order. */
export function run(text: string, lang: 'sq' | 'en', style: RunStyle = {}): string {
  const size = style.size ? Math.round(style.size * 2) : 0;
  const props =
    (style.bold ? '<w:b/><w:bCs/>' : '') +
    (style.italics ? '<w:i/><w:iCs/>' : '') +
    (style.color ? `<w:color w:val="${style.color}"/>` : '') +
    (size ? `<w:sz w:val="${size}"/><w:szCs w:val="${size}"/>` : '') +
    `<w:lang w:val="${LANG_TAG[lang]}"/>`;
  return `<w:r><w:rPr>${props}</w:rPr>${style.breakBefore ? '<w:br/>' : ''}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
}

export interface ParagraphProps {
  style?: string;
  keepNext?: boolean;
  pageBreakBefore?: boolean;
  /** Twentieths of a point. */
  spaceBefore?: number;
  spaceAfter?: number;
  align?: Align;
  outlineLevel?: number;
}

/** A paragraph (w:p) of `content` (runs, bookmarks); its properties in the schema's order. */
export function paragraph(content: string, p: ParagraphProps = {}): string {
  const spacing = p.spaceBefore !== undefined || p.spaceAfter !== undefined;
  const props =
    (p.style ? `<w:pStyle w:val="${p.style}"/>` : '') +
    (p.keepNext ? '<w:keepNext/>' : '') +
    (p.pageBreakBefore ? '<w:pageBreakBefore/>' : '') +
    (spacing ? `<w:spacing${p.spaceBefore !== undefined ? ` w:before="${p.spaceBefore}"` : ''}${p.spaceAfter !== undefined ? ` w:after="${p.spaceAfter}"` : ''}/>` : '') +
    (p.align && p.align !== 'left' ? `<w:jc w:val="${p.align}"/>` : '') +
    (p.outlineLevel !== undefined ? `<w:outlineLvl w:val="${p.outlineLevel}"/>` : '');
  return `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}${content}</w:p>`;
}

/** Decided parts as paragraphs: Albanian regular, English in italic under it, placeholders grey. */
export function partsParagraphs(parts: Filled, align?: Align): string {
  return parts
    .map((p, i) => paragraph(run(p.text, p.lang, { italics: i > 0, color: p.placeholder ? PLACEHOLDER_COLOR : i > 0 ? ENGLISH_COLOR : undefined }), { align }))
    .join('');
}

/** The runs of a text in the edition: one line, or Albanian, a line break, the English in italic. */
export function lineRuns(text: Text, lang: EditionLang, style: RunStyle = {}): string {
  return headingLines(text, lang)
    .map((line, i) => run(line, headingLineLang(lang, i), { ...style, ...(i > 0 ? { italics: true, breakBefore: true, color: style.color ?? ENGLISH_COLOR } : {}) }))
    .join('');
}

/** A label of the catalogue as paragraphs (a sentence such as "No milestones"): one per language. */
export function labelParagraphs(text: Text, lang: EditionLang): string {
  return headingLines(text, lang)
    .map((line, i) => paragraph(run(line, headingLineLang(lang, i), { italics: i > 0, color: i > 0 ? ENGLISH_COLOR : undefined })))
    .join('');
}

/** A sentence in the edition: one language, or both, each on its own line (the side with no text shows the placeholder, grey), as the PDF prints one. */
export function sentenceParagraphs(text: Text, lang: EditionLang): string {
  const missing = printLabel('print.missingTranslation');
  const side = (l: 'sq' | 'en', italics: boolean) => {
    const value = text[l].trim() ? text[l] : null;
    return paragraph(run(value ?? missing[l], l, { italics, color: value === null ? PLACEHOLDER_COLOR : italics ? ENGLISH_COLOR : undefined }));
  };
  return lang === 'bilingual' ? side('sq', false) + side('en', true) : side(lang, false);
}

/** A bold line introducing a table ("Criteria", "Comments received"), kept with it. */
export const tableLabel = (text: Text, lang: EditionLang): string => paragraph(lineRuns(text, lang, { bold: true }), { keepNext: true, spaceBefore: 120 });

export type WordHeadingLevel = 1 | 2 | 3 | 4;

/** A heading the table of contents lists: its level, its text on one line and its bookmark. */
export interface ContentsEntry {
  level: 1 | 2 | 3;
  /** The heading's lines, each in its language; one line in the contents, joined by LANG_SEPARATOR. */
  lines: { text: string; lang: 'sq' | 'en' }[];
  bookmark: string;
}

/** Bookmarks for the headings the contents list, numbered in document order (so the same data gives the same file). */
export class Headings {
  readonly entries: ContentsEntry[] = [];

  /**
   * A Word heading (style Heading 1–4, which the table of contents and the
   * navigation pane read; the outline level too, for readers that do not
   * know Word's built-in styles): the Albanian, and in the bilingual edition
   * the English in italic on a second line of the same heading. Levels 1–3
   * are bookmarked for the contents.
   */
  heading(text: Text, lang: EditionLang, level: WordHeadingLevel, opts: { pageBreakBefore?: boolean } = {}): string {
    let content = lineRuns(text, lang);
    if (level <= 3) {
      const id = this.entries.length + 1;
      const bookmark = `_Toc${id}`;
      this.entries.push({ level: level as 1 | 2 | 3, lines: headingLines(text, lang).map((line, i) => ({ text: line, lang: headingLineLang(lang, i) })), bookmark });
      content = `<w:bookmarkStart w:id="${id}" w:name="${bookmark}"/>${content}<w:bookmarkEnd w:id="${id}"/>`;
    }
    return paragraph(content, { style: `Heading${level}`, keepNext: true, pageBreakBefore: opts.pageBreakBefore, outlineLevel: level - 1 });
  }
}

/** A field's label: bold Albanian, the English in bold italic after it; kept with its value. */
export function fieldLabel(label: Text, lang: EditionLang): string {
  const runs =
    lang !== 'bilingual' || label.sq === label.en
      ? run(label[lang === 'en' ? 'en' : 'sq'], lang === 'en' ? 'en' : 'sq', { bold: true })
      : run(`${label.sq}  `, 'sq', { bold: true }) + run(label.en, 'en', { bold: true, italics: true, color: ENGLISH_COLOR });
  return paragraph(runs, { keepNext: true, spaceBefore: 120 });
}

/** A field of the template: its label, then its decided parts. */
export const fieldParagraphs = (label: Text, filled: Filled, lang: EditionLang): string => fieldLabel(label, lang) + partsParagraphs(filled);

/**
 * The table of contents: a real TOC field over Heading 1–3 with links (\h),
 * marked dirty so Word fills in the page numbers when it opens the file, and
 * already holding the entries, so a reader that does not update fields still
 * shows them.
 */
export function tocField(entries: readonly ContentsEntry[], width: number): string {
  const begin = '<w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/></w:r><w:r><w:instrText xml:space="preserve">TOC \\h \\o &quot;1-3&quot;</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>';
  const end = '<w:r><w:fldChar w:fldCharType="end"/></w:r>';
  if (entries.length === 0) return paragraph(begin + end);
  return entries
    .map((e, i) => {
      const runs = e.lines.map((line, j) => (j > 0 ? run(LANG_SEPARATOR, 'sq') : '') + run(line.text, line.lang)).join('');
      const link = `<w:hyperlink w:anchor="${e.bookmark}" w:history="1">${runs}</w:hyperlink>`;
      const tabs = `<w:pPr><w:pStyle w:val="TOC${e.level}"/><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="${width}"/></w:tabs></w:pPr>`;
      return `<w:p>${tabs}${i === 0 ? begin : ''}${link}${i === entries.length - 1 ? end : ''}</w:p>`;
    })
    .join('');
}
