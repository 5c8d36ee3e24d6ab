// Degenerate Ed25519 inputs, as published and as derived from the curve:
// - the small-order points and their non-canonical encodings, the list
//   libsodium's crypto_sign_verify_detached and ed25519-dalek's
//   verify_strict refuse (hex, as published);
// - the twelve edge cases of "Taming the many EdDSAs" (Chalkias, Garillot,
//   Nikolaenko, 2020; the ed25519-speccheck test vectors), each with the
//   refusal our strict verifier must give;
// - builders that turn a real key or a real signature into a degenerate
//   one (plus a torsion point, S + L, R swapped for a small-order point).
import { ed25519 } from '@noble/curves/ed25519.js';
import type { PointProblem, SignatureProblem } from '../../../electron/services/keys/ed25519-strict';

const Point = ed25519.Point;
export const L = Point.Fn.ORDER;
const hex = (h: string) => Buffer.from(h, 'hex');

/** A point of order 8 (as published in libsodium's blocklist). */
const ORDER_8 = 'c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a';

/** The eight points of small order, canonically encoded: k·T8 for k = 0…7 (the identity first). */
export const SMALL_ORDER_POINTS: readonly Buffer[] = Array.from({ length: 8 }, (_, k) =>
  Buffer.from((k === 0 ? Point.ZERO : Point.fromBytes(hex(ORDER_8)).multiplyUnsafe(BigInt(k))).toBytes()),
);

/** libsodium's blocklist (ed25519_ref10.c, ge25519_has_small_order), as published: the canonical ones above and y ≥ p forms. */
export const LIBSODIUM_BLOCKLIST: readonly { hex: string; problem: PointProblem }[] = [
  { hex: '0000000000000000000000000000000000000000000000000000000000000000', problem: 'small-order' },
  { hex: '0100000000000000000000000000000000000000000000000000000000000000', problem: 'small-order' },
  { hex: '26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05', problem: 'small-order' },
  { hex: 'c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a', problem: 'small-order' },
  { hex: 'ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f', problem: 'small-order' },
  { hex: 'edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f', problem: 'not-canonical' },
  { hex: 'eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f', problem: 'not-canonical' },
];

/** Non-canonical encodings of small-order points that dalek's EIGHT_TORSION_NON_CANONICAL adds: the sign bit on x = 0, and y ≥ p with the sign bit. */
export const NON_CANONICAL_SMALL_ORDER: readonly string[] = [
  '0100000000000000000000000000000000000000000000000000000000000080',
  'ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff',
  'edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff',
  'eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff',
];

/** The smallest y whose x² has no square root: 32 bytes that are no point at all. */
export const NOT_ON_CURVE: Buffer = (() => {
  for (let y = 2; y < 1000; y++) {
    const b = Buffer.alloc(32);
    b.writeUInt16LE(y, 0);
    try {
      Point.fromBytes(b, true);
    } catch {
      return b;
    }
  }
  throw new Error('no off-curve y below 1000');
})();

/** A key or R with a small-order component: P + T8 (no longer in the prime-order subgroup). */
export function mixedOrder(pointBytes: Uint8Array): Buffer {
  return Buffer.from(Point.fromBytes(pointBytes).add(Point.fromBytes(hex(ORDER_8))).toBytes());
}

/** The same signature with S + L: OpenSSL-era verifiers that skip the range check accept it (malleability). */
export function withUnreducedS(signature: Uint8Array): Buffer {
  let s = 0n;
  for (let i = 63; i >= 32; i--) s = (s << 8n) | BigInt(signature[i]!);
  let t = s + L;
  const out = Buffer.from(signature);
  for (let i = 32; i < 64; i++) {
    out[i] = Number(t & 0xffn);
    t >>= 8n;
  }
  return out;
}

/** The same signature with its R replaced. */
export function withR(signature: Uint8Array, r: Uint8Array): Buffer {
  return Buffer.concat([Buffer.from(r), Buffer.from(signature).subarray(32)]);
}

/** The forgery the attack used: R = identity, S = 0, valid under a small-order key for any message (cofactored or not). */
export const IDENTITY = SMALL_ORDER_POINTS[0]!;
export const FORGED_SIGNATURE = Buffer.concat([IDENTITY, Buffer.alloc(32)]);

export type Expected = { kind: 'key'; issue: PointProblem } | { kind: 'signature'; issue: SignatureProblem };

