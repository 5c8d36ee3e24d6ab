// Something pdfkit prints as given text wherever it prints a reference: its
// object writer prints any PDFAbstractReference by its toString. Used where
// only "12 0 R" (or an array of them) is left to print of an object that was
// written long ago, so the object and what it points to can be let go.
type Doc = PDFKit.PDFDocument;

const protos = new WeakMap<Doc, object>();

export function printedReference(doc: Doc, text: string): object {
  let proto = protos.get(doc);
  if (!proto) {
    // The page dictionary is a PDFReference, whose parent class is PDFAbstractReference.
    const page = (doc as unknown as { page?: { dictionary?: object } }).page;
    if (!page?.dictionary) throw new Error('printedReference needs a document with a page');
    protos.set(doc, (proto = Object.getPrototypeOf(Object.getPrototypeOf(page.dictionary)) as object));
  }
  return Object.assign(Object.create(proto) as object, { toString: () => text });
}
