// The architecture's import rules, checked by reading every source file:
// shared/ is pure (no Node, DOM, React or app folders), services never touch
// Electron, the renderer talks only through shared/, and only main/preload
// import the Electron module. Inside the renderer, every folder has a layer
// and imports only from its own layer or lower ones; the feature folders use
// one another in one direction only; and no file of electron/, renderer/,
// shared/ or scripts/ is part of an import circle (a small module graph built
// from the same import reader).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..', '..');

const TYPESCRIPT = /\.(ts|tsx|mts|cts)$/;
/** The module graph also reads the build scripts, which are plain ES modules. */
const ANY_MODULE = /\.(ts|tsx|mts|cts|mjs|cjs)$/;

function sources(dir: string, pattern: RegExp = TYPESCRIPT): string[] {
  const abs = join(ROOT, dir);
  let entries: string[];
  try {
    entries = readdirSync(abs);
  } catch {
    return [];
  }
  return entries.flatMap((e) => {
    const p = join(abs, e);
    if (e === 'node_modules') return [];
    if (statSync(p).isDirectory()) return sources(relative(ROOT, p), pattern);
    return pattern.test(e) && !e.endsWith('.d.ts') ? [relative(ROOT, p)] : [];
  });
}

function imports(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const found = [
    ...text.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/gm),
    ...text.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm),
    ...text.matchAll(/\b(?:require|import)\(\s*['"]([^'"]+)['"]\s*\)/g),
  ];
  return found.map((m) => m[1]!);
}

const resolvesInto = (file: string, spec: string, folder: string) =>
  spec.startsWith('.') && relative(ROOT, join(ROOT, file, '..', spec)).startsWith(folder);

function violations(dir: string, rule: (file: string, spec: string) => string | null): string[] {
  return sources(dir).flatMap((f) => imports(f).map((s) => rule(f, s)).filter((v): v is string => v !== null));
}

// ---- The module graph: file -> the files it imports (relative imports only) ----

type Graph = ReadonlyMap<string, readonly string[]>;

/** The file a relative import names, among `known`; null for a package or a file outside them. */
function resolveImport(file: string, spec: string, known: ReadonlySet<string>): string | null {
  if (!spec.startsWith('.')) return null;
  const base = relative(ROOT, join(ROOT, file, '..', spec));
  const noJs = base.replace(/\.js$/, '');
  const candidates = [base, ...['.ts', '.tsx', '.mts', '.cts', '.mjs', '.cjs'].map((x) => noJs + x), join(base, 'index.ts'), join(base, 'index.tsx')];
  return candidates.find((c) => known.has(c)) ?? null;
}

function moduleGraph(dirs: readonly string[]): Graph {
  const files = dirs.flatMap((d) => sources(d, ANY_MODULE));
  const known = new Set(files);
  return new Map(
    files.map((f) => [f, [...new Set(imports(f).map((s) => resolveImport(f, s, known)))].filter((t): t is string => t !== null)]),
  );
}

const edgeCount = (graph: Graph) => [...graph.values()].reduce((n, to) => n + to.length, 0);

