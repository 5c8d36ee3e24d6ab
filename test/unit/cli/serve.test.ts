import { mkdirSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Sandbox, sandbox } from './run';

let sb: Sandbox;
beforeEach(() => {
  sb = sandbox();
});
afterEach(() => sb.cleanup());

function fakeRenderer(): string {
  const dir = sb.file('renderer');
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}/index.html`, '<!doctype html><html><head><meta name="plani-token" content="" /></head><body>Plani ë</body></html>');
  return dir;
}

describe('ogp-drafter serve', () => {
  it('serves the renderer on 127.0.0.1 with a token until stopped, then closes cleanly', async () => {
    const env = { PLANI_RENDERER_DIR: fakeRenderer() };
    const stop = new AbortController();
    let announced!: (line: string) => void;
    const firstLine = new Promise<string>((resolve) => (announced = resolve));
    const running = sb.run(['serve', '--port', '0', '--json', '--workspace', sb.ws()], {
      env,
      signal: stop.signal,
      onStdout: (all) => {
        if (all.includes('\n')) announced(all.slice(0, all.indexOf('\n')));
      },
    });
    const { url, port } = JSON.parse(await firstLine) as { url: string; port: number };
    expect(url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${port}/\\?token=[\\w-]+$`));

    const withToken = await fetch(url, { redirect: 'manual' });
    expect(withToken.status).toBeLessThan(400);
    const withoutToken = await fetch(`http://127.0.0.1:${port}/api/app.info`, { method: 'POST', body: '{}' });
    expect(withoutToken.status).toBe(401);

    stop.abort();
    const res = await running;
    expect(res.code, res.stderr).toBe(0);
    // The port is released once serve returns.
    await expect(fetch(url)).rejects.toThrow();
  });

  it('prints the address in the chosen language without --json', async () => {
    const stop = new AbortController();
    const running = sb.run(['serve', '--workspace', sb.ws(), '--lang', 'en'], {
      env: { PLANI_RENDERER_DIR: fakeRenderer() },
      signal: stop.signal,
      onStdout: (all) => {
        if (all.includes('Ctrl+C')) stop.abort();
      },
    });
    const res = await running;
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(/^Plani is running in the browser: http:\/\/127\.0\.0\.1:\d+\/\?token=/);
    expect(res.stdout).toContain('Plani has stopped.');
  });

  it('explains, in the workspace language, that npm start fell back to browser mode', async () => {
    const stop = new AbortController();
    const res = await sb.run(['serve', '--workspace', sb.ws()], {
      env: { PLANI_RENDERER_DIR: fakeRenderer(), PLANI_ELECTRON_MISSING: '1' },
      signal: stop.signal,
      onStdout: (all) => {
        if (all.includes('Ctrl+C')) stop.abort();
      },
    });
    expect(res.code).toBe(0);
    expect(res.stderr).toBe(
      'Programi Electron nuk është i instaluar në këtë kompjuter, prandaj Plani hapet në shfletues: hapni adresën më poshtë.\n',
    );
    expect(res.stdout).toMatch(/^Plani po punon në shfletues: http:\/\/127\.0\.0\.1:\d+\/\?token=/);
  });

  it('says so when the renderer has not been built', async () => {
    const res = await sb.run(['serve', '--workspace', sb.ws(), '--json'], { env: { PLANI_RENDERER_DIR: sb.file('missing') } });
    expect(res.code).toBe(1);
    expect(res.stderr).toBe(`Ndërfaqja e Planit nuk është ndërtuar: mungon ${sb.file('missing')}. Ndërtojeni me “npm run build”.\n`);
    expect(JSON.parse(res.stdout).error.code).toBe('renderer-missing');
  });
});
