// The integrity check every open runs, and the two causes an open can fail
// for kept apart: a damaged file versus a program whose native module does not load.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../../electron/services/store/database';
import { classifyOpenError, integrityProblems, isNativeModuleError } from '../../../electron/services/store/integrity';
import { createI18n } from '../../../shared/i18n';
import { damagePage, sampleDb } from './damage';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'plani-integrity-'));
  dirs.push(d);
  return d;
};

describe('integrityProblems', () => {
  it('is empty for a sound file and lists what quick_check and integrity_check find in a damaged one', () => {
    const file = join(tempDir(), 'sample.db');
    sampleDb(file);
    const sound = new Database(file, { readonly: true });
    expect(integrityProblems(sound, 'quick')).toEqual([]);
    expect(integrityProblems(sound, 'full')).toEqual([]);
    sound.close();
    const pages = statSync(file).size / 4096;
    damagePage(file, Math.floor(pages / 2));
    const damaged = new Database(file, { readonly: true });
    expect(integrityProblems(damaged, 'quick').length).toBeGreaterThan(0);
    expect(integrityProblems(damaged, 'full').length).toBeGreaterThan(0);
    damaged.close();
  });
});

describe('opening a damaged database', () => {
  it('is refused as damaged, naming the file and what SQLite found', () => {
    const file = join(tempDir(), 'sample.db');
    sampleDb(file);
    damagePage(file, Math.floor(statSync(file).size / 4096 / 2));
    let caught: unknown;
    try {
      openStore(file);
    } catch (err) {
      caught = err;
    }
    expect(caught).toMatchObject({ code: 'database-damaged', details: { params: { path: file } } });
    expect(String((caught as { details: { params: { problem: string } } }).details.params.problem)).not.toBe('');
  });
});

describe('a native module that does not load', () => {
  // The shapes Node and better-sqlite3 give when the build is for another ABI, platform, or missing.
  const shapes = [
    "The module '/app/node_modules/better-sqlite3/build/Release/better_sqlite3.node'\nwas compiled against a different Node.js version using\nNODE_MODULE_VERSION 127. This version of Node.js requires\nNODE_MODULE_VERSION 137. Please try re-compiling or re-installing\nthe module (for instance, using `npm rebuild` or `npm install`).",
    "Cannot find module '/opt/Plani/resources/app.asar.unpacked/build/electron-native/better_sqlite3.node'",
    'Could not locate the bindings file. Tried:\n → /app/node_modules/better-sqlite3/build/better_sqlite3.node',
    '/app/build/Release/better_sqlite3.node: invalid ELF header',
    '\\\\?\\C:\\Plani\\resources\\better_sqlite3.node is not a valid Win32 application.',
  ];

  it.each(shapes)('is told apart from a damaged file: %#', (message) => {
    expect(isNativeModuleError(new Error(message))).toBe(true);
    expect(classifyOpenError(new Error(message))).toBe('program-incomplete');
  });

  it('does not take SQLite’s own errors for a missing module', () => {
    for (const m of ['file is not a database', 'database disk image is malformed', 'unable to open database file']) {
      expect(classifyOpenError(Object.assign(new Error(m), { code: 'SQLITE_NOTADB' }))).toBe('damaged');
    }
  });

  it('openStore reports a binding that does not load as an incomplete program, never as a damaged database', () => {
    const dir = tempDir();
    const file = join(dir, 'sample.db');
    sampleDb(file);
    let caught: unknown;
    try {
      openStore(file, { nativeBinding: join(dir, 'missing', 'better_sqlite3.node') });
    } catch (err) {
      caught = err;
    }
    expect(caught).toMatchObject({ code: 'program-incomplete' });
    const { t } = createI18n('en');
    const text = t('errors.program-incomplete', (caught as { details: { params: Record<string, string> } }).details.params);
    expect(text).toMatch(/Reinstall Plani/);
    expect(text).not.toMatch(/is damaged/);
  });
});
