// (being written) The consolidated plan: cover, table of contents, an introduction per component, then every annex.
import { finishDocument } from '../document';
import type { PrintData } from '../print-data';
import { latestUpdate } from './common';
import { annexTitle, printDocument, type Progress, progressCounter, type RenderRequest, SECTION_ORDER, SECTIONS, sectionInput, sectionScope } from './sections';
import { heading } from '../text';
import { startSection } from '../document';

export async function renderPlan(data: PrintData, req: RenderRequest, onProgress?: Progress): Promise<{ bytes: Buffer; pages: number }> {
  const title = annexTitle('plan', req.lang);
  const probe = sectionScope(data, req);
  const records = SECTION_ORDER.flatMap((name) => [...SECTIONS[name].records(probe)]);
  const doc = printDocument(data, req, { title, dataDate: latestUpdate(records, data.cycle.periodStart), layout: 'portrait' });
  const total = SECTION_ORDER.reduce((n, name) => n + SECTIONS[name].units(probe), 0);
  const tick = progressCounter(total, onProgress);
  heading(doc, title, 1);
  for (const name of SECTION_ORDER) {
    startSection(doc, SECTIONS[name].layout);
    heading(doc, annexTitle(name, req.lang), 1);
    SECTIONS[name].render(doc, sectionInput(doc, data, req, tick));
  }
  const pages = doc.bufferedPageRange().count;
  return { bytes: await finishDocument(doc, { header: () => title }), pages };
}
