// The strict verifier against the published vectors and against degenerate
// forms of a real key and a real signature. OpenSSL's verdict is asserted
// beside ours where it differs: that difference is the hole being closed.
import { verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { pointProblem, signatureProblem, verifyStrict } from '../../../electron/services/keys/ed25519-strict';
import { generateSigningKey, publicKeyFromRaw } from '../../../electron/services/keys/identity';
import { signManifest, preAuthEncoding } from '../../../electron/services/bundles/file/signature';
import {
  FORGED_SIGNATURE,
  IDENTITY,
  L,
  LIBSODIUM_BLOCKLIST,
  NON_CANONICAL_SMALL_ORDER,
  NOT_ON_CURVE,
  SMALL_ORDER_POINTS,
  SPECCHECK,
  mixedOrder,
  withR,
  withUnreducedS,
} from './ed25519-vectors';

const opensslVerify = (msg: Buffer, sig: Buffer, pub: Buffer) => {
  try {
    return verify(null, msg, publicKeyFromRaw(pub), sig);
  } catch {
    return false;
  }
};

const key = generateSigningKey();
const message = Buffer.from('PLANIv1 manifest bytes: Regjistri i pronësisë përfituese', 'utf8');
const good = signManifest('submission', message, key.privateKeyPkcs8);
const signed = preAuthEncoding('submission', message);

describe('the hole', () => {
  it('OpenSSL accepts R = identity, S = 0 under the identity key for any message; the strict verifier refuses the key', () => {
    for (const text of ['hello', 'a submission of MD', '']) {
      expect(opensslVerify(Buffer.from(text), FORGED_SIGNATURE, IDENTITY)).toBe(true);
      expect(verifyStrict(Buffer.from(text), FORGED_SIGNATURE, IDENTITY)).toEqual({ ok: false, problem: { kind: 'key', issue: 'small-order' } });
    }
  });
});

describe('keys', () => {
  it('a real key is a canonical point of prime order', () => {
    expect(pointProblem(key.publicKeyRaw)).toBeNull();
    expect(verifyStrict(signed, good, key.publicKeyRaw)).toEqual({ ok: true });
  });

  it.each(SMALL_ORDER_POINTS.map((p, k) => [k, p.toString('hex')]))('k·T8 for k = %i (%s) is small-order', (_k, h) => {
    expect(pointProblem(Buffer.from(h, 'hex'))).toBe('small-order');
  });

  it.each(LIBSODIUM_BLOCKLIST.map((v) => [v.hex, v.problem]))("libsodium's blocklist: %s is %s", (h, problem) => {
    expect(pointProblem(Buffer.from(h, 'hex'))).toBe(problem);
  });

  it.each(NON_CANONICAL_SMALL_ORDER)('the non-canonical small-order encoding %s is not-canonical', (h) => {
    expect(pointProblem(Buffer.from(h, 'hex'))).toBe('not-canonical');
  });

  it('a real key plus a torsion point is mixed-order; bytes off the curve are not-on-curve; 31 bytes are not a key', () => {
    expect(pointProblem(mixedOrder(key.publicKeyRaw))).toBe('mixed-order');
    expect(pointProblem(NOT_ON_CURVE)).toBe('not-on-curve');
    expect(pointProblem(key.publicKeyRaw.subarray(0, 31))).toBe('not-on-curve');
  });
});

describe('signatures', () => {
  it('S + L (the malleated twin of a valid signature) is refused as s-not-reduced, whatever OpenSSL says', () => {
    const twin = withUnreducedS(good);
    expect(signatureProblem(twin)).toBe('s-not-reduced');
    expect(verifyStrict(signed, twin, key.publicKeyRaw)).toEqual({ ok: false, problem: { kind: 'signature', issue: 's-not-reduced' } });
  });

  it('S = L exactly and S = 2^256 − 1 are not reduced; S = L − 1 is', () => {
    const withS = (s: bigint) => {
      const out = Buffer.from(good);
      for (let i = 32; i < 64; i++) {
        out[i] = Number(s & 0xffn);
        s >>= 8n;
      }
      return out;
    };
    expect(signatureProblem(withS(L))).toBe('s-not-reduced');
    expect(signatureProblem(withS(2n ** 256n - 1n))).toBe('s-not-reduced');
    expect(signatureProblem(withS(L - 1n))).toBeNull();
  });

  it.each(SMALL_ORDER_POINTS.map((p) => [p.toString('hex')]))('R = %s (small order) is refused as r-small-order', (h) => {
    expect(verifyStrict(signed, withR(good, Buffer.from(h, 'hex')), key.publicKeyRaw)).toEqual({ ok: false, problem: { kind: 'signature', issue: 'r-small-order' } });
  });

  it('R plus a torsion point, R non-canonical and R off the curve each have their own reason', () => {
    expect(signatureProblem(withR(good, mixedOrder(good.subarray(0, 32))))).toBe('r-mixed-order');
    expect(signatureProblem(withR(good, Buffer.from(NON_CANONICAL_SMALL_ORDER[0]!, 'hex')))).toBe('r-not-canonical');
    expect(signatureProblem(withR(good, NOT_ON_CURVE))).toBe('r-not-on-curve');
  });

  it('a well-formed signature over other bytes is a plain mismatch', () => {
    expect(verifyStrict(Buffer.from('other'), good, key.publicKeyRaw)).toEqual({ ok: false, problem: { kind: 'mismatch' } });
    expect(verifyStrict(signed, good, generateSigningKey().publicKeyRaw)).toEqual({ ok: false, problem: { kind: 'mismatch' } });
  });
});

describe('the ed25519-speccheck vectors ("Taming the many EdDSAs")', () => {
  it.each(SPECCHECK.map((v, i) => [i, v]))('case %i', (_i, v) => {
    const msg = Buffer.from(v.msg, 'hex');
    const pbk = Buffer.from(v.pbk, 'hex');
    const sig = Buffer.from(v.sig, 'hex');
    expect(opensslVerify(msg, sig, pbk)).toBe(v.openssl);
    expect(verifyStrict(msg, sig, pbk)).toEqual({ ok: false, problem: v.expected });
  });
});
