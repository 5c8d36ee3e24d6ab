// One printed document of the current cycle as a Word file (.docx): Annex
// VI/VII, Annex IX or the consolidated plan (cover, a table-of-contents field,
// front matter, the introduction per component, the action plan, the
// indicators), in sq, en or both, from the same print-content as the PDF. A
// draft carries "PROJEKT / DRAFT" in the header of every page; a final one
// is refused unless the plan is ready (pdf/readiness.ts), as for the PDF.
// Same data, same bytes: the dates in docProps/core.xml and in the zip are
// the data date.
//
// The body is WordprocessingML written by text.ts and table.ts; the docx
// library writes the package around it (styles, settings, the sections'
// page setup and headers) from one placeholder paragraph per section, which
// the body of that section then replaces.
import { AppError } from '../../../shared/api/errors';
import { AlignmentType, Document, Header, Packer, PageOrientation, Paragraph, type ISectionOptions, TextRun } from 'docx';
import type { DocxRequest } from '../../../shared/model/print';
import { coverItems } from '../print-content/cover';
import { oneLine } from '../print-content/decide';
import { printFileName } from '../print-content/file-name';
import { frontParts, frontRecords } from '../print-content/front';
import { draftMarkText, type EditionLang, printLabel } from '../print-content/labels';
import { type AnnexScope, commitmentRecords, latestUpdate, scopeOf } from '../print-content/scope';
import { hasComponent, type PrintData } from '../pdf/print-data';
import { assertPrintAllowed } from '../pdf/readiness';
import { actionPlanBlocks, frontPartBlocks, indicatorBlocks, introductionBlocks, type Sink } from './annexes';
import { coreXml } from './core-xml';
import { reproducible } from './package';
import { Headings, LANG_TAG, lineRuns, paragraph, run, tocField } from './text';

// A4 in twentieths of a point, with the PDF's 50 pt margins.
const A4 = { short: 11906, long: 16838 };
const MARGIN = 1000;
type Layout = 'portrait' | 'landscape';
const usableWidth = (layout: Layout) => (layout === 'portrait' ? A4.short : A4.long) - 2 * MARGIN;

/** A section of the document: its orientation and its body, as WordprocessingML. */
interface Part {
  layout: Layout;
  body: string;
}

function part(scope: AnnexScope, headings: Headings, layout: Layout, fill: (sink: Sink) => void): Part {
  const sink: Sink = { scope, width: usableWidth(layout), out: [], headings };
  fill(sink);
  return { layout, body: sink.out.join('') };
}

/** An annex under its title (Heading 1). */
function annexPart(scope: AnnexScope, headings: Headings, annex: 'action-plan' | 'indicators'): Part {
  return part(scope, headings, annex === 'indicators' ? 'landscape' : 'portrait', (sink) => {
    sink.out.push(headings.heading(printLabel(`print.annex.${annex}`), scope.lang, 1));
    (annex === 'indicators' ? indicatorBlocks : actionPlanBlocks)(sink);
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
  return { layout: 'portrait', body: blocks.join('') };
}

/** The contents' title and the TOC field over every heading of levels 1–3 (known once the parts after it are written). */
function contentsPart(scope: AnnexScope, headings: Headings): Part {
  const title = paragraph(lineRuns(printLabel('print.plan.contents'), scope.lang, { bold: true, size: 16 }), { keepNext: true, spaceAfter: 240 });
  return { layout: 'portrait', body: title + tocField(headings.entries, usableWidth('portrait')) };
}

function planParts(scope: AnnexScope, dataDate: string): Part[] {
  const headings = new Headings();
  const body = [
    ...frontParts(scope).map((fp) => part(scope, headings, 'portrait', (sink) => frontPartBlocks(sink, fp))),
    part(scope, headings, 'portrait', (sink) => {
      sink.out.push(headings.heading(printLabel('print.plan.introduction'), scope.lang, 1));
      introductionBlocks(sink);
    }),
    annexPart(scope, headings, 'action-plan'),
    annexPart(scope, headings, 'indicators'),
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

const placeholder = (i: number) => `@@plani-part-${i}@@`;

function section(p: Part, i: number, header: Header | undefined): ISectionOptions {
  return {
    properties: {
      page: {
        size: { width: A4.short, height: A4.long, orientation: p.layout === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
        margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
      },
    },
    ...(header ? { headers: { default: header } } : {}),
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
  const records = req.annex === 'plan' ? [...frontRecords(scope), ...commitmentRecords(scope)] : [...commitmentRecords(scope)];
  const dataDate = latestUpdate(records, data.cycle.periodStart);
  const parts = req.annex === 'plan' ? planParts(scope, dataDate) : [annexPart(scope, new Headings(), req.annex)];
  const header = req.mode === 'final' ? undefined : draftHeader(req.lang);
  const placeholder = printLabel('print.missingTranslation');
  const title = oneLine(printLabel(`print.annex.${req.annex}`), req.lang, placeholder);
  const author = data.printedBy.name;
  const creator = req.lang === 'en' ? author.en || author.sq : author.sq || author.en;
  const doc = new Document({
    creator,
    title,
    subject: oneLine(data.cycle.title, req.lang, placeholder),
    styles: { default: { document: { run: { language: { value: LANG_TAG[req.lang === 'en' ? 'en' : 'sq'] } } } } },
    sections: parts.map((p, i) => section(p, i, header)),
  });
  const core = coreXml({ title, subject: oneLine(data.cycle.title, req.lang, placeholder), creator, date: dataDate, language: LANG_TAG[req.lang === 'en' ? 'en' : 'sq'] });
  const bytes = await Packer.toBuffer(doc, false, [{ path: 'docProps/core.xml', data: core }]);
  return { fileName: printFileName(data, req.annex, req.lang, req.component, 'docx'), bytes: reproducible(Buffer.from(bytes), dataDate, (xml) => fillSections(xml, parts)) };
}
