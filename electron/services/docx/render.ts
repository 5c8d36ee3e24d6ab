// One printed document of the current cycle as a Word file (.docx): any
// annex, or the consolidated plan (cover, a table-of-contents field, front
// matter, the introduction per component with the sources of its data, then
// every annex in the PDF's order), in sq, en or both, from the same
// print-content as the PDF, each annex in the PDF's orientation. Every page
// but the plan's cover has the PDF's footer, "Faqe X nga Y" / "Page X of Y"
// as PAGE and NUMPAGES fields (Word counts the pages) and the data date. A
// draft carries "PROJEKT / DRAFT" in the header of every page; a final one
// is refused unless the plan is ready (pdf/readiness.ts), as for the PDF.
// Same data, same bytes: the dates in docProps/core.xml and in the zip are
// the data date.
//
// The body is WordprocessingML written by text.ts and table.ts; the docx
// library writes the package around it (styles, settings, the sections'
// page setup, headers and footers) from one placeholder paragraph per
// section, which the body of that section then replaces.
import { AppError } from '../../../shared/api/errors';
import { AlignmentType, Document, Footer, Header, Packer, PageNumber, PageOrientation, Paragraph, type ISectionOptions, TextRun } from 'docx';
import { formatDate } from '../../../shared/format/dates';
import type { DocxRequest } from '../../../shared/model/print';
import { coverItems } from '../print-content/cover';
import { oneLine } from '../print-content/decide';
import { printFileName } from '../print-content/file-name';
import { frontParts, frontRecords } from '../print-content/front';
import { ANNEX_LAYOUT, ANNEX_ORDER, ANNEX_RECORDS, type AnnexName, type PageLayout } from '../print-content/annexes';
import { draftMarkText, type EditionLang, labelIn, printLabel } from '../print-content/labels';
import { type AnnexScope, latestUpdate, scopeOf } from '../print-content/scope';
import { hasComponent, type PrintData } from '../pdf/print-data';
import { assertPrintAllowed } from '../pdf/readiness';
import { actionPlanBlocks, frontPartBlocks, indicatorBlocks, introductionBlocks, type Sink } from './annexes';
import { calendarBlocks, consultationBlocks, institutionsBlocks, prioritizationBlocks } from './process-annexes';
import { coreXml } from './core-xml';
import { reproducible } from './package';
import { Headings, LANG_TAG, lineRuns, paragraph, run, tocField } from './text';

// A4 in twentieths of a point, with the PDF's 50 pt margins.
const A4 = { short: 11906, long: 16838 };
const MARGIN = 1000;
const usableWidth = (layout: PageLayout) => (layout === 'portrait' ? A4.short : A4.long) - 2 * MARGIN;

/** A section of the document: its orientation, its body as WordprocessingML, and whether its pages have the footer (all but the plan's cover). */
interface Part {
  layout: PageLayout;
  body: string;
  footer: boolean;
}

function part(scope: AnnexScope, headings: Headings, layout: PageLayout, fill: (sink: Sink) => void): Part {
  const sink: Sink = { scope, width: usableWidth(layout), out: [], headings };
  fill(sink);
  return { layout, body: sink.out.join(''), footer: true };
}

const ANNEX_BLOCKS: Readonly<Record<AnnexName, (sink: Sink) => void>> = {
  institutions: institutionsBlocks,
  calendar: calendarBlocks,
  'action-plan': actionPlanBlocks,
  indicators: indicatorBlocks,
  prioritization: prioritizationBlocks,
  consultation: consultationBlocks,
};

/** An annex under its title (Heading 1), in its orientation. */
function annexPart(scope: AnnexScope, headings: Headings, annex: AnnexName): Part {
  return part(scope, headings, ANNEX_LAYOUT[annex], (sink) => {
    sink.out.push(headings.heading(printLabel(`print.annex.${annex}`), scope.lang, 1));
    ANNEX_BLOCKS[annex](sink);
  });
}

function coverPart(scope: AnnexScope, dataDate: string): Part {
  const { lang } = scope;
  const placeholder = printLabel('print.missingTranslation');
  const blocks: string[] = [paragraph('', { spaceBefore: 3600 })];
  for (const item of coverItems(scope, dataDate)) {
    const style = { bold: item.bold, size: item.size, color: item.muted ? '555555' : undefined };
    const line = (text: string, l: 'sq' | 'en', italics: boolean, size: number, after: number) =>
      paragraph(run(text, l, { ...style, italics, size }), { align: 'center', spaceAfter: Math.round(after * 20) });
    const sq = oneLine(item.text, 'sq', placeholder);
    const en = oneLine(item.text, 'en', placeholder);
    if (item.oneLine || lang !== 'bilingual') blocks.push(line(oneLine(item.text, lang, placeholder), lang === 'en' ? 'en' : 'sq', false, item.size, item.after));
    else if (sq === en) blocks.push(line(sq, 'sq', false, item.size, item.after));
    else blocks.push(line(sq, 'sq', false, item.size, item.size * 0.25), line(en, 'en', true, item.size * 0.9, item.after));
  }
  return { layout: 'portrait', body: blocks.join(''), footer: false };
}

/** The contents' title and the TOC field over every heading of levels 1–3 (known once the parts after it are written). */
function contentsPart(scope: AnnexScope, headings: Headings): Part {
  const title = paragraph(lineRuns(printLabel('print.plan.contents'), scope.lang, { bold: true, size: 16 }), { keepNext: true, spaceAfter: 240 });
  return { layout: 'portrait', body: title + tocField(headings.entries, usableWidth('portrait')), footer: true };
}

