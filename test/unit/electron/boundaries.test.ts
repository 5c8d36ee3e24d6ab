// The main-process modules are tested without the Electron runtime, which
// only works while they import Electron for types alone. The bootstrap and
// the preload entry are the two files allowed a real import.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY } from '../../../electron/services/security/csp';

const ROOT = join(__dirname, '..', '..', '..');
const RUNTIME_IMPORT_ALLOWED = new Set(['electron/main/index.ts', 'electron/preload/index.ts']);

function tsFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(`${dir}/${e.name}`) : e.name.endsWith('.ts') ? [`${dir}/${e.name}`] : [],
  );
}

describe('Electron imports', () => {
  it('only the bootstrap and the preload entry load the Electron module at run time', () => {
    const offenders = [...tsFiles('electron/main'), ...tsFiles('electron/preload'), ...tsFiles('electron/web')].filter((f) => {
      if (RUNTIME_IMPORT_ALLOWED.has(f)) return false;
      const text = readFileSync(join(ROOT, f), 'utf8');
      const valueImport = /^\s*import\s+(?!type\b)[^;]*?from\s+['"]electron['"]/m.test(text);
      const required = /\brequire\(\s*['"]electron['"]\s*\)/.test(text);
      return valueImport || required;
    });
    expect(offenders).toEqual([]);
  });

  it('the preload exposes the bridge object and nothing else', () => {
    const text = readFileSync(join(ROOT, 'electron/preload/index.ts'), 'utf8');
    const exposed = [...text.matchAll(/exposeInMainWorld\(([^\n]*)\);/g)].map((m) => m[1]);
    expect(exposed).toEqual(["'plani', createPlaniBridge(ipcRenderer)"]);
  });
});

describe('CSP', () => {
  it('never allows eval or remote origins', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/);
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
  });

  it('is the same policy as the meta tag in renderer/index.html, less the header-only directive', () => {
    const html = readFileSync(join(ROOT, 'renderer', 'index.html'), 'utf8');
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
    expect(meta?.[1]).toBe(META_CONTENT_SECURITY_POLICY);
    expect(`${META_CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`).toBe(CONTENT_SECURITY_POLICY);
  });
});
