// Receiver-side refusals, one per rule: the exact reason code, and nothing
// changed in the database but the import log (the interchange export and the
// bundle state tables are compared before and after).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TableName } from '../../../electron/services/store/schema';
import { dumpTable } from '../store/dump';
import { AppError } from '../../../shared/api/errors';
import { draftCommitment, emptySubmission, forge, generateSigningKey, type Party, pocMdNais } from './workspace-fixtures';
import { expectLogReasonComplete } from '../../helpers/log-reason';

let poc: Party, md: Party, nais: Party;

beforeEach(async () => {
  ({ poc, md, nais } = await pocMdNais());
  await draftCommitment(md, 'anti-corruption', { sq: 'Regjistri i pronësisë përfituese', en: 'Beneficial ownership register' });
  await draftCommitment(nais, 'digital-governance', { sq: 'Shërbime dixhitale për të gjithë', en: 'Digital services for everyone' });
});
afterEach(async () => {
  for (const p of [poc, md, nais]) await p.close();
});

/** The POC's records and every bundle table except the log. */
async function state(p: Party) {
  const db = p.ws.store.db;
  const dump = <T extends TableName>(table: T) => dumpTable(db, table);
  return {
    records: await p.snapshot(),
    signers: await dump('trusted_signer'),
    inbox: await dump('bundle_inbox'),
    archive: (await dump('bundle_archive')).map((r) => r.manifest_sha256),
    reviews: await dump('review'),
    outbox: await dump('bundle_outbox'),
  };
}

async function refusal(p: Promise<unknown>): Promise<{ reason: string; params: Record<string, string | number> }> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    const e = err as AppError;
    expect(e.code).toBe('bundle-refused');
    const { reason, ...params } = e.details!.params!;
    return { reason: String(reason), params };
  }
  throw new Error('expected a refusal');
}

/** Imports `bytes` at the POC, expecting `reason`; checks that only the log changed. */
async function expectRefused(bytes: Buffer, reason: string, trustCode?: string) {
  const before = await state(poc);
  const logBefore = await poc.logCount();
  const r = await refusal(poc.bundles.import(bytes, trustCode));
  expect(r.reason).toBe(reason);
  expect(await state(poc)).toEqual(before);
  expect(await poc.logCount()).toBe(logBefore + 1);
  const [last] = await poc.bundles.log(1);
  expect(last).toMatchObject({ direction: 'import', result: 'refused', reason, params: r.params });
  expectLogReasonComplete(last!);
  return r;
}

const codeOf = async (p: Party) => (await p.bundles.showKey()).safetyCode;

/** MD's first bundle, applied at the POC with MD's safety code. */
async function enrollMd() {
  const first = await md.bundles.export();
  const res = await poc.bundles.import(first.bytes, await codeOf(md));
  expect(res.result).toBe('applied');
  return first;
}

