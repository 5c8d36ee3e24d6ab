// Archival and accessible PDF (issue 12): a final print is PDF/A-2b (the XMP
// identification, an sRGB output intent, every font embedded, nothing
// transparent, no encryption), every print is tagged (a structure tree of
// headings, paragraphs, lists, tables with header cells and a linked table of
// contents, the language of each part of a bilingual print, running headers
// and borders as artifacts), and both stay byte-for-byte reproducible. Read
// from the raw objects (test/helpers/pdf-objects.ts), with pdf.js for the XMP
// and poppler's pdfinfo/pdffonts where installed.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { crc32, deflateSync } from 'node:zlib';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocument, finishDocument, type PdfLang } from '../../../electron/services/pdf/document';
import { loadPrintData, type PrintData } from '../../../electron/services/pdf/print-data';
import { renderDocument } from '../../../electron/services/pdf/render';
import { type Cell, drawTable } from '../../../electron/services/pdf/table';
import { bilingualParagraph, bulletList, figure, heading, paragraph } from '../../../electron/services/pdf/text';
import { importInterchange } from '../../../electron/services/interchange';
import { openWorkspace, type Workspace } from '../../../electron/services/workspace/workspace';
import { syntheticPlan } from '../../fixtures/synthetic-plan';
import { pageContent, pages, type RawPdf, readRawPdf, type StructNode, structTree, walk } from '../../helpers/pdf-objects';
import { type TempWorkspace, tempWorkspace } from '../../helpers/temp-workspace';
import { keepForReview } from './printed';

const POPPLER = existsSync('/usr/bin/pdfinfo') && existsSync('/usr/bin/pdffonts');
const PLACEHOLDER = { sq: '— mungon —', en: '— missing —' };

async function xmpOf(buf: Buffer): Promise<{ get(name: string): unknown } | null> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const require = createRequire(__filename);
  pdfjs.GlobalWorkerOptions.workerSrc = pathToFileURL(require.resolve('pdfjs-dist/legacy/build/pdf.worker.mjs')).href;
  const pdf = await pdfjs.getDocument({ data: new Uint8Array(buf), useSystemFonts: false, disableFontFace: true }).promise;
  const meta = await pdf.getMetadata();
  await pdf.destroy();
  return meta.metadata;
}

/** Runs a poppler tool on the bytes (written to a temporary file). */
function poppler(tool: 'pdfinfo' | 'pdffonts', buf: Buffer, args: string[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), 'plani-pdfa-'));
  try {
    const file = join(dir, 'print.pdf');
    writeFileSync(file, buf);
    return execFileSync(`/usr/bin/${tool}`, [...args, file], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A small opaque RGB PNG (no alpha channel: nothing transparent), `w`×`h` pixels of one colour. */
function png(w: number, h: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8 bits, truecolour, no interlace
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(w * 3, 0x80)]);
  const idat = deflateSync(Buffer.concat(Array.from({ length: h }, () => row)));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', idat), chunk('IEND', Buffer.alloc(0))]);
}

const types = (tree: readonly StructNode[]) => [...walk(tree)].map((n) => n.type);
const langs = (tree: readonly StructNode[]) => new Set([...walk(tree)].flatMap((n) => (n.lang ? [n.lang] : [])));

/** Marked-content operators of a page: every sequence closed, and the MCIDs used, in order. */
function markedContent(content: string): { opened: number; closed: number; mcids: number[]; unmarked: string[] } {
  let depth = 0;
  let opened = 0;
  let closed = 0;
  const mcids: number[] = [];
  const unmarked: string[] = [];
  // Operators of interest: the marked-content ones, and those that paint text or a rectangle.
  for (const m of content.matchAll(/\/MCID (\d+)|\b(BDC|BMC|EMC|BT|re|Do)\b/g)) {
    if (m[1] !== undefined) mcids.push(Number(m[1]));
    else if (m[2] === 'BDC' || m[2] === 'BMC') (depth++, opened++);
    else if (m[2] === 'EMC') (depth--, closed++);
    else if (depth <= 0) unmarked.push(m[2]!);
  }
  return { opened, closed, mcids, unmarked };
}

/** Every page: sequences balanced, MCIDs 0..n-1 each once, and as many as the structure tree claims overall. */
function expectWellMarked(pdf: RawPdf, tree: readonly StructNode[]): void {
  let used = 0;
  pages(pdf).forEach((page, i) => {
    const mc = markedContent(pageContent(pdf, page));
    expect(mc.closed, `page ${i + 1}`).toBe(mc.opened);
    expect(mc.mcids, `page ${i + 1}`).toEqual(mc.mcids.map((_, n) => n));
    used += mc.mcids.length;
  });
  const claimed = [...walk(tree)].reduce((n, node) => n + node.mcids.length, 0);
  expect(claimed).toBe(used);
}

