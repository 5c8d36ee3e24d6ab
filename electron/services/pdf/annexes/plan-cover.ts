// The cover of the consolidated plan: country, OGP, the plan's title and
// period, who prints it (and, for an institution's share or a single
// component, which components), the language edition and the data date.
// Centred lines only, set as one block in the middle of the page.
import { formatDate, formatMonth } from '../../../../shared/format/dates';
import type { Component } from '../../../../shared/model/reference';
import { type Doc, MARGIN, useFont } from '../document';
import type { FontStyle } from '../fonts';
import { artifact, taggedLeaf } from '../tagging';
import { localized } from './cocreation-format';
import { type AnnexScope, componentsOf, oneLine } from './common';

interface CoverLine {
  text: string;
  style: FontStyle;
  size: number;
  color?: string;
  /** Space below the line. */
  after: number;
  /** A short rule in the middle of the space below. */
  rule?: boolean;
}

const MUTED = '#555555';

/** Which components the edition is limited to, and how to say so; none for the whole plan. */
function coverage(scope: AnnexScope): { key: string; components: Component[] } | null {
  const all = componentsOf(scope);
  if (scope.component !== undefined) return { key: 'print.plan.cover.componentOnly', components: all };
  const { code, role } = scope.plan.printedBy;
  if (role !== 'lfp') return null;
  // An institution's workspace holds its share: the components it leads or drafts in.
  const share = all.filter((c) => c.leadInstitutions.includes(code) || scope.plan.commitments.some((x) => x.componentCode === c.code && x.owner === code));
  return share.length > 0 ? { key: 'print.plan.cover.lfpShare', components: share } : null;
}

function coverLines(scope: AnnexScope, dataDate: string): CoverLine[] {
  const { t, lang, plan } = scope;
  const placeholder = t('print.missingTranslation');
  const out: CoverLine[] = [];
  // One line per language: Albanian, then English in italic (the annexes' convention).
  const add = (text: { sq: string; en: string }, style: 'regular' | 'bold', size: number, after: number, color?: string) => {
    if (lang !== 'bilingual') {
      out.push({ text: oneLine(text, lang, placeholder), style, size, after, color });
      return;
    }
    const italic: FontStyle = style === 'bold' ? 'boldItalic' : 'italic';
    const sq = oneLine(text, 'sq', placeholder);
    const en = oneLine(text, 'en', placeholder);
    if (sq === en) out.push({ text: sq, style, size, after, color });
    else out.push({ text: sq, style, size, after: size * 0.25, color }, { text: en, style: italic, size: size * 0.9, after, color });
  };
  const ruleBelow = () => (out[out.length - 1]!.rule = true);
  add(t('print.plan.cover.country'), 'regular', 12, 6, MUTED);
  add(t('print.plan.cover.ogp'), 'regular', 12, 48, MUTED);
  add(plan.cycle.title, 'bold', 24, 14);
  // The plan's period is a span of months: "shtator 2020 – gusht 2022".
  add(localized(t, 'print.plan.cover.period', (l) => ({ start: formatMonth(plan.cycle.periodStart, l), end: formatMonth(plan.cycle.periodEnd, l) })), 'regular', 13, 64);
  ruleBelow();
  add(t('print.plan.cover.preparedBy'), 'regular', 10, 4, MUTED);
  add(plan.printedBy.name, 'bold', 12, 24);
  const covered = coverage(scope);
  if (covered) {
    add(t(covered.key), 'regular', 10, 4, MUTED);
    covered.components.forEach((c, i) => {
      const side = (l: 'sq' | 'en') => t('print.component', { number: c.number, title: c.title[l].trim() || placeholder[l] })[l];
      add({ sq: side('sq'), en: side('en') }, 'regular', 11, i === covered.components.length - 1 ? 24 : 3);
    });
  }
  // The edition in its own language(s): "Botim dygjuhësh / Bilingual edition".
  out.push({ text: oneLine(t(`print.plan.edition.${lang}`), lang, placeholder), style: 'bold', size: 11, after: 6 });
  add(t('print.plan.cover.dataDate', { date: formatDate(dataDate) }), 'regular', 10, 0, MUTED);
  return out;
}

/** Draws the cover on the current (first, portrait) page. */
export function renderCover(doc: Doc, scope: AnnexScope, dataDate: string): void {
  const width = doc.page.width - MARGIN * 2;
  const lines = coverLines(scope, dataDate);
  const measured = lines.map((l) => {
    useFont(doc, l.style, l.size);
    return doc.heightOfString(l.text, { width, align: 'center' });
  });
  const total = lines.reduce((n, l, i) => n + measured[i]! + l.after, 0);
  // Slightly above the middle, as a printed title page is set.
  let y = Math.max(MARGIN, (doc.page.height - total) * 0.42);
  lines.forEach((l, i) => {
    useFont(doc, l.style, l.size).fillColor(l.color ?? 'black');
    // The plan's title is the cover's heading; the other lines are paragraphs.
    taggedLeaf(doc, i === 0 ? 'H1' : 'P', {}, () => doc.text(l.text, MARGIN, y, { width, align: 'center' }));
    y += measured[i]! + l.after;
    if (l.rule) {
      const middle = doc.page.width / 2;
      artifact(doc, 'Layout', () => {
        doc.save().lineWidth(0.8).strokeColor('#999999');
        doc.moveTo(middle - 60, y - l.after / 2).lineTo(middle + 60, y - l.after / 2).stroke();
        doc.restore();
      });
    }
  });
  doc.fillColor('black');
  useFont(doc, 'regular');
}