describe('bundle import at the POC: refusals change nothing but the log', () => {
  it('unknown signer without a code: unknown-signer, with the code to compare', async () => {
    const b = await md.bundles.export();
    const r = await expectRefused(b.bytes, 'unknown-signer');
    expect(r.params.safetyCode).toBe(await codeOf(md));
    // The preview shows the unknown signer without calling it a refusal.
    const preview = await poc.bundles.preview(b.bytes);
    expect(preview.signer).toMatchObject({ institution: 'MD', status: 'unknown', safetyCode: await codeOf(md) });
    expect(preview.refusal).toBeNull();
    expect(preview.sequence).toEqual({ incoming: 1, lastAccepted: null, verdict: 'first' });
  });

  it('unknown signer with a wrong code: safety-code-mismatch', async () => {
    const b = await md.bundles.export();
    const wrong = (await codeOf(nais)).replace(/ /g, '');
    await expectRefused(b.bytes, 'safety-code-mismatch', wrong);
  });

  it('the right code, with or without spaces, enrolls the key and applies', async () => {
    const b = await md.bundles.export();
    const res = await poc.bundles.import(b.bytes, (await codeOf(md)).replace(/ /g, ''));
    expect(res.result).toBe('applied');
    expect(res.enrolled).toBe(true);
    expect(await poc.bundles.trustList()).toEqual([expect.objectContaining({ institution: 'MD', status: 'active', safetyCode: await codeOf(md) })]);
  });

  it('another key for an institution that has an active one: key-mismatch', async () => {
    await enrollMd();
    const stranger = generateSigningKey();
    await expectRefused(await forge({ key: stranger, institution: 'MD', manifest: { seq: 2 } }), 'key-mismatch', undefined);
  });

  it('a revoked key: key-revoked', async () => {
    await enrollMd();
    await poc.bundles.trustRevoke(await codeOf(md));
    const second = await md.bundles.export();
    await expectRefused(second.bytes, 'key-revoked');
  });

  it('a rotated key from its effectiveFromSeq on: key-rotated (the new key is accepted)', async () => {
    await enrollMd();
    const oldKey = await md.ownKey();
    const rotation = await md.bundles.rotateKey();
    expect(rotation.summary).toMatchObject({ bundleType: 'key-rotation', seq: 2 });
    expect((await poc.bundles.import(rotation.bytes)).result).toBe('applied');
    expect((await poc.bundles.trustList()).map((s) => [s.keyId, s.status])).toEqual(
      expect.arrayContaining([
        [oldKey.keyId, 'rotated'],
        [rotation.newKeyId, 'active'],
      ]),
    );
    await expectRefused(await forge({ key: oldKey, institution: 'MD', manifest: { seq: 3 } }), 'key-rotated');
    const next = await md.bundles.export();
    expect(next.summary.seq).toBe(3);
    expect((await poc.bundles.import(next.bytes)).result).toBe('applied');
  });

  it('a bundle addressed to another institution: wrong-audience', async () => {
    await enrollMd();
    await expectRefused(await forge({ key: await md.ownKey(), institution: 'MD', manifest: { seq: 2, audience: 'MOFE' } }), 'wrong-audience');
  });

  it('a cycle this workspace does not know: wrong-cycle', async () => {
    await enrollMd();
    await expectRefused(await forge({ key: await md.ownKey(), institution: 'MD', manifest: { seq: 2, cycleId: '2030-2032' } }), 'wrong-cycle');
  });

  it('a bundle type the receiver does not take: wrong-bundle-type', async () => {
    await enrollMd();
    const feedback = await forge({
      key: await md.ownKey(),
      institution: 'MD',
      manifest: { seq: 2, bundleType: 'feedback' },
      payload: { receipts: [], reviews: [], feedback: [], reference: null },
    });
    await expectRefused(feedback, 'wrong-bundle-type');
    // And an LFP does not take another LFP's submission.
    const before = await nais.snapshot();
    const r = await refusal(nais.bundles.import((await md.bundles.export()).bytes, await codeOf(md)));
    expect(r.reason).toBe('wrong-bundle-type');
    expect(await nais.snapshot()).toBe(before);
  });

  it('a workspace’s own bundle: own-bundle, its signer shown as this workspace’s own key, not as unknown', async () => {
    await enrollMd();
    const feedback = await poc.bundles.export('MD');
    const preview = await poc.bundles.preview(feedback.bytes);
    expect(preview.signer).toMatchObject({ institution: 'POC', status: 'own', safetyCode: await codeOf(poc) });
    expect(preview.refusal).toEqual({ reason: 'own-bundle', params: { institution: 'POC' } });
    expect((await expectRefused(feedback.bytes, 'own-bundle')).params).toEqual({ institution: 'POC' });
    // The same at an LFP, for its own submission; no safety code makes it importable.
    const own = (await md.bundles.export()).bytes;
    expect((await md.bundles.preview(own)).signer.status).toBe('own');
    expect((await refusal(md.bundles.import(own, await codeOf(md)))).reason).toBe('own-bundle');
  });

  it('an older bundle than the last accepted: rollback', async () => {
    await enrollMd();
    const second = await md.bundles.export();
    const third = await md.bundles.export();
    expect((await poc.bundles.import(third.bytes)).result).toBe('applied');
    const r = await expectRefused(second.bytes, 'rollback');
    expect(r.params).toMatchObject({ seq: 2, lastSeq: 3 });
  });

  it('the same number with other content: equivocation', async () => {
    const first = await enrollMd();
    const twin = await forge({ key: await md.ownKey(), institution: 'MD', manifest: { seq: first.summary.seq } });
    await expectRefused(twin, 'equivocation');
  });

  it('a number more than 1000 ahead: seq-jump', async () => {
    await enrollMd();
    await expectRefused(await forge({ key: await md.ownKey(), institution: 'MD', manifest: { seq: 1002 } }), 'seq-jump');
    // 1000 ahead is still a (large) gap, accepted.
    const gap = await poc.bundles.preview(await forge({ key: await md.ownKey(), institution: 'MD', manifest: { seq: 1001 } }));
    expect(gap.sequence.verdict).toBe('gap');
    expect(gap.refusal).toBeNull();
  });

  it('a record the POC knows as another institution’s: owner-mismatch', async () => {
    const naisBundle = await nais.bundles.export();
    await poc.bundles.import(naisBundle.bytes, await codeOf(nais));
    await enrollMd();
    const naisCommitment = (await nais.commitments.overview()).components.flatMap((c) => c.commitments)[0]!;
    const mdCommitment = (await md.commitments.get((await md.commitments.overview()).components.flatMap((c) => c.commitments)[0]!.id));
    const hijack = { ...mdCommitment, id: naisCommitment.id, milestones: [], indicators: [] };
    const r = await expectRefused(
      await forge({ key: await md.ownKey(), institution: 'MD', manifest: { seq: 2 }, payload: { ...emptySubmission(), commitments: [hijack] } }),
      'owner-mismatch',
    );
    expect(r.params).toMatchObject({ id: naisCommitment.id, owner: 'NAIS', issuer: 'MD' });
  });

  it('the same bundle again: a no-op reported as already-imported', async () => {
    const first = await enrollMd();
    const before = await state(poc);
    const again = await poc.bundles.import(first.bytes);
    expect(again.result).toBe('already-imported');
    expect(again.changes).toEqual({ added: [], changed: [], deleted: [], missing: [] });
    expect(await state(poc)).toEqual(before);
    const [last] = await poc.bundles.log(1);
    expect(last).toMatchObject({ result: 'already-imported', institution: 'MD', seq: 1 });
  });

  it('a file that is not a bundle is refused by the file side and logged', async () => {
    await expectRefused(Buffer.from('not a zip at all'), 'not-a-bundle');
  });
});
