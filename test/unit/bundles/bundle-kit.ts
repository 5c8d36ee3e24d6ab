// Forging bundles for the refusal tests: take a golden bundle apart, change
// exactly one thing, put it back together (re-signing and refreshing the file
// list unless the test says otherwise), so each fixture breaks one rule and
// the refusal it gets can be asserted exactly.
import { createHash } from 'node:crypto';
import { canonicalJson } from '../../../electron/services/bundles/file/canonical-json';
import { readBundle } from '../../../electron/services/bundles/file/read';
import { signManifest } from '../../../electron/services/bundles/file/signature';
import { BundleRefusal } from '../../../electron/services/bundles/types';
import type { GeneratedKey } from '../../../electron/services/keys/identity';
import { buildZip, listZip, type RawEntry, type RawZipOptions } from './raw-zip';

/** Forged data is deliberately untyped: the point is to write what the schemas forbid. */
export type Json = any;
export const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

export interface Parts {
  manifest: Json;
  records: Buffer;
  attachments: { name: string; data: Buffer; mediaType: string }[];
}

export function partsOf(bytes: Buffer): Parts {
  const entries = listZip(bytes);
  const manifest = JSON.parse(entries.find((e) => e.name === 'manifest.json')!.data.toString('utf8'));
  const mediaTypes = new Map<string, string>(manifest.files.map((f: Json) => [f.path, f.mediaType]));
  return {
    manifest,
    records: entries.find((e) => e.name === 'data/records.json')!.data,
    attachments: entries.filter((e) => e.name.startsWith('data/att/')).map((e) => ({ name: e.name, data: e.data, mediaType: mediaTypes.get(e.name)! })),
  };
}

export interface ForgeOptions {
  /** Change the parsed payload; records.json is re-serialised. */
  payload?: (p: Json) => void;
  /** Replace records.json's bytes. */
  records?: Buffer;
  attachments?: (a: Parts['attachments']) => Parts['attachments'];
  /** Recompute manifest.files from the entries (default true). */
  refreshFiles?: boolean;
  /** Change the manifest object (after the files refresh). */
  manifest?: (m: Json) => void;
  /** Change the serialised manifest bytes (signatures are made over the result). */
  manifestBytes?: (b: Buffer) => Buffer;
  /** The bundle type the signatures are made under (default the manifest's). */
  signAs?: string;
  /** Change the signature entries after signing. */
  signatures?: (s: Json[]) => Json[];
  /** Change manifest.sig's bytes. */
  sigBytes?: (b: Buffer) => Buffer;
  /** Change the archive's entries before zipping. */
  entries?: (e: RawEntry[]) => RawEntry[];
  zip?: RawZipOptions;
}

export function forge(parts: Parts, signers: readonly GeneratedKey[], o: ForgeOptions = {}): Buffer {
  const manifest: Json = structuredClone(parts.manifest);
  let records = o.records ?? parts.records;
  if (o.payload) {
    const p = JSON.parse(records.toString('utf8'));
    o.payload(p);
    records = Buffer.from(JSON.stringify(p), 'utf8');
  }
  const attachments = o.attachments ? o.attachments(parts.attachments.map((a) => ({ ...a }))) : parts.attachments;
  if (o.refreshFiles !== false) {
    manifest.files = [
      { path: 'data/records.json', size: records.length, sha256: sha256(records), mediaType: 'application/json' },
      ...attachments.map((a) => ({ path: a.name, size: a.data.length, sha256: sha256(a.data), mediaType: a.mediaType })),
    ].sort((a, b) => (a.path < b.path ? -1 : 1));
  }
  o.manifest?.(manifest);
  let manifestBytes: Buffer = Buffer.from(canonicalJson(manifest), 'utf8');
  if (o.manifestBytes) manifestBytes = o.manifestBytes(manifestBytes);
  let signatures: Json[] = signers.map((k) => ({
    alg: 'Ed25519',
    keyId: k.keyId,
    sig: signManifest(o.signAs ?? manifest.bundleType, manifestBytes, k.privateKeyPkcs8).toString('base64'),
  }));
  if (o.signatures) signatures = o.signatures(signatures);
  let sigBytes: Buffer = Buffer.from(canonicalJson({ signatures }), 'utf8');
  if (o.sigBytes) sigBytes = o.sigBytes(sigBytes);
  let entries: RawEntry[] = [
    { name: 'manifest.json', data: manifestBytes },
    { name: 'manifest.sig', data: sigBytes },
    { name: 'data/records.json', data: records },
    ...attachments.map((a) => ({ name: a.name, data: a.data })),
  ];
  if (o.entries) entries = o.entries(entries);
  return buildZip(entries, o.zip);
}

/** The refusal readBundle throws for `bytes` (fails the test if it accepts them or throws anything else). */
export async function refusalOf(bytes: Buffer): Promise<BundleRefusal> {
  try {
    await readBundle(bytes);
  } catch (err) {
    if (err instanceof BundleRefusal) return err;
    throw err;
  }
  throw new Error('the bundle was accepted');
}
