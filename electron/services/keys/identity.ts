// Ed25519 identities: key ids and the safety code two people can read to
// each other over the phone to confirm a key (Signal-style digit groups).
import { createHash, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';

export interface GeneratedKey {
  keyId: string;
  publicKeyRaw: Buffer;
  privateKeyPkcs8: Buffer;
}

export function rawPublicKey(key: KeyObject): Buffer {
  const jwk = key.export({ format: 'jwk' });
  if (typeof jwk.x !== 'string') throw new Error('not an Ed25519 public key');
  return Buffer.from(jwk.x, 'base64url');
}

export function publicKeyFromRaw(raw: Buffer): KeyObject {
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: raw.toString('base64url') }, format: 'jwk' });
}

/** A short label for lookups and file names; never a security decision on its own. */
export function keyIdOf(publicKeyRaw: Buffer): string {
  return createHash('sha256').update('plani/key/v1').update(publicKeyRaw).digest('hex').slice(0, 16);
}

/**
 * 30 digits in six groups of five, bound to the institution so the same key
 * enrolled under another institution reads differently. Each group is a
 * 5-byte chunk of SHA-256(publicKey || institution) taken mod 100000.
 */
export function safetyCode(publicKeyRaw: Buffer, institutionCode: string): string {
  const digest = createHash('sha256').update(publicKeyRaw).update(institutionCode, 'utf8').digest();
  const groups: string[] = [];
  for (let i = 0; i < 6; i++) {
    const chunk = digest.readUIntBE(i * 5, 5);
    groups.push(String(chunk % 100000).padStart(5, '0'));
  }
  return groups.join(' ');
}

export function generateSigningKey(): GeneratedKey {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const publicKeyRaw = rawPublicKey(publicKey);
  return {
    keyId: keyIdOf(publicKeyRaw),
    publicKeyRaw,
    privateKeyPkcs8: privateKey.export({ format: 'der', type: 'pkcs8' }),
  };
}
