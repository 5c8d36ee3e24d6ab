// A .plani path given at launch or by a second instance, staged for the
// import screen as a chosen file would be; and the route that opens it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bundlePathFromArgv } from '../../../electron/main/launch-path';
import { stageLocalBundle } from '../../../electron/services/staging/local-file';
import { StagedFiles } from '../../../electron/services/staging/staged-files';
import { parseStagedBundleQuery, stagedImportHash } from '../../../shared/route/staged-bundle';
import { parseRoute, routeHref } from '../../../renderer/src/lib/route';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('bundlePathFromArgv', () => {
  it('finds the double-clicked bundle, made absolute, and nothing else', () => {
    expect(bundlePathFromArgv(['C:\\Plani\\Plani.exe', 'C:\\Users\\a\\Downloads\\MD-1.plani'], 'C:\\')).toBe('C:\\Users\\a\\Downloads\\MD-1.plani');
    expect(bundlePathFromArgv(['/opt/Plani/plani', '--no-sandbox', 'inbox/MD-1.PLANI'], '/home/a')).toBe(resolve('/home/a', 'inbox/MD-1.PLANI'));
    expect(bundlePathFromArgv(['electron', '.', '--user-data-dir=/tmp/x'], '/repo')).toBeNull();
    expect(bundlePathFromArgv(['/opt/Plani/plani', '--workspace', '/data/ws'], '/')).toBeNull();
    expect(bundlePathFromArgv(['/opt/Plani/plani', '--file=x.plani'], '/')).toBeNull();
  });
});

describe('stageLocalBundle', () => {
  const setup = () => {
    const dir = mkdtempSync(join(tmpdir(), 'plani-launch-'));
    dirs.push(dir);
    return { dir, staging: new StagedFiles(join(dir, 'ws'), () => new Date('2026-03-02T10:00:00Z')) };
  };

  it('stages the file whole, as a chosen file would be', () => {
    const { dir, staging } = setup();
    const bytes = Buffer.alloc(300_000, 7);
    writeFileSync(join(dir, 'MD-1.plani'), bytes);
    const staged = stageLocalBundle(staging, join(dir, 'MD-1.plani'));
    expect(staged).toMatchObject({ name: 'MD-1.plani', size: bytes.length });
    expect(staging.read(staged.id, 0).size).toBe(bytes.length);
    staging.close();
  });

  it('refuses a path that does not exist, a file that is not a bundle, and an empty one, with their codes', () => {
    const { dir, staging } = setup();
    expect(() => stageLocalBundle(staging, join(dir, 'gone.plani'))).toThrow(expect.objectContaining({ code: 'file-unreadable' }));
    writeFileSync(join(dir, 'notes.txt'), 'x');
    expect(() => stageLocalBundle(staging, join(dir, 'notes.txt'))).toThrow(expect.objectContaining({ code: 'not-a-bundle' }));
    writeFileSync(join(dir, 'empty.plani'), '');
    expect(() => stageLocalBundle(staging, join(dir, 'empty.plani'))).toThrow(expect.objectContaining({ code: 'not-a-bundle' }));
    staging.close();
  });
});

describe('the import route of a staged bundle', () => {
  const staged = { id: '0b6c1b9e-3f7a-4c1e-9d2a-6f1e2d3c4b5a', name: 'MD 1 (kopje).plani', size: 1234 };

  it('is written by the main process and read by the renderer, for each role', () => {
    expect(parseRoute(stagedImportHash('poc', staged))).toEqual({ view: 'bundle-import', staged });
    expect(parseRoute(stagedImportHash('lfp', staged))).toEqual({ view: 'bundles', staged });
    expect(routeHref({ view: 'bundles', staged })).toBe(stagedImportHash('lfp', staged));
    expect(parseStagedBundleQuery('?staged=nope&size=1&name=x')).toBeUndefined();
    // Another screen, or a malformed query, is not an import.
    expect(parseRoute('#/keys?staged=0b6c1b9e-3f7a-4c1e-9d2a-6f1e2d3c4b5a&size=1&name=a.plani')).toEqual({ view: 'home' });
    expect(parseRoute('#/import?x=1')).toEqual({ view: 'home' });
    expect(parseRoute('#/import')).toEqual({ view: 'bundle-import' });
  });
});