describe('the primitives, tagged', () => {
  let buf: Buffer;
  let pdf: RawPdf;
  let tree: StructNode[];
  const sample = () => {
    const doc = createDocument({ title: 'Plani & <Aneksi> "VI"', author: 'Zyra e Kryeministrit', subject: 'Prova', lang: 'bilingual', dataDate: '2025-03-14', mode: 'final' });
    figure(doc, png(8, 4), { width: 60, alt: 'Emblem of the Republic of Albania', align: 'center' });
    heading(doc, 'Aneksi VI — Plani i veprimit', 1);
    figure(doc, png(40, 1), { width: 200, alt: null });
    paragraph(doc, 'Përmirësimi i çështjeve.');
    bilingualParagraph(doc, { sq: 'Angazhimi synon përmirësimin.', en: 'The commitment aims to improve.' }, 'bilingual', PLACEHOLDER);
    heading(doc, 'Institucionet / Institutions', 2);
    bulletList(doc, [{ sq: 'Ministria e Drejtësisë', en: 'Ministry of Justice' }, 'UNDP', { sq: '', en: 'IDRA' }], 'bilingual', PLACEHOLDER);
    heading(doc, 'Masat / Measures', 2);
    const rows: Cell[][] = Array.from({ length: 90 }, (_, i) => [String(i + 1), { sq: `Masa ${i + 1}: përmirësimi i aksesit`, en: `Measure ${i + 1}: better access` }]);
    drawTable(doc, { columns: [{ header: { sq: 'Nr.', en: 'No.' }, width: 0.15 }, { header: { sq: 'Masa', en: 'Measure' }, width: 0.85 }], rows, mode: 'bilingual', placeholder: PLACEHOLDER });
    return finishDocument(doc, { header: () => 'Aneksi VI / Annex VI', decorate: () => doc.fillColor('#c8c8c8').text('PROJEKT / DRAFT', 60, 400, { lineBreak: false }) });
  };
  beforeAll(async () => {
    buf = await sample();
    keepForReview('pdf-tagged-sample', buf);
    pdf = readRawPdf(buf);
    tree = structTree(pdf);
  }, 60_000);

  it('puts everything in one Document element: headings, paragraphs, the list and the table in drawing order', () => {
    expect(tree.map((n) => n.type)).toEqual(['Document']);
    // The emblem is a Figure read out by its text; the decorative rule under the heading is not there.
    expect(tree[0]!.children.map((n) => n.type)).toEqual(['Figure', 'H1', 'P', 'P', 'P', 'H2', 'L', 'H2', 'Table']);
    expect(tree[0]!.children[0]!.alt).toBe('Emblem of the Republic of Albania');
    expect(tree[0]!.children[0]!.attributes).toMatch(/\/BBox \[/);
    const list = tree[0]!.children[6]!;
    expect(list.children.map((n) => n.type)).toEqual(['LI', 'LI', 'LI']);
    for (const li of list.children) expect(li.children.map((n) => n.type)).toEqual(['Lbl', 'LBody']);
    expect(list.children[0]!.children[1]!.children.map((n) => n.lang)).toEqual(['sq', 'en']);
  });

  it('gives each language of a bilingual text its Lang, Albanian first', () => {
    const paragraphs = tree[0]!.children.filter((n) => n.type === 'P');
    expect(paragraphs.map((p) => p.lang)).toEqual([undefined, 'sq', 'en']);
    expect(langs(tree)).toEqual(new Set(['sq', 'en']));
  });

  it('tags the table header once as TH cells heading their columns, each row a TR of TD cells, even across pages', () => {
    const table = tree[0]!.children.find((n) => n.type === 'Table')!;
    expect(pages(pdf).length).toBeGreaterThan(2);
    expect(table.children).toHaveLength(91);
    const [header, ...body] = table.children;
    expect(header!.children.map((c) => c.type)).toEqual(['TH', 'TH']);
    for (const th of header!.children) {
      expect(th.attributes).toContain('/O /Table');
      expect(th.attributes).toContain('/Scope /Column');
    }
    for (const tr of body) {
      expect(tr.type).toBe('TR');
      expect(tr.children.map((c) => c.type)).toEqual(['TD', 'TD']);
      // A bilingual cell: its Albanian, then its English, each a marked Span of its own.
      expect(tr.children[1]!.mcids).toHaveLength(2);
    }
    // The marked content of those cells says its language: a row's Albanian then its English.
    const spans = pages(pdf).flatMap((p) => [...pageContent(pdf, p).matchAll(/\/Span <<\s*\/MCID \d+\s*\/Lang \((\w+)\)\s*>> BDC/g)].map((m) => m[1]));
    // Both header cells and the measure of each of the 90 rows are bilingual.
    expect(spans.length).toBe(2 * 2 + 2 * 90);
    expect(spans.slice(0, 6)).toEqual(['sq', 'en', 'sq', 'en', 'sq', 'en']);
  });

  it('marks every text, rectangle and image: content in the structure, running headers, footers, page marks, repeated headers, borders and decorative images as artifacts', () => {
    expectWellMarked(pdf, tree);
    pages(pdf).forEach((page, i) => {
      const content = pageContent(pdf, page);
      expect(markedContent(content).unmarked, `page ${i + 1}`).toEqual([]);
      expect(content, `page ${i + 1}`).toMatch(/\/Artifact <<\s*\/Type \/Pagination\s*>> BDC/);
    });
    const first = pageContent(pdf, pages(pdf)[0]!);
    expect(first.match(/\bDo\b/g)).toHaveLength(2);
    expect(first).toMatch(/\/Artifact <<\s*\/Type \/Layout\s*>> BDC(?:(?!EMC)[^])*\bDo\b/);
  });

  it('writes an XMP packet that parses, with the title escaped and the dates of the data', async () => {
    const xmp = await xmpOf(buf);
    expect(xmp).not.toBeNull();
    expect(xmp!.get('dc:title')).toBe('Plani & <Aneksi> "VI"');
    expect(xmp!.get('pdfaid:part')).toBe('2');
    expect(xmp!.get('pdfaid:conformance')).toBe('B');
    for (const key of ['xmp:createdate', 'xmp:modifydate', 'xmp:metadatadate']) expect(xmp!.get(key), key).toBe('2025-03-14T00:00:00Z');
  });
});

describe('the consolidated plan, draft and final', () => {
  let tw: TempWorkspace;
  let ws: Workspace;
  let data: PrintData;
  const printed = new Map<string, Buffer>();
  const print = (lang: PdfLang, mode: 'draft' | 'final') => printed.get(`${lang}/${mode}`)!;

  beforeAll(async () => {
    tw = await tempWorkspace({ role: 'poc', institution: 'POC' });
    ws = await openWorkspace(tw.dir);
    await importInterchange(ws.store, syntheticPlan({ commitments: 4, milestonesPer: 3, indicatorsPer: 2, ideas: 3, events: 1, participantsPer: 2, comments: 2, calendar: 3 }));
    data = await loadPrintData(ws);
    for (const [lang, mode] of [
      ['bilingual', 'final'],
      ['bilingual', 'draft'],
      ['sq', 'final'],
      ['en', 'final'],
    ] as const) {
      printed.set(`${lang}/${mode}`, (await renderDocument(data, { annex: 'plan', lang, mode })).bytes);
    }
  }, 180_000);

  afterAll(async () => {
    await ws?.store.close();
    await tw?.cleanup();
  });

  it('identifies a final print as PDF/A-2b, with an sRGB output intent in the catalog', async () => {
    const buf = print('bilingual', 'final');
    const pdf = readRawPdf(buf);
    expect(pdf.header).toBe('%PDF-1.7');
    const xmp = await xmpOf(buf);
    expect(xmp!.get('pdfaid:part')).toBe('2');
    expect(xmp!.get('pdfaid:conformance')).toBe('B');
    const catalog = pdf.ref(pdf.trailer, 'Root')!;
    const intents = /\/OutputIntents \[(\d+) 0 R\]/.exec(catalog.dict);
    expect(intents).not.toBeNull();
    const intent = pdf.objects.get(Number(intents![1]))!;
    expect(intent.dict).toMatch(/\/S \/GTS_PDFA1/);
    expect(intent.dict).toContain('sRGB IEC61966-2.1');
    const profile = pdf.ref(intent.dict, 'DestOutputProfile')!;
    expect(profile.dict).toMatch(/\/N 3/);
    // An ICC profile: "acsp" at byte 36, an RGB colour space.
    const icc = pdf.data(profile);
    expect(icc.subarray(36, 40).toString('latin1')).toBe('acsp');
    expect(icc.subarray(16, 20).toString('latin1')).toBe('RGB ');
  });

  it('leaves a draft a plain PDF, tagged all the same', async () => {
    const buf = print('bilingual', 'draft');
    const pdf = readRawPdf(buf);
    const catalog = pdf.ref(pdf.trailer, 'Root')!;
    expect(catalog.dict).not.toContain('/OutputIntents');
    expect((await xmpOf(buf))!.get('pdfaid:part')).toBeNull();
    expect(pdf.ref(catalog.dict, 'MarkInfo')!.dict).toMatch(/\/Marked true/);
    expect(types(structTree(pdf))).toEqual(expect.arrayContaining(['H1', 'H2', 'Table', 'TH', 'TD']));
  });

  it('embeds every font, encrypts nothing and paints nothing transparent', () => {
    for (const key of ['bilingual/final', 'sq/final', 'en/final']) {
      const pdf = readRawPdf(printed.get(key)!);
      expect(pdf.trailer, key).not.toContain('/Encrypt');
      const fonts = [...pdf.objects.values()].filter((o) => /\/Type \/Font\n/.test(o.dict) && /\/Subtype \/CIDFontType2/.test(o.dict));
      const descriptors = [...pdf.objects.values()].filter((o) => /\/Type \/FontDescriptor/.test(o.dict));
      // Regular and bold at least; each CID font with its descriptor and its program.
      expect(fonts.length, key).toBeGreaterThanOrEqual(2);
      expect(descriptors.length, key).toBe(fonts.length);
      for (const d of descriptors) expect(d.dict, key).toMatch(/\/FontFile2 \d+ 0 R/);
      for (const o of pdf.objects.values()) {
        // Constant alpha below 1, soft masks and transparency groups are what PDF/A-2 forbids of us here.
        expect(o.dict).not.toMatch(/\/(CA|ca) 0?\.\d/);
        expect(o.dict).not.toMatch(/\/SMask (?!\/None)/);
        expect(o.dict).not.toMatch(/\/S \/Transparency/);
      }
    }
  });

  it('is tagged: MarkInfo, a structure tree with headings, tables with header cells, a linked contents, and balanced marked content', () => {
    const pdf = readRawPdf(print('bilingual', 'final'));
    const catalog = pdf.ref(pdf.trailer, 'Root')!;
    expect(pdf.ref(catalog.dict, 'MarkInfo')!.dict).toMatch(/\/Marked true/);
    expect(catalog.dict).toMatch(/\/StructTreeRoot \d+ 0 R/);
    const tree = structTree(pdf);
    expect(types(tree)).toEqual(expect.arrayContaining(['Document', 'H1', 'H2', 'H3', 'P', 'Table', 'TR', 'TH', 'TD', 'TOC', 'TOCI', 'Link']));
    // The cover comes first in reading order (its title a heading), then the contents under their heading, each entry a link with its annotation.
    const doc = tree[0]!;
    const order = doc.children.map((n) => n.type);
    expect(order[0]).toBe('H1');
    const toc = order.indexOf('TOC');
    expect(order.slice(1, toc - 1).every((type) => type === 'P')).toBe(true);
    expect(order[toc - 1]).toBe('H1');
    const links = [...walk(doc.children[toc]!.children)].filter((n) => n.type === 'Link');
    expect(links.length).toBeGreaterThan(10);
    for (const l of links) expect(l.annotations).toBe(1);
    expectWellMarked(pdf, tree);
  });

  it('says which language each part is in: sq and en in the bilingual print, the document language alone otherwise', () => {
    expect(langs(structTree(readRawPdf(print('bilingual', 'final'))))).toEqual(new Set(['sq', 'en']));
    expect(langs(structTree(readRawPdf(print('sq', 'final'))))).toEqual(new Set());
    const lang = (key: string) => {
      const pdf = readRawPdf(printed.get(key)!);
      return /\/Lang \(([^)]*)\)/.exec(pdf.ref(pdf.trailer, 'Root')!.dict)?.[1];
    };
    expect(lang('bilingual/final')).toBe('sq-AL');
    expect(lang('sq/final')).toBe('sq-AL');
    expect(lang('en/final')).toBe('en');
  });

  it('prints byte-for-byte the same twice, final and draft alike', async () => {
    for (const mode of ['final', 'draft'] as const) {
      const again = (await renderDocument(data, { annex: 'plan', lang: 'bilingual', mode })).bytes;
      expect(again.equals(print('bilingual', mode)), mode).toBe(true);
    }
  }, 60_000);

  it.skipIf(!POPPLER)('reads as tagged with every font embedded in poppler (pdfinfo, pdffonts; skipped without poppler-utils)', () => {
    for (const key of ['bilingual/final', 'bilingual/draft']) {
      const info = poppler('pdfinfo', printed.get(key)!);
      expect(info, key).toMatch(/^Tagged:\s+yes$/m);
      expect(info, key).toMatch(/^Encrypted:\s+no$/m);
      expect(info, key).toMatch(/^PDF version:\s+1\.7$/m);
      const fonts = poppler('pdffonts', printed.get(key)!).trim().split('\n').slice(2);
      expect(fonts.length, key).toBeGreaterThanOrEqual(3);
      // name, type (two words), encoding, then emb sub uni.
      for (const line of fonts) expect(line.split(/\s+/).slice(4, 7), line).toEqual(['yes', 'yes', 'yes']);
    }
  });
});
