// The file-level mutations of the golden bundles: one forged bundle per line
// of the threat checklist that can be judged from the file alone
// (shared/design/bundles-and-pdf.md §2; docs/bundle-format.md), each derived
// from a golden bundle by changing one thing, each with the exact reason code
// (and the params that matter) it must be refused with. Trust and sequence
// lines are the workspace side's tests (workspace-refusals.test.ts).
//
// Used twice: refusals.test.ts asserts each against readBundle alone, and
// refusals-through-import.test.ts runs each through the real import of a POC
// workspace that holds content and an enrolled key, asserting the same reason,
// the database unchanged and the refusal logged.
import { createHash, randomBytes } from 'node:crypto';
import { crc32, deflateRawSync } from 'node:zlib';
import type { RefusalReason } from '../../../shared/model/bundle';
import { writeBundle } from '../../../electron/services/bundles/file/write';
import { canonicalJson } from '../../../electron/services/bundles/file/canonical-json';
import { forge, partsOf, sha256, type ForgeOptions, type Json, type Parts } from './bundle-kit';
import { ATTACHMENT_SHA, feedbackDraft, type Keys, makeKeys, rotationDraft, submissionDraft } from './fixtures';
import type { RawEntry } from './raw-zip';
import { keyIdOf } from '../../../electron/services/keys/identity';
import {
  FORGED_SIGNATURE,
  IDENTITY,
  LIBSODIUM_BLOCKLIST,
  NON_CANONICAL_SMALL_ORDER,
  NOT_ON_CURVE,
  SMALL_ORDER_POINTS,
  mixedOrder,
  withR,
  withUnreducedS,
} from '../keys/ed25519-vectors';

export const MiB = 1024 * 1024;
export const ATT = `data/att/${ATTACHMENT_SHA}.pdf`;
export const hex = (label: string) => createHash('sha256').update(label).digest('hex');
export const nest = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

/** Patch the entry called `name`. */
export const patch = (name: string, p: Partial<RawEntry>) => ({ entries: (list: RawEntry[]) => list.map((e) => (e.name === name ? { ...e, ...p } : e)) });
/** Insert extra entries at `at` (default: the end). */
export const insert = (extra: RawEntry[], at?: number) => ({
  entries: (list: RawEntry[]) => {
    const copy = [...list];
    copy.splice(at ?? copy.length, 0, ...extra);
    return copy;
  },
});
export const drop = (name: string) => ({ entries: (list: RawEntry[]) => list.filter((e) => e.name !== name) });
/** Replace the manifest bytes with an edit of their text (then signed as usual). */
export const manifestText = (edit: (s: string) => string) => ({ manifestBytes: (b: Buffer) => Buffer.from(edit(b.toString('utf8')), 'utf8') });
/** A base64 string that decodes to the same bytes but is not the canonical encoding (a padding bit set). */
function uncanonicalBase64(b64: string): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const last = b64.replace(/=+$/, '').length - 1;
  return b64.slice(0, last) + alphabet[alphabet.indexOf(b64[last]!) ^ 1] + b64.slice(last + 1);
}
/** Info-ZIP Unicode Path extra field: "my real name is `name`" (valid for raw name `raw`). */
function unicodePathExtra(raw: string, name: string): Buffer {
  const data = Buffer.concat([Buffer.from([1]), Buffer.alloc(4), Buffer.from(name, 'utf8')]);
  data.writeUInt32LE(crc32(Buffer.from(raw, 'utf8')), 1);
  const head = Buffer.alloc(4);
  head.writeUInt16LE(0x7075, 0);
  head.writeUInt16LE(data.length, 2);
  return Buffer.concat([head, data]);
}

/** One extra field: a 2-byte id, a 2-byte length and `size` bytes of data. */
export function extraField(id: number, size: number): Buffer {
  const field = Buffer.alloc(4 + size, 0x41);
  field.writeUInt16LE(id, 0);
  field.writeUInt16LE(size, 2);
  return field;
}

export interface Mutation {
  /** The checklist section (a describe block in refusals.test.ts). */
  group: string;
  name: string;
  make(): Buffer | Promise<Buffer>;
  reason: RefusalReason;
  /** Refusal params that must be present with these values (a subset). */
  params?: Record<string, string | number>;
}

type Case = [label: string, build: () => Buffer, reason: RefusalReason, params?: Record<string, string | number>];

export interface MutationKit {
  keys: Keys;
  /** Writes the golden bundles; call once (beforeAll) before any make(). */
  prepare(): Promise<void>;
  /** The golden submission, as written. */
  golden(): Buffer;
  /** The golden submission, feedback and rotation taken apart. */
  parts(): { sub: Parts; fb: Parts; rot: Parts };
  /** Reassemble a golden bundle with one change (signed by the kit's keys). */
  S(o?: ForgeOptions): Buffer;
  F(o?: ForgeOptions): Buffer;
  R(o?: ForgeOptions): Buffer;
  /** Edit records.json of the golden submission as text. */
  recordsText(edit: (s: string) => string): ForgeOptions;
  mutations: readonly Mutation[];
}

/**
 * The golden bundles and their mutations. Keys are read from `keys` when a
 * bundle is made, not when the table is built, so a caller may put another
 * key in (the workspace test uses its MD party's own key as `md`) before
 * prepare(); `stranger` is read at build time (it is in expected params).
 */
