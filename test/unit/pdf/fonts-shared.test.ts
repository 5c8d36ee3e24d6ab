// The fonts are parsed once per process and shared by every document (see
// startDocumentFonts in fonts.ts). A print must not depend on what was
// printed before it in the same process: each document below, printed after
// every other annex in every language, is byte-for-byte the document a fresh
// process (fresh module instances, fresh font parse) prints from the same data.
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { importInterchange } from '../../../electron/services/interchange';
import { loadPrintData, type PrintData } from '../../../electron/services/pdf/print-data';
import { renderDocument } from '../../../electron/services/pdf/render';
import { openWorkspace } from '../../../electron/services/workspace/workspace';
import { PRINT_ANNEXES, PRINT_LANGS, type PrintAnnex, type PrintLang } from '../../../shared/model/print';
import { syntheticPlan } from '../../fixtures/synthetic-plan';
import { type TempWorkspace, tempWorkspace } from '../../helpers/temp-workspace';

let tw: TempWorkspace;
let data: PrintData;

beforeAll(async () => {
  tw = await tempWorkspace({ role: 'poc', institution: 'POC' });
  const ws = await openWorkspace(tw.dir);
  try {
    await importInterchange(ws.store, syntheticPlan({ commitments: 6, milestonesPer: 2, indicatorsPer: 2, owner: null }));
    data = await loadPrintData(ws);
  } finally {
    await ws.store.close();
  }
});
afterAll(() => tw.cleanup());

/** The same render from freshly imported modules: a new font parse, no cache from earlier prints. */
async function coldRender(annex: PrintAnnex, lang: PrintLang): Promise<Buffer> {
  vi.resetModules();
  const fresh = (await import('../../../electron/services/pdf/render')) as typeof import('../../../electron/services/pdf/render');
  expect(fresh.renderDocument).not.toBe(renderDocument);
  return (await fresh.renderDocument(structuredClone(data), { annex, lang })).bytes;
}

it('prints every document the same after many other prints as in a fresh process', async () => {
  // Warm this module instance's fonts with everything, Albanian first, English last.
  for (const lang of PRINT_LANGS) for (const annex of PRINT_ANNEXES) await renderDocument(data, { annex, lang });
  for (const annex of PRINT_ANNEXES) {
    const lang: PrintLang = annex === 'plan' ? 'bilingual' : 'sq';
    const warm = (await renderDocument(data, { annex, lang })).bytes;
    expect(warm.equals(await coldRender(annex, lang)), `${annex}/${lang}`).toBe(true);
  }
}, 120_000);
