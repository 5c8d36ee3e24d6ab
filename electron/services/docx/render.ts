// One printed document of the current cycle as a Word file (.docx): Annex
// VI/VII, Annex IX or the consolidated plan (cover, a table-of-contents field,
// front matter, the introduction per component, the action plan, the
// indicators), in sq, en or both, from the same print-content as the PDF. A
// draft carries "PROJEKT / DRAFT" in the header of every page; a final one
// is refused unless the plan is ready (pdf/readiness.ts), as for the PDF.
// Same data, same bytes: the dates in docProps/core.xml and in the zip are
// the data date.
import { AlignmentType, Document, Header, Packer, PageOrientation, Paragraph, type ISectionOptions, TableOfContents } from 'docx';
import { AppError } from '../../../shared/api/errors';
import type { DocxRequest } from '../../../shared/model/print';
import { coverItems } from '../print-content/cover';
import { oneLine } from '../print-content/decide';
import { printFileName } from '../print-content/file-name';
import { frontParts, frontRecords } from '../print-content/front';
import { draftMarkText, type EditionLang, printLabel } from '../print-content/labels';
import { type AnnexScope, commitmentRecords, latestUpdate, scopeOf } from '../print-content/scope';
import { hasComponent, type PrintData } from '../pdf/print-data';
import { assertPrintAllowed } from '../pdf/readiness';
import { actionPlanBlocks, type Block, frontPartBlocks, indicatorBlocks, introductionBlocks, type Sink } from './annexes';
import { coreXml } from './core-xml';
import { heading, LANG_TAG, lineRuns, run } from './text';
import { reproducible } from './package';

// A4 in twentieths of a point, with the PDF's 50 pt margins.
const A4 = { short: 11906, long: 16838 };
const MARGIN = 1000;
type Layout = 'portrait' | 'landscape';
const usableWidth = (layout: Layout) => (layout === 'portrait' ? A4.short : A4.long) - 2 * MARGIN;

interface Part {
  layout: Layout;
  blocks: Block[];
}

function part(scope: AnnexScope, layout: Layout, fill: (sink: Sink) => void): Part {
  const sink: Sink = { scope, width: usableWidth(layout), out: [] };
  fill(sink);
  return { layout, blocks: sink.out };
}

/** An annex under its title (Heading 1). */
function annexPart(scope: AnnexScope, annex: 'action-plan' | 'indicators'): Part {
  return part(scope, annex === 'indicators' ? 'landscape' : 'portrait', (sink) => {
    sink.out.push(heading(printLabel(`print.annex.${annex}`), scope.lang, 1));
    (annex === 'indicators' ? indicatorBlocks : actionPlanBlocks)(sink);
  });
}

function coverPart(scope: AnnexScope, dataDate: string): Part {
  const { lang } = scope;
  const placeholder = printLabel('print.missingTranslation');
  const blocks: Block[] = [new Paragraph({ spacing: { before: 3600 }, children: [] })];
  for (const item of coverItems(scope, dataDate)) {
    const style = { bold: item.bold, size: item.size, color: item.muted ? '555555' : undefined };
    const line = (text: string, l: 'sq' | 'en', italics: boolean, size: number, after: number) =>
      new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: Math.round(after * 20) }, children: [run(text, l, { ...style, italics, size })] });
    const sq = oneLine(item.text, 'sq', placeholder);
    const en = oneLine(item.text, 'en', placeholder);
    if (item.oneLine || lang !== 'bilingual') blocks.push(line(oneLine(item.text, lang, placeholder), lang === 'en' ? 'en' : 'sq', false, item.size, item.after));
    else if (sq === en) blocks.push(line(sq, 'sq', false, item.size, item.after));
    else blocks.push(line(sq, 'sq', false, item.size, item.size * 0.25), line(en, 'en', true, item.size * 0.9, item.after));
  }
  return { layout: 'portrait', blocks };
}

function contentsPart(scope: AnnexScope): Part {
  const title = printLabel('print.plan.contents');
  const titleText = oneLine(title, scope.lang, printLabel('print.missingTranslation'));
  return {
    layout: 'portrait',
    blocks: [
      new Paragraph({ keepNext: true, spacing: { after: 240 }, children: lineRuns(title, scope.lang, { bold: true, size: 16 }) }),
      // A real TOC field over Heading 1–3, with links; Word fills in the page numbers when it updates the field.
      new TableOfContents(titleText, { hyperlink: true, headingStyleRange: '1-3' }) as unknown as Block,
    ],
  };
}

function planParts(scope: AnnexScope, dataDate: string): Part[] {
  return [
    coverPart(scope, dataDate),
    contentsPart(scope),
    ...frontParts(scope).map((fp) => part(scope, 'portrait', (sink) => frontPartBlocks(sink, fp))),
    part(scope, 'portrait', (sink) => {
      sink.out.push(heading(printLabel('print.plan.introduction'), scope.lang, 1));
      introductionBlocks(sink);
    }),
    annexPart(scope, 'action-plan'),
    annexPart(scope, 'indicators'),
  ];
}

function draftHeader(lang: EditionLang): Header {
  return new Header({
    children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(draftMarkText(lang), lang === 'en' ? 'en' : 'sq', { bold: true, color: 'B0413E', size: 11 })] })],
  });
}

function section(p: Part, header: Header | undefined): ISectionOptions {
  return {
    properties: {
      page: {
        size: { width: A4.short, height: A4.long, orientation: p.layout === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
        margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
      },
    },
    ...(header ? { headers: { default: header } } : {}),
    children: p.blocks,
  };
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
  const parts = req.annex === 'plan' ? planParts(scope, dataDate) : [annexPart(scope, req.annex)];
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
    sections: parts.map((p) => section(p, header)),
  });
  const core = coreXml({ title, subject: oneLine(data.cycle.title, req.lang, placeholder), creator, date: dataDate, language: LANG_TAG[req.lang === 'en' ? 'en' : 'sq'] });
  const bytes = await Packer.toBuffer(doc, false, [{ path: 'docProps/core.xml', data: core }]);
  return { fileName: printFileName(data, req.annex, req.lang, req.component, 'docx'), bytes: reproducible(Buffer.from(bytes), dataDate) };
}
