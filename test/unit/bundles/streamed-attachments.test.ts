// Bundles with attachments of a few megabytes, exported to and imported from
// real files between two real workspaces: the attachments stream from the
// LFP's content store into the zip and from the zip into the POC's store.
// A bundle refused for one of its attachments (bytes changed, a type that
// lies, an entry over the limit, a truncated file) leaves the receiving
// workspace as it was: the same records, the same content files, and no
// temporary file, although the attachments before the bad one were already
// streamed into temporary files when it was found.
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/api/errors';
import { AttachmentService } from '../../../electron/services/attachments/service';
import { ATTACHMENTS_DIR } from '../../../electron/services/attachments/content-store';
import { ENTRY_LIMITS } from '../../../electron/services/bundles/file/limits';
import { forge, partsOf, sha256, type Parts } from './bundle-kit';
import { draftCommitment, type Party, party } from './workspace-fixtures';
import { docx } from '../attachments/files';

const MiB = 1024 * 1024;
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0]);
const PDF = Buffer.from('%PDF-1.7\n', 'latin1');
/** Real headers, then incompressible bodies: what photos and scans look like to deflate; and a DOCX, typed by reading ranges back. */
const FILES: { name: string; data: Buffer }[] = [
  { name: 'foto-takimi.png', data: Buffer.concat([PNG, randomBytes(3 * MiB)]) },
  { name: 'procesverbali.pdf', data: Buffer.concat([PDF, randomBytes(4 * MiB)]) },
  { name: 'sallja.jpg', data: Buffer.concat([JPEG, randomBytes(2 * MiB + 17)]) },
  { name: 'lista.pdf', data: Buffer.concat([PDF, randomBytes(3 * MiB + 5)]) },
];

let md: Party;
let poc: Party;
let exported: string;
let commitmentId: string;

const storeDir = (p: Party) => join(p.dir, ATTACHMENTS_DIR);
const storeFiles = (p: Party) => (existsSync(storeDir(p)) ? readdirSync(storeDir(p)).sort() : []);
const code = async (p: Party) => (await p.bundles.showKey()).safetyCode;

beforeAll(async () => {
  FILES.push({ name: 'plani.docx', data: await docx() });
  md = await party('lfp', 'MD');
  poc = await party('poc', 'POC');
  ({ commitmentId } = await draftCommitment(md, 'anti-corruption', { sq: 'Regjistri i pronësisë përfituese', en: 'Beneficial ownership register' }));
  const attachments = new AttachmentService(md.ws);
  for (const f of FILES) await attachments.add({ ownerType: 'commitment', ownerId: commitmentId }, { name: f.name, dataBase64: f.data.toString('base64') });
  exported = join(md.root, 'MD-1.plani');
  await md.bundles.exportFile(exported);
});
afterAll(async () => {
  await md.close();
  await poc.close();
});

describe('a bundle with attachments of a few MB, through files', () => {
  it('is written with every attachment stored under its hash, and previewed without writing anything', async () => {
    const parts = partsOf(readFileSync(exported));
    expect(parts.attachments.map((a) => a.name.slice('data/att/'.length, 'data/att/'.length + 64)).sort()).toEqual(FILES.map((f) => sha256(f.data)).sort());
    for (const f of FILES) expect(parts.attachments.some((a) => a.data.equals(f.data))).toBe(true);
    const preview = await poc.bundles.previewFile(exported);
    expect(preview.refusal).toBeNull();
    expect(preview.summary.counts.attachments).toBe(FILES.length);
    expect(storeFiles(poc)).toEqual([]);
  });

  it('round-trips: the POC stores the same contents under their hashes, and no temporary file is left', async () => {
    const out = await poc.bundles.importFile(exported, await code(md));
    expect(out.result).toBe('applied');
    expect(storeFiles(poc)).toEqual(FILES.map((f) => sha256(f.data)).sort());
    for (const f of FILES) expect(readFileSync(join(storeDir(poc), sha256(f.data))).equals(f.data)).toBe(true);
    const rows = await poc.ws.store.db.selectFrom('attachment').select(['sha256', 'size']).execute();
    expect(rows.map((r) => r.sha256).sort()).toEqual(FILES.map((f) => sha256(f.data)).sort());
    // The archive keeps the signed records, not a second copy of the attachments.
    const archived = await poc.ws.store.db.selectFrom('bundle_archive').select(['bytes', 'file_sha256']).executeTakeFirstOrThrow();
    expect(archived.bytes.length).toBeLessThan(64 * 1024);
    expect(archived.file_sha256).toBe(sha256(readFileSync(exported)));
  });

  it('does not rewrite content already in the store when the next bundle carries it again', async () => {
    await md.commitments.update(commitmentId, { title: { sq: 'Regjistri i pronarëve përfitues', en: 'Register of beneficial owners' } });
    const before = new Map(storeFiles(poc).map((n) => [n, statSync(join(storeDir(poc), n)).mtimeMs]));
    const second = join(md.root, 'MD-2.plani');
    await md.bundles.exportFile(second);
    expect((await poc.bundles.importFile(second)).result).toBe('applied');
    expect(new Map(storeFiles(poc).map((n) => [n, statSync(join(storeDir(poc), n)).mtimeMs]))).toEqual(before);
  });
});