export function mutationKit(keys: Keys = makeKeys()): MutationKit {
  // Written by prepare(); the closures below read them when a bundle is made.
  let golden!: Buffer;
  let sub!: Parts;
  let fb!: Parts;
  let rot!: Parts;
  const ready = () => {
    if (golden === undefined) throw new Error('mutationKit: call prepare() first');
  };
  const S = (o: ForgeOptions = {}) => (ready(), forge(sub, [keys.md], o));
  const F = (o: ForgeOptions = {}) => (ready(), forge(fb, [keys.poc], o));
  const R = (o: ForgeOptions = {}) => (ready(), forge(rot, [keys.md, keys.mdNext], o));
  /** Edit records.json as text. */
  const recordsText = (edit: (s: string) => string) => ({ records: Buffer.from(edit(sub.records.toString('utf8')), 'utf8') });
  const mutations: Mutation[] = [];
  const refuses = (group: string, cases: Case[]) => {
    for (const [name, make, reason, params] of cases) mutations.push({ group, name, make, reason, ...(params ? { params } : {}) });
  };

  refuses('file', [
    ['over 25 MiB', () => Buffer.concat([golden, Buffer.alloc(25 * MiB)]), 'file-too-large'],
    ['a renamed .exe', () => Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), golden]), 'not-a-bundle'],
    ['a PDF', () => Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n%%EOF\n', 'latin1'), 'not-a-bundle'],
    ['an empty file', () => Buffer.alloc(0), 'not-a-bundle'],
    ['an empty ZIP (starts with the end record)', () => golden.subarray(golden.length - 22), 'not-a-bundle'],
    ['only the magic', () => Buffer.from('PK\x03\x04', 'latin1'), 'zip-malformed'],
  ]);

  refuses('container', [
    ['truncated in the middle', () => golden.subarray(0, Math.floor(golden.length / 2)), 'zip-malformed'],
    ['without its end record', () => golden.subarray(0, golden.length - 22), 'zip-malformed'],
    ['with trailing junk', () => S({ zip: { append: Buffer.from('trailing junk') } }), 'zip-malformed'],
    ['with trailing junk that is itself an end record', () => S({ zip: { append: golden.subarray(golden.length - 22) } }), 'zip-malformed'],
    ['with prepended junk that starts like a ZIP', () => S({ zip: { prepend: Buffer.from('PK\x03\x04 a self-extractor stub', 'latin1') } }), 'zip-malformed'],
    ['with prepended junk', () => S({ zip: { prepend: Buffer.from('#!/bin/sh\nexit 0\n') } }), 'not-a-bundle'],
    ['with an archive comment', () => S({ zip: { comment: Buffer.from('hello') } }), 'zip-comment'],
    ['with an entry comment', () => S(patch('data/records.json', { comment: Buffer.from('hidden') })), 'zip-comment', { entry: 'data/records.json' }],
    ['split over disks', () => S({ zip: { disk: 1 } }), 'zip-malformed'],
    ['whose end record miscounts its entries', () => S({ zip: { entryCount: 3 } }), 'zip-malformed'],
    [
      'with 201 entries',
      () => S(insert(Array.from({ length: 197 }, (_, i) => ({ name: `data/att/${hex(`n${String(i).padStart(3, '0')}`)}.bin`, data: Buffer.from([i]) })))),
      'too-many-entries',
    ],
    ['with bytes hidden between two entries', () => S(patch('data/records.json', { stored: Buffer.concat([deflateRawSync(sub.records), Buffer.from('hidden')]), compressedSize: deflateRawSync(sub.records).length })), 'zip-malformed'],
    ['with a compressed size that lies', () => S(patch('data/records.json', { compressedSize: deflateRawSync(sub.records).length - 10 })), 'zip-malformed'],
    ['with overlapping entries (two central records, one local entry)', () => S(insert([{ name: `data/att/${hex('overlap')}.bin`, data: sub.records, centralOnlyPointingAt: 2 }])), 'zip-malformed'],
    ['with different local and central names', () => S(patch('data/records.json', { localName: 'data/records.jsox' })), 'zip-malformed'],
    ['with a damaged entry (CRC mismatch)', () => S(patch('data/records.json', { crc32: 12345 })), 'zip-malformed'],
    ['with a zip64 extra field', () => S(patch('data/records.json', { extra: Buffer.from([1, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0]) })), 'zip-malformed'],
    ['with manifest.sig before manifest.json', () => S({ entries: ([m, s, ...rest]) => [s!, m!, ...rest] }), 'zip-malformed', { entry: 'manifest.json' }],
    ['with the attachment before records.json', () => S({ entries: ([m, s, r, a]) => [m!, s!, a!, r!] }), 'zip-malformed'],
  ]);

  refuses('entry names', [
    ['traversal ../', () => S(insert([{ name: '../evil.json', data: Buffer.from('x') }])), 'bad-entry-name'],
    ['traversal inside a path', () => S(insert([{ name: `data/att/${hex('a')}.pdf/../../x`, data: Buffer.from('x') }])), 'bad-entry-name'],
    ['an absolute path', () => S(insert([{ name: '/etc/passwd', data: Buffer.from('x') }])), 'bad-entry-name'],
    ['a drive letter', () => S(insert([{ name: 'C:/Windows/evil.dll', data: Buffer.from('x') }])), 'bad-entry-name'],
    ['a backslash', () => S(insert([{ name: 'data\\..\\..\\evil.json', data: Buffer.from('x') }])), 'bad-entry-name'],
    ['a NUL character', () => S(insert([{ name: `data/att/${hex('b')}.pdf\u0000.exe`, data: Buffer.from('x') }])), 'bad-entry-name'],
    ['a newline', () => S(insert([{ name: `data/att/${hex('b')}\n.pdf`, data: Buffer.from('x') }])), 'bad-entry-name'],
    ['a trailing dot (Windows drops it)', () => S(insert([{ name: `data/att/${hex('c')}.pdf.`, data: Buffer.from('x') }])), 'bad-entry-name'],
    ['a trailing space', () => S(insert([{ name: `data/att/${hex('c')}.pdf `, data: Buffer.from('x') }])), 'bad-entry-name'],
    ['an alternate data stream', () => S(insert([{ name: 'manifest.sig:evil', data: Buffer.from('x') }], 2)), 'bad-entry-name'],
    ['a device name', () => S(insert([{ name: 'CON', data: Buffer.from('x') }])), 'bad-entry-name'],
    ['a file outside the allow-list', () => S(insert([{ name: 'data/other.json', data: Buffer.from('{}') }])), 'bad-entry-name'],
    ['an upper-case hash', () => S(insert([{ name: `data/att/${hex('d').toUpperCase()}.pdf`, data: Buffer.from('x') }])), 'bad-entry-name'],
    ['a short hash', () => S(insert([{ name: `data/att/${hex('d').slice(1)}.pdf`, data: Buffer.from('x') }])), 'bad-entry-name'],
    ['a six-letter extension', () => S(insert([{ name: `data/att/${hex('d')}.tar.gz`, data: Buffer.from('x') }])), 'bad-entry-name'],
    ['a name longer than the allow-list', () => S(insert([{ name: `data/att/${'a'.repeat(300)}.pdf`, data: Buffer.from('x') }])), 'bad-entry-name'],
    ['a Unicode-path extra field renaming an entry', () => S(insert([{ name: 'evil.txt', data: Buffer.from('x'), extra: unicodePathExtra('evil.txt', `data/att/${hex('e')}.txt`) }])), 'bad-entry-name'],
  ]);

  refuses('duplicates', [
    ['records.json twice (the Master Key pattern)', () => S(insert([{ name: 'data/records.json', data: Buffer.from('{}') }], 3)), 'duplicate-entry', { entry: 'data/records.json' }],
    ['a second manifest', () => S(insert([{ name: 'manifest.json', data: Buffer.from('{}') }], 1)), 'duplicate-entry'],
    ['the same name in capitals', () => S(insert([{ name: 'MANIFEST.JSON', data: Buffer.from('{}') }], 1)), 'duplicate-entry'],
    ['the same name under case folding (long s)', () => S(insert([{ name: 'manifeſt.json', data: Buffer.from('{}') }], 1)), 'duplicate-entry'],
    [
      'the same name after NFC (Kelvin sign)',
      () =>
        S({
          attachments: (a) => a.map((x) => ({ ...x, name: x.name.replace('.pdf', '.kmz') })),
          entries: (l) => [...l, { name: `data/att/${ATTACHMENT_SHA}.\u212Amz`, data: Buffer.from('x') }],
        }),
      'duplicate-entry',
    ],
  ]);

  refuses('entry types', [
    ['a directory', () => S(insert([{ name: 'data/', data: Buffer.alloc(0), method: 0, externalAttributes: (0o40755 << 16) >>> 0 }], 2)), 'entry-type', { type: 'directory' }],
    ['a directory named like an attachment folder', () => S(insert([{ name: 'data/att/', data: Buffer.alloc(0), method: 0 }])), 'entry-type', { type: 'directory' }],
    ['a DOS directory attribute', () => S(patch('data/records.json', { versionMadeBy: 20, externalAttributes: 0x10 })), 'entry-type', { type: 'directory' }],
    ['a symlink', () => S(patch('data/records.json', { externalAttributes: (0o120777 << 16) >>> 0 })), 'entry-type', { type: 'symlink' }],
    ['a Windows reparse point (symlink or junction)', () => S(patch('data/records.json', { versionMadeBy: 10 << 8, externalAttributes: 0x420 })), 'entry-type', { type: 'symlink' }],
    ['a FIFO', () => S(patch('data/records.json', { externalAttributes: (0o010644 << 16) >>> 0 })), 'entry-type', { type: 'special' }],
    ['an encrypted entry', () => S(patch('data/records.json', { flags: 0x0801 })), 'entry-type', { type: 'encrypted' }],
    ['strong encryption', () => S(patch('data/records.json', { flags: 0x0841 })), 'entry-type'],
    ['bzip2 compression', () => S(patch('data/records.json', { method: 12 })), 'entry-type', { type: 'compression', method: 12 }],
    ['LZMA compression', () => S(patch('manifest.json', { method: 14 })), 'entry-type'],
  ]);

  refuses('sizes and bombs (judged on declared sizes, before inflating)', [
    ['manifest.json declared over 256 KiB', () => S(patch('manifest.json', { uncompressedSize: 256 * 1024 + 1 })), 'entry-too-large', { entry: 'manifest.json' }],
    ['manifest.sig declared over 4 KiB', () => S(patch('manifest.sig', { uncompressedSize: 4097 })), 'entry-too-large', { entry: 'manifest.sig' }],
    ['records.json declared over 20 MiB', () => S(patch('data/records.json', { uncompressedSize: 20 * MiB + 1 })), 'entry-too-large', { entry: 'data/records.json' }],
    ['an attachment really over 10 MiB', () => S(insert([{ name: `data/att/${hex('big')}.bin`, data: randomBytes(10 * MiB + 1), method: 0 }])), 'entry-too-large'],
    [
      'entries together over 500 MiB',
      () =>
        S(
          insert(
            Array.from({ length: 51 }, (_, i) => ({ name: `data/att/${hex(`t${i}`)}.bin`, stored: randomBytes(60 * 1024), uncompressedSize: Math.floor(9.9 * MiB) })).sort((a, b) =>
              a.name < b.name ? -1 : 1,
            ),
          ),
        ),
      'entry-too-large',
      { entry: '*' },
    ],
    ['a 5 MiB attachment of zeros (ratio ~1000:1)', () => S(insert([{ name: `data/att/${hex('zeros')}.bin`, data: Buffer.alloc(5 * MiB) }])), 'compression-ratio'],
    ['records.json declaring 2 MiB from 2 KiB', () => S(patch('data/records.json', { stored: randomBytes(2048), uncompressedSize: 2 * MiB })), 'compression-ratio'],
    ['inflating past the declared size', () => S(patch('manifest.sig', { uncompressedSize: 100 })), 'size-mismatch', { entry: 'manifest.sig' }],
    ['inflating short of the declared size', () => S(patch('manifest.json', { uncompressedSize: 2000 })), 'size-mismatch', { entry: 'manifest.json' }],
    ['a stored entry whose sizes disagree', () => S(patch('manifest.sig', { method: 0, uncompressedSize: 50 })), 'size-mismatch'],
    ['deflate data that is not deflate', () => S(patch('manifest.json', { stored: Buffer.alloc(200, 0xff) })), 'zip-malformed', { entry: 'manifest.json' }],
  ]);

  refuses('manifest', [
    ['missing', () => S(drop('manifest.json')), 'manifest-missing'],
    ['with whitespace', () => S(manifestText((t) => t.replace(',', ', '))), 'manifest-not-canonical'],
    ['with a trailing newline', () => S(manifestText((t) => `${t}\n`)), 'manifest-not-canonical'],
    ['with keys out of order', () => S(manifestText((t) => JSON.stringify(Object.fromEntries(Object.entries(JSON.parse(t)).reverse())))), 'manifest-not-canonical'],
    ['with a duplicate key', () => S(manifestText((t) => t.replace('{"ack":', '{"seq":99,"ack":'))), 'manifest-not-canonical'],
    ['with a BOM', () => S(manifestText((t) => `\ufeff${t}`)), 'manifest-not-canonical'],
    ['with an escaped letter', () => S(manifestText((t) => t.replace('"submission"', '"submissio\\u006e"'))), 'manifest-not-canonical'],
    ['with a non-shortest number', () => S(manifestText((t) => t.replace('"seq":3', '"seq":3.0'))), 'manifest-not-canonical'],
    ['not UTF-8', () => S({ manifestBytes: (b) => Buffer.concat([b.subarray(0, 10), Buffer.from([0xc3, 0x28]), b.subarray(10)]) }), 'manifest-not-canonical'],
    ['not an object', () => S({ manifestBytes: () => Buffer.from('[]') }), 'manifest-invalid'],
    ['with an unknown field', () => S({ manifest: (m) => void (m.planId = 'x') }), 'manifest-invalid', { path: 'planId' }],
    ['without a field', () => S({ manifest: (m) => void delete m.seq }), 'manifest-invalid', { path: 'seq' }],
    ['of another format', () => S({ manifest: (m) => void (m.format = 'application/vnd.npl.bundle+json') }), 'manifest-invalid', { path: 'format' }],
    ['of format version 2', () => S({ manifest: (m) => void (m.formatVersion = 2) }), 'format-too-new', { formatVersion: 2 }],
    ['of format version 2 with fields version 1 does not know', () => S({ manifest: (m) => Object.assign(m, { formatVersion: 2, planId: 'x' }) }), 'format-too-new'],
    ['with seq 0', () => S({ manifest: (m) => void (m.seq = 0) }), 'manifest-invalid', { path: 'seq' }],
    ['with seq beyond 2^53', () => S({ manifest: (m) => void (m.seq = 2 ** 60) }), 'manifest-invalid', { path: 'seq' }],
    ['with a fractional seq', () => S({ manifest: (m) => void (m.seq = 3.5) }), 'manifest-invalid'],
    ['with a non-UUID bundle id', () => S({ manifest: (m) => void (m.bundleId = 'bundle-1') }), 'manifest-invalid', { path: 'bundleId' }],
    ['of an unknown bundle type', () => S({ manifest: (m) => void (m.bundleType = 'enrollment'), signAs: 'enrollment' }), 'manifest-invalid', { path: 'bundleType' }],
    ['with rotation fields on a submission', () => S({ manifest: (m) => void (m.rotation = structuredClone(rot.manifest.rotation)) }), 'manifest-invalid', { path: 'rotation' }],
    ['with a public key in non-canonical base64', () => S({ manifest: (m) => void (m.issuer.publicKey = uncanonicalBase64(m.issuer.publicKey)) }), 'manifest-invalid', { path: 'issuer.publicKey' }],
    ['with a key id that is not its public key’s', () => S({ manifest: (m) => void (m.issuer.keyId = keys.stranger.keyId) }), 'signature-invalid', { path: 'issuer.keyId' }],
    ['with another public key under the issuer’s key id', () => S({ manifest: (m) => void (m.issuer.publicKey = keys.stranger.publicKeyRaw.toString('base64')) }), 'signature-invalid'],
  ]);

  refuses('signatures', [
    ['manifest.sig missing', () => S(drop('manifest.sig')), 'signature-missing'],
    ['manifest changed after signing', () => S({ entries: (l) => l.map((e) => (e.name === 'manifest.json' ? { ...e, data: Buffer.from(canonicalJson({ ...sub.manifest, seq: 4 })) } : e)) }), 'signature-invalid'],
    ['signed by another key, labelled as the issuer’s', () => forge(sub, [keys.stranger], { signatures: (s) => s.map((x) => ({ ...x, keyId: keys.md.keyId })) }), 'signature-invalid'],
    ['signed by another key, labelled as such', () => forge(sub, [keys.stranger]), 'signature-invalid', { keyId: keys.stranger.keyId }],
    ['valid only as a feedback bundle', () => S({ signAs: 'feedback' }), 'signature-invalid'],
    ['a feedback bundle signed as a submission', () => F({ signAs: 'submission' }), 'signature-invalid'],
    ['not base64', () => S({ signatures: (s) => s.map((x) => ({ ...x, sig: `${'!'.repeat(86)}==` })) }), 'signature-invalid'],
    ['63 bytes long', () => S({ signatures: (s) => s.map((x) => ({ ...x, sig: Buffer.from(x.sig, 'base64').subarray(0, 63).toString('base64') })) }), 'signature-invalid'],
    ['in non-canonical base64', () => S({ signatures: (s) => s.map((x) => ({ ...x, sig: uncanonicalBase64(x.sig) })) }), 'signature-invalid'],
    // R = 00…00 decodes to a point of order 4: refused for its form before any verification.
    ['all zeros', () => S({ signatures: (s) => s.map((x) => ({ ...x, sig: Buffer.alloc(64).toString('base64') })) }), 'signature-r-small-order'],
    ['with alg Ed448', () => S({ signatures: (s) => s.map((x) => ({ ...x, alg: 'Ed448' })) }), 'signature-invalid'],
    ['with an unknown field', () => S({ signatures: (s) => s.map((x) => ({ ...x, note: 'hi' })) }), 'signature-invalid'],
    ['an empty list', () => S({ signatures: () => [] }), 'signature-invalid'],
    ['twice on a submission', () => S({ signatures: (s) => [...s, ...s] }), 'signature-invalid'],
    ['manifest.sig with whitespace', () => S({ sigBytes: (b) => Buffer.from(b.toString('utf8').replace(':', ': ')) }), 'signature-invalid'],
    ['manifest.sig not JSON', () => S({ sigBytes: () => Buffer.from('Ed25519 abc') }), 'signature-invalid'],
  ]);

  // The forged-signature hole (issue 9 §1): a public key that is not a canonical point of large prime
  // order, or a signature whose R is degenerate or whose S is not reduced, is refused for what it is,
  // before any signature is verified and so before it could be enrolled, in all three bundle types.
  const b64 = (b: Buffer) => b.toString('base64');
  /** The issuer claims `key` (with its own key id) and signs R = identity, S = 0: what verifies under a small-order key. */
  const claimKey = (key: Buffer, sig: Buffer = FORGED_SIGNATURE): ForgeOptions => ({
    manifest: (m) => void (m.issuer = { ...m.issuer, publicKey: b64(key), keyId: keyIdOf(key) }),
    signatures: (list) => list.map((x) => ({ ...x, keyId: keyIdOf(key), sig: b64(sig) })),
  });
  const malleate = (edit: (sig: Buffer) => Buffer, index = 0) => ({
    signatures: (list: Json[]) => list.map((x, i) => (i === index ? { ...x, sig: b64(edit(Buffer.from(x.sig, 'base64'))) } : x)),
  });
  const issuerKey = { path: 'issuer.publicKey' };
  refuses('degenerate keys and malleable signatures', [
    ['the identity key, signed R = identity, S = 0 (the attack)', () => S(claimKey(IDENTITY)), 'key-small-order', issuerKey],
    ...SMALL_ORDER_POINTS.map((p, k): Case => [`a small-order key (k·T8, k = ${k}: ${p.toString('hex').slice(0, 8)}…)`, () => S(claimKey(p)), 'key-small-order', issuerKey]),
    ...LIBSODIUM_BLOCKLIST.filter((v) => v.problem === 'not-canonical').map((v): Case => [`libsodium's blocklisted ${v.hex.slice(0, 8)}…${v.hex.slice(-2)} (y ≥ p)`, () => S(claimKey(Buffer.from(v.hex, 'hex'))), 'key-not-canonical', issuerKey]),
    ...NON_CANONICAL_SMALL_ORDER.map((h): Case => [`the non-canonical small-order key ${h.slice(0, 8)}…${h.slice(-2)}`, () => S(claimKey(Buffer.from(h, 'hex'))), 'key-not-canonical', issuerKey]),
    ['the issuer’s real key plus a torsion point (mixed order)', () => S(claimKey(mixedOrder(keys.md.publicKeyRaw))), 'key-mixed-order', issuerKey],
    ['a key off the curve', () => S(claimKey(NOT_ON_CURVE)), 'key-not-on-curve', issuerKey],
    ['the real signature with S + L (its malleated twin)', () => S(malleate(withUnreducedS)), 'signature-s-not-reduced', { index: 0 }],
    ['the real signature with R = identity', () => S(malleate((sig) => withR(sig, IDENTITY))), 'signature-r-small-order'],
    ['the real signature with R of order 2', () => S(malleate((sig) => withR(sig, SMALL_ORDER_POINTS[4]!))), 'signature-r-small-order'],
    ['the real signature with R of order 8', () => S(malleate((sig) => withR(sig, SMALL_ORDER_POINTS[1]!))), 'signature-r-small-order'],
    ['the real signature with R plus a torsion point', () => S(malleate((sig) => withR(sig, mixedOrder(sig.subarray(0, 32))))), 'signature-r-mixed-order'],
    ['the real signature with a non-canonical R', () => S(malleate((sig) => withR(sig, Buffer.from(NON_CANONICAL_SMALL_ORDER[0]!, 'hex')))), 'signature-r-not-canonical'],
    ['the real signature with R off the curve', () => S(malleate((sig) => withR(sig, NOT_ON_CURVE))), 'signature-r-not-on-curve'],
    [
      'a rotation to the identity key',
      () => R({ manifest: (m) => void (m.rotation = { ...m.rotation, newPublicKey: b64(IDENTITY), newKeyId: keyIdOf(IDENTITY) }), signatures: (list) => [list[0], { ...list[1], keyId: keyIdOf(IDENTITY), sig: b64(FORGED_SIGNATURE) }] }),
      'key-small-order',
      { path: 'rotation.newPublicKey' },
    ],
    ['a rotation to a mixed-order key', () => R({ manifest: (m) => void (m.rotation = { ...m.rotation, newPublicKey: b64(mixedOrder(keys.mdNext.publicKeyRaw)), newKeyId: keyIdOf(mixedOrder(keys.mdNext.publicKeyRaw)) }) }), 'key-mixed-order', { path: 'rotation.newPublicKey' }],
    ['a rotation whose new key’s signature has S + L', () => R(malleate(withUnreducedS, 1)), 'signature-s-not-reduced', { index: 1 }],
    ['a rotation whose old key’s signature has S + L', () => R(malleate(withUnreducedS, 0)), 'signature-s-not-reduced', { index: 0 }],
    ['feedback from the identity key', () => F(claimKey(IDENTITY)), 'key-small-order', issuerKey],
    ['feedback whose signature has S + L', () => F(malleate(withUnreducedS)), 'signature-s-not-reduced'],
  ]);

  refuses('key rotation', [
    ['with only the old key’s signature', () => forge(rot, [keys.md]), 'signature-missing'],
    ['with only the new key’s signature', () => forge(rot, [keys.mdNext]), 'signature-missing'],
    ['with the signatures in the wrong order', () => forge(rot, [keys.mdNext, keys.md]), 'signature-invalid'],
    ['with a second signature by another key', () => forge(rot, [keys.md, keys.stranger], { signatures: (s) => [s[0], { ...s[1], keyId: keys.mdNext.keyId }] }), 'signature-invalid', { index: 1 }],
    ['with a new key id that is not the new key’s', () => R({ manifest: (m) => void (m.rotation.newKeyId = keys.stranger.keyId) }), 'signature-invalid', { path: 'rotation.newKeyId' }],
    ['without rotation fields', () => R({ manifest: (m) => void delete m.rotation }), 'manifest-invalid', { path: 'rotation' }],
    [
      'rotating a key to itself',
      () => forge(rot, [keys.md, keys.md], { manifest: (m) => void (m.rotation = { ...m.rotation, newKeyId: keys.md.keyId, newPublicKey: keys.md.publicKeyRaw.toString('base64') }) }),
      'manifest-invalid',
    ],
    ['signed only as a submission', () => R({ signAs: 'submission' }), 'signature-invalid'],
    ['carrying a payload', () => R({ records: Buffer.from('{"commitments":[]}') }), 'payload-invalid', { path: 'commitments' }],
  ]);

  refuses('file list', [
    ['an entry the manifest does not list', () => S({ refreshFiles: false, ...insert([{ name: `data/att/${'f'.repeat(64)}.bin`, data: Buffer.from('x') }]) }), 'files-mismatch', { path: `data/att/${'f'.repeat(64)}.bin` }],
    ['a listed entry the archive lacks', () => S(drop(ATT)), 'files-mismatch', { path: ATT }],
    ['records.json missing altogether', () => S({ manifest: (m) => void (m.files = m.files.filter((f: Json) => f.path !== 'data/records.json')), ...drop('data/records.json') }), 'files-mismatch', { path: 'data/records.json' }],
    ['files not sorted', () => S({ manifest: (m) => void m.files.reverse() }), 'files-mismatch'],
    ['a file listed twice', () => S({ manifest: (m) => void m.files.push(m.files[1]) }), 'files-mismatch'],
    ['the manifest listing itself', () => S({ manifest: (m) => void m.files.unshift({ path: 'manifest.json', size: 1, sha256: '0'.repeat(64), mediaType: 'application/json' }) }), 'files-mismatch'],
    ['records.json not application/json', () => S({ manifest: (m) => void (m.files.find((f: Json) => f.path === 'data/records.json').mediaType = 'text/plain') }), 'files-mismatch'],
    ['a size that differs', () => S({ manifest: (m) => void (m.files.find((f: Json) => f.path === 'data/records.json').size += 1) }), 'hash-mismatch', { path: 'data/records.json' }],
    ['a hash that differs', () => S({ manifest: (m) => void (m.files.find((f: Json) => f.path === 'data/records.json').sha256 = '0'.repeat(64)) }), 'hash-mismatch', { path: 'data/records.json' }],
    ['records.json tampered after signing', () => S({ refreshFiles: false, ...recordsText((t) => t.replace('Regjistri', 'Regjistrj')) }), 'hash-mismatch', { path: 'data/records.json' }],
    ['an attachment tampered after signing', () => S({ refreshFiles: false, attachments: (a) => a.map((x) => ({ ...x, data: Buffer.from(x.data.toString('latin1').replace('PDF', 'PDX'), 'latin1') })) }), 'hash-mismatch', { path: ATT }],
    ['an attachment named for other content', () => S({ attachments: (a) => a.map((x) => ({ ...x, data: Buffer.concat([x.data, Buffer.from(' ')]) })) }), 'hash-mismatch', { path: ATT }],
  ]);


  /** The golden attachment's content replaced by `data` (its entry, file list and record follow, so only the type can be wrong). */
  const swapAttachment = (data: Buffer, record: (r: Json) => void = () => {}): ForgeOptions => ({
    attachments: (list) => list.map((x) => ({ ...x, name: `data/att/${sha256(data)}.pdf`, data })),
    payload: (p) => {
      Object.assign(p.attachments[0], { sha256: sha256(data), size: data.length });
      record(p.attachments[0]);
    },
  });
  refuses('attachment types', [
    ['a PNG carried as the PDF it says it is', () => S(swapAttachment(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]))), 'attachment-type', { issue: 'media-type' }],
    ['an executable carried as a PDF', () => S(swapAttachment(Buffer.from('MZ\x90\x00 program'))), 'attachment-type', { issue: 'not-allowed' }],
    ['a record calling the PDF an image', () => S({ payload: (p) => void Object.assign(p.attachments[0], { mimeType: 'image/png', fileName: 'foto.png' }) }), 'attachment-type', { issue: 'record-type' }],
  ]);

  refuses('records.json', [
    ['not UTF-8', () => S({ records: Buffer.concat([sub.records.subarray(0, 40), Buffer.from([0xff, 0xfe]), sub.records.subarray(40)]) }), 'payload-invalid', { path: 'data/records.json', issue: 'utf-8' }],
    ['with a BOM', () => S({ records: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), sub.records]) }), 'payload-invalid', { issue: 'bom' }],
    ['nested 40 deep', () => S(recordsText((t) => t.replace('"ideas":[', `"ideas":[${nest(40)},`))), 'payload-invalid', { issue: 'depth' }],
    ['not JSON', () => S(recordsText((t) => t.slice(0, -1))), 'payload-invalid', { issue: 'json' }],
    ['with an unknown top-level key', () => S({ payload: (p) => void (p.plans = []) }), 'payload-invalid', { path: 'plans' }],
    ['with an unknown key in a commitment', () => S({ payload: (p) => void (p.commitments[0].approvedBy = 'minister') }), 'payload-invalid', { path: 'commitments.0.approvedBy' }],
    ['with a __proto__ key', () => S(recordsText((t) => t.replace('{"id":', '{"__proto__":{"polluted":true},"id":'))), 'payload-invalid', { path: 'commitments.0.__proto__' }],
    ['with a constructor key', () => S(recordsText((t) => t.replace('{"id":', '{"constructor":{"prototype":{"polluted":true}},"id":'))), 'payload-invalid', { path: 'commitments.0.constructor' }],
    ['with a title over 500 characters', () => S({ payload: (p) => void (p.commitments[1].title.sq = 'ë'.repeat(501)) }), 'payload-invalid', { path: 'commitments.1.title.sq' }],
    ['with a text over 10 000 characters', () => S({ payload: (p) => void (p.commitments[0].milestones[2].activity.en = 'a'.repeat(10_001)) }), 'payload-invalid', { path: 'commitments.0.milestones.2.activity.en' }],
    ['with a control character', () => S({ payload: (p) => void (p.ideas[0].title.sq = 'Propozim\u0007') }), 'payload-invalid', { path: 'ideas.0.title.sq' }],
    ['with a bidi override', () => S({ payload: (p) => void (p.commitments[0].contact.name = 'Elira \u202eÇela') }), 'payload-invalid', { path: 'commitments.0.contact.name' }],
    ['with a non-UUID id', () => S({ payload: (p) => void (p.commitments[0].id = 'commitment-1') }), 'payload-invalid', { path: 'commitments.0.id' }],
    ['with a non-UUID tombstone id', () => S({ payload: (p) => void (p.tombstones[0].id = '../../etc') }), 'payload-invalid', { path: 'tombstones.0.id' }],
    ['with a tombstone of an unknown entity', () => S({ payload: (p) => void (p.tombstones[0].entity = 'institution') }), 'payload-invalid', { path: 'tombstones.0.entity' }],
    ['with a number beyond 2^53', () => S({ payload: (p) => void (p.commitments[0].rev = 2 ** 60) }), 'payload-invalid', { path: 'commitments.0.rev' }],
    ['with a string where a number belongs', () => S({ payload: (p) => void (p.commitments[0].budget.amount = '1000') }), 'payload-invalid', { path: 'commitments.0.budget.amount' }],
    ['with two commitments of one id', () => S({ payload: (p) => void (p.commitments[1].id = p.commitments[0].id) }), 'payload-invalid', { path: 'commitments.1.id', issue: 'duplicate-id' }],
    ['with a milestone sharing its commitment’s id', () => S({ payload: (p) => void (p.commitments[0].milestones[0].id = p.commitments[0].id) }), 'payload-invalid', { issue: 'duplicate-id' }],
    ['with a tombstone for a record it still carries', () => S({ payload: (p) => void (p.tombstones[0].id = p.ideas[0].id) }), 'payload-invalid', { path: 'tombstones.0.id', issue: 'duplicate-id' }],
    ['with a record of another cycle', () => S({ payload: (p) => void (p.consultationEvents[0].cycleId = '2018-2020') }), 'payload-invalid', { path: 'consultationEvents.0.cycleId', issue: 'cycle' }],
    ['with an attachment file no record describes', () => S({ payload: (p) => void (p.attachments = []) }), 'payload-invalid', { path: ATT, issue: 'unreferenced-attachment' }],
    ['with an attachment record of another size', () => S({ payload: (p) => void (p.attachments[0].size += 1) }), 'payload-invalid', { issue: 'attachment-size' }],
  ]);

  refuses('owners and counts', [
    ['a commitment of another institution', () => S({ payload: (p) => void (p.commitments[1].owner = 'MOFE') }), 'owner-mismatch', { path: 'commitments.1.owner', owner: 'MOFE', issuer: 'MD' }],
    ['a comment of another institution', () => S({ payload: (p) => void (p.comments[0].owner = 'POC') }), 'owner-mismatch', { path: 'comments.0.owner' }],
    ['an attachment record of another institution', () => S({ payload: (p) => void (p.attachments[0].owner = 'NAIS') }), 'owner-mismatch', { path: 'attachments.0.owner' }],
    ['POC feedback signed by someone else', () => F({ payload: (p) => void (p.feedback[0].owner = 'MD') }), 'owner-mismatch', { path: 'feedback.0.owner' }],
    ['a record count that differs', () => S({ manifest: (m) => void (m.counts.records += 1) }), 'payload-invalid', { path: 'counts.records' }],
    ['a tombstone count that differs', () => S({ manifest: (m) => void (m.counts.tombstones = 0) }), 'payload-invalid', { path: 'counts.tombstones' }],
    ['an attachment count that differs', () => S({ manifest: (m) => void (m.counts.attachments = 2) }), 'payload-invalid', { path: 'counts.attachments' }],
    ['a milestone dropped without updating counts', () => S({ payload: (p) => void p.commitments[0].milestones.pop() }), 'payload-invalid', { path: 'counts.records' }],
    ['feedback with an attachment', () => F({ attachments: () => sub.attachments }), 'payload-invalid', { path: ATT, issue: 'unreferenced-attachment' }],
  ]);

  // Issue 9 §3: every byte is either covered by a hash or refused; every JSON text means one thing to every reader.
  const R_JSON = 'data/records.json';
  const deflated = (data: Buffer, tail: Buffer) => Buffer.concat([deflateRawSync(data), tail]);
  refuses('bytes no hash covers', [
    ['1 byte after the deflate stream of records.json', () => S(patch(R_JSON, { stored: deflated(sub.records, Buffer.from([0])) })), 'zip-malformed', { entry: R_JSON, issue: 'trailing-data', trailing: 1 }],
    ['4 KiB after the deflate stream of records.json', () => S(patch(R_JSON, { stored: deflated(sub.records, randomBytes(4096)) })), 'zip-malformed', { entry: R_JSON, issue: 'trailing-data', trailing: 4096 }],
    ['4 KiB after the deflate stream of the manifest (judged before its signature)', () => S(patch('manifest.json', { stored: deflated(Buffer.from(canonicalJson(sub.manifest)), randomBytes(4096)) })), 'zip-malformed', { entry: 'manifest.json', issue: 'trailing-data' }],
    [
      'a whole second deflate stream hidden after an attachment’s',
      () => S(patch(ATT, { stored: deflated(sub.attachments[0]!.data, deflateRawSync(Buffer.from('a hidden second file'))) })),
      'zip-malformed',
      { entry: ATT, issue: 'trailing-data' },
    ],
    ['a 60 KB private extra field in the local header', () => S(patch(R_JSON, { localExtra: extraField(0xcafe, 60_000 - 4) })), 'zip-malformed', { entry: R_JSON, issue: 'extra-field', header: 'local', field: '0xcafe', size: 59_996 }],
    ['a 60 KB private extra field in the central directory', () => S(patch(R_JSON, { centralExtra: extraField(0xcafe, 60_000 - 4) })), 'zip-malformed', { entry: R_JSON, issue: 'extra-field', header: 'central', field: '0xcafe' }],
    ['a 60 KB private extra field in both headers', () => S(patch('manifest.sig', { extra: extraField(0xcafe, 60_000 - 4) })), 'zip-malformed', { entry: 'manifest.sig', issue: 'extra-field', header: 'central' }],
    [
      'the extended timestamp yazl writes without forceDosTimestamp (a field our writer does not write)',
      () => S(patch(R_JSON, { centralExtra: extraField(0x5455, 5) })),
      'zip-malformed',
      { entry: R_JSON, issue: 'extra-field', header: 'central', field: '0x5455', size: 5 },
    ],
    ['an extended timestamp with room for 8 more bytes (a known field, a wrong size)', () => S(patch(R_JSON, { localExtra: extraField(0x5455, 13) })), 'zip-malformed', { entry: R_JSON, issue: 'extra-field', header: 'local', field: '0x5455', size: 13 }],
    ['an extra field cut short', () => S(patch(R_JSON, { localExtra: Buffer.from([0xfe, 0xca, 0x10, 0x00, 1, 2]) })), 'zip-malformed', { entry: R_JSON, issue: 'extra-field', header: 'local' }],
    [
      'a correct data descriptor behind local sizes that lie (what a streaming reader believes)',
      () => S(patch(R_JSON, { descriptor: true, localSizes: { crc32: crc32(Buffer.from('{}')), compressedSize: 4, uncompressedSize: 2 } })),
      'zip-malformed',
      { entry: R_JSON, issue: 'data-descriptor' },
    ],
    ['data descriptors on every entry, as a streaming writer makes them', () => S({ entries: (l) => l.map((e) => ({ ...e, descriptor: true })) }), 'zip-malformed', { entry: 'manifest.json', issue: 'data-descriptor' }],
    ['the descriptor flag in the local header only', () => S(patch(R_JSON, { localFlags: 0x0808 })), 'zip-malformed', { entry: R_JSON, issue: 'local-header' }],
    ['a local uncompressed size that differs from the central one', () => S(patch(R_JSON, { localSizes: { uncompressedSize: sub.records.length - 1 } })), 'zip-malformed', { entry: R_JSON, issue: 'local-sizes' }],
    ['a local compressed size that stops a streaming reader early', () => S(patch(R_JSON, { localSizes: { compressedSize: 100 } })), 'zip-malformed', { entry: R_JSON, issue: 'local-sizes' }],
    ['a local CRC that differs from the central one', () => S(patch(R_JSON, { localSizes: { crc32: 1 } })), 'zip-malformed', { entry: R_JSON, issue: 'local-sizes' }],
    ['a manifest declaring records.json over 20 MiB', () => S({ manifest: (m) => void (m.files.find((f: Json) => f.path === R_JSON).size = 20 * MiB + 1) }), 'entry-too-large', { entry: R_JSON, path: 'files.1.size', limit: 20 * MiB }],
    ['a manifest declaring an attachment over 10 MiB', () => S({ manifest: (m) => void (m.files.find((f: Json) => f.path === ATT).size = 10 * MiB + 1) }), 'entry-too-large', { entry: ATT, path: 'files.0.size' }],
    // The header fields the writer keeps constant: a few bytes per entry that no hash covers, so none may vary.
    ['a version-made-by of another system (NTFS)', () => S(patch(R_JSON, { versionMadeBy: (11 << 8) | 20 })), 'zip-malformed', { entry: R_JSON, issue: 'header-field', header: 'central', field: 'versionMadeBy' }],
    ['a version-needed of 4.5 (zip64) in both headers', () => S(patch(R_JSON, { versionNeeded: 45 })), 'zip-malformed', { entry: R_JSON, issue: 'header-field', header: 'central', field: 'versionNeeded' }],
    ['a spare general-purpose flag bit in both headers', () => S(patch(R_JSON, { flags: 0x0802 })), 'zip-malformed', { entry: R_JSON, issue: 'header-field', field: 'flags' }],
    ['a modification time other than the writer’s', () => S(patch(R_JSON, { modTime: 0x6000 })), 'zip-malformed', { entry: R_JSON, issue: 'header-field', header: 'central', field: 'modTime' }],
    ['a modification date in the local header only', () => S(patch(R_JSON, { localModDate: 0x5022 })), 'zip-malformed', { entry: R_JSON, issue: 'header-field', header: 'local', field: 'modDate' }],
    ['a disk number on an entry', () => S(patch(R_JSON, { diskStart: 1 })), 'zip-malformed', { entry: R_JSON, issue: 'header-field', field: 'diskStart' }],
    ['internal attributes (the text bit)', () => S(patch(R_JSON, { internalAttributes: 1 })), 'zip-malformed', { entry: R_JSON, issue: 'header-field', field: 'internalAttributes' }],
    ['an executable regular file (mode 0755)', () => S(patch(ATT, { externalAttributes: (0o100755 << 16) >>> 0 })), 'zip-malformed', { entry: ATT, issue: 'header-field', field: 'externalAttributes' }],
    ['a manifest declaring 2^53 − 1 bytes', () => S({ manifest: (m) => void (m.files.find((f: Json) => f.path === R_JSON).size = Number.MAX_SAFE_INTEGER) }), 'entry-too-large', { entry: R_JSON }],
  ]);

  refuses('JSON that means one thing', [
    ['records.json with a commitment’s title twice', () => S(recordsText((t) => t.replace('"title":{"sq":', '"title":{"sq":"Fshehur","en":"Hidden"},"title":{"sq":'))), 'payload-invalid', { path: 'commitments.0.title', issue: 'duplicate-key' }],
    [
      'records.json with the same key spelt with an escape ("\\u0074itle")',
      () => S(recordsText((t) => t.replace('"title":{"sq":', '"title":{"sq":"Fshehur","en":"Hidden"},"\\u0074itle":{"sq":'))),
      'payload-invalid',
      { path: 'commitments.0.title', issue: 'duplicate-key' },
    ],
    ['records.json with a duplicate key in a nested object', () => S(recordsText((t) => t.replace('"title":{"sq":', '"title":{"sq":"Fshehur","sq":'))), 'payload-invalid', { path: 'commitments.0.title.sq', issue: 'duplicate-key' }],
    ['records.json with the owner twice (first-wins readers see MOFE)', () => S(recordsText((t) => t.replace('"owner":"MD"', '"owner":"MOFE","owner":"MD"'))), 'payload-invalid', { path: 'commitments.0.owner', issue: 'duplicate-key' }],
    ['records.json with a top-level key twice', () => S(recordsText((t) => t.replace('{"commitments":', '{"tombstones":[],"commitments":'))), 'payload-invalid', { path: 'tombstones', issue: 'duplicate-key' }],
    ['records.json with an escaped lone high surrogate', () => S(recordsText((t) => t.replace('"title":{"sq":"', '"title":{"sq":"\\ud800'))), 'payload-invalid', { path: 'commitments.0.title.sq', issue: 'lone-surrogate' }],
    ['records.json with surrogates in the wrong order', () => S(recordsText((t) => t.replace('"title":{"sq":"', '"title":{"sq":"\\uDC00\\uD800'))), 'payload-invalid', { path: 'commitments.0.title.sq', issue: 'lone-surrogate' }],
    ['records.json with a lone surrogate in a key', () => S(recordsText((t) => t.replace('{"id":', '{"\\udc00":1,"id":'))), 'payload-invalid', { path: 'commitments.0', issue: 'lone-surrogate' }],
    ['records.json with a key longer than any string a schema accepts', () => S(recordsText((t) => t.replace('{"id":', `{"${'k'.repeat(10_001)}":1,"id":`))), 'payload-invalid', { path: 'commitments.0', issue: 'string-too-long' }],
    [
      'records.json of about 19.9 MiB, one title (refused while scanning)',
      () => S({ payload: (p) => void (p.commitments[0].title.sq = randomBytes(Math.floor(14.9 * MiB)).toString('base64')) }),
      'payload-invalid',
      { path: 'commitments.0.title.sq', issue: 'string-too-long', limit: 10_000 },
    ],
    ['a manifest with an escaped lone surrogate (which JSON.stringify writes back the same)', () => S({ manifest: (m) => void (m.appVersion = '0.1.0\ud800') }), 'manifest-not-canonical', { issue: 'lone-surrogate' }],
    ['a manifest with a duplicate key spelt with an escape', () => S(manifestText((t) => t.replace('{"ack":', '{"\\u0061ck":null,"ack":'))), 'manifest-not-canonical', { issue: 'duplicate-key' }],
    ['manifest.sig with an escaped lone surrogate', () => S({ sigBytes: (b) => Buffer.from(b.toString('utf8').replace('"alg":"Ed25519"', '"alg":"Ed25519\\ud800"')) }), 'signature-invalid', { issue: 'not-canonical', detail: 'lone-surrogate' }],
  ]);

  return {
    keys,
    async prepare() {
      golden = (await writeBundle(submissionDraft(keys))).bytes;
      sub = partsOf(golden);
      fb = partsOf((await writeBundle(feedbackDraft(keys))).bytes);
      rot = partsOf((await writeBundle(rotationDraft(keys))).bytes);
    },
    golden: () => (ready(), golden),
    parts: () => (ready(), { sub, fb, rot }),
    S,
    F,
    R,
    recordsText,
    mutations,
  };
}
