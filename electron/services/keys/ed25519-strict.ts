// Strict Ed25519 verification. OpenSSL's verify (what node:crypto runs)
// accepts degenerate inputs that RFC 8032 leaves open: with the identity
// point as public key and R = identity, S = 0, "any" message verifies, so
// whoever gets such a key enrolled can sign for an institution without any
// private key. Before a signature is believed, the key and R must each be
// the canonical encoding of a point of large prime order, and S must be
// reduced (below the group order L) — the rules of libsodium's
// crypto_sign_verify_detached and ed25519-dalek's verify_strict, plus the
// refusal of mixed-order points, which a key made by clamping a secret
// scalar never is. Point decoding and group arithmetic are @noble/curves'
// (audited); the classification of what is wrong is ours, so that each
// kind of degenerate input has its own reason code.
import { verify as opensslVerify } from 'node:crypto';
import { ed25519 } from '@noble/curves/ed25519.js';
import { publicKeyFromRaw } from './identity';

/** Why 32 bytes are not an acceptable Ed25519 point. */
export type PointProblem = 'not-canonical' | 'not-on-curve' | 'small-order' | 'mixed-order';
export const POINT_PROBLEMS: readonly PointProblem[] = ['not-canonical', 'not-on-curve', 'small-order', 'mixed-order'];

/** Why 64 bytes are not an acceptable signature, before any verification. */
export type SignatureProblem = `r-${PointProblem}` | 's-not-reduced';

const Point = ed25519.Point;
/** The order of the prime-order subgroup, L = 2^252 + 27742317777372353535851937790883648493. */
const GROUP_ORDER = Point.Fn.ORDER;

/**
 * What is wrong with a point encoding, or null when it is the canonical
 * encoding of a point of prime order L. Non-canonical first: an encoding
 * with y ≥ p, or x = 0 with the sign bit set, decodes only under the lax
 * ZIP-215 rules; anything that does not decode even then is off the curve.
 */
export function pointProblem(bytes: Uint8Array): PointProblem | null {
  if (bytes.length !== 32) return 'not-on-curve';
  let point: InstanceType<typeof Point>;
  try {
    point = Point.fromBytes(bytes, false);
  } catch {
    try {
      Point.fromBytes(bytes, true);
      return 'not-canonical';
    } catch {
      return 'not-on-curve';
    }
  }
  if (point.isSmallOrder()) return 'small-order';
  if (!point.isTorsionFree()) return 'mixed-order';
  return null;
}

/** S little-endian below L (no malleable second form), R an acceptable point. */
export function signatureProblem(signature: Uint8Array): SignatureProblem | null {
  if (signature.length !== 64) return 'r-not-on-curve';
  let s = 0n;
  for (let i = 63; i >= 32; i--) s = (s << 8n) | BigInt(signature[i]!);
  if (s >= GROUP_ORDER) return 's-not-reduced';
  const r = pointProblem(signature.subarray(0, 32));
  return r === null ? null : `r-${r}`;
}

export type StrictVerdict =
  | { ok: true }
  | { ok: false; problem: { kind: 'key'; issue: PointProblem } | { kind: 'signature'; issue: SignatureProblem } | { kind: 'mismatch' } };

/**
 * The key, then the signature's form, then the equation. The equation is
 * checked twice, by noble in strict mode and by OpenSSL: once the inputs
 * are canonical and of prime order the cofactored and cofactorless
 * equations agree, so the two can only differ through a bug in one of
 * them, and then the signature is not believed.
 */
export function verifyStrict(message: Uint8Array, signature: Uint8Array, publicKey: Uint8Array): StrictVerdict {
  const key = pointProblem(publicKey);
  if (key !== null) return { ok: false, problem: { kind: 'key', issue: key } };
  const form = signatureProblem(signature);
  if (form !== null) return { ok: false, problem: { kind: 'signature', issue: form } };
  let ok: boolean;
  try {
    ok =
      ed25519.verify(signature, message, publicKey, { zip215: false }) &&
      opensslVerify(null, message, publicKeyFromRaw(Buffer.from(publicKey)), signature);
  } catch {
    ok = false;
  }
  return ok ? { ok: true } : { ok: false, problem: { kind: 'mismatch' } };
}
