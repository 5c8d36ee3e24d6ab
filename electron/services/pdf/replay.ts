// Drawing that is the same on many pages (the draft mark, a running header)
// went through pdfkit's whole text path on each: layout, glyph encoding,
// number formatting. Drawn once, the operators pdfkit wrote are kept and
// written again on the other pages, with the fonts the drawing used put in
// those pages' resources as pdfkit would; the bytes are the same as drawing
// it each time.
type Doc = PDFKit.PDFDocument;

interface PageInternals {
  width: number;
  height: number;
  fonts: Record<string, unknown>;
  write(chunk: string | Uint8Array): void;
}

interface FontState {
  _font: unknown;
  _fontSize: number;
}

interface Recorded {
  ops: (string | Uint8Array)[];
  fonts: [string, unknown][];
  after: FontState;
}

/** Operators recorded per key; one per document (the font objects are that document's). */
export type ReplayCache = Map<string, Recorded>;

/**
 * Runs `draw` the first time `key` is seen on a page of this size, else
 * writes what it wrote then. `draw` must only write content (no annotations,
 * no new pages) and depend on nothing but `key` and the page size.
 */
export function drawOnce(doc: Doc, cache: ReplayCache, key: string, draw: () => void): void {
  const page = doc.page as unknown as PageInternals;
  const state = doc as unknown as FontState;
  const fullKey = `${page.width}x${page.height}\n${key}`;
  const known = cache.get(fullKey);
  if (known) {
    for (const [id, ref] of known.fonts) page.fonts[id] ??= ref;
    for (const op of known.ops) page.write(op);
    state._font = known.after._font;
    state._fontSize = known.after._fontSize;
    return;
  }
  const ops: (string | Uint8Array)[] = [];
  const write = page.write;
  const fontsBefore = new Set(Object.keys(page.fonts));
  page.write = (chunk) => {
    ops.push(chunk);
    write(chunk);
  };
  try {
    draw();
  } finally {
    page.write = write;
  }
  // A font the page already had is in the drawing all the same: keep every one it names.
  const fonts = Object.entries(page.fonts).filter(([id]) => !fontsBefore.has(id) || ops.some((op) => typeof op === 'string' && op.includes(`/${id} `)));
  cache.set(fullKey, { ops, fonts, after: { _font: state._font, _fontSize: state._fontSize } });
}
