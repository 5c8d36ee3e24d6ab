// The consolidated national action plan as one document: the cover, the
// table of contents, an introduction per component, then every annex in
// SECTION_ORDER, each from a new page in its own orientation, with a root
// bookmark per part and the annex's own bookmarks under it. The table of
// contents needs the pages of headings that are laid out after it, so its
// pages are reserved first (measured from the data) and written last.
import type { Text } from '../../../../shared/model/primitives';
import { draftMark } from '../draft-mark';
import { currentPageIndex, defaultFooter, type Doc, finishDocument, MARGIN, printLabel, RUNNING_SIZE, startSection, useFont } from '../document';
import type { PrintData } from '../print-data';
import { bilingualHeading, TWO_LINES } from './fill';
import { AnchorBook } from './plan-anchors';
import { renderCover } from './plan-cover';
import { frontEntries, frontRecords, frontUnits, renderFront } from './plan-front';
import { renderIntroductions } from './plan-intro';
import { renderSources } from './plan-sources';
import { PlanProgress } from './plan-progress';
import { drawToc, layoutToc, type TocEntry, type TocTarget } from './plan-toc';
import { type AnnexInput, type AnnexScope, commitmentHeading, commitmentsOf, componentHeading, componentsOf, latestUpdate, oneLine } from './common';
import { annexTitle, printDocument, type Progress, type RenderRequest, SECTION_ORDER, SECTIONS, type SectionName, sectionInput, sectionScope } from './sections';

const INTRODUCTION = 'introduction';
const CONTENTS = 'contents';

/** An entry of the table of contents and the bookmark (root key, child positions) it points to. */
interface PlannedEntry extends TocEntry {
  key: string;
  path: number[];
}

/** Known before the body is laid out: the same titles the parts will print, from the same data. */
function plannedEntries(doc: Doc, scope: AnnexScope, introTitle: string): PlannedEntry[] {
  const placeholder = printLabel('print.missingTranslation');
  const input: AnnexInput = { ...scope, outline: doc.outline, tick: () => {} };
  const components = componentsOf(scope);
  const out: PlannedEntry[] = [...frontEntries(scope, placeholder), { title: introTitle, level: 0, key: INTRODUCTION, path: [] }];
  components.forEach((comp, i) => out.push({ title: componentHeading(input, comp, placeholder), level: 1, key: INTRODUCTION, path: [i] }));
  out.push({ title: oneLine(printLabel('print.plan.sources.title'), scope.lang, placeholder), level: 1, key: INTRODUCTION, path: [components.length] });
  for (const name of SECTION_ORDER) {
    out.push({ title: annexTitle(name, scope.lang), level: 0, key: name, path: [] });
    if (name !== 'action-plan') continue;
    components.forEach((comp, i) => {
      out.push({ title: componentHeading(input, comp, placeholder), level: 1, key: name, path: [i] });
      commitmentsOf(scope, comp.code).forEach((c, j) => out.push({ title: commitmentHeading(c, scope.lang, placeholder), level: 2, key: name, path: [i, j] }));
    });
  }
  return out;
}

/** The running header of each part: the plan's title and the part's, per language. */
function runningHeader(doc: Doc, scope: AnnexScope, part: Text): string {
  const plan = scope.plan.cycle.title;
  const placeholder = printLabel('print.missingTranslation');
  useFont(doc, 'regular', RUNNING_SIZE);
  const width = doc.page.width - MARGIN * 2;
  // A long custom title must not run off the page: then the part's title alone.
  const line = (l: 'sq' | 'en') => {
    const full = `${plan[l].trim() || placeholder[l]} · ${part[l].trim() || placeholder[l]}`;
    return doc.widthOfString(full) <= width ? full : part[l].trim() || placeholder[l];
  };
  return scope.lang === 'bilingual' ? `${line('sq')}\n${line('en')}` : line(scope.lang);
}

