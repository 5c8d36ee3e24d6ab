// A bundle larger than one message can carry (three photos near the
// attachment limit: over the 25 MiB a base64 upload may have), exported and
// imported through the API the way the screens and the CLI do it: written
// into a staged file and fetched a chunk at a time, handed over a chunk at a
// time and read by path.
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BUNDLE_BYTES, STAGE_CHUNK_BYTES } from '../../../shared/api/contract';
import { type TempWorkspace, tempWorkspace } from '../../helpers/temp-workspace';

const MiB = 1024 * 1024;
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const photos = [0, 1, 2].map(() => Buffer.concat([PNG, randomBytes(9 * MiB)]));

let md: TempWorkspace;
let poc: TempWorkspace;

beforeAll(async () => {
  md = await tempWorkspace({ role: 'lfp', institution: 'MD' });
  poc = await tempWorkspace({ role: 'poc', institution: 'POC' });
  const c = await md.ok('commitment.create', { componentCode: 'anti-corruption', title: { sq: 'Takimet me shoqërinë civile', en: 'Meetings with civil society' } });
  for (const [i, data] of photos.entries()) {
    await md.ok('attachment.add', { ownerType: 'commitment', ownerId: c.id, file: { name: `foto-${i}.png`, dataBase64: data.toString('base64') } });
  }
}, 120_000);
afterAll(async () => {
  await md.cleanup();
  await poc.cleanup();
});

async function fetchAll(ws: TempWorkspace, stagedId: string): Promise<Buffer> {
  const parts: Buffer[] = [];
  for (let offset = 0; ; ) {
    const { dataBase64, size } = await ws.ok('staging.read', { stagedId, offset });
    const bytes = Buffer.from(dataBase64, 'base64');
    parts.push(bytes);
    offset += bytes.length;
    if (offset >= size) break;
  }
  return Buffer.concat(parts);
}

async function handOver(ws: TempWorkspace, name: string, data: Buffer): Promise<string> {
  const { stagedId } = await ws.ok('staging.begin', { name, size: data.length });
  for (let offset = 0; offset < data.length; offset += STAGE_CHUNK_BYTES) {
    await ws.ok('staging.append', { stagedId, offset, dataBase64: data.subarray(offset, offset + STAGE_CHUNK_BYTES).toString('base64') });
  }
  return stagedId;
}

describe('a bundle larger than one message, through staged files', () => {
  it('exports, previews and imports with every attachment, and leaves no staged file behind', async () => {
    const out = await md.ok('bundle.exportStaged', {});
    expect(out.size).toBeGreaterThan(MAX_BUNDLE_BYTES);
    expect(out.summary.counts.attachments).toBe(3);
    const bytes = await fetchAll(md, out.stagedId);
    expect(bytes.length).toBe(out.size);
    await md.ok('staging.discard', { stagedId: out.stagedId });

    // Handed over whole only: the preview of a file still arriving is refused.
    const { stagedId: partial } = await poc.ok('staging.begin', { name: out.fileName, size: bytes.length });
    await poc.ok('staging.append', { stagedId: partial, offset: 0, dataBase64: bytes.subarray(0, STAGE_CHUNK_BYTES).toString('base64') });
    expect(await poc.plani.call('bundle.preview', { file: { stagedId: partial } })).toMatchObject({ ok: false, error: { code: 'staged-file-incomplete' } });

    const stagedId = await handOver(poc, out.fileName, bytes);
    const preview = await poc.ok('bundle.preview', { file: { stagedId } });
    expect(preview.refusal).toBeNull();
    expect(preview.summary.counts.attachments).toBe(3);
    const key = await md.ok('key.show', {});
    const imported = await poc.ok('bundle.import', { file: { stagedId }, trustCode: key.safetyCode });
    expect(imported.result).toBe('applied');
    const stored = await poc.plani.context.workspace().then((ws) => ws.store.db.selectFrom('attachment').select(['size']).execute());
    expect(stored.map((r) => r.size).sort()).toEqual(photos.map((p) => p.length).sort());

    await poc.ok('staging.discard', { stagedId });
    await poc.ok('staging.discard', { stagedId: partial });
    const session = readdirSync(join(poc.dir, '.staging'));
    expect(session.flatMap((s) => readdirSync(join(poc.dir, '.staging', s)))).toEqual([]);
    await poc.plani.close();
    expect(existsSync(join(poc.dir, '.staging')) ? readdirSync(join(poc.dir, '.staging')) : []).toEqual([]);
  }, 120_000);

  it('refuses a chunk that is not base64 and a size over the limit as invalid input', async () => {
    expect(await poc.plani.call('staging.begin', { name: 'x.plani', size: 501 * MiB })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const { stagedId } = await poc.ok('staging.begin', { name: 'x.plani', size: 3 });
    expect(await poc.plani.call('staging.append', { stagedId, offset: 0, dataBase64: 'no base64!' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});
