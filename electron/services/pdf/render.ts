// One printed annex of the workspace's current cycle, as PDF bytes. The data
// date (creation date, footer) is the latest updatedAt of what is printed, so
// printing unchanged data twice gives the same file.
import { AppError } from '../../../shared/api/errors';
import type { Commitment } from '../../../shared/model/plan';
import { readReviews } from '../bundles/state';
import { loadPlanInput } from '../quality/plan-report';
import type { Workspace } from '../workspace/workspace';
import { renderActionPlan } from './annexes/action-plan';
import { type AnnexInput, type AnnexPlan, latestUpdate, oneLine } from './annexes/common';
import { renderIndicators } from './annexes/indicators';
import { renderInstitutions } from './annexes/institutions';
import { createDocument, type Doc, finishDocument, type PdfLang, printLabel } from './document';

export const ANNEXES = ['institutions', 'action-plan', 'indicators'] as const;
export type AnnexName = (typeof ANNEXES)[number];

const RENDERERS: Record<AnnexName, (doc: Doc, input: AnnexInput) => void> = {
  institutions: renderInstitutions,
  'action-plan': renderActionPlan,
  indicators: renderIndicators,
};

export interface RenderOptions {
  ws: Workspace;
  annex: AnnexName;
  lang: PdfLang;
  /** A component code: print that component only. */
  component?: string;
  now: Date;
  fontDir?: string;
}

/** The POC numbers commitments in its reviews; an LFP prints the commitment's own number. */
async function withPlanNumbers(ws: Workspace, commitments: readonly Commitment[]): Promise<readonly Commitment[]> {
  if (ws.info.role !== 'poc') return commitments;
  const numbers = new Map((await readReviews(ws.store.db)).map((r) => [r.commitmentId, r.planNumber]));
  return commitments.map((c) => ({ ...c, planNumber: numbers.get(c.id) || c.planNumber }));
}

export async function renderAnnexWithInfo(opts: RenderOptions): Promise<{ bytes: Buffer; pages: number }> {
  const input = await loadPlanInput(opts.ws, { now: opts.now });
  const { cycle, reference } = input;
  if (!cycle) throw new AppError('not-found', { params: { id: opts.ws.info.currentCycleId } });
  if (opts.component !== undefined && !reference.components.some((c) => c.cycleId === cycle.id && c.code === opts.component)) {
    throw new AppError('not-found', { params: { id: opts.component } });
  }
  const commitments = (await withPlanNumbers(opts.ws, input.commitments)).filter(
    (c) => opts.component === undefined || c.componentCode === opts.component,
  );
  const plan: AnnexPlan = { cycle, reference, commitments };
  const annexInput: AnnexInput = { plan, lang: opts.lang, component: opts.component, t: printLabel };
  const placeholder = printLabel('print.missingTranslation');
  const title = oneLine(printLabel(`print.annex.${opts.annex}`), opts.lang, placeholder);
  const author = opts.ws.info.institution.name;
  const doc = createDocument({
    title,
    author: opts.lang === 'en' ? author.en || author.sq : author.sq || author.en,
    subject: oneLine(cycle.title, opts.lang, placeholder),
    lang: opts.lang,
    // Annex III prints no drafted record; its data are the commitments of the components it lists.
    dataDate: latestUpdate(commitments, cycle.periodStart),
    layout: opts.annex === 'indicators' ? 'landscape' : 'portrait',
    fontDir: opts.fontDir,
  });
  RENDERERS[opts.annex](doc, annexInput);
  const pages = doc.bufferedPageRange().count;
  const bytes = await finishDocument(doc, { header: () => title });
  return { bytes, pages };
}

export async function renderAnnex(opts: RenderOptions): Promise<Buffer> {
  return (await renderAnnexWithInfo(opts)).bytes;
}
