// The forged-signature attack of issue 9 §1, end to end: a bundle "from MD"
// signed without any private key (the identity point as public key, R =
// identity, S = 0) at a POC that holds data and is willing to confirm the
// forged key's safety code. It must be refused as a degenerate key, change
// nothing, and never reach the trust registry; and a workspace whose
// registry already holds such a key (enrolled by an earlier Plani) is
// refused at open, naming the institution and the key.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/api/errors';
import { createI18n } from '../../../shared/i18n';
import { canonicalJson } from '../../../electron/services/bundles/file/canonical-json';
import { insertSigner } from '../../../electron/services/bundles/workspace/state';
import { BundleRefusal } from '../../../electron/services/bundles/types';
import { keyIdOf, safetyCode } from '../../../electron/services/keys/identity';
import { openWorkspace } from '../../../electron/services/workspace/workspace';
import { FORGED_SIGNATURE, IDENTITY, SMALL_ORDER_POINTS, mixedOrder } from '../keys/ed25519-vectors';
import { partsOf } from './bundle-kit';
import { buildZip } from './raw-zip';
import { draftCommitment, type Party, party } from './workspace-fixtures';

let poc: Party;
let md: Party;
let legit: Buffer;

beforeAll(async () => {
  poc = await party('poc', 'POC');
  md = await party('lfp', 'MD');
  await draftCommitment(md, 'anti-corruption', { sq: 'Regjistri i pronësisë përfituese', en: 'Beneficial ownership register' });
  legit = (await md.bundles.export()).bytes;
}, 30_000);

afterAll(async () => {
  await poc?.close();
  await md?.close();
});

/** MD's real submission, re-signed "by" `key` with `sig`: the issuer claims `key`, and no private key is used. */
function forgedFrom(bytes: Buffer, key: Buffer, sig: Buffer = FORGED_SIGNATURE): Buffer {
  const parts = partsOf(bytes);
  const manifest = { ...parts.manifest, issuer: { ...parts.manifest.issuer, publicKey: key.toString('base64'), keyId: keyIdOf(key) } };
  const manifestBytes = Buffer.from(canonicalJson(manifest), 'utf8');
  const sigBytes = Buffer.from(canonicalJson({ signatures: [{ alg: 'Ed25519', keyId: keyIdOf(key), sig: sig.toString('base64') }] }), 'utf8');
  return buildZip([
    { name: 'manifest.json', data: manifestBytes },
    { name: 'manifest.sig', data: sigBytes },
    { name: 'data/records.json', data: parts.records },
    ...parts.attachments.map((a) => ({ name: a.name, data: a.data })),
  ]);
}

const refusalOf = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('accepted');
};

describe('a bundle signed without a private key', () => {
  it('is refused as key-small-order even when the POC confirms the forged key’s safety code, and changes nothing', async () => {
    const forged = forgedFrom(legit, IDENTITY);
    const code = safetyCode(IDENTITY, 'MD');
    const before = await poc.snapshot();
    const err = await refusalOf(poc.bundles.import(forged, code));
    expect(err.code).toBe('bundle-refused');
    expect(err.details?.params).toMatchObject({ reason: 'key-small-order', path: 'issuer.publicKey' });
    expect(await poc.snapshot()).toBe(before);
    expect(await poc.bundles.trustList()).toEqual([]);
    const [last] = await poc.bundles.log(1);
    expect(last).toMatchObject({ result: 'refused', reason: 'key-small-order', sha256: createHash('sha256').update(forged).digest('hex') });
  });

  it('cannot even be previewed as verified', async () => {
    const err = await refusalOf(poc.bundles.preview(forgedFrom(legit, SMALL_ORDER_POINTS[3]!)));
    expect(err.details?.params?.reason).toBe('key-small-order');
  });

  it('the real bundle, after all that, is applied normally', async () => {
    const outcome = await poc.bundles.import(legit, (await md.bundles.showKey()).safetyCode);
    expect(outcome).toMatchObject({ result: 'applied', enrolled: true });
    expect((await poc.bundles.trustList()).map((s) => s.keyId)).toEqual([(await md.bundles.showKey()).keyId]);
  });
});

describe('the trust registry', () => {
  it('refuses a degenerate key at its one door, whoever calls', async () => {
    for (const [key, reason] of [
      [IDENTITY, 'key-small-order'],
      [mixedOrder((await md.ownKey()).publicKeyRaw), 'key-mixed-order'],
    ] as const) {
      const attempt = insertSigner(poc.ws.store.db, { keyId: keyIdOf(key), institution: 'NAIS', safetyCode: safetyCode(key, 'NAIS'), publicKey: key, enrolledAt: '2024-05-01T09:00:00.000Z', status: 'active' });
      await expect(attempt).rejects.toBeInstanceOf(BundleRefusal);
      await expect(attempt).rejects.toMatchObject({ reason });
    }
    expect((await poc.bundles.trustList()).some((s) => s.institution === 'NAIS')).toBe(false);
  });

  it('a workspace that already holds one (enrolled by an earlier Plani) is refused at open, in both languages', async () => {
    const p = await party('poc', 'POC');
    try {
      // What an earlier version wrote when a person confirmed the forged key's code.
      p.ws.store.sqlite
        .prepare('INSERT INTO trusted_signer (key_id, institution, fingerprint, public_key, enrolled_at, status) VALUES (?, ?, ?, ?, ?, ?)')
        .run(keyIdOf(IDENTITY), 'MOFE', safetyCode(IDENTITY, 'MOFE'), IDENTITY, '2024-05-01T09:00:00.000Z', 'active');
      await p.ws.store.close();
      const err = await refusalOf(openWorkspace(p.dir));
      expect(err.code).toBe('trust-registry-unsafe');
      expect(err.details?.params).toEqual({ institution: 'MOFE', keyId: keyIdOf(IDENTITY), problem: 'small-order' });
      for (const lang of ['sq', 'en'] as const) {
        const text = createI18n(lang).t('errors.trust-registry-unsafe', err.details?.params);
        expect(text).toContain('MOFE');
        expect(text).toContain(keyIdOf(IDENTITY));
        expect(text).not.toContain('{{');
      }
    } finally {
      // The store is closed already; close() would close it again.
      await p.close().catch(() => undefined);
    }
  });
});
