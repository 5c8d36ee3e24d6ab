// The printed annexes (electron/services/api/handlers/print.ts).
//
// Printing runs as a job in a worker thread so the window stays responsive:
// start it, poll its status for progress, then fetch the PDF once. A job's
// result is kept until it is fetched or cancelled (at most a few jobs).
// A final print is offered only when the plan is ready (print.readiness).
// The Word export (docx.export) is one call: it is made in well under the
// time a PDF job takes, so it needs no job of its own.
import { z } from 'zod';
import { DocxRequest, PrintJobId, PrintJobStatus, PrintRequest } from '../../model/print';
import { PrintReadiness, ReadinessRequest } from '../../quality/print-readiness';
import { method, NoInput } from './method';

export const printMethods = {
  /** Readies a print worker (the Print screen calls it when it opens) so the first print does not pay its start. */
  'pdf.prepare': method(NoInput, z.strictObject({ started: z.boolean() })),
  /** Whether a final print of this annex (and component) may be made, and what stands in the way. */
  'print.readiness': method(ReadinessRequest, PrintReadiness),
  /** A final print that is not ready is refused with 'print-not-ready' (print.readiness lists why). */
  'pdf.start': method(PrintRequest, PrintJobStatus),
  'pdf.status': method(z.strictObject({ jobId: PrintJobId }), PrintJobStatus),
  'pdf.result': method(
    z.strictObject({ jobId: PrintJobId }),
    z.strictObject({ fileName: z.string(), dataBase64: z.string(), pages: z.int().min(0), bytes: z.int().min(0) }),
  ),
  'pdf.cancel': method(z.strictObject({ jobId: PrintJobId }), PrintJobStatus),
  /** The document as a Word file (.docx); a final one that is not ready is refused with 'print-not-ready', as pdf.start. */
  'docx.export': method(DocxRequest, z.strictObject({ fileName: z.string(), dataBase64: z.string(), bytes: z.int().min(0) })),
} as const;
