// One printed document of the workspace's current cycle, as PDF bytes: a
// single annex or the consolidated plan. The data date (creation date,
// footer) is the latest updatedAt of what is printed, so printing unchanged
// data twice gives the same file.
import { AppError } from '../../../shared/api/errors';
import type { Workspace } from '../workspace/workspace';
import { latestUpdate } from './annexes/common';
import { renderPlan } from './annexes/plan';
import { annexTitle, printDocument, type Progress, progressCounter, type RenderRequest, SECTIONS, sectionInput, sectionScope } from './annexes/sections';
import { finishDocument, printLabel } from './document';
import { draftMark } from './draft-mark';
import { bilingualHeading, headingLines, TWO_LINES } from './annexes/fill';
import { hasComponent, loadPrintData, type PrintData } from './print-data';

export type { Progress, RenderRequest } from './annexes/sections';

export interface Rendered {
  bytes: Buffer;
  pages: number;
}

/** Renders from plain data only: this is what the print worker runs. */
export async function renderDocument(data: PrintData, req: RenderRequest, onProgress?: Progress): Promise<Rendered> {
  if (req.component !== undefined && !hasComponent(data, req.component)) {
    throw new AppError('unknown-component', { params: { code: req.component } });
  }
  if (req.annex === 'plan') return renderPlan(data, req, onProgress);
  const section = SECTIONS[req.annex];
  const title = annexTitle(req.annex, req.lang);
  const probe = sectionScope(data, req);
  const doc = printDocument(data, req, {
    title,
    dataDate: latestUpdate(section.records(probe), data.cycle.periodStart),
    layout: section.layout,
  });
  const tick = progressCounter(Math.max(1, section.units(probe)), onProgress);
  const label = printLabel(`print.annex.${req.annex}`);
  bilingualHeading(doc, label, req.lang, 1, TWO_LINES);
  section.render(doc, sectionInput(doc, data, req, tick));
  const pages = doc.bufferedPageRange().count;
  // The running header in the edition's language(s), one line each, as the plan's.
  const header = headingLines(label, req.lang).join('\n');
  const decorate = req.mode === 'final' ? undefined : draftMark(doc, req.lang);
  return { bytes: await finishDocument(doc, { header: () => header, ...(decorate ? { decorate } : {}) }), pages };
}

export interface RenderOptions extends RenderRequest {
  ws: Workspace;
}

/** Reads the workspace and renders in this thread (the CLI and tests). */
export async function renderAnnexWithInfo(opts: RenderOptions, onProgress?: Progress): Promise<Rendered> {
  const { ws, ...req } = opts;
  return renderDocument(await loadPrintData(ws), req, onProgress);
}

export async function renderAnnex(opts: RenderOptions): Promise<Buffer> {
  return (await renderAnnexWithInfo(opts)).bytes;
}

export { printFileName } from '../print-content/file-name';
