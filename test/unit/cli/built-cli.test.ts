// The real bundled program, in a child process: checks what in-process tests
// cannot (the entry point runs main, the exit code reaches the shell, and
// Albanian letters leave the process as UTF-8 bytes).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Sandbox, sandbox } from './run';

const ROOT = join(__dirname, '..', '..', '..');
const BUILT = join(ROOT, 'dist', 'node', 'cli.cjs');
const BIN = join(ROOT, 'bin', 'ogp-drafter.cjs');

let sb: Sandbox;
beforeEach(() => {
  sb = sandbox();
});
afterEach(() => sb.cleanup());

const spawnCli = (entry: string, args: string[]) =>
  spawnSync(process.execPath, [entry, ...args], { env: sb.env, cwd: sb.root, encoding: 'buffer', timeout: 30_000 });

describe.skipIf(!existsSync(BUILT))('built CLI (skipped: dist/node/cli.cjs is missing; run npm run build)', () => {
  it('creates a workspace and prints Albanian letters as UTF-8', () => {
    const res = spawnCli(BUILT, ['init', '--role', 'lfp', '--institution', 'MD', '--workspace', sb.ws()]);
    expect(res.status, res.stderr.toString('utf8')).toBe(0);
    // "Drejtësisë": ë is C3 AB.
    expect(res.stdout.includes(Buffer.from([0x44, 0x72, 0x65, 0x6a, 0x74, 0xc3, 0xab, 0x73, 0x69, 0x73, 0xc3, 0xab]))).toBe(true);
    expect(res.stdout.toString('utf8')).toMatch(/\d{5}( \d{5}){5}\n$/);
  });

  it('exits with 2 on a usage error and 1 on a refusal', () => {
    expect(spawnCli(BUILT, ['frobnicate']).status).toBe(2);
    const refused = spawnCli(BUILT, ['init', '--role', 'lfp', '--institution', 'XYZ', '--workspace', sb.ws(), '--lang', 'en']);
    expect(refused.status).toBe(1);
    expect(refused.stderr.toString('utf8')).toBe('The institution code “XYZ” is not known. Known codes: MD, MOFE, NAIS, ADISA.\n');
  });

  it.skipIf(!existsSync(BIN))('runs through bin/ogp-drafter.cjs (skipped when the bin file is missing)', () => {
    const res = spawnCli(BIN, ['--version', '--json']);
    expect(res.status).toBe(0);
    expect(JSON.parse(res.stdout.toString('utf8'))).toEqual({ version: expect.any(String) });
  });

  it('makes its code cache when there is none, and runs the same when the cache is from another build', () => {
    const dir = join(sb.root, 'copy');
    mkdirSync(dir);
    for (const f of ['cli.cjs', 'cli-main.cjs']) copyFileSync(join(ROOT, 'dist', 'node', f), join(dir, f));
    const version = () => {
      const res = spawnCli(join(dir, 'cli.cjs'), ['--version', '--json']);
      expect(res.status, res.stderr.toString('utf8')).toBe(0);
      return JSON.parse(res.stdout.toString('utf8'));
    };
    const expected = version();
    const cache = join(dir, 'cli-main.cjs.cache');
    expect(existsSync(cache)).toBe(true);
    expect(version()).toEqual(expected);
    // A cache whose header names another file is not used, and is replaced.
    writeFileSync(cache, Buffer.concat([Buffer.from('1:2:v0:none\n'), readFileSync(cache).subarray(100)]));
    expect(version()).toEqual(expected);
    expect(readFileSync(cache, 'latin1').startsWith('1:2:v0:none\n')).toBe(false);
  });
});
