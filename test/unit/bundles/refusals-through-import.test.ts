// Every file-level mutation of the bundle kit (mutations.ts), run through the
// REAL import of a POC workspace that has already accepted a submission from
// MD (so it holds content and MD's enrolled key, and the golden bundles are
// signed with that very key: unmutated, the POC would take them). Each must be
// refused with the exact reason readBundle gives for the same bytes, change
// nothing in the database (the interchange export and the bundle state tables
// before == after) and add exactly one `refused` row to bundle_log.
//
// One workspace for the whole file: a refusal changes nothing, which is the
// point; a mutation that is applied fails its own test (with the outcome) and,
// because the state is compared per test, cannot hide behind another.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TableName } from '../../../electron/services/store/schema';
import { AppError } from '../../../shared/api/errors';
import { expectLogReasonComplete } from '../../helpers/log-reason';
import { refusalOf } from './bundle-kit';
import { makeKeys } from './fixtures';
import { mutationKit } from './mutations';
import { draftCommitment, loadSynthetic, type Party, party } from './workspace-fixtures';

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

// The kit reads its keys when it makes a bundle: `md` becomes MD's own workspace key in beforeAll.
const keys = makeKeys();
const kit = mutationKit(keys);

let poc: Party;
let md: Party;
let mdCode: string;

beforeAll(async () => {
  poc = await party('poc', 'POC');
  md = await party('lfp', 'MD');
  await draftCommitment(md, 'anti-corruption', { sq: 'Regjistri i pronësisë përfituese', en: 'Beneficial ownership register' });
  await loadSynthetic(md, 'MD', { commitments: 2, seed: 'refusals-through-import' });
  mdCode = (await md.bundles.showKey()).safetyCode;
  const first = await md.bundles.export();
  const accepted = await poc.bundles.import(first.bytes, mdCode);
  expect(accepted).toMatchObject({ result: 'applied', enrolled: true });
  keys.md = await md.ownKey();
  await kit.prepare();
}, 30_000);

afterAll(async () => {
  await poc?.close();
  await md?.close();
});

/** The POC's records (interchange export) and every bundle table except the log. */
async function state() {
  const db = poc.ws.store.db;
  const dump = async (table: TableName) => db.selectFrom(table).selectAll().execute();
  return {
    records: await poc.snapshot(),
    signers: await dump('trusted_signer'),
    inbox: await dump('bundle_inbox'),
    archive: await dump('bundle_archive'),
    reviews: await dump('review'),
    outbox: await dump('bundle_outbox'),
  };
}

describe('the setting', () => {
  it('the POC holds MD’s records and MD’s key, active', async () => {
    const records = JSON.parse(await poc.snapshot());
    expect(records.commitments.filter((c: { owner: string }) => c.owner === 'MD')).toHaveLength(3);
    expect(await poc.bundles.trustList()).toEqual([expect.objectContaining({ institution: 'MD', keyId: keys.md.keyId, status: 'active' })]);
    expect(await poc.bundles.log(10)).toEqual([expect.objectContaining({ result: 'applied', institution: 'MD', seq: 1 })]);
  });

  it('the golden submission and rotation, unmutated, would be taken (preview: no refusal)', async () => {
    const before = await state();
    const logBefore = await poc.logCount();
    const sub = await poc.bundles.preview(kit.golden());
    expect(sub.refusal).toBeNull();
    expect(sub.signer).toMatchObject({ institution: 'MD', status: 'trusted' });
    expect(sub.changes.added.length).toBeGreaterThan(0);
    expect((await poc.bundles.preview(kit.R())).refusal).toBeNull();
    expect(await state()).toEqual(before);
    expect(await poc.logCount()).toBe(logBefore);
  });
});

describe('every file-level mutation, through the import', () => {
  it('runs the whole table', () => {
    expect(kit.mutations.length).toBeGreaterThanOrEqual(160);
  });

  for (const m of kit.mutations) {
    it(`${m.group}: ${m.name} → ${m.reason}`, async () => {
      const bytes = await m.make();
      const before = await state();
      const logBefore = await poc.logCount();

      let caught: unknown;
      try {
        const outcome = await poc.bundles.import(bytes, mdCode);
        const n = Object.entries(outcome.changes).map(([k, v]) => `${Array.isArray(v) ? v.length : v.changes.length} ${k}`);
        caught = new Error(`NOT REFUSED: "${m.name}" was imported: ${outcome.result} (${n.join(', ')}), seq ${outcome.summary.seq}`);
      } catch (err) {
        caught = err;
      }
      if (!(caught instanceof AppError)) throw caught;
      expect(caught.code, caught.message).toBe('bundle-refused');
      const params = caught.details?.params ?? {};
      expect(params.reason, caught.message).toBe(m.reason);
      if (m.params) expect(params).toMatchObject(m.params);
      // Exactly readBundle's refusal of these very bytes (some mutations are random): same reason, same params.
      const file = await refusalOf(bytes);
      expect(params).toEqual({ ...file.params, reason: file.reason });

      expect(await state()).toEqual(before);

      expect(await poc.logCount()).toBe(logBefore + 1);
      const [last] = await poc.bundles.log(1);
      // A file-side refusal has no verified manifest, so nothing from the (untrusted) manifest is logged;
      // the hash is of the whole file as received, whatever its size.
      expect(last).toEqual({
        at: expect.any(String),
        direction: 'import',
        bundleId: null,
        institution: null,
        seq: null,
        sha256: sha256(bytes),
        result: 'refused',
        reason: m.reason,
        params: file.params,
      });
      expectLogReasonComplete(last!);
    });
  }
});
