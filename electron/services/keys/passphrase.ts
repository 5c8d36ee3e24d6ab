// A private key sealed with a passphrase, for a workspace that moves between
// computers (where the keyring file of this computer's profile would not
// follow): the key-encryption key is derived with scrypt from the passphrase
// and a random salt kept in the blob, and the key sealed with AES-256-GCM
// bound to its key id. Nothing is written beside it: without the passphrase
// the blob opens on no computer.
import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import type { KeyProtector } from './protector';

export const PASSPHRASE_SCHEME = 'aes-256-gcm/scrypt-passphrase/v1';
export const MIN_PASSPHRASE_LENGTH = 12;
/** scrypt cost: N = 2^15, r = 8, p = 1 (≈ 32 MiB, a few tens of ms a derivation). */
const COST = { log2N: 15, r: 8, p: 1 } as const;
const VERSION = 1;

/** The passphrase does not open this key (wrong passphrase, or a damaged blob: GCM cannot tell which). */
export class PassphraseError extends Error {
  constructor(readonly problem: 'wrong' | 'too-short' | 'malformed') {
    super(`passphrase: ${problem}`);
    this.name = 'PassphraseError';
  }
}

function derive(passphrase: string, salt: Buffer, log2N: number, r: number, p: number): Buffer {
  const N = 2 ** log2N;
  return scryptSync(passphrase.normalize('NFC'), salt, 32, { N, r, p, maxmem: 256 * N * r });
}

// blob: version(1) log2N(1) r(1) p(1) salt(16) nonce(12) tag(16) body
export function passphraseProtector(passphrase: string): KeyProtector {
  if ([...passphrase].length < MIN_PASSPHRASE_LENGTH) throw new PassphraseError('too-short');
  return {
    scheme: PASSPHRASE_SCHEME,
    protect(keyId, secret) {
      const salt = randomBytes(16);
      const nonce = randomBytes(12);
      const kek = derive(passphrase, salt, COST.log2N, COST.r, COST.p);
      const cipher = createCipheriv('aes-256-gcm', kek, nonce);
      cipher.setAAD(Buffer.from(`${PASSPHRASE_SCHEME}\n${keyId}`, 'utf8'));
      const body = Buffer.concat([cipher.update(secret), cipher.final()]);
      return Buffer.concat([Buffer.from([VERSION, COST.log2N, COST.r, COST.p]), salt, nonce, cipher.getAuthTag(), body]);
    },
    unprotect(keyId, blob) {
      if (blob.length < 4 + 16 + 12 + 16 + 1 || blob[0] !== VERSION) throw new PassphraseError('malformed');
      const [log2N, r, p] = [blob[1]!, blob[2]!, blob[3]!];
      // Bounds a forged header cannot push past (memory and time of one derivation).
      if (log2N < 14 || log2N > 20 || r < 1 || r > 16 || p < 1 || p > 4) throw new PassphraseError('malformed');
      const salt = blob.subarray(4, 20);
      const nonce = blob.subarray(20, 32);
      const tag = blob.subarray(32, 48);
      const kek = derive(passphrase, salt, log2N, r, p);
      const decipher = createDecipheriv('aes-256-gcm', kek, nonce);
      decipher.setAAD(Buffer.from(`${PASSPHRASE_SCHEME}\n${keyId}`, 'utf8'));
      try {
        decipher.setAuthTag(tag);
        return Buffer.concat([decipher.update(blob.subarray(48)), decipher.final()]);
      } catch {
        throw new PassphraseError('wrong');
      }
    },
  };
}
