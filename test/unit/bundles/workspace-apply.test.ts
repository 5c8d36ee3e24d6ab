// How a bundle is applied: deletions only by tombstones and only of the
// issuer's records, a known record missing without a tombstone is flagged
// and kept, attachment contents travel, receipts raise the exporter's floor,
// acks chain, and key rotations work in both directions.
import { createHash, randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/api/errors';
import type { SubmissionPayload } from '../../../shared/model/bundle';
import { ContentStore } from '../../../electron/services/attachments/content-store';
import { buildSubmission } from '../../../electron/services/bundles/workspace/workspace-export';
import { draftCommitment, emptySubmission, forge, type Party, pocMdNais } from './workspace-fixtures';

let poc: Party, md: Party, nais: Party;

beforeEach(async () => {
  ({ poc, md, nais } = await pocMdNais());
});
afterEach(async () => {
  for (const p of [poc, md, nais]) await p.close();
});

const code = async (p: Party) => (await p.bundles.showKey()).safetyCode;
const exists = async (p: Party, table: 'commitment' | 'milestone', id: string) => (await p.ws.store.db.selectFrom(table).select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
const snapshotOf = async (p: Party): Promise<SubmissionPayload> => (await buildSubmission(p.ws.store.db, p.ws.info.institution.code, p.ws.info.currentCycleId)).payload;

async function reason(p: Promise<unknown>) {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return String((err as AppError).details?.params?.reason);
}

describe('applying a submission', () => {
  it('keeps and flags a known record missing without a tombstone; deletes a whole commitment by its tombstones', async () => {
    const a = await draftCommitment(md, 'anti-corruption', { sq: 'Angazhimi A', en: 'Commitment A' });
    const b = await draftCommitment(md, 'access-to-justice', { sq: 'Angazhimi B', en: 'Commitment B' });
    await poc.bundles.import((await md.bundles.export()).bytes, await code(md));

    // A snapshot that silently lacks B (a glitch, not a deletion): B stays, and is shown as missing.
    const full = await snapshotOf(md);
    await md.bundles.export(); // number 2 is used by the "glitched" bundle below
    const lacking = { ...full, commitments: full.commitments.filter((c) => c.id !== b.commitmentId) };
    const glitch = await forge({ key: await md.ownKey(), institution: 'MD', manifest: { seq: 2 }, payload: lacking });
    const res = await poc.bundles.import(glitch);
    expect(res.changes.deleted).toEqual([]);
    // In plan order: the commitment, then its milestones by number, then its indicator.
    expect(res.changes.missing.map((m) => [m.entity, m.id])).toEqual([
      ['commitment', b.commitmentId],
      ['milestone', b.milestoneIds[0]],
      ['milestone', b.milestoneIds[1]],
      ['indicator', b.indicatorId],
    ]);
    expect(await exists(poc, 'commitment', b.commitmentId)).toBe(true);
    expect(await exists(poc, 'milestone', b.milestoneIds[0]!)).toBe(true);

    // A real deletion at MD travels as tombstones (the commitment and its children).
    await md.commitments.delete(a.commitmentId);
    const out = await md.bundles.export();
    expect(out.summary.counts.tombstones).toBe(4);
    const preview = await poc.bundles.preview(out.bytes);
    expect(preview.changes.deleted.map((d) => d.id).sort()).toEqual([a.commitmentId, ...a.milestoneIds, a.indicatorId].sort());
    expect(preview.changes.missing).toEqual([]);
    await poc.bundles.import(out.bytes);
    expect(await exists(poc, 'commitment', a.commitmentId)).toBe(false);
    expect(await exists(poc, 'milestone', a.milestoneIds[0]!)).toBe(false);
    expect(await exists(poc, 'commitment', b.commitmentId)).toBe(true);
  });

  it('a tombstone never deletes another institution’s record', async () => {
    const n = await draftCommitment(nais, 'digital-governance', { sq: 'Shërbime', en: 'Services' });
    await poc.bundles.import((await nais.bundles.export()).bytes, await code(nais));
    const payload = { ...emptySubmission(), tombstones: [{ entity: 'commitment' as const, id: n.commitmentId, rev: 9, deletedAt: '2024-05-01T10:00:00.000Z' }] };
    const res = await poc.bundles.import(await forge({ key: await md.ownKey(), institution: 'MD', payload }), await code(md));
    expect(res.result).toBe('applied');
    expect(res.changes.deleted).toEqual([]);
    expect(await exists(poc, 'commitment', n.commitmentId)).toBe(true);
  });

  it('refuses records the POC cannot hold (a component unknown in the cycle): payload-invalid, nothing written', async () => {
    const a = await draftCommitment(md, 'anti-corruption', { sq: 'A', en: 'A' });
    const full = await snapshotOf(md);
    const odd = { ...full, commitments: full.commitments.map((c) => (c.id === a.commitmentId ? { ...c, componentCode: 'space-program' } : c)) };
    const before = await poc.snapshot();
    expect(await reason(poc.bundles.import(await forge({ key: await md.ownKey(), institution: 'MD', payload: odd }), await code(md)))).toBe('payload-invalid');
    expect(await poc.snapshot()).toBe(before);
    expect(await poc.bundles.trustList()).toEqual([]);
  });

  it('carries attachment contents, checked by their hash (a row from before the content store, its bytes in the column, included)', async () => {
    const a = await draftCommitment(md, 'anti-corruption', { sq: 'A', en: 'A' });
    const content = Buffer.from('%PDF-1.4 procesverbali i takimit — çështjet\n', 'utf8');
    const now = '2024-05-01T09:00:00.000Z';
    await md.ws.store.db
      .insertInto('attachment')
      .values({
        id: randomUUID(), owner: 'MD', owner_type: 'commitment', owner_id: a.commitmentId, file_name: 'Procesverbali.PDF', mime_type: 'application/pdf',
        size: content.length, sha256: createHash('sha256').update(content).digest('hex'), content, rev: 1, created_at: now, updated_at: now,
      })
      .execute();
    const out = await md.bundles.export();
    expect(out.summary.counts.attachments).toBe(1);
    await poc.bundles.import(out.bytes, await code(md));
    const held = await poc.ws.store.db.selectFrom('attachment').select(['file_name', 'sha256', 'content']).executeTakeFirstOrThrow();
    expect(held.file_name).toBe('Procesverbali.PDF');
    // The receiver keeps it in its content store, not in the row.
    expect(held.content).toBeNull();
    expect(new ContentStore(poc.ws.dir).read(held.sha256)?.equals(content)).toBe(true);
  });
});

describe('sequence bookkeeping on both sides', () => {
  it('a receipt raises the exporter’s floor (a restored backup never reuses a number) and submissions ack the last feedback', async () => {
    await draftCommitment(md, 'anti-corruption', { sq: 'A', en: 'A' });
    await md.bundles.export();
    await md.bundles.export();
    const third = await md.bundles.export();
    await poc.bundles.import(third.bytes, await code(md));
    // MD goes back to a backup taken after its first export.
    await md.ws.store.db.updateTable('bundle_outbox').set({ last_seq: 1 }).where('audience', '=', 'POC').execute();
    const fb = await poc.bundles.export();
    await md.bundles.import(fb.bytes, await code(poc));
    const next = await md.bundles.export();
    expect(next.summary.seq).toBe(4);
    expect(next.written.manifest.ack).toEqual({ seq: 1, manifestSha256: fb.written.manifestSha256 });
    expect((await poc.bundles.preview(next.bytes)).sequence).toEqual({ incoming: 4, lastAccepted: 3, verdict: 'next' });
  });

  it('the prevManifestSha256 chain links each export to the previous one to the same audience', async () => {
    const first = await md.bundles.export();
    const second = await md.bundles.export();
    expect(first.written.manifest.prevManifestSha256).toBeNull();
    expect(second.written.manifest.prevManifestSha256).toBe(first.written.manifestSha256);
  });
});

describe('key rotation', () => {
  it('the POC rotates its key: an LFP that trusts the old key takes the new one, and refuses the old one afterwards', async () => {
    await md.bundles.import((await poc.bundles.export()).bytes, await code(poc));
    const oldKey = await poc.ownKey();
    const rotation = await poc.bundles.rotateKey();
    expect(rotation.summary).toMatchObject({ bundleType: 'key-rotation', audience: '*', seq: 2 });
    expect((await poc.bundles.showKey()).keyId).toBe(rotation.newKeyId);
    expect((await poc.bundles.showKey()).safetyCode).toBe(rotation.safetyCode);
    expect((await md.bundles.import(rotation.bytes)).result).toBe('applied');
    // The next feedback, signed by the new key, is accepted without any code.
    const fb = await poc.bundles.export();
    expect(fb.written.manifest.issuer.keyId).toBe(rotation.newKeyId);
    expect((await md.bundles.import(fb.bytes)).result).toBe('applied');
    const late = await forge({ key: oldKey, institution: 'POC', manifest: { bundleType: 'feedback', audience: '*', seq: 4 }, payload: { receipts: [], reviews: [], feedback: [], reference: null } });
    expect(await reason(md.bundles.import(late))).toBe('key-rotated');
  });

  it('an LFP does not take another LFP’s key rotation', async () => {
    const rotation = await nais.bundles.rotateKey();
    expect(await reason(md.bundles.import(rotation.bytes))).toBe('wrong-bundle-type');
  });
});
