// Rules about a manifest beyond its schema, shared by the reader (which
// refuses) and the writer (which must never produce what the reader
// refuses): which fields a bundle type carries, and that every key id is the
// id of the public key next to it.
import type { Manifest } from '../../../../shared/model/bundle';
import { pointProblem } from '../../keys/ed25519-strict';
import { keyIdOf } from '../../keys/identity';
import { MAX_TOTAL_UNCOMPRESSED, entryLimit } from './limits';
import { BundleRefusal } from '../types';

/** Decodes base64 only when it is the canonical encoding of exactly `length` bytes (no stray bits, no padding games). */
export function strictBase64(text: string, length: number): Buffer | null {
  const bytes = Buffer.from(text, 'base64');
  return bytes.length === length && bytes.toString('base64') === text ? bytes : null;
}

/**
 * A public key that is not the canonical encoding of a point of large prime
 * order is refused before any signature is verified and before it can be
 * enrolled: with such a key a signature can be forged without a private key.
 */
export function assertStrongKey(publicKeyRaw: Buffer, path: string): void {
  const problem = pointProblem(publicKeyRaw);
  if (problem !== null) throw new BundleRefusal(`key-${problem}`, { path }, `${path} is not a usable Ed25519 key (${problem})`);
}

/** The public keys a manifest names, in signing order, after checking each against its key id. */
export interface ExpectedSigner {
  keyId: string;
  publicKeyRaw: Buffer;
}

/**
 * Type-specific rules, then key consistency. Returns who must sign, in order:
 * the issuer; for a key rotation the issuer (old key, authorising) and then
 * the new key (proving possession).
 */
export function checkManifestRules(manifest: Manifest): ExpectedSigner[] {
  const isRotation = manifest.bundleType === 'key-rotation';
  if (isRotation !== (manifest.rotation !== undefined)) {
    throw new BundleRefusal('manifest-invalid', { path: 'rotation' }, isRotation ? 'a key rotation needs `rotation`' : `a ${manifest.bundleType} carries no \`rotation\``);
  }
  const issuerKey = strictBase64(manifest.issuer.publicKey, 32);
  if (issuerKey === null) throw new BundleRefusal('manifest-invalid', { path: 'issuer.publicKey' }, 'issuer.publicKey is not canonical base64 of 32 bytes');
  assertStrongKey(issuerKey, 'issuer.publicKey');
  // The key id is only a label, but a label that lies would let the UI show one key and verify another.
  if (keyIdOf(issuerKey) !== manifest.issuer.keyId) {
    throw new BundleRefusal('signature-invalid', { path: 'issuer.keyId' }, 'issuer.keyId is not the id of issuer.publicKey');
  }
  const signers: ExpectedSigner[] = [{ keyId: manifest.issuer.keyId, publicKeyRaw: issuerKey }];
  if (manifest.rotation !== undefined) {
    const newKey = strictBase64(manifest.rotation.newPublicKey, 32);
    if (newKey === null) throw new BundleRefusal('manifest-invalid', { path: 'rotation.newPublicKey' }, 'rotation.newPublicKey is not canonical base64 of 32 bytes');
    assertStrongKey(newKey, 'rotation.newPublicKey');
    if (keyIdOf(newKey) !== manifest.rotation.newKeyId) {
      throw new BundleRefusal('signature-invalid', { path: 'rotation.newKeyId' }, 'rotation.newKeyId is not the id of rotation.newPublicKey');
    }
    if (newKey.equals(issuerKey)) throw new BundleRefusal('manifest-invalid', { path: 'rotation.newPublicKey' }, 'a key cannot be rotated to itself');
    signers.push({ keyId: manifest.rotation.newKeyId, publicKeyRaw: newKey });
  }
  checkDeclaredSizes(manifest.files);
  return signers;
}

/**
 * The signed sizes, against the same caps the container's declared sizes
 * meet: checked before any listed entry is inflated, so no later step has to
 * trust a size the profile would never have allowed.
 */
function checkDeclaredSizes(files: Manifest['files']): void {
  let total = 0;
  files.forEach((f, i) => {
    const limit = entryLimit(f.path);
    if (f.size > limit) throw new BundleRefusal('entry-too-large', { entry: f.path, size: f.size, limit, path: `files.${i}.size` }, `the manifest declares ${f.size} bytes for ${f.path}`);
    total += f.size;
  });
  if (total > MAX_TOTAL_UNCOMPRESSED) {
    throw new BundleRefusal('entry-too-large', { entry: '*', size: total, limit: MAX_TOTAL_UNCOMPRESSED, path: 'files' }, 'the manifest declares too many bytes in all');
  }
}