/** ed25519-speccheck's cases.txt (msg, public key, signature), each with the refusal a strict verifier owes it. */
export const SPECCHECK: readonly { msg: string; pbk: string; sig: string; openssl: boolean; expected: Expected }[] = [
  { msg: '8c93255d71dcab10e8f379c26200f3c7bd5f09d9bc3068d3ef4edeb4853022b6', pbk: 'c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa', sig: 'c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a0000000000000000000000000000000000000000000000000000000000000000', openssl: true, expected: { kind: 'key', issue: 'small-order' } },
  { msg: '9bd9f44f4dcc75bd531b56b2cd280b0bb38fc1cd6d1230e14861d861de092e79', pbk: 'c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa', sig: 'f7badec5b8abeaf699583992219b7b223f1df3fbbea919844e3f7c554a43dd43a5bb704786be79fc476f91d3f3f89b03984d8068dcf1bb7dfc6637b45450ac04', openssl: true, expected: { kind: 'key', issue: 'small-order' } },
  { msg: 'aebf3f2601a0c8c5d39cc7d8911642f740b78168218da8471772b35f9d35b9ab', pbk: 'f7badec5b8abeaf699583992219b7b223f1df3fbbea919844e3f7c554a43dd43', sig: 'c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa8c4bd45aecaca5b24fb97bc10ac27ac8751a7dfe1baff8b953ec9f5833ca260e', openssl: true, expected: { kind: 'key', issue: 'mixed-order' } },
  { msg: '9bd9f44f4dcc75bd531b56b2cd280b0bb38fc1cd6d1230e14861d861de092e79', pbk: 'cdb267ce40c5cd45306fa5d2f29731459387dbf9eb933b7bd5aed9a765b88d4d', sig: '9046a64750444938de19f227bb80485e92b83fdb4b6506c160484c016cc1852f87909e14428a7a1d62e9f22f3d3ad7802db02eb2e688b6c52fcd6648a98bd009', openssl: true, expected: { kind: 'key', issue: 'mixed-order' } },
  { msg: 'e47d62c63f830dc7a6851a0b1f33ae4bb2f507fb6cffec4011eaccd55b53f56c', pbk: 'cdb267ce40c5cd45306fa5d2f29731459387dbf9eb933b7bd5aed9a765b88d4d', sig: '160a1cb0dc9c0258cd0a7d23e94d8fa878bcb1925f2c64246b2dee1796bed5125ec6bc982a269b723e0668e540911a9a6a58921d6925e434ab10aa7940551a09', openssl: false, expected: { kind: 'key', issue: 'mixed-order' } },
  { msg: 'e47d62c63f830dc7a6851a0b1f33ae4bb2f507fb6cffec4011eaccd55b53f56c', pbk: 'cdb267ce40c5cd45306fa5d2f29731459387dbf9eb933b7bd5aed9a765b88d4d', sig: '21122a84e0b5fca4052f5b1235c80a537878b38f3142356b2c2384ebad4668b7e40bc836dac0f71076f9abe3a53f9c03c1ceeeddb658d0030494ace586687405', openssl: false, expected: { kind: 'key', issue: 'mixed-order' } },
  { msg: '85e241a07d148b41e47d62c63f830dc7a6851a0b1f33ae4bb2f507fb6cffec40', pbk: '442aad9f089ad9e14647b1ef9099a1ff4798d78589e66f28eca69c11f582a623', sig: 'e96f66be976d82e60150baecff9906684aebb1ef181f67a7189ac78ea23b6c0e547f7690a0e2ddcd04d87dbc3490dc19b3b3052f7ff0538cb68afb369ba3a514', openssl: false, expected: { kind: 'signature', issue: 's-not-reduced' } },
  { msg: '85e241a07d148b41e47d62c63f830dc7a6851a0b1f33ae4bb2f507fb6cffec40', pbk: '442aad9f089ad9e14647b1ef9099a1ff4798d78589e66f28eca69c11f582a623', sig: '8ce5b96c8f26d0ab6c47958c9e68b937104cd36e13c33566acd2fe8d38aa19427e71f98a473474f2f13f06f97c20d58cc3f54b8bd0d272f42b695dd7e89a8c22', openssl: false, expected: { kind: 'signature', issue: 's-not-reduced' } },
  { msg: '9bedc267423725d473888631ebf45988bad3db83851ee85c85e241a07d148b41', pbk: 'f7badec5b8abeaf699583992219b7b223f1df3fbbea919844e3f7c554a43dd43', sig: 'ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff03be9678ac102edcd92b0210bb34d7428d12ffc5df5f37e359941266a4e35f0f', openssl: false, expected: { kind: 'key', issue: 'mixed-order' } },
  { msg: '9bedc267423725d473888631ebf45988bad3db83851ee85c85e241a07d148b41', pbk: 'f7badec5b8abeaf699583992219b7b223f1df3fbbea919844e3f7c554a43dd43', sig: 'ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffca8c5b64cd208982aa38d4936621a4775aa233aa0505711d8fdcfdaa943d4908', openssl: false, expected: { kind: 'key', issue: 'mixed-order' } },
  { msg: 'e96b7021eb39c1a163b6da4e3093dcd3f21387da4cc4572be588fafae23c155b', pbk: 'ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff', sig: 'a9d55260f765261eb9b84e106f665e00b867287a761990d7135963ee0a7d59dca5bb704786be79fc476f91d3f3f89b03984d8068dcf1bb7dfc6637b45450ac04', openssl: false, expected: { kind: 'key', issue: 'not-canonical' } },
  { msg: '39a591f5321bbe07fd5a23dc2f39d025d74526615746727ceefd6e82ae65c06f', pbk: 'ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff', sig: 'a9d55260f765261eb9b84e106f665e00b867287a761990d7135963ee0a7d59dca5bb704786be79fc476f91d3f3f89b03984d8068dcf1bb7dfc6637b45450ac04', openssl: true, expected: { kind: 'key', issue: 'not-canonical' } },
];
