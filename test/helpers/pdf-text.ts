// Reads a generated PDF back with pdf.js, as a person's viewer would: the
// text of each page and the document information.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

export interface ExtractedPdf {
  pages: string[];
  info: Record<string, unknown>;
}

export async function extractPdf(buf: Buffer): Promise<ExtractedPdf> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // Node has no web worker: point pdf.js at its worker module, which it then
  // runs in-process ("fake worker").
  const require = createRequire(__filename);
  pdfjs.GlobalWorkerOptions.workerSrc = pathToFileURL(require.resolve('pdfjs-dist/legacy/build/pdf.worker.mjs')).href;
  const pdf = await pdfjs.getDocument({ data: new Uint8Array(buf), useSystemFonts: false, disableFontFace: true }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    pages.push(content.items.map((it) => ('str' in it ? it.str + (it.hasEOL ? '\n' : ' ') : '')).join(''));
  }
  const meta = await pdf.getMetadata();
  await pdf.destroy();
  return { pages, info: meta.info as Record<string, unknown> };
}

/** The footer every printed page carries, in the edition's language(s): "Faqe X nga Y" and the data date. */
export function footerOf(lang: string, page: number, pages: number): string {
  if (lang === 'sq') return `Faqe ${page} nga ${pages} · Të dhënat më`;
  if (lang === 'en') return `Page ${page} of ${pages} · Data as of`;
  return `Faqe ${page} nga ${pages} / Page ${page} of ${pages}`;
}
