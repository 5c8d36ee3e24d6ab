// Attachments through the API on real workspaces and real files: stored once
// per content, refused by type, size and a lying extension with nothing left
// behind, carried by a bundle to a second workspace, and the temp-file write
// leaving no partial content after a failure.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_ATTACHMENT_BYTES } from '../../../shared/api/contract/attachments';
import { sha256Hex } from '../../../electron/services/crypto/sha256';
import { ATTACHMENTS_DIR, ContentStore, removeTemporaryFiles } from '../../../electron/services/attachments/content-store';
import { sniffKind } from '../../../electron/services/attachments/sniff';
import { type TempWorkspace, tempWorkspace } from '../../helpers/temp-workspace';
import { b64, docx, JPEG, odt, PDF, plainZip, PNG, xlsx } from './files';

let md: TempWorkspace;
let poc: TempWorkspace;
beforeEach(async () => {
  md = await tempWorkspace({ role: 'lfp', institution: 'MD' });
  poc = await tempWorkspace({ role: 'poc', institution: 'POC' });
});
afterEach(async () => {
  await md.cleanup();
  await poc.cleanup();
});

const contentFiles = (ws: TempWorkspace) => {
  const dir = join(ws.dir, ATTACHMENTS_DIR);
  return existsSync(dir) ? readdirSync(dir).sort() : [];
};
const newCommitment = () => md.ok('commitment.create', { componentCode: 'anti-corruption', title: { sq: 'Me bashkëngjitje', en: 'With attachments' } });
const add = (ownerId: string, name: string, bytes: Buffer) => md.plani.call('attachment.add', { ownerType: 'commitment', ownerId, file: { name, dataBase64: b64(bytes) } });

describe('type from the bytes', () => {
  it('knows each allowed kind and nothing else', async () => {
    expect(await sniffKind(PDF)).toBe('pdf');
    expect(await sniffKind(PNG)).toBe('png');
    expect(await sniffKind(JPEG)).toBe('jpg');
    expect(await sniffKind(await docx())).toBe('docx');
    expect(await sniffKind(await xlsx())).toBe('xlsx');
    expect(await sniffKind(await odt())).toBe('odt');
    expect(await sniffKind(await plainZip())).toBeNull();
    expect(await sniffKind(Buffer.from('MZ\x90\x00 an executable'))).toBeNull();
  });
});

