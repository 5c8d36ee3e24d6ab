// What can be printed: the annexes of the action plan and the consolidated
// plan, in one language or both. Shared by the CLI (`ogp-drafter pdf`), the
// API (`pdf.*`) and the Print / Export PDF screen.
import { z } from 'zod';
import { ComponentCode } from './primitives';

/** In the order the consolidated plan prints them; 'plan' is the whole document. */
export const PRINT_ANNEXES = ['institutions', 'calendar', 'action-plan', 'indicators', 'prioritization', 'consultation', 'plan'] as const;
export const PrintAnnex = z.enum(PRINT_ANNEXES);
export type PrintAnnex = z.infer<typeof PrintAnnex>;

export const PRINT_LANGS = ['sq', 'en', 'bilingual'] as const;
export const PrintLang = z.enum(PRINT_LANGS);
export type PrintLang = z.infer<typeof PrintLang>;

/**
 * A draft carries a "PROJEKT / DRAFT" mark on every page and shows what is
 * still to be filled in; a final print is clean, archival (PDF/A) and offered
 * only when the plan is ready (see print readiness).
 */
export const PRINT_MODES = ['draft', 'final'] as const;
export const PrintMode = z.enum(PRINT_MODES);
export type PrintMode = z.infer<typeof PrintMode>;

export const PrintRequest = z.strictObject({
  annex: PrintAnnex,
  lang: PrintLang,
  /** Omitted: a draft. */
  mode: PrintMode.optional(),
  /** Print this component only; omitted: every component of the cycle. */
  component: ComponentCode.optional(),
});
export type PrintRequest = z.infer<typeof PrintRequest>;

/** The documents that also export to Word (.docx): every one, with the PDF's content in the PDF's order. */
export const DOCX_ANNEXES = PRINT_ANNEXES;
export const DocxAnnex = z.enum(DOCX_ANNEXES);
export type DocxAnnex = z.infer<typeof DocxAnnex>;

/** A Word export: as a print request, of a document that exports to Word. */
export const DocxRequest = PrintRequest.extend({ annex: DocxAnnex });
export type DocxRequest = z.infer<typeof DocxRequest>;

export const PRINT_JOB_STATES = ['running', 'done', 'failed', 'cancelled'] as const;
export const PrintJobId = z.string().regex(/^[0-9a-f-]{36}$/, { message: 'bad-id' });
export const PrintJobStatus = z.strictObject({
  jobId: PrintJobId,
  state: z.enum(PRINT_JOB_STATES),
  /** Work units done and in all (commitments, tables…), for a progress bar. */
  done: z.int().min(0),
  total: z.int().min(0),
  /** Set once done. */
  pages: z.int().min(0).nullable(),
  bytes: z.int().min(0).nullable(),
  /** Set when failed: an error code of shared/api/errors. */
  error: z.string().nullable(),
});
export type PrintJobStatus = z.infer<typeof PrintJobStatus>;