export async function renderPlan(data: PrintData, req: RenderRequest, onProgress?: Progress): Promise<{ bytes: Buffer; pages: number }> {
  const scope = sectionScope(data, req);
  const placeholder = printLabel('print.missingTranslation');
  const records = [...frontRecords(scope), ...SECTION_ORDER.flatMap((name) => [...SECTIONS[name].records(scope)])];
  const dataDate = latestUpdate(records, data.cycle.periodStart);
  const doc = printDocument(data, req, { title: annexTitle('plan', req.lang), dataDate, layout: 'portrait' });
  const book = new AnchorBook(doc);
  const components = componentsOf(scope);
  const units = (name: SectionName) => Math.max(1, SECTIONS[name].units(scope));
  // Cover, table of contents (and the front matter, when there is one) one unit each, the introduction one per component and one for the sources.
  const progress = new PlanProgress(3 + frontUnits(scope) + components.length + SECTION_ORDER.reduce((n, name) => n + units(name), 0), onProgress);
  // Which part each page belongs to, for the running header: [first page, title].
  const parts: [number, Text | null][] = [[0, null]];
  const beginPart = (title: Text) => parts.push([currentPageIndex(doc), title]);

  progress.part(1);
  renderCover(doc, scope, dataDate);

  const contents = printLabel('print.plan.contents');
  const contentsTitle = oneLine(contents, req.lang, placeholder);
  const introduction = printLabel('print.plan.introduction');
  const introTitle = oneLine(introduction, req.lang, placeholder);
  const entries = plannedEntries(doc, scope, introTitle);
  startSection(doc, 'portrait');
  const toc = layoutToc(doc, contentsTitle, entries);
  const tocFirst = currentPageIndex(doc);
  beginPart(contents);
  book.root(CONTENTS, contentsTitle);
  for (let i = 1; i < toc.pages; i++) doc.addPage();

  renderFront(doc, scope, book, beginPart, progress.part(frontUnits(scope)));

  const introTick = progress.part(components.length + 1);
  startSection(doc, 'portrait');
  beginPart(introduction);
  bilingualHeading(doc, introduction, req.lang, 1, TWO_LINES);
  const introOutline = book.root(INTRODUCTION, introTitle);
  renderIntroductions(doc, { ...scope, outline: introOutline, tick: introTick });
  renderSources(doc, { ...scope, outline: introOutline, tick: introTick });

  for (const name of SECTION_ORDER) {
    const section = SECTIONS[name];
    const tick = progress.part(units(name));
    startSection(doc, section.layout);
    beginPart(printLabel(`print.annex.${name}`));
    const title = annexTitle(name, req.lang);
    bilingualHeading(doc, printLabel(`print.annex.${name}`), req.lang, 1, TWO_LINES);
    section.render(doc, sectionInput(doc, data, req, tick, book.root(name, title)));
  }

  progress.part(1);
  const first = doc.bufferedPageRange().start;
  const targets = entries.map((e): TocTarget => {
    const anchor = book.find(e.key, e.path)!;
    return { dest: anchor.dest, page: anchor.pageIndex - first + 1 };
  });
  drawToc(doc, tocFirst, contentsTitle, entries, toc, targets);
  progress.finishPart();

  const pages = doc.bufferedPageRange().count;
  const header = (pageIndex: number) => {
    let title: Text | null = null;
    for (const [start, t] of parts) if (start <= pageIndex) title = t;
    return title ? runningHeader(doc, scope, title) : '';
  };
  // The cover carries no running footer; it is still page 1 of the count.
  const pageFooter = defaultFooter(req.lang, dataDate);
  const footer = (p: { page: number; pages: number }) => (p.page === 1 ? '' : pageFooter(p));
  const decorate = req.mode === 'final' ? undefined : draftMark(doc, req.lang);
  return { bytes: await finishDocument(doc, { header, footer, ...(decorate ? { decorate } : {}) }), pages };
}
