// The golden bundles: what writeBundle produces, readBundle accepts, with the
// payload round-tripping exactly and the same draft always giving the same
// bytes; plus the writer's own guards and the summary shown before import.
import { createHash } from 'node:crypto';
import { inflateRawSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUNDLE_FORMAT, BundleSummary } from '../../../shared/model/bundle';
import { canonicalJson } from '../../../electron/services/bundles/file/canonical-json';
import { readBundle } from '../../../electron/services/bundles/file/read';
import { summarizeBundle } from '../../../electron/services/bundles/file/summary';
import { BundleRefusal, type WrittenBundle } from '../../../electron/services/bundles/types';
import { writeBundle, zipEntries } from '../../../electron/services/bundles/file/write';
import { readCentralHeader, readLocalHeader } from '../../../electron/services/zip/central-directory';
import { ATTACHMENT_DATA, ATTACHMENT_SHA, feedbackDraft, makeKeys, rotationDraft, signer, submissionDraft, submissionPayload } from './fixtures';
import { listZip } from './raw-zip';

const keys = makeKeys();
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

let golden: WrittenBundle;
beforeAll(async () => {
  golden = await writeBundle(submissionDraft(keys));
});

describe('the golden submission', () => {
  it('is accepted, and its payload and attachment come back exactly', async () => {
    const v = await readBundle(golden.bytes);
    expect(v.payload).toEqual(submissionPayload());
    expect(JSON.stringify(v.payload)).toBe(JSON.stringify(submissionPayload()));
    expect([...v.attachments.keys()]).toEqual([ATTACHMENT_SHA]);
    expect(v.attachments.get(ATTACHMENT_SHA)!.equals(ATTACHMENT_DATA)).toBe(true);
    expect(v.manifest).toEqual(golden.manifest);
    expect(v.manifestSha256).toBe(sha256(v.manifestBytes));
    expect(v.manifestSha256).toBe(golden.manifestSha256);
    expect(v.fileSha256).toBe(sha256(golden.bytes));
    expect(v.size).toBe(golden.bytes.length);
  });

  it('has exactly the profile: four entries in order, canonical manifest and signatures', () => {
    const entries = listZip(golden.bytes);
    expect(entries.map((e) => e.name)).toEqual(['manifest.json', 'manifest.sig', 'data/records.json', `data/att/${ATTACHMENT_SHA}.pdf`]);
    const manifest = JSON.parse(entries[0]!.data.toString('utf8'));
    expect(entries[0]!.data.toString('utf8')).toBe(canonicalJson(manifest));
    expect(manifest.format).toBe(BUNDLE_FORMAT);
    expect(manifest.formatVersion).toBe(1);
    expect(manifest.files.map((f: { path: string }) => f.path)).toEqual([`data/att/${ATTACHMENT_SHA}.pdf`, 'data/records.json']);
    expect(manifest.files[1]).toEqual({ path: 'data/records.json', size: entries[2]!.data.length, sha256: sha256(entries[2]!.data), mediaType: 'application/json' });
    expect(manifest.files[0]).toEqual({ path: `data/att/${ATTACHMENT_SHA}.pdf`, size: ATTACHMENT_DATA.length, sha256: ATTACHMENT_SHA, mediaType: 'application/pdf' });
    // 2 commitments + 6 milestones + 4 indicators + 2 ideas + 1 round + 1 event + 2 comments + 1 report + 1 attachment record.
    expect(manifest.counts).toEqual({ records: 20, tombstones: 1, attachments: 1 });
    const sig = JSON.parse(entries[1]!.data.toString('utf8'));
    expect(entries[1]!.data.toString('utf8')).toBe(canonicalJson(sig));
    expect(sig.signatures).toHaveLength(1);
    expect(sig.signatures[0].keyId).toBe(keys.md.keyId);
  });

  it('keeps Albanian letters as UTF-8, without BOM', () => {
    const records = listZip(golden.bytes)[2]!.data;
    expect(records[0]).toBe(0x7b);
    expect(records.toString('utf8')).toContain('pronësisë');
    expect(records.toString('utf8')).toContain('Çështjet');
    expect(records.toString('utf8')).not.toContain('\\u00');
  });

  it('is byte-identical when written again, in any time zone', async () => {
    const saved = process.env.TZ;
    try {
      process.env.TZ = 'Pacific/Kiritimati';
      const again = await writeBundle(submissionDraft(keys));
      process.env.TZ = 'America/Los_Angeles';
      const third = await writeBundle(submissionDraft(keys));
      expect(again.bytes.equals(golden.bytes)).toBe(true);
      expect(third.bytes.equals(golden.bytes)).toBe(true);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('stamps every entry 2020-01-01 00:00 as a regular rw-r--r-- file without extra fields, the records deflated, the attachment stored', () => {
    const b = golden.bytes;
    let p = b.readUInt32LE(b.length - 22 + 16);
    for (let i = 0; i < 4; i++) {
      expect(b.readUInt16LE(p + 10)).toBe(i < 3 ? 8 : 0); // deflate; an attachment is stored (streamed, compressed already)
      expect(b.readUInt16LE(p + 12)).toBe(0); // 00:00:00
      expect(b.readUInt16LE(p + 14)).toBe(((2020 - 1980) << 9) | (1 << 5) | 1);
      expect(b.readUInt16LE(p + 30)).toBe(0); // no extra field
      expect(b.readUInt32LE(p + 38) >>> 16).toBe(0o100644);
      p += 46 + b.readUInt16LE(p + 28);
    }
  });

  it('writes what the profile allows and nothing more: no descriptor, no extra field in a local header, streams that end at their compressed size', () => {
    const b = golden.bytes;
    let p = b.readUInt32LE(b.length - 22 + 16);
    for (let i = 0; i < 4; i++) {
      const central = readCentralHeader(b, p)!;
      const local = readLocalHeader(b, central.localHeaderOffset)!;
      expect(central.flags & 0x0008).toBe(0);
      expect(local).toMatchObject({ flags: central.flags, extraLength: 0, crc32: central.crc32, compressedSize: central.compressedSize, uncompressedSize: central.uncompressedSize });
      const stored = b.subarray(local.dataStart, local.dataStart + central.compressedSize);
      if (central.method === 0) {
        expect(central.compressedSize).toBe(central.uncompressedSize);
      } else {
        const { engine } = inflateRawSync(stored, { info: true }) as unknown as { engine: { bytesWritten: number } };
        expect(engine.bytesWritten).toBe(stored.length);
      }
      p = central.next;
    }
  });

  it('summarises for inspect and preview', async () => {
    const summary = summarizeBundle(await readBundle(golden.bytes));
    expect(BundleSummary.parse(summary)).toEqual(summary);
    expect(summary).toEqual({
      bundleId: golden.manifest.bundleId,
      bundleType: 'submission',
      cycleId: '2020-2022',
      issuer: 'MD',
      audience: 'POC',
      seq: 3,
      createdAt: golden.manifest.createdAt,
      fileSha256: golden.fileSha256,
      manifestSha256: golden.manifestSha256,
      size: golden.bytes.length,
      counts: { records: 20, tombstones: 1, attachments: 1 },
    });
  });
});

describe('the other bundle types', () => {
  it('writes and reads feedback', async () => {
    const draft = feedbackDraft(keys);
    const w = await writeBundle(draft);
    const v = await readBundle(w.bytes);
    expect(v.payload).toEqual(draft.payload);
    expect(v.manifest.counts).toEqual({ records: 2, tombstones: 0, attachments: 0 });
    expect(v.attachments.size).toBe(0);
  });

  it('writes and reads a key rotation signed by the old key, then the new one', async () => {
    const w = await writeBundle(rotationDraft(keys));
    const v = await readBundle(w.bytes);
    expect(v.payload).toEqual({});
    expect(v.manifest.rotation?.newKeyId).toBe(keys.mdNext.keyId);
    const sig = JSON.parse(listZip(w.bytes)[1]!.data.toString('utf8'));
    expect(sig.signatures.map((s: { keyId: string }) => s.keyId)).toEqual([keys.md.keyId, keys.mdNext.keyId]);
  });
});

describe('the writer refuses to produce what a receiver would refuse', () => {
  const refusalOf = async (p: Promise<unknown>) => {
    const err = await p.then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(BundleRefusal);
    return err as BundleRefusal;
  };

  it('an invalid payload', async () => {
    const payload = submissionPayload();
    (payload.commitments[0]!.title as { sq: string }).sq = 'x'.repeat(501);
    const err = await refusalOf(writeBundle(submissionDraft(keys, payload)));
    expect(err.reason).toBe('payload-invalid');
    expect(err.params.path).toBe('commitments.0.title.sq');
  });

  it('a record of another institution', async () => {
    const payload = submissionPayload();
    payload.ideas[1]!.owner = 'MOFE';
    const err = await refusalOf(writeBundle(submissionDraft(keys, payload)));
    expect(err.reason).toBe('owner-mismatch');
    expect(err.params.path).toBe('ideas.1.owner');
  });

  it('an attachment file no record describes', async () => {
    const draft = submissionDraft(keys);
    (draft.payload as ReturnType<typeof submissionPayload>).attachments = [];
    expect((await refusalOf(writeBundle(draft))).reason).toBe('payload-invalid');
  });

  it('rotation fields on a submission', async () => {
    const draft = submissionDraft(keys);
    draft.manifest.rotation = rotationDraft(keys).manifest.rotation;
    expect((await refusalOf(writeBundle(draft))).reason).toBe('manifest-invalid');
  });

  it('signers other than the manifest names (a bug, so an Error)', async () => {
    await expect(writeBundle({ ...submissionDraft(keys), signers: [signer(keys.stranger)] })).rejects.toThrow(/signed by/);
    await expect(writeBundle({ ...submissionDraft(keys), signers: [{ keyId: keys.md.keyId, privateKeyPkcs8: keys.stranger.privateKeyPkcs8 }] })).rejects.toThrow(/does not belong/);
    await expect(writeBundle({ ...rotationDraft(keys), signers: [signer(keys.md)] })).rejects.toThrow(/signed by/);
  });

  it('an attachment keyed by something other than its hash', async () => {
    const draft = submissionDraft(keys);
    await expect(writeBundle({ ...draft, attachments: new Map([['0'.repeat(64), { data: ATTACHMENT_DATA, ext: 'pdf', mediaType: 'application/pdf' }]]) })).rejects.toThrow(/SHA-256/);
  });

  it('stores (rather than deflates) a big entry that would exceed the reader’s ratio cap', async () => {
    const zip = await zipEntries([{ name: 'data/records.json', data: Buffer.alloc(2 * 1024 * 1024, 0x20) }]);
    expect(zip.readUInt16LE(8)).toBe(0);
    const small = await zipEntries([{ name: 'data/records.json', data: Buffer.alloc(1000, 0x20) }]);
    expect(small.readUInt16LE(8)).toBe(8);
  });
});
