// Who may sign for whom (docs/bundle-format.md, "Trust"). A receiver keeps a
// registry of trusted signers; a key it does not know is shown with its
// safety code and enrolled only when a person confirms that code. One active
// key per institution: a second one needs a rotation signed by both, or the
// old one revoked first.
import type { z } from 'zod';
import { AppError } from '../../../../shared/api/errors';
import type { Manifest, SignerInfo, TrustedSigner } from '../../../../shared/model/bundle';
import { safetyCode } from '../../keys/identity';
import type { AnyDb } from '../../store/database';
import { insertSigner, readSigner, readSigners, type SignerRow, updateSignerStatus } from './state';
import { BundleRefusal } from '../types';

/** "12345 67890 …" or "1234567890…": the 30 digits alone; null when it is not 30 digits. */
export function normalizeSafetyCode(input: string): string | null {
  const digits = input.replace(/\s+/g, '');
  return /^\d{30}$/.test(digits) ? digits : null;
}

/** The 30 digits in six groups of five, the form people read aloud. */
export function formatSafetyCode(digits: string): string {
  return digits.replace(/(\d{5})(?=\d)/g, '$1 ');
}

export const sameSafetyCode = (a: string, b: string) => {
  const x = normalizeSafetyCode(a);
  return x !== null && x === normalizeSafetyCode(b);
};

export type SignerStatus = SignerInfo['status'];

export interface SignerAssessment {
  info: SignerInfo;
  /** The enrolled record of this key, when there is one. */
  known: SignerRow | null;
  /** Why the signer cannot sign this bundle; never 'unknown-signer' (that needs the person's confirmation). */
  refusal: BundleRefusal | null;
}

/** The safety code of the key a manifest names, for the institution it claims. */
export const manifestSafetyCode = (m: Manifest) => safetyCode(Buffer.from(m.issuer.publicKey, 'base64'), m.issuer.institution);

/**
 * What the receiver knows of the key that signed `manifest`:
 * - enrolled for this institution and active: trusted;
 * - enrolled but revoked: key-revoked; rotated: refused from its
 *   effectiveFromSeq on (key-rotated), still trusted below;
 * - enrolled for another institution, or another key is active for this
 *   one: key-mismatch;
 * - this workspace's own key: own (own-bundle: a workspace never imports
 *   what it exported itself);
 * - otherwise unknown (previewable; applied only with the safety code).
 */
export async function assessSigner(db: AnyDb, m: Manifest): Promise<SignerAssessment> {
  const code = manifestSafetyCode(m);
  const base = { institution: m.issuer.institution, keyId: m.issuer.keyId, safetyCode: code };
  // Our own key (the active one or one rotated away) is never in the registry of others' keys: say so, not "unknown".
  const own = await db.selectFrom('signing_key').select(['public_key', 'created_at']).where('key_id', '=', m.issuer.keyId).executeTakeFirst();
  if (own && own.public_key.equals(Buffer.from(m.issuer.publicKey, 'base64'))) {
    return { info: { ...base, status: 'own', enrolledAt: own.created_at }, known: null, refusal: new BundleRefusal('own-bundle', { institution: m.issuer.institution }) };
  }
  const known = await readSigner(db, m.issuer.keyId);
  if (known) {
    const info = (status: SignerStatus): SignerInfo => ({ ...base, status, enrolledAt: known.enrolledAt });
    const samePublicKey = known.publicKey.equals(Buffer.from(m.issuer.publicKey, 'base64'));
    if (known.institution !== m.issuer.institution || !samePublicKey) {
      return { info: info('mismatch'), known, refusal: new BundleRefusal('key-mismatch', { institution: m.issuer.institution, enrolledFor: known.institution }) };
    }
    if (known.status === 'revoked') return { info: info('revoked'), known, refusal: new BundleRefusal('key-revoked', { safetyCode: code }) };
    if (known.status === 'rotated') {
      const from = known.effectiveFromSeq ?? 1;
      const refusal = m.seq >= from ? new BundleRefusal('key-rotated', { seq: m.seq, effectiveFromSeq: from }) : null;
      return { info: info('rotated'), known, refusal };
    }
    return { info: info('trusted'), known, refusal: null };
  }
  const others = (await readSigners(db, m.issuer.institution)).filter((s) => s.status === 'active');
  if (others.length > 0) {
    return {
      info: { ...base, status: 'mismatch', enrolledAt: null },
      known: null,
      refusal: new BundleRefusal('key-mismatch', { institution: m.issuer.institution, enrolledFor: m.issuer.institution }),
    };
  }
  return { info: { ...base, status: 'unknown', enrolledAt: null }, known: null, refusal: null };
}

/**
 * For an unknown signer: the person's confirmation. No code → unknown-signer
 * (with the code to compare); a code that differs → safety-code-mismatch
 * (without it).
 * For a known signer a code, when given, must still match.
 */
export function checkTrustCode(signer: SignerAssessment, trustCode: string | undefined): BundleRefusal | null {
  const expected = signer.info.safetyCode;
  if (trustCode === undefined) {
    return signer.info.status === 'unknown' ? new BundleRefusal('unknown-signer', { safetyCode: expected }) : null;
  }
  // Never the expected code: it must come from the other side, by phone, not be copied from this refusal.
  return sameSafetyCode(trustCode, expected) ? null : new BundleRefusal('safety-code-mismatch');
}

/** Enrolls the manifest's key for its institution (inside the applying transaction). */
export async function enrollSigner(db: AnyDb, m: Manifest, at: string): Promise<void> {
  await insertSigner(db, {
    keyId: m.issuer.keyId,
    institution: m.issuer.institution,
    safetyCode: manifestSafetyCode(m),
    publicKey: Buffer.from(m.issuer.publicKey, 'base64'),
    enrolledAt: at,
    status: 'active',
  });
}

type TrustedSignerDto = z.infer<typeof TrustedSigner>;

const toDto = (s: SignerRow): TrustedSignerDto => ({
  institution: s.institution,
  keyId: s.keyId,
  safetyCode: s.safetyCode,
  status: s.status,
  enrolledAt: s.enrolledAt,
});

export async function listSigners(db: AnyDb): Promise<TrustedSignerDto[]> {
  return (await readSigners(db)).map(toDto);
}

/** Revokes the enrolled key with this safety code (spaces optional). */
export async function revokeSigner(db: AnyDb, code: string, at: string): Promise<TrustedSignerDto> {
  const digits = normalizeSafetyCode(code);
  const match = digits === null ? undefined : (await readSigners(db)).find((s) => normalizeSafetyCode(s.safetyCode) === digits);
  if (!match) throw new AppError('not-found', { params: { id: code.trim() } });
  if (match.status !== 'revoked') await updateSignerStatus(db, match.keyId, { status: 'revoked', at });
  return toDto({ ...match, status: 'revoked' });
}
