// Signatures over a bundle's manifest. What is signed is not the manifest
// alone but a pre-authentication encoding (DSSE-style) that binds the bundle
// type, so a feedback bundle can never pass for a submission, nor a
// key-rotation for either: "PLANIv1 <len(type)> <type> <len(body)> <body>".
import { createPrivateKey, sign } from 'node:crypto';
import { type StrictVerdict, verifyStrict } from '../../keys/ed25519-strict';

export const PAE_PREFIX = 'PLANIv1';

export function payloadType(bundleType: string): string {
  return `application/vnd.plani.${bundleType}+json`;
}

export function preAuthEncoding(bundleType: string, body: Buffer): Buffer {
  const type = Buffer.from(payloadType(bundleType), 'utf8');
  return Buffer.concat([
    Buffer.from(`${PAE_PREFIX} ${type.length} `, 'utf8'),
    type,
    Buffer.from(` ${body.length} `, 'utf8'),
    body,
  ]);
}

export function signManifest(bundleType: string, manifestBytes: Buffer, privateKeyPkcs8: Buffer): Buffer {
  const key = createPrivateKey({ key: privateKeyPkcs8, format: 'der', type: 'pkcs8' });
  // Ed25519 takes no separate digest: the algorithm argument must be null.
  return sign(null, preAuthEncoding(bundleType, manifestBytes), key);
}

/** The strict verdict (ed25519-strict.ts): a degenerate key or malleable signature says which, never "verified". */
export function checkManifestSignature(bundleType: string, manifestBytes: Buffer, signature: Buffer, publicKeyRaw: Buffer): StrictVerdict {
  if (publicKeyRaw.length !== 32) return { ok: false, problem: { kind: 'key', issue: 'not-on-curve' } };
  if (signature.length !== 64) return { ok: false, problem: { kind: 'mismatch' } };
  return verifyStrict(preAuthEncoding(bundleType, manifestBytes), signature, publicKeyRaw);
}

export function verifyManifest(bundleType: string, manifestBytes: Buffer, signature: Buffer, publicKeyRaw: Buffer): boolean {
  return checkManifestSignature(bundleType, manifestBytes, signature, publicKeyRaw).ok;
}
