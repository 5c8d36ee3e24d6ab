// The peer of the PDF bench (issues 12 and 16): the consolidated bilingual
// plan as one HTML document, for Chromium to print. It is built from the
// same print data and the same format-neutral decisions the PDF uses (the
// template's rows and their decided parts, the milestone and indicator
// tables, the institutions table), so both sides lay out the same words:
// cover, contents, Annex III's table, every commitment's template fields and
// milestones from a new page, and every commitment's indicators in landscape.
// Not in it: the components' introductions, the sources, the front matter
// and the co-creation annexes (calendar, prioritization, consultation), a few
// dozen of the plan's pages; the ratio is of pages per second, so each side
// is counted on the pages it prints. The cells are decided as in a draft.
// Noto Sans comes from resources/fonts by file URL: nothing from the network.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Text } from '../../shared/model/primitives';
import { commitmentSections, milestoneTable } from '../../electron/services/print-content/commitment';
import { cycleYears, indicatorTable } from '../../electron/services/print-content/indicators';
import { decidedCell, type TableSpec } from '../../electron/services/print-content/table';
import {
  type AnnexScope,
  commitmentHeading,
  commitmentTitle,
  commitmentsOf,
  componentTitle,
  componentsOf,
  institutionName,
  joinTexts,
  oneLine,
  same,
} from '../../electron/services/pdf/annexes/common';
import { type Filled, headingLines } from '../../electron/services/pdf/annexes/fill';
import { annexTitle, sectionScope } from '../../electron/services/pdf/annexes/sections';
import type { PrintData } from '../../electron/services/pdf/print-data';
import type { Column } from '../../electron/services/pdf/table';
import { FONT_FILES } from '../../electron/services/pdf/fonts';
import type { PrintMode } from '../../shared/model/print';

const FONT_DIR = join(__dirname, '..', '..', 'resources', 'fonts');

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function fontFaces(): string {
  const face = (file: string, weight: number, style: string) =>
    `@font-face{font-family:"Plani Noto";src:url("${pathToFileURL(join(FONT_DIR, file)).href}") format("truetype");font-weight:${weight};font-style:${style}}`;
  return [face(FONT_FILES.regular, 400, 'normal'), face(FONT_FILES.bold, 700, 'normal'), face(FONT_FILES.italic, 400, 'italic'), face(FONT_FILES.boldItalic, 700, 'italic')].join('\n');
}

const CSS = `
@page { size: A4 portrait; margin: 50pt; }
@page wide { size: A4 landscape; margin: 50pt; }
body { font-family: "Plani Noto"; font-size: 10pt; line-height: 1.4; margin: 0; }
h1 { font-size: 16pt; margin: 0 0 4pt; } h2 { font-size: 13pt; margin: 8pt 0 4pt; } h3 { font-size: 11pt; margin: 8pt 0 4pt; }
h1, h2, h3 { break-after: avoid; }
.en { font-style: italic; color: #3a3a3a; }
.ph { color: #888; }
p { margin: 0 0 6pt; }
.label { font-weight: 700; margin-top: 4pt; }
.label .en { font-weight: 700; }
section { break-before: page; }
section.wide { page: wide; }
.commitment { break-before: page; }
table { border-collapse: collapse; width: 100%; font-size: 8pt; margin-bottom: 8pt; }
thead { display: table-header-group; }
th { background: #e4e4e4; text-align: left; font-weight: 700; }
th, td { border: 0.5pt solid #9a9a9a; padding: 3pt; vertical-align: top; }
tr { break-inside: avoid; }
td span, th span { display: block; }
.cover { text-align: center; padding-top: 200pt; }
.toc p { margin: 0 0 2pt; } .toc .l1 { margin-left: 12pt; } .toc .l2 { margin-left: 24pt; }
`;

/** Decided parts as the PDF prints them: Albanian regular, later parts in italic, placeholders greyed. */
function parts(filled: Filled, block: 'p' | 'span'): string {
  return filled.map((p, i) => `<${block} class="${[i > 0 ? 'en' : '', p.placeholder ? 'ph' : ''].join(' ').trim()}">${esc(p.text)}</${block}>`).join('');
}

function heading(text: Text, lang: AnnexScope['lang'], level: 1 | 2 | 3): string {
  const [first, second] = headingLines(text, lang);
  return `<h${level}>${esc(first!)}</h${level}>${second ? `<p class="en">${esc(second)}</p>` : ''}`;
}

function headerCell(col: Column, lang: AnnexScope['lang'], mode: PrintMode): string {
  return `<th>${parts(decidedCell(col.header, lang, mode).parts, 'span')}</th>`;
}

