// The log file: rotation (1 MB × 5 by default; small here) and redaction
// (codes, ids and sizes only: no field text, no names, no keys).
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createPlani } from '../../../electron/services/app';
import { createLog, LOG_FILE, LOG_FILES, LOG_MAX_BYTES } from '../../../electron/services/log/rotating-log';
import { redact, redactStack } from '../../../electron/services/log/redact';
import { type Sandbox, sandboxWithPlan } from '../cli/run';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'plani-log-'));
  dirs.push(d);
  return d;
};
const lines = (file: string) => readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);

describe('rotation', () => {
  it('keeps at most `files` files of at most `maxBytes` each, the newest lines in plani.log', () => {
    expect([LOG_MAX_BYTES, LOG_FILES]).toEqual([1024 * 1024, 5]);
    const dir = tempDir();
    const log = createLog({ dir, maxBytes: 1000, files: 3, clock: () => new Date('2026-03-02T10:00:00Z') });
    for (let i = 0; i < 100; i++) log.write('info', 'test.line', { n: i });
    expect(readdirSync(dir).sort()).toEqual([LOG_FILE, `${LOG_FILE}.1`, `${LOG_FILE}.2`]);
    for (const f of readdirSync(dir)) expect(readFileSync(join(dir, f)).length).toBeLessThanOrEqual(1000);
    const current = lines(join(dir, LOG_FILE));
    expect(current.at(-1)).toEqual({ t: '2026-03-02T10:00:00.000Z', level: 'info', code: 'test.line', data: { n: 99 } });
    const older = lines(join(dir, `${LOG_FILE}.1`));
    expect((older.at(-1)!.data as { n: number }).n).toBe((current[0]!.data as { n: number }).n - 1);
  });

  it('a log folder that cannot be written does not stop anything', () => {
    const dir = tempDir();
    const blocked = join(dir, 'file');
    writeFileSync(blocked, 'x');
    const log = createLog({ dir: join(blocked, 'logs') });
    expect(() => log.write('error', 'test.line', {})).not.toThrow();
  });
});

describe('redaction', () => {
  it('keeps ids, codes, numbers and timestamps; text becomes its length; keys are dropped', () => {
    expect(
      redact({
        method: 'commitment.update',
        id: '0b6c1b9e-3f7a-4c1e-9d2a-6f1e2d3c4b5a',
        changes: { title: { sq: 'Regjistri i pronësisë', en: 'Beneficial ownership' } },
        name: 'Ana Hoxha',
        privateKeyPkcs8: Buffer.from('secret'),
        passphrase: 'hunter2',
        size: 1234,
        savedAt: '2026-03-02T10:00:00.000Z',
      }),
    ).toEqual({
      method: 'commitment.update',
      id: '0b6c1b9e-3f7a-4c1e-9d2a-6f1e2d3c4b5a',
      changes: { title: { sq: '<text 21>', en: '<text 20>' } },
      name: '<text 9>',
      privateKeyPkcs8: '<redacted>',
      passphrase: '<redacted>',
      size: 1234,
      savedAt: '2026-03-02T10:00:00.000Z',
    });
  });

  it('stack frames keep function and file name, never folders (they hold the user name)', () => {
    const stack = 'Error: Beneficial ownership\n    at saveField (C:\\Users\\Ana Hoxha\\AppData\\Local\\Programs\\Plani\\resources\\app.asar\\dist\\electron\\main.cjs:10:5)\n    at /home/ana/plani/dist/node/cli.cjs:20:7';
    expect(redactStack(stack)).toEqual(['saveField main.cjs:10:5', 'cli.cjs:20:7']);
  });
});

describe('the log of a running app', () => {
  let sb: Sandbox;
  afterEach(() => sb.cleanup());

  it('a commitment edit that fails unexpectedly, and a crash the window reports, leave none of their text in the log', async () => {
    sb = await sandboxWithPlan();
    const dir = join(sb.ws(), 'logs');
    const log = createLog({ dir });
    const plani = createPlani({ mode: 'browser', workspaceDir: sb.ws(), keyringDir: sb.env.PLANI_KEYRING_DIR, log, onUnexpected: () => undefined });
    try {
      const overview = (await plani.call('plan.overview', {})) as { ok: true; value: { components: { commitments: { id: string }[] }[] } };
      const id = overview.value.components.flatMap((c) => c.commitments)[0]!.id;
      const secret = 'Teksti sekret i angazhimit që nuk duhet të dalë';
      const saved = await plani.call('commitment.update', { id, changes: { title: { sq: secret } } });
      expect(saved.ok).toBe(true);
      // An unexpected failure inside a handler, with the person's text in its message.
      const handlers = await plani.handlers();
      const original = handlers['commitment.update'];
      (handlers as Record<string, unknown>)['commitment.update'] = async () => {
        throw new Error(`constraint failed for ${secret}`);
      };
      expect(await plani.call('commitment.update', { id, changes: { title: { sq: secret } } })).toMatchObject({ ok: false, error: { code: 'internal' } });
      (handlers as Record<string, unknown>)['commitment.update'] = original;
      expect((await plani.call('diagnostics.reportError', { source: 'error', name: 'TypeError', message: `cannot read ${secret}`, stack: `TypeError: ${secret}\n    at Editor (http://127.0.0.1:1234/assets/index-abc.js:1:2)`, route: `#/component/x/commitment/${id}?focus=title.sq` })).ok).toBe(true);

      const text = readFileSync(join(dir, LOG_FILE), 'utf8');
      expect(text).not.toContain('sekret');
      expect(text).not.toContain(sb.root);
      const entries = lines(join(dir, LOG_FILE));
      expect(entries.map((e) => e.code)).toEqual(['api.unexpected', 'renderer.error']);
      expect(entries[0]).toMatchObject({ level: 'error', data: { method: 'commitment.update' }, error: { name: 'Error', message: `<text ${`constraint failed for ${secret}`.length}>` } });
      expect(entries[1]).toMatchObject({ data: { source: 'error', view: 'component' }, error: { name: 'TypeError', frames: ['Editor index-abc.js:1:2'] } });
    } finally {
      await plani.close();
    }
    expect(existsSync(dir)).toBe(true);
  });
});
