// A small reader of a PDF's raw objects, for what text extraction cannot
// see: the catalog, the XMP packet, fonts, the structure tree and the marked
// content of each page. It reads files as pdfkit writes them (a classic xref
// table, no object streams, dictionaries in plain text, streams inflated
// with zlib), which is all these tests need; it is no general PDF parser.
import { inflateSync } from 'node:zlib';

export interface RawObject {
  /** The object's dictionary (or value) as written, before any stream. */
  dict: string;
  stream?: Buffer;
}

export interface RawPdf {
  header: string;
  objects: Map<number, RawObject>;
  trailer: string;
  /** The object a `N 0 R` in `text` after `key` names. */
  ref(text: string, key: string): RawObject | undefined;
  /** The stream's bytes, inflated when it is FlateDecode. */
  data(obj: RawObject): Buffer;
}

export function readRawPdf(buf: Buffer): RawPdf {
  const text = buf.toString('latin1');
  const objects = new Map<number, RawObject>();
  const head = /(\d+) 0 obj\n/g;
  let m: RegExpExecArray | null;
  while ((m = head.exec(text))) {
    const start = m.index + m[0].length;
    const streamAt = text.indexOf('\nstream\n', start);
    const endAt = text.indexOf('\nendobj', start);
    if (streamAt !== -1 && streamAt < endAt) {
      const dict = text.slice(start, streamAt);
      const length = Number(/\/Length (\d+)/.exec(dict)?.[1]);
      const from = streamAt + '\nstream\n'.length;
      objects.set(Number(m[1]), { dict, stream: buf.subarray(from, from + length) });
      head.lastIndex = from + length;
    } else {
      objects.set(Number(m[1]), { dict: text.slice(start, endAt) });
      head.lastIndex = endAt;
    }
  }
  const trailer = text.slice(text.lastIndexOf('trailer'));
  const ref = (t: string, key: string) => {
    const r = new RegExp(`/${key} (\\d+) 0 R`).exec(t);
    return r ? objects.get(Number(r[1])) : undefined;
  };
  const data = (obj: RawObject) => {
    if (!obj.stream) throw new Error('not a stream');
    return /\/Filter \/FlateDecode/.test(obj.dict) ? inflateSync(obj.stream) : obj.stream;
  };
  return { header: text.slice(0, text.indexOf('\n')), objects, trailer, ref, data };
}

export interface StructNode {
  type: string;
  lang?: string;
  /** Alternative text, when written as a plain (ASCII) string. */
  alt?: string;
  /** Attributes as written (e.g. "/O /Table /Scope /Column"). */
  attributes?: string;
  children: StructNode[];
  /** Marked-content ids on the element's page, and annotation references, in order. */
  mcids: number[];
  annotations: number;
}

/** The structure tree from the catalog's StructTreeRoot, children in the order of their K arrays. */
export function structTree(pdf: RawPdf): StructNode[] {
  const catalog = pdf.ref(pdf.trailer, 'Root')!;
  const root = pdf.ref(catalog.dict, 'StructTreeRoot');
  if (!root) return [];
  const kids = (dict: string): { refs: number[]; mcids: number[]; annotations: number } => {
    const k = /\/K (\[[\s\S]*?\]\n|\d+ 0 R)/.exec(dict)?.[1] ?? '';
    // Page and annotation references inside marked-content and object references are not children.
    const annotations = (k.match(/\/Obj \d+ 0 R/g) ?? []).length;
    const stripped = k.replace(/\/(Pg|Obj) \d+ 0 R/g, '').replace(/\/MCID (\d+)/g, ' mcid$1 ');
    const refs = [...stripped.matchAll(/(\d+) 0 R/g)].map((r) => Number(r[1]));
    const plain = stripped.replace(/\d+ 0 R/g, '');
    const mcids = [...plain.matchAll(/(?:mcid)?(\d+)/g)].map((r) => Number(r[1]));
    return { refs, mcids, annotations };
  };
  const node = (id: number): StructNode => {
    const dict = pdf.objects.get(id)!.dict;
    const { refs, mcids, annotations } = kids(dict);
    return {
      type: /\/S \/(\w+)/.exec(dict)![1]!,
      lang: /\/Lang \(([^)]*)\)/.exec(dict)?.[1],
      alt: /\/Alt \(([^)]*)\)/.exec(dict)?.[1],
      attributes: /\/A <<\n([\s\S]*?)\n>>/.exec(dict)?.[1]?.replace(/\s+/g, ' '),
      children: refs.map(node),
      mcids,
      annotations,
    };
  };
  return kids(root.dict).refs.map(node);
}

/** Every node of the trees, depth first (reading order). */
export function* walk(nodes: readonly StructNode[]): Iterable<StructNode> {
  for (const n of nodes) {
    yield n;
    yield* walk(n.children);
  }
}

/** The page objects in order, from the page tree's Kids. */
export function pages(pdf: RawPdf): RawObject[] {
  const catalog = pdf.ref(pdf.trailer, 'Root')!;
  const tree = pdf.ref(catalog.dict, 'Pages')!;
  const kids = /\/Kids \[([^\]]*)\]/.exec(tree.dict)![1]!;
  return [...kids.matchAll(/(\d+) 0 R/g)].map((r) => pdf.objects.get(Number(r[1]))!);
}

/**
 * A page's content, inflated, as text: its one stream, or its streams in
 * order (what is drawn on a page after it was left is a second stream, see
 * electron/services/pdf/page-content.ts), joined as a reader joins them.
 */
export function pageContent(pdf: RawPdf, page: RawObject): string {
  const list = /\/Contents \[([^\]]*)\]/.exec(page.dict);
  if (!list) return pdf.data(pdf.ref(page.dict, 'Contents')!).toString('latin1');
  return [...list[1]!.matchAll(/(\d+) 0 R/g)].map((r) => pdf.data(pdf.objects.get(Number(r[1]))!).toString('latin1')).join('\n');
}
