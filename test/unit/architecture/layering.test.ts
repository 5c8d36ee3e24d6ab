// The architecture's import rules, checked by reading every source file:
// shared/ is pure (no Node, DOM, React or app folders), services never touch
// Electron, the renderer talks only through shared/, and only main/preload
// import the Electron module.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..', '..');

function sources(dir: string): string[] {
  const abs = join(ROOT, dir);
  let entries: string[];
  try {
    entries = readdirSync(abs);
  } catch {
    return [];
  }
  return entries.flatMap((e) => {
    const p = join(abs, e);
    if (statSync(p).isDirectory()) return sources(relative(ROOT, p));
    return /\.(ts|tsx|mts|cts)$/.test(e) && !e.endsWith('.d.ts') ? [relative(ROOT, p)] : [];
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
