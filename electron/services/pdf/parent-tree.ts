// The structure tree's parent tree, written as it will be printed as soon as
// a page's part of it is complete. pdfkit keeps, for every page, the array of
// structure elements its marked contents belong to until the document ends,
// and with them every element's dictionary, long after the element itself
// was written: at 1,600 commitments tens of megabytes of objects whose only
// remaining use is to print "[12 0 R 13 0 R …]" once. A page's array is
// complete when the page has been left and every marked content on it has
// its element (a paragraph that runs onto the next page gets its element
// only when it ends there); it is then replaced by that text. The bytes
// written are the same: pdfkit prints any reference by its toString.
import { printedReference } from './printed-ref';

type Doc = PDFKit.PDFDocument;

interface Ref {
  data: { StructParents?: number };
  toString(): string;
}

interface Internals {
  page: { dictionary: Ref };
  getStructParentTree(): { _items: Record<string, unknown> };
}

/** What pdfkit writes for an array of references (PDFObject.convert, no encryption). */
const printed = (refs: readonly Ref[]) => `[${refs.map((r) => r.toString()).join(' ')}]`;

/** Installs the compaction on `doc` (a tagged pdfkit document made by createDocument). */
export function compactParentTree(doc: Doc): void {
  const d = doc as unknown as Internals;
  const items = d.getStructParentTree()._items;
  if (typeof items !== 'object' || items === null) throw new Error('pdfkit without a parent tree: check parent-tree.ts');
  // Pages left whose array may still get an element (or is not there yet: a reserved page drawn at the end).
  let waiting: Ref[] = [];
  let current = d.page.dictionary;
  doc.on('pageAdded', () => {
    waiting.push(current);
    current = d.page.dictionary;
    waiting = waiting.filter((page) => {
      const key = page.data.StructParents;
      if (key === undefined) return true;
      const refs = items[key];
      if (!Array.isArray(refs) || refs.length === 0) return true;
      for (const r of refs) if (r === null || r === undefined) return true;
      // Marking on this page again would now fail loudly in pdfkit (no array to push to), never print wrong.
      items[key] = printedReference(doc, printed(refs as Ref[]));
      return false;
    });
  });
}
