// Tagged PDF: the structure tree a screen reader follows (headings,
// paragraphs, tables with header cells, lists, links), in reading order, with
// the language of each bilingual part, and everything else on the page
// (running headers and footers, rules, cell borders, leaders, marks) marked
// as artifacts. The primitives (text.ts, table.ts, finishDocument) tag what
// they draw through these helpers; pdfkit's structure API does the PDF side.
//
// Content is tagged imperatively, never with pdfkit's deferred closures: the
// helpers open a marked-content sequence just around the text they draw and
// close it straight after, so no marking is ever open when our own code
// starts a page (pdfkit's own line wrapping carries an open marking onto the
// next page; a direct addPage would not). Structure elements may span pages.
type Doc = PDFKit.PDFDocument;
type Element = PDFKit.PDFStructureElement;

/** The language of a part of the text, as the structure tree records it. */
export type SpanLang = 'sq' | 'en';

export interface ElementOptions {
  lang?: SpanLang;
  /** Alternative text: a figure's description, a link's destination. */
  alt?: string;
  /** Replacement text read instead of the content (e.g. a cut word). */
  actual?: string;
  /** Header cells: which cells they head. */
  scope?: 'Column' | 'Row' | 'Both';
  /** A figure's box on its page: left, top, right, bottom (pdfkit's top-down coordinates). */
  bbox?: [number, number, number, number];
}

interface Tags {
  root: Element;
  /** Open elements, innermost last; content and new elements go into the last. */
  open: Element[];
}
const trees = new WeakMap<Doc, Tags>();

function tagsOf(doc: Doc): Tags {
  const t = trees.get(doc);
  if (!t) throw new Error('document has no structure tree (made without createDocument?)');
  return t;
}

/** Starts the structure tree of a new document: one Document element holding everything in reading order. */
export function startStructure(doc: Doc): void {
  const root = doc.struct('Document');
  doc.addStructure(root);
  trees.set(doc, { root, open: [root] });
}

/** Ends every element still open; the tree is complete once the document is. */
export function endStructure(doc: Doc): void {
  const t = tagsOf(doc);
  for (let i = t.open.length - 1; i >= 0; i--) t.open[i]!.end();
  t.open.length = 0;
}

const current = (doc: Doc): Element => {
  const open = tagsOf(doc).open;
  const el = open[open.length - 1];
  if (!el) throw new Error('structure tree already ended');
  return el;
};

/** A new element, added where the reading order is now (inside the innermost open element) but not opened. */
export function childElement(doc: Doc, type: string, opts: ElementOptions = {}, parent: Element = current(doc)): Element {
  // pdfkit types lack `scope`; it writes /A << /O /Table /Scope … >>.
  const el = doc.struct(type, opts as PDFKit.Mixins.StructureElementOptions);
  parent.add(el);
  return el;
}

/** Opens an element: what is tagged until closeElement goes inside it. */
export function openElement(doc: Doc, type: string, opts: ElementOptions = {}): Element {
  const el = childElement(doc, type, opts);
  tagsOf(doc).open.push(el);
  return el;
}

export function closeElement(doc: Doc, el: Element): void {
  const open = tagsOf(doc).open;
  if (open[open.length - 1] !== el) throw new Error('structure elements closed out of order');
  open.pop();
  el.end();
}

/** Runs `body` inside an element of its own. */
export function withElement<T>(doc: Doc, type: string, opts: ElementOptions, body: (el: Element) => T): T {
  const el = openElement(doc, type, opts);
  try {
    return body(el);
  } finally {
    closeElement(doc, el);
  }
}

/**
 * Tags what `draw` paints as content of `el`, in `lang` when given (left open: an element can gather
 * content from several calls, e.g. a table cell split across pages). `draw`
 * must not start a page itself; text that pdfkit wraps onto a new page stays
 * in the element.
 */
export function markInto(doc: Doc, el: Element, draw: () => void, lang?: SpanLang): void {
  const type = (el as unknown as { dictionary: { data: { S: string } } }).dictionary.data.S;
  // A language is given to the marked content itself (a Span with Lang in its
  // properties): a table cell holds both languages, and a structure element
  // per language would double the objects of a table-heavy plan.
  const content = lang ? doc.markStructureContent('Span', { lang }) : doc.markStructureContent(type);
  draw();
  doc.endMarkedContent();
  el.add(content);
}

/** A complete element whose content is what `draw` paints: a heading, a paragraph, a label. */
export function taggedLeaf(doc: Doc, type: string, opts: ElementOptions, draw: () => void, parent: Element = current(doc)): Element {
  const el = childElement(doc, type, opts, parent);
  markInto(doc, el, draw);
  el.end();
  return el;
}

/**
 * Marks what `draw` paints as an artifact: not read out, not in the
 * structure. 'Pagination' for running headers, footers and marks repeated on
 * every page; 'Layout' for rules, borders, fills and leaders.
 */
export function artifact(doc: Doc, type: 'Pagination' | 'Layout', draw: () => void): void {
  doc.markContent('Artifact', { type });
  draw();
  doc.endMarkedContent();
}
