// The Windows signing hook: configured by environment variables only, and a
// signing program that fails stops the build rather than shipping unsigned.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..', '..');
type Sign = ((c: { path: string }, env?: NodeJS.ProcessEnv) => Promise<void>) & {
  signCommand(file: string, env?: NodeJS.ProcessEnv): { tool: string; args: string[] } | null;
};
const sign = createRequire(__filename)('../../../scripts/sign-windows.cjs') as Sign;

describe('scripts/sign-windows.cjs', () => {
  it('is electron-builder’s signing hook, with sha256 only', async () => {
    const { getConfig } = (await import('app-builder-lib/out/util/config/config')) as { getConfig: (dir: string, path: string | null, opts: null) => Promise<Record<string, any>> };
    const config = await getConfig(root, join(root, 'electron-builder.yml'), null);
    expect(config.win.signtoolOptions.sign).toBe('scripts/sign-windows.cjs');
    expect(config.win.signtoolOptions.signingHashAlgorithms).toEqual(['sha256']);
    expect(existsSync(join(root, config.win.signtoolOptions.sign))).toBe(true);
  });

  it('signs nothing without PLANI_SIGN_TOOL, and puts the file where the arguments say', () => {
    expect(sign.signCommand('C:\\out\\Plani.exe', {})).toBeNull();
    const env = { PLANI_SIGN_TOOL: 'signtool.exe', PLANI_SIGN_ARGS: JSON.stringify(['sign', '/fd', 'sha256', '/a', '{file}']) };
    expect(sign.signCommand('C:\\out\\Plani.exe', env)).toEqual({ tool: 'signtool.exe', args: ['sign', '/fd', 'sha256', '/a', 'C:\\out\\Plani.exe'] });
  });

  it('refuses arguments that are not a JSON array of strings or do not name the file', () => {
    expect(() => sign.signCommand('x', { PLANI_SIGN_TOOL: 't', PLANI_SIGN_ARGS: 'sign /a x' })).toThrow(/JSON array/);
    expect(() => sign.signCommand('x', { PLANI_SIGN_TOOL: 't', PLANI_SIGN_ARGS: '["sign", 3]' })).toThrow(/JSON array/);
    expect(() => sign.signCommand('x', { PLANI_SIGN_TOOL: 't', PLANI_SIGN_ARGS: '["sign"]' })).toThrow(/\{file\}/);
  });

  it('runs the signing program on the file, and a failing one stops the build', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sign-'));
    const marker = join(dir, 'signed.txt');
    const ok = { PLANI_SIGN_TOOL: process.execPath, PLANI_SIGN_ARGS: JSON.stringify(['-e', `require('fs').writeFileSync(${JSON.stringify(marker)}, process.argv[1])`, '{file}']) };
    await sign({ path: join(dir, 'Plani.exe') }, ok);
    expect(readFileSync(marker, 'utf8')).toBe(join(dir, 'Plani.exe'));
    const failing = { PLANI_SIGN_TOOL: process.execPath, PLANI_SIGN_ARGS: JSON.stringify(['-e', 'process.exit(3)', '{file}']) };
    await expect(sign({ path: join(dir, 'Plani.exe') }, failing)).rejects.toThrow(/exited with 3/);
  });
});
