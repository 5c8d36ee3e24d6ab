// The four Noto Sans styles every PDF embeds, found on disk and parsed once
// per process (parsedFont). pdfkit gets the parsed font itself, never a
// registerFont alias: with aliases pdfkit re-parses the 600 KB TTF for every
// table cell (~30× slower, design note bundles-and-pdf.md §5.2). No
// standard-14 font is ever used: they cannot be embedded and stop at WinAnsi.
import { readFileSync } from 'node:fs';
import { create as parseFont, type Font } from 'fontkit';
import type { FontPaths } from './font-files';

export { FONT_FILES, FontsMissingError, resolveFonts, type FontPaths, type FontStyle } from './font-files';

const parsed = new Map<string, Font>();

/**
 * The font file parsed once per process. pdfkit would read and parse the
 * 600 KB file again for every document, and the OpenType layout tables it
 * compiles on first use go with it: about 200 ms per print before anything is
 * drawn. pdfkit takes a parsed font in place of a path, so every document
 * embeds its own subset from one shared parse; startDocumentFonts keeps
 * documents independent of each other.
 */
export function parsedFont(path: string): Font {
  let font = parsed.get(path);
  if (!font) parsed.set(path, (font = parseFont(readFileSync(path))));
  return font;
}

/**
 * Called for each new document. fontkit caches glyph objects, and each one
 * records the characters of the text that first created it; pdfkit builds a
 * document's ToUnicode map (what search, copy and screen readers read) from
 * those. A cache carried over from an earlier document would make the text
 * layer depend on what was printed before, so it starts empty, exactly as
 * after a fresh parse. (The compiled layout tables, the costly part, stay.)
 * Rendering is synchronous from document creation to end(), so documents
 * never interleave in one thread. test/unit/pdf/fonts-shared.test.ts compares
 * a print after many others with the same print in a fresh process.
 */
export function startDocumentFonts(paths: FontPaths): void {
  for (const path of Object.values(paths)) {
    const font = parsedFont(path) as Font & { _glyphs?: object };
    if (typeof font._glyphs === 'object') font._glyphs = {};
  }
}