describe('attachment service', () => {
  it('stores the same bytes once, lists by owner, removes the content with the last row that names it', async () => {
    const c = await newCommitment();
    const a = await md.ok('attachment.add', { ownerType: 'commitment', ownerId: c.id, file: { name: 'foto.png', dataBase64: b64(PNG) } });
    const b = await md.ok('attachment.add', { ownerType: 'commitment', ownerId: c.id, file: { name: 'e-njëjta.PNG', dataBase64: b64(PNG) } });
    expect(a).toMatchObject({ owner: 'MD', mimeType: 'image/png', size: PNG.length, sha256: sha256Hex(PNG) });
    expect(b.sha256).toBe(a.sha256);
    expect(contentFiles(md)).toEqual([sha256Hex(PNG)]);
    expect(readFileSync(join(md.dir, ATTACHMENTS_DIR, a.sha256)).equals(PNG)).toBe(true);
    expect((await md.ok('attachment.list', { ownerType: 'commitment', ownerId: c.id })).map((x) => x.fileName)).toEqual(['foto.png', 'e-njëjta.PNG']);

    await md.ok('attachment.remove', { id: a.id });
    expect(contentFiles(md)).toEqual([sha256Hex(PNG)]);
    await md.ok('attachment.remove', { id: b.id });
    expect(contentFiles(md)).toEqual([]);
    expect(await md.ok('attachment.list', { ownerType: 'commitment', ownerId: c.id })).toEqual([]);
  });

  it('accepts every allowed type under its own extension', async () => {
    const c = await newCommitment();
    for (const [name, bytes] of [['a.pdf', PDF], ['b.jpeg', JPEG], ['c.docx', await docx()], ['d.xlsx', await xlsx()], ['e.odt', await odt()]] as const) {
      expect(await add(c.id, name, bytes)).toMatchObject({ ok: true });
    }
  });

  it('refuses a type not allowed, a lying extension and an oversized file, naming the limit and the types, with nothing left behind', async () => {
    const c = await newCommitment();
    expect(await add(c.id, 'program.exe', Buffer.from('MZ\x90\x00'))).toEqual({
      ok: false,
      error: { code: 'attachment-type-not-allowed', details: { params: { name: 'program.exe', limit: 10 * 1024 * 1024, types: 'PDF, DOCX, XLSX, ODT, JPG, PNG' } } },
    });
    expect(await add(c.id, 'arkiv.docx', await plainZip())).toMatchObject({ ok: false, error: { code: 'attachment-type-not-allowed' } });
    expect(await add(c.id, 'raport.pdf', PNG)).toEqual({ ok: false, error: { code: 'attachment-type-mismatch', details: { params: { name: 'raport.pdf', ext: 'pdf', actual: 'PNG' } } } });
    expect(await add(c.id, 'foto.png', await docx())).toMatchObject({ ok: false, error: { code: 'attachment-type-mismatch' } });
    const big = Buffer.concat([PDF, Buffer.alloc(MAX_ATTACHMENT_BYTES)]);
    expect(await add(c.id, 'i-madh.pdf', big)).toMatchObject({ ok: false, error: { code: 'attachment-too-large', details: { params: { limit: 10 * 1024 * 1024, types: 'PDF, DOCX, XLSX, ODT, JPG, PNG' } } } });
    expect(contentFiles(md)).toEqual([]);
    expect(await md.ok('attachment.list', { ownerType: 'commitment', ownerId: c.id })).toEqual([]);
  });

  it('refuses a record that does not exist or is not of the type named', async () => {
    const c = await newCommitment();
    expect(await md.plani.call('attachment.add', { ownerType: 'idea', ownerId: c.id, file: { name: 'a.png', dataBase64: b64(PNG) } })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(contentFiles(md)).toEqual([]);
  });

  it('travels in a bundle to a second workspace, checked and stored there', async () => {
    const c = await newCommitment();
    const a = await md.ok('attachment.add', { ownerType: 'commitment', ownerId: c.id, file: { name: 'takimi.jpg', dataBase64: b64(JPEG) } });
    const bundle = await md.ok('bundle.export', {});
    const key = await md.ok('key.show', {});
    expect((await poc.ok('bundle.import', { file: { name: bundle.fileName, dataBase64: bundle.dataBase64 }, trustCode: key.safetyCode })).result).toBe('applied');
    expect(await poc.ok('attachment.list', { ownerType: 'commitment', ownerId: c.id })).toEqual([a]);
    expect(readFileSync(join(poc.dir, ATTACHMENTS_DIR, a.sha256)).equals(JPEG)).toBe(true);
    // The POC reads it but cannot remove the institution's attachment.
    expect(await poc.plani.call('attachment.remove', { id: a.id })).toMatchObject({ ok: false, error: { code: 'not-owner' } });
  });

});

describe('content store', () => {
  it('a failed copy leaves no content file, and the temporary file is removed at the next open', () => {
    const store = new ContentStore(md.dir);
    expect(() => store.put(PDF, { afterTempWrite: () => { throw new Error('crash after the temp write'); } })).toThrow('crash');
    const left = readdirSync(store.dir);
    expect(left).toHaveLength(1);
    expect(left[0]).toMatch(/^\.tmp-/);
    expect(store.has(sha256Hex(PDF))).toBe(false);
    expect(removeTemporaryFiles(store.dir)).toBe(1);
    expect(readdirSync(store.dir)).toEqual([]);
    expect(store.put(PDF)).toBe(sha256Hex(PDF));
    expect(store.read(sha256Hex(PDF))!.equals(PDF)).toBe(true);
  });
});
