// Where the four Noto Sans styles every PDF embeds are on disk. Apart from
// fonts.ts (which parses them with fontkit) so that the print jobs can find
// them without loading fontkit and pdfkit before the first print.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

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
