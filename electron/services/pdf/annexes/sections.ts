// The printable annexes, in the order the consolidated plan prints them, and
// what every printed document shares: its metadata, its input, its progress.
import { scopeOf } from '../../print-content/scope';
import type { PrintAnnex, PrintRequest } from '../../../../shared/model/print';
import { ANNEX_ORDER, type AnnexName } from '../../print-content/annexes';
import { createDocument, type Doc, printLabel } from '../document';
import type { PrintData } from '../print-data';
import { actionPlanSection } from './action-plan';
import { calendarSection } from './calendar';
import { type AnnexInput, type AnnexScope, oneLine, type Section } from './common';
import { consultationSection } from './consultation';
import { indicatorsSection } from './indicators';
import { institutionsSection } from './institutions';
import { prioritizationSection } from './prioritization';

export type SectionName = AnnexName;

export const SECTIONS: Readonly<Record<SectionName, Section>> = {
  institutions: institutionsSection,
  calendar: calendarSection,
  'action-plan': actionPlanSection,
  indicators: indicatorsSection,
  prioritization: prioritizationSection,
  consultation: consultationSection,
};
export const SECTION_ORDER: readonly SectionName[] = ANNEX_ORDER;

export interface RenderRequest extends PrintRequest {
  /** Folder of the Noto Sans files (see fonts.ts); default: found next to the app. */
  fontDir?: string;
}

/** Called with the units done and the units in all; `done` only grows. */
export type Progress = (done: number, total: number) => void;

/** A tick function for AnnexInput that reports through onProgress. */
export function progressCounter(total: number, onProgress?: Progress): () => void {
  let done = 0;
  return () => {
    done = Math.min(done + 1, total);
    onProgress?.(done, total);
  };
}

/** The title of an annex (or of the plan) as printed in the chosen language(s). */
export function annexTitle(annex: PrintAnnex, lang: PrintRequest['lang']): string {
  return oneLine(printLabel(`print.annex.${annex}`), lang, printLabel('print.missingTranslation'));
}

export function sectionScope(data: PrintData, req: PrintRequest): AnnexScope {
  return scopeOf(data, req);
}

export function sectionInput(doc: Doc, data: PrintData, req: PrintRequest, tick: () => void, outline: PDFKit.PDFOutline = doc.outline): AnnexInput {
  return { ...sectionScope(data, req), outline, tick };
}

/** A document with the metadata every print carries: title, author institution, cycle, language, data date. */
export function printDocument(data: PrintData, req: RenderRequest, opts: { title: string; dataDate: string; layout: 'portrait' | 'landscape' }): Doc {
  const placeholder = printLabel('print.missingTranslation');
  const author = data.printedBy.name;
  return createDocument({
    title: opts.title,
    author: req.lang === 'en' ? author.en || author.sq : author.sq || author.en,
    subject: oneLine(data.cycle.title, req.lang, placeholder),
    lang: req.lang,
    dataDate: opts.dataDate,
    layout: opts.layout,
    fontDir: req.fontDir,
    mode: req.mode,
  });
}