describe('a refused bundle writes nothing of itself', () => {
  let fresh: Party;
  let parts: Parts;
  let trust: string;
  beforeAll(async () => {
    fresh = await party('poc', 'POC');
    parts = partsOf(readFileSync(exported));
    trust = await code(md);
  });
  afterAll(async () => fresh.close());

  /** Imports `bytes` from a file into the fresh POC: the refusal's code, with the records and the store unchanged. */
  async function refused(bytes: Buffer): Promise<{ reason: unknown; params: Record<string, unknown> }> {
    const file = join(fresh.root, `forged-${randomBytes(4).toString('hex')}.plani`);
    writeFileSync(file, bytes);
    const records = await fresh.snapshot();
    const logs = await fresh.logCount();
    let error: unknown;
    try {
      await fresh.bundles.importFile(file, trust);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect(await fresh.snapshot()).toBe(records);
    expect(await fresh.logCount()).toBe(logs + 1);
    expect(storeFiles(fresh)).toEqual([]);
    const { reason, ...params } = (error as AppError).details?.params ?? {};
    return { reason, params };
  }

  const last = () => [...parts.attachments].sort((a, b) => (a.name < b.name ? -1 : 1)).at(-1)!;

  it('an attachment whose bytes were changed after signing (the last one, so the others were already staged)', async () => {
    const target = last().name;
    const bytes = forge(parts, [await md.ownKey()], {
      refreshFiles: false,
      attachments: (list) =>
        list.map((a) => {
          if (a.name !== target) return a;
          const data = Buffer.from(a.data);
          data[data.length >> 1]! ^= 0xff;
          return { ...a, data };
        }),
    });
    expect(await refused(bytes)).toMatchObject({ reason: 'hash-mismatch', params: { path: target } });
  });

  it('an attachment whose content is not the type the manifest signs', async () => {
    const png = parts.attachments.find((a) => a.mediaType === 'image/png')!;
    const bytes = forge(parts, [await md.ownKey()], { attachments: (list) => list.map((a) => (a.name === png.name ? { ...a, mediaType: 'application/pdf' } : a)) });
    expect(await refused(bytes)).toMatchObject({ reason: 'attachment-type', params: { path: png.name, issue: 'media-type' } });
  });

  it('an attachment entry over the per-attachment limit', async () => {
    const big = Buffer.concat([PDF, randomBytes(ENTRY_LIMITS.attachment + 1 - PDF.length)]);
    const name = `data/att/${sha256(big)}.pdf`;
    const bytes = forge(parts, [await md.ownKey()], { attachments: (list) => [...list, { name, data: big, mediaType: 'application/pdf' }].sort((a, b) => (a.name < b.name ? -1 : 1)) });
    expect(await refused(bytes)).toMatchObject({ reason: 'entry-too-large', params: { entry: name } });
  });

  it('a truncated file', async () => {
    const whole = readFileSync(exported);
    expect((await refused(whole.subarray(0, Math.floor(whole.length * 0.6)))).reason).toBe('zip-malformed');
  });

  it('and the same bundle, unharmed, is then imported whole', async () => {
    expect((await fresh.bundles.importFile(exported, trust)).result).toBe('applied');
    expect(storeFiles(fresh)).toEqual(FILES.map((f) => sha256(f.data)).sort());
  });
});