function planParts(scope: AnnexScope, dataDate: string): Part[] {
  const headings = new Headings();
  const body = [
    ...frontParts(scope).map((fp) => part(scope, headings, 'portrait', (sink) => frontPartBlocks(sink, fp))),
    part(scope, headings, 'portrait', (sink) => {
      sink.out.push(headings.heading(printLabel('print.plan.introduction'), scope.lang, 1));
      introductionBlocks(sink);
    }),
    ...ANNEX_ORDER.map((annex) => annexPart(scope, headings, annex)),
  ];
  return [coverPart(scope, dataDate), contentsPart(scope, headings), ...body];
}

function draftHeader(lang: EditionLang): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [new TextRun({ text: draftMarkText(lang), bold: true, color: 'B0413E', size: 22, language: { value: LANG_TAG[lang === 'en' ? 'en' : 'sq'] } })],
      }),
    ],
  });
}

const PAGE = '\u0001';
const PAGES = '\u0002';

/**
 * The PDF's footer: "Faqe X nga Y · Të dhënat më dd.mm.yyyy", or in the
 * bilingual edition "Faqe X nga Y / Page X of Y · dd.mm.yyyy", with X and Y
 * as Word's PAGE and NUMPAGES fields, each run in its language.
 */
function pageFooter(lang: EditionLang, dataDate: string): Footer {
  const day = formatDate(dataDate);
  const page = printLabel('print.footer.page', { page: PAGE, pages: PAGES });
  const pieces: [string, 'sq' | 'en'][] =
    lang === 'bilingual' ? [[page.sq, 'sq'], [' / ', 'sq'], [page.en, 'en'], [` · ${day}`, 'sq']] : [[`${page[lang]} · ${labelIn(lang, 'print.footer.dataAsOf', { date: day })}`, lang]];
  const children = pieces.flatMap(([text, l]) =>
    text
      .split(/(\u0001|\u0002)/)
      .filter((x) => x !== '')
      .map((x) => {
        const style = { size: 16, color: '555555', language: { value: LANG_TAG[l] } };
        if (x === PAGE) return new TextRun({ ...style, children: [PageNumber.CURRENT] });
        if (x === PAGES) return new TextRun({ ...style, children: [PageNumber.TOTAL_PAGES] });
        return new TextRun({ ...style, text: x });
      }),
  );
  return new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children })] });
}

const placeholder = (i: number) => `@@plani-part-${i}@@`;

function section(p: Part, i: number, header: Header | undefined, footer: Footer): ISectionOptions {
  return {
    properties: {
      page: {
        size: { width: A4.short, height: A4.long, orientation: p.layout === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
        margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
      },
    },
    ...(header ? { headers: { default: header } } : {}),
    // A section without a footer of its own would take the one before it: the cover's is an empty paragraph (a footer part holds at least one).
    footers: { default: p.footer ? footer : new Footer({ children: [new Paragraph({})] }) },
    // The placeholder, then an empty paragraph: docx puts the section's properties into the last paragraph of it.
    children: [new Paragraph({ children: [new TextRun(placeholder(i))] }), new Paragraph({})],
  };
}

/** docx's document.xml with each section's placeholder paragraph replaced by its body. */
function fillSections(xml: string, parts: readonly Part[]): string {
  return xml.replace(/<w:p>(?:(?!<w:p>).)*?@@plani-part-(\d+)@@.*?<\/w:p>/g, (_, i: string) => parts[Number(i)]!.body);
}

export interface DocxFile {
  fileName: string;
  bytes: Buffer;
}

/**
 * The .docx of `req` from plain data. `now` is the clock the readiness of a
 * final export is judged by (a commitment's deadline, say), never written
 * into the file.
 */
export async function renderDocx(data: PrintData, req: DocxRequest, now: Date): Promise<DocxFile> {
  if (req.component !== undefined && !hasComponent(data, req.component)) throw new AppError('unknown-component', { params: { code: req.component } });
  assertPrintAllowed(data, req, now);
  const scope = scopeOf(data, req);
  const annexes = req.annex === 'plan' ? ANNEX_ORDER : [req.annex];
  const records = [...(req.annex === 'plan' ? frontRecords(scope) : []), ...annexes.flatMap((a) => [...ANNEX_RECORDS[a](scope)])];
  const dataDate = latestUpdate(records, data.cycle.periodStart);
  const parts = req.annex === 'plan' ? planParts(scope, dataDate) : [annexPart(scope, new Headings(), req.annex)];
  const header = req.mode === 'final' ? undefined : draftHeader(req.lang);
  const footer = pageFooter(req.lang, dataDate);
  const placeholder = printLabel('print.missingTranslation');
  const title = oneLine(printLabel(`print.annex.${req.annex}`), req.lang, placeholder);
  const author = data.printedBy.name;
  const creator = req.lang === 'en' ? author.en || author.sq : author.sq || author.en;
  const doc = new Document({
    creator,
    title,
    subject: oneLine(data.cycle.title, req.lang, placeholder),
    styles: { default: { document: { run: { language: { value: LANG_TAG[req.lang === 'en' ? 'en' : 'sq'] } } } } },
    sections: parts.map((p, i) => section(p, i, header, footer)),
  });
  const core = coreXml({ title, subject: oneLine(data.cycle.title, req.lang, placeholder), creator, date: dataDate, language: LANG_TAG[req.lang === 'en' ? 'en' : 'sq'] });
  const bytes = await Packer.toBuffer(doc, false, [{ path: 'docProps/core.xml', data: core }]);
  return { fileName: printFileName(data, req.annex, req.lang, req.component, 'docx'), bytes: await reproducible(Buffer.from(bytes), dataDate, (xml) => fillSections(xml, parts)) };
}
