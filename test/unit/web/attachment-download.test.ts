// GET /attachments/<id> over real HTTP: the token is required, the bytes
// come back whole with their type and a download disposition naming the file.
import { request as httpRequest } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { startWebBridge, type WebBridge } from '../../../electron/web';
import { workspaceAttachments } from '../../../electron/web/downloads';
import { tempDir, tempWorkspace, type TempWorkspace } from '../../helpers/temp-workspace';
import { PNG } from '../attachments/files';

let ws: TempWorkspace;
let bridge: WebBridge;
beforeEach(async () => {
  ws = await tempWorkspace({ role: 'lfp', institution: 'MD' });
  const rendererDir = join(tempDir('plani-renderer-'), 'renderer');
  mkdirSync(rendererDir, { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Plani</title>');
  bridge = await startWebBridge({ plani: ws.plani, rendererDir, host: '127.0.0.1', attachments: workspaceAttachments(ws.plani) });
});
afterEach(async () => {
  await bridge.close();
  await ws.cleanup();
});

function get(path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port: bridge.port, path, headers: { Host: `127.0.0.1:${bridge.port}`, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

it('downloads an attachment with its type and name, only with the token', async () => {
  const c = await ws.ok('commitment.create', { componentCode: 'anti-corruption', title: { sq: 'Foto', en: 'Photo' } });
  const a = await ws.ok('attachment.add', { ownerType: 'commitment', ownerId: c.id, file: { name: 'Takimi në Korçë.png', dataBase64: PNG.toString('base64') } });
  expect((await get(`/attachments/${a.id}`)).status).toBe(401);
  const cookie = { Cookie: `plani_token_${bridge.port}=${bridge.token}` };
  const r = await get(`/attachments/${a.id}`, cookie);
  expect(r.status).toBe(200);
  expect(r.body.equals(PNG)).toBe(true);
  expect(r.headers).toMatchObject({
    'content-type': 'image/png',
    'x-content-type-options': 'nosniff',
    'content-disposition': `attachment; filename="Takimi ne Korce.png"; filename*=UTF-8''${encodeURIComponent('Takimi në Korçë.png')}`,
  });
  expect((await get('/attachments/00000000-0000-4000-8000-000000000000', cookie)).status).toBe(404);
});
