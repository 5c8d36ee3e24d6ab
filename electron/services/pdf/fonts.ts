// The four Noto Sans styles every PDF embeds, found on disk and parsed once
// per process (parsedFont). pdfkit gets the parsed font itself, never a
// registerFont alias: with aliases pdfkit re-parses the 600 KB TTF for every
// table cell (~30× slower, design note bundles-and-pdf.md §5.2). No
// standard-14 font is ever used: they cannot be embedded and stop at WinAnsi.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { create as parseFont, type Font } from 'fontkit';

export type FontStyle = 'regular' | 'bold' | 'italic' | 'boldItalic';
export type FontPaths = Readonly<Record<FontStyle, string>>;

export const FONT_FILES: FontPaths = {
  regular: 'NotoSans_400Regular.ttf',
  bold: 'NotoSans_700Bold.ttf',
  italic: 'NotoSans_400Regular_Italic.ttf',
  boldItalic: 'NotoSans_700Bold_Italic.ttf',
};

export class FontsMissingError extends Error {
  constructor(readonly searched: readonly string[]) {
    super(`PDF fonts not found (need ${Object.values(FONT_FILES).join(', ')}); looked in: ${searched.join('; ')}`);
    this.name = 'FontsMissingError';
  }
}

const hasAll = (dir: string) => Object.values(FONT_FILES).every((f) => existsSync(join(dir, f)));

/** Where the fonts may be, most specific first. */
function candidates(): string[] {
  const out: string[] = [];
  // Packaged Electron: electron-builder copies <root>/resources to
  // <resourcesPath>/resources (extraResources in electron-builder.yml);
  // <resourcesPath>/fonts is accepted too in case that mapping is flattened.
  // process.resourcesPath only exists under Electron, hence the cast.
  const resourcesPath = (process as { resourcesPath?: string }).resourcesPath;
  if (resourcesPath) out.push(join(resourcesPath, 'resources', 'fonts'), join(resourcesPath, 'fonts'));
  // Development, tests and the CLI: walk up from this module (source, or the
  // esbuild bundle in dist/) to the project root that holds resources/fonts.
  for (let dir = __dirname; ; dir = dirname(dir)) {
    out.push(join(dir, 'resources', 'fonts'));
    if (dirname(dir) === dir) break;
  }
  return out;
}

/**
 * Absolute paths of the four font files. `overrideDir` (e.g. from a test or
 * a deployment setting) is the only place searched when given.
 */
export function resolveFonts(overrideDir?: string): FontPaths {
  const dirs = overrideDir ? [overrideDir] : candidates();
  const dir = dirs.find(hasAll);
  if (!dir) throw new FontsMissingError(dirs);
  return {
    regular: join(dir, FONT_FILES.regular),
    bold: join(dir, FONT_FILES.bold),
    italic: join(dir, FONT_FILES.italic),
    boldItalic: join(dir, FONT_FILES.boldItalic),
  };
}

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
