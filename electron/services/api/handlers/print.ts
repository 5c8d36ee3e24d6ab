// Printing as jobs (see electron/services/pdf/jobs.ts): start (answers at
// once, rendering goes on in a worker thread), poll, fetch once, cancel;
// and whether a final print may be made (pdf/readiness.ts); the Word export
// in one call (docx/render.ts), gated the same way.
import { loadPrintData } from '../../pdf/print-data';
import { loadPrintReadiness } from '../../pdf/readiness';
import type { PlaniContext } from '../context';
import type { Handlers } from '../dispatch';

type PrintMethods = 'print.readiness' | 'pdf.prepare' | 'pdf.start' | 'pdf.status' | 'pdf.result' | 'pdf.cancel' | 'docx.export';

export function printHandlers(ctx: PlaniContext): Pick<Handlers, PrintMethods> {
  return {
    'print.readiness': async (req) => loadPrintReadiness(await ctx.workspace(), req, ctx.clock()),
    'pdf.prepare': async () => ctx.printJobs.warm(await ctx.workspace()),
    'pdf.start': async (req) => ctx.printJobs.start(await ctx.workspace(), req),
    'pdf.status': async ({ jobId }) => ctx.printJobs.status(jobId),
    'pdf.result': async ({ jobId }) => {
      const { fileName, bytes, pages } = ctx.printJobs.result(jobId);
      return { fileName, dataBase64: bytes.toString('base64'), pages, bytes: bytes.length };
    },
    'pdf.cancel': async ({ jobId }) => ctx.printJobs.cancel(jobId),
    'docx.export': async (req) => {
      // The docx package loads with the first Word export, not with the app.
      const { renderDocx } = await import('../../docx/render');
      const { fileName, bytes } = await renderDocx(await loadPrintData(await ctx.workspace()), req, ctx.clock());
      return { fileName, dataBase64: bytes.toString('base64'), bytes: bytes.length };
    },
  };
}