/** The circles of a graph: its strongly connected parts of more than one node, or a node that reaches itself (Tarjan). */
function circles(graph: Graph): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const part: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      part.push(w);
    } while (w !== v);
    if (part.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(part.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

// ---- The renderer's layers, lowest first ----

const RENDERER = 'renderer/src';
/** The folders of each layer of renderer/src. A folder imports only from its own layer or a lower one. */
const RENDERER_LAYERS: readonly (readonly string[])[] = [
  ['lib'], // pure helpers: field keys and paths, routes, keys, formats, shared styles (no React state, no API)
  ['api', 'i18n'], // the transport to the Node side, the i18next setup
  ['services'], // what every screen is handed: the API client and the save queue (autosave), notices, the shell context
  ['components', 'hooks'], // generic building blocks, no feature's knowledge
  ['attachments', 'backups', 'calendar', 'consultation', 'cycles', 'editor', 'feedback', 'front-matter', 'ideas', 'prioritization', 'print', 'quality', 'reference', 'search', 'sync', 'xlsx'], // features: a feature's screens and their parts
  ['shell'], // the main window and the screens of no single feature: it routes to the features' screens
  ['app'], // the root: providers, first start or shell
  ['.'], // the entry files beside the folders (main.tsx, zod-setup.ts)
];
const FEATURES = new Set(RENDERER_LAYERS[4]);

/** The top folder of a renderer file ('.' for a file directly in renderer/src), or null outside it. */
function rendererFolder(file: string): string | null {
  if (!file.startsWith(`${RENDERER}/`)) return null;
  const rest = file.slice(RENDERER.length + 1);
  return rest.includes('/') ? rest.slice(0, rest.indexOf('/')) : '.';
}

const layerOf = (folder: string) => RENDERER_LAYERS.findIndex((l) => l.includes(folder));

/** Why an import from `file` of `target` runs against the layers, or null when it does not. */
function layerViolation(file: string, target: string): string | null {
  const from = rendererFolder(file);
  const to = rendererFolder(target);
  if (from === null || to === null || from === to) return null;
  const a = layerOf(from);
  const b = layerOf(to);
  if (a < 0 || b < 0) return `${file} imports ${target}: a folder without a layer`;
  return b > a ? `${file} (layer ${a}, ${from}/) imports ${target} (layer ${b}, ${to}/)` : null;
}

/** The feature folders as a graph: one feature -> the features it imports from. */
function featureGraph(graph: Graph): Graph {
  const edges = new Map<string, Set<string>>([...FEATURES].map((f) => [f, new Set<string>()]));
  for (const [file, targets] of graph) {
    const from = rendererFolder(file);
    if (from === null || !FEATURES.has(from)) continue;
    for (const t of targets) {
      const to = rendererFolder(t);
      if (to !== null && to !== from && FEATURES.has(to)) edges.get(from)!.add(to);
    }
  }
  return new Map([...edges].map(([f, to]) => [f, [...to]]));
}

const TREE = ['electron', 'renderer', 'shared', 'scripts'];

describe('layering', () => {
  it('shared/ imports nothing platform-specific and no app folder', () => {
    const allowed = new Set(['zod', 'i18next']);
    expect(
      violations('shared', (f, s) => {
        if (s.startsWith('.')) {
          return resolvesInto(f, s, 'shared') ? null : `${f} imports ${s} outside shared/`;
        }
        return allowed.has(s) ? null : `${f} imports ${s}`;
      }),
    ).toEqual([]);
  });

  it('electron/services never imports the Electron module, the renderer, main or preload', () => {
    expect(
      violations('electron/services', (f, s) => {
        if (s === 'electron' || s.startsWith('electron/')) return `${f} imports ${s}`;
        for (const banned of ['renderer', 'electron/main', 'electron/preload', 'electron/web', 'electron/cli']) {
          if (resolvesInto(f, s, banned)) return `${f} imports ${s}`;
        }
        return null;
      }),
    ).toEqual([]);
  });

  it('the renderer imports only shared/ and browser packages', () => {
    expect(
      violations('renderer', (f, s) => {
        if (s.startsWith('.')) return resolvesInto(f, s, 'renderer') || resolvesInto(f, s, 'shared') ? null : `${f} imports ${s}`;
        if (s === 'electron' || s.startsWith('node:') || ['fs', 'path', 'os', 'child_process', 'better-sqlite3', 'kysely'].includes(s)) {
          return `${f} imports ${s}`;
        }
        return null;
      }),
    ).toEqual([]);
  });

  it('only electron/main and electron/preload import the Electron module', () => {
    const all = ['electron/services', 'electron/web', 'electron/cli', 'shared', 'renderer'];
    expect(all.flatMap((d) => violations(d, (f, s) => (s === 'electron' ? `${f} imports electron` : null)))).toEqual([]);
  });

  it('the rule reader itself sees imports (guards against a vacuous pass)', () => {
    expect(imports('electron/services/app.ts')).toContain('./api/dispatch');
    expect(sources('shared').length).toBeGreaterThan(10);
  });
});

describe('the renderer by layer', () => {
  const graph = moduleGraph(['renderer']);

  it('every folder of renderer/src has a layer (a new folder is placed in RENDERER_LAYERS)', () => {
    const folders = [...new Set([...graph.keys()].map(rendererFolder))].filter((f): f is string => f !== null);
    expect(folders.filter((f) => layerOf(f) < 0)).toEqual([]);
    expect(folders.length).toBeGreaterThan(10);
  });

  it('no file imports from a folder of a higher layer', () => {
    const found = [...graph].flatMap(([f, to]) => to.map((t) => layerViolation(f, t)).filter((v): v is string => v !== null));
    expect(found).toEqual([]);
  });

  it('the features use one another in one direction only', () => {
    expect(circles(featureGraph(graph))).toEqual([]);
  });

  it('the rules see the real graph (guards against a vacuous pass)', () => {
    expect(graph.size).toBeGreaterThan(80);
    expect(edgeCount(graph)).toBeGreaterThan(300);
    // Known edges: the shell builds the shell context; the entry renders the root; a feature uses the save queue.
    expect(graph.get('renderer/src/shell/Shell.tsx')).toContain('renderer/src/services/shell-context.ts');
    expect(graph.get('renderer/src/main.tsx')).toContain('renderer/src/app/App.tsx');
    expect(graph.get('renderer/src/editor/session.ts')).toContain('renderer/src/services/autosave/save-queue.ts');
    expect(featureGraph(graph).get('editor')).toContain('quality');
    // The rule itself: an import down is fine, an import up is reported, a file of no layer is reported.
    expect(layerViolation('renderer/src/shell/Shell.tsx', 'renderer/src/lib/route.ts')).toBeNull();
    expect(layerViolation('renderer/src/lib/route.ts', 'renderer/src/shell/Shell.tsx')).toMatch(/imports/);
    expect(layerViolation('renderer/src/nowhere/x.ts', 'renderer/src/lib/route.ts')).toMatch(/without a layer/);
  });
});

describe('import circles', () => {
  const graph = moduleGraph(TREE);

  it('no file of electron/, renderer/, shared/ or scripts/ is part of an import circle', () => {
    expect(circles(graph)).toEqual([]);
  });

  it('the graph is the real one and circles are seen (guards against a vacuous pass)', () => {
    for (const dir of TREE) expect([...graph.keys()].some((f) => f.startsWith(`${dir}/`))).toBe(true);
    expect(graph.size).toBeGreaterThan(250);
    expect(edgeCount(graph)).toBeGreaterThan(800);
    expect(graph.get('electron/services/app.ts')).toContain('electron/services/api/dispatch.ts');
    const loop = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
      ['e', ['e']],
    ]);
    expect(circles(loop)).toEqual([['a', 'b', 'c'], ['e']]);
  });
});

describe('the two halves of bundles', () => {
  const BUNDLES = 'electron/services/bundles';
  const graph = moduleGraph(['electron']);
  const edges = [...graph].flatMap(([from, to]) => to.map((t) => [from, t] as const));

  it('file/ (the bundle file alone) imports nothing of workspace/ (the receiver state) and no database', () => {
    const fromFile = edges.filter(([from]) => from.startsWith(`${BUNDLES}/file/`));
    expect(fromFile.filter(([, to]) => to.startsWith(`${BUNDLES}/workspace/`) || to.startsWith('electron/services/store/'))).toEqual([]);
    // Guards against a vacuous pass: file/ is read, and workspace/ does use it.
    expect(fromFile.length).toBeGreaterThan(10);
    expect(edges.some(([from, to]) => from.startsWith(`${BUNDLES}/workspace/`) && to.startsWith(`${BUNDLES}/file/`))).toBe(true);
  });
});