function table(o: TableSpec, lang: AnnexScope['lang'], mode: PrintMode): string {
  const cols = o.columns.map((c) => `<col style="width:${(c.width * 100).toFixed(2)}%">`).join('');
  const head = o.columns.map((c) => headerCell(c, lang, mode)).join('');
  const body = o.rows.map((row) => `<tr>${row.map((cell) => `<td>${parts(decidedCell(cell, lang, mode).parts, 'span')}</td>`).join('')}</tr>`).join('');
  return `<table><colgroup>${cols}</colgroup><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

function label(text: Text, lang: AnnexScope['lang']): string {
  if (lang !== 'bilingual' || text.sq === text.en) return `<p class="label">${esc(text[lang === 'en' ? 'en' : 'sq'])}</p>`;
  return `<p class="label">${esc(text.sq)}  <span class="en">${esc(text.en)}</span></p>`;
}

/** The plan's content as HTML; `mode` decides the cells as the PDF's draft or final print does. */
export function planHtml(data: PrintData, mode: PrintMode): string {
  const req = { annex: 'plan' as const, lang: 'bilingual' as const, mode };
  const input = sectionScope(data, req);
  const { t, lang } = input;
  const placeholder = t('print.missingTranslation');
  const components = componentsOf(input);
  const out: string[] = [];
  out.push(`<div class="cover"><h1>${esc(annexTitle('plan', lang))}</h1>${heading(data.cycle.title, lang, 2)}</div>`);

  out.push(`<section class="toc">${heading(t('print.plan.contents'), lang, 1)}`);
  for (const comp of components) {
    out.push(`<p class="l1">${esc(oneLine(componentTitle(input, comp), lang, placeholder))}</p>`);
    for (const c of commitmentsOf(input, comp.code)) out.push(`<p class="l2">${esc(commitmentHeading(c, lang, placeholder))}</p>`);
  }
  out.push('</section>');

  out.push(`<section>${heading(t('print.annex.institutions'), lang, 1)}`);
  out.push(
    table({
      columns: [
        { header: t('print.columns.componentNumber'), width: 0.14 },
        { header: t('print.columns.componentTitle'), width: 0.4 },
        { header: t('print.columns.leadInstitutions'), width: 0.46 },
      ],
      rows: components.map((c) => [
        String(c.number),
        c.title,
        c.leadInstitutions.length ? joinTexts(c.leadInstitutions.map((code) => institutionName(data.reference, code))) : same(t('print.notSet').sq),
      ]),
    }, lang, mode),
  );
  out.push('</section>');

  out.push(`<section>${heading(t('print.annex.action-plan'), lang, 1)}`);
  components.forEach((comp, i) => {
    const list = commitmentsOf(input, comp.code);
    out.push(`<div${i > 0 ? ' class="commitment"' : ''}>${heading(componentTitle(input, comp), lang, 1)}</div>`);
    list.forEach((c, j) => {
      out.push(`<div${j > 0 ? ' class="commitment"' : ''}>${heading(commitmentTitle(c, lang), lang, 2)}`);
      for (const { title, rows } of commitmentSections(input, c)) {
        out.push(heading(title, lang, 3));
        for (const row of rows) out.push(label(row.label, lang), parts(row.filled, 'p'));
      }
      out.push(heading(t('model.milestone.entityPlural'), lang, 3));
      const milestones = milestoneTable(input, c);
      out.push(milestones ? table(milestones, lang, mode) : `<p>${esc(oneLine(t('print.noMilestones'), lang, placeholder))}</p>`);
      out.push('</div>');
    });
  });
  out.push('</section>');

  const years = cycleYears(input);
  out.push(`<section class="wide">${heading(t('print.annex.indicators'), lang, 1)}`);
  for (const comp of components) {
    out.push(heading(componentTitle(input, comp), lang, 2));
    for (const c of commitmentsOf(input, comp.code)) {
      out.push(heading(commitmentTitle(c, lang), lang, 3));
      out.push(c.indicators.length ? table(indicatorTable(input, c, years), lang, mode) : `<p>${esc(oneLine(t('print.noIndicators'), lang, placeholder))}</p>`);
    }
  }
  out.push('</section>');

  return `<!doctype html><html lang="sq"><head><meta charset="utf-8"><title>${esc(annexTitle('plan', lang))}</title><style>${fontFaces()}${CSS}</style></head><body>${out.join('\n')}</body></html>`;
}

/** Chromium's running footer: "Faqe X nga Y / Page X of Y", in the same font size as the PDF's. */
export const FOOTER_TEMPLATE = `<div style="font-size:8pt;width:100%;text-align:center;color:#555">Faqe <span class="pageNumber"></span> nga <span class="totalPages"></span> / Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>`;
