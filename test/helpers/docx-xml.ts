// Reads a .docx back: it is a ZIP of XML parts. Entries are found through the
// central directory (electron/services/zip) and inflated with node:zlib.
import { inflateRawSync } from 'node:zlib';
import { findEndRecord, readCentralHeader, readLocalHeader } from '../../electron/services/zip/central-directory';

/** Every part of the package by its path, as text. */
export function docxParts(bytes: Buffer): Map<string, string> {
  const end = findEndRecord(bytes);
  if (!end) throw new Error('not a zip file');
  const parts = new Map<string, string>();
  let at = end.centralDirectoryOffset;
  for (let i = 0; i < end.entryCount; i++) {
    const c = readCentralHeader(bytes, at)!;
    const name = bytes.subarray(c.nameStart, c.nameStart + c.nameLength).toString('utf8');
    const local = readLocalHeader(bytes, c.localHeaderOffset)!;
    const stored = bytes.subarray(local.dataStart, local.dataStart + c.compressedSize);
    parts.set(name, (c.method === 8 ? inflateRawSync(stored) : stored).toString('utf8'));
    at = c.next;
  }
  return parts;
}

const decodeXml = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

export interface DocxParagraph {
  /** The paragraph style (Heading1, TOC1…), if any. */
  style: string | null;
  text: string;
  /** Each run's text with its w:lang value. */
  runs: { text: string; lang: string | null; italic: boolean }[];
}

/** The paragraphs of a part (document.xml, header1.xml…), tables' cells included, in order. */
export function paragraphsOf(xml: string): DocxParagraph[] {
  const out: DocxParagraph[] = [];
  for (const p of xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []) {
    const style = /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1] ?? null;
    const runs = (p.match(/<w:r[ >][\s\S]*?<\/w:r>/g) ?? []).map((r) => ({
      text: (r.match(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g) ?? []).map((t) => decodeXml(t.replace(/<[^>]+>/g, ''))).join(''),
      lang: /<w:lang w:val="([^"]+)"/.exec(r)?.[1] ?? null,
      italic: /<w:i\/>|<w:i w:val="true"\/>/.test(r),
    }));
    out.push({ style, text: runs.map((r) => r.text).join(''), runs });
  }
  return out;
}

/** The tables of a part in order, each as its rows of cell texts (a cell's paragraphs joined by a space). */
export function tablesOf(xml: string): string[][][] {
  return (xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? []).map((tbl) =>
    (tbl.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? []).map((tr) =>
      (tr.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []).map((tc) =>
        paragraphsOf(tc)
          .map((p) => p.text)
          .filter((t) => t !== '')
          .join(' '),
      ),
    ),
  );
}

/** Each section of document.xml (the body up to and with its w:sectPr), in order. */
export function sectionsOf(xml: string): { body: string; landscape: boolean; footer: string | null }[] {
  const out: { body: string; landscape: boolean; footer: string | null }[] = [];
  const re = /<w:sectPr>[\s\S]*?<\/w:sectPr>/g;
  let from = 0;
  for (const m of xml.matchAll(re)) {
    const sectPr = m[0];
    out.push({ body: xml.slice(from, m.index), landscape: /w:orient="landscape"/.test(sectPr), footer: /<w:footerReference w:type="default" r:id="([^"]+)"/.exec(sectPr)?.[1] ?? null });
    from = m.index + sectPr.length;
  }
  return out;
}

/** The part a relationship of document.xml points at (a header, a footer), as text. */
export function relatedPart(parts: ReadonlyMap<string, string>, rId: string): string {
  const rels = parts.get('word/_rels/document.xml.rels') ?? '';
  const target = new RegExp(`<Relationship Id="${rId}" [^>]*Target="([^"]+)"`).exec(rels)?.[1];
  const part = target === undefined ? undefined : parts.get(`word/${target}`);
  if (part === undefined) throw new Error(`no part for ${rId}`);
  return part;
}
