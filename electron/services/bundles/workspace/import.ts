// Preview and import of a bundle in a workspace.
//
// Import: the file side (readBundle, readBundleFile) verifies the container,
// manifest, signatures, hashes and payload, streaming each attachment into a
// temporary file in the content store's folder (Staging) while it is hashed
// and typed; then ONE SQLite transaction re-runs every
// receiver check (assess.ts) against the database as it is at that moment,
// confirms an unknown signer's safety code, and applies: records, trust
// changes, the raw bundle in the archive, the sequence state and the log
// row. Inside the transaction, the only file operations are the renames of
// the staged, already verified and flushed contents to their content names,
// just before COMMIT; so a crash at any moment leaves the database as
// before or fully imported, and the store with whole content files or
// temporary ones (removed at the next open). A refusal rolls the transaction
// back, removes the temporary files and writes only its log row.
//
// Errors: AppError('bundle-refused', { params: { reason: <code>, ...params } }).
// params.reason is the refusal CODE (docs/bundle-format.md); whoever shows
// it translates `bundles.reason.<code>` with the same params and passes that
// text as `reason` to `errors.bundle-refused` (see bundleRefusalMessage in
// electron/cli/commands/bundle-common.ts).
import { AppError } from '../../../../shared/api/errors';
import type { BundleChanges, BundlePreview, BundleSummary } from '../../../../shared/model/bundle';
import type { AnyDb } from '../../store/database';
import { applyFeedback } from './apply-feedback';
import { applySubmission } from './apply-submission';
import { ContentStore, type Staging } from '../../attachments/content-store';
import { assess, type Assessment, type Receiver } from './assess';
import { sha256Hex } from '../../crypto/sha256';
import { type BundleEnv, me, nowIso, writeTransaction } from './context';
import { NO_CHANGES } from './diff';
import { readBundle, readBundleFile } from '../file/read';
import { createReadStream } from 'node:fs';
import { createHash } from 'node:crypto';
import { applyRotation } from './rotation';
import { writeArchive, writeInbox, writeLog } from './state';
import { checkTrustCode, enrollSigner } from './trust';
import { BundleRefusal, type VerifiedBundle } from '../types';

export interface ImportOutcome {
  result: 'applied' | 'already-imported';
  summary: BundleSummary;
  changes: BundleChanges;
  signer: Assessment['signer']['info'];
  sequence: { incoming: number; lastAccepted: number | null; verdict: Assessment['sequence']['verdict'] };
  /** Enrolled the signer's key in this import (its safety code was confirmed). */
  enrolled: boolean;
}

export const refusalError = (r: BundleRefusal) => new AppError('bundle-refused', { params: { ...r.params, reason: r.reason } }, r.message);

const receiverOf = (env: BundleEnv): Receiver => ({ role: env.ws.info.role, institution: me(env) });

/** A bundle as bytes in memory (an upload), or as a file read a range at a time (any size up to MAX_BUNDLE_BYTES). */
export type BundleInput = Buffer | { path: string };

/** The file side; attachments go to `staging` (or are only checked). */
function readInput(input: BundleInput, staging?: Staging): Promise<VerifiedBundle> {
  const sink = staging ?? { begin: () => null };
  return Buffer.isBuffer(input) ? readBundle(input, sink) : readBundleFile(input.path, sink);
}

async function fileHashOf(input: BundleInput): Promise<string> {
  if (Buffer.isBuffer(input)) return sha256Hex(input);
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(input.path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** The file side, with its refusal turned into the API's error. */
export async function verifyBytes(input: BundleInput): Promise<VerifiedBundle> {
  try {
    return await readInput(input);
  } catch (err) {
    if (err instanceof BundleRefusal) throw refusalError(err);
    throw err;
  }
}

function toPreview(a: Assessment): BundlePreview {
  return {
    summary: a.summary,
    signer: a.signer.info,
    sequence: { incoming: a.sequence.incoming, lastAccepted: a.sequence.lastAccepted, verdict: a.sequence.verdict },
    changes: a.changes,
    refusal: a.refusal ? { reason: a.refusal.reason, params: a.refusal.params } : null,
  };
}

/** What importing would do; writes nothing, not even the log. */
export async function previewBundle(env: BundleEnv, input: BundleInput): Promise<BundlePreview> {
  const verified = await verifyBytes(input);
  const a = await env.ws.store.db.transaction().execute((trx) => assess(trx, receiverOf(env), verified));
  return toPreview(a);
}

async function logRefusal(db: AnyDb, at: string, fileSha256: string, r: BundleRefusal, v: VerifiedBundle | null): Promise<void> {
  await writeLog(db, {
    at,
    direction: 'import',
    bundleId: v?.manifest.bundleId ?? null,
    institution: v?.manifest.issuer.institution ?? null,
    seq: v?.manifest.seq ?? null,
    sha256: fileSha256,
    result: 'refused',
    reason: r.reason,
    params: r.params,
  });
}

export async function importBundle(env: BundleEnv, input: BundleInput, opts: { trustCode?: string } = {}): Promise<ImportOutcome> {
  const db = env.ws.store.db;
  const staging = new ContentStore(env.ws.dir).staging();
  let verified: VerifiedBundle | null = null;
  try {
    verified = await readInput(input, staging);
    const v = verified;
    const fileSha256 = v.fileSha256;
    return await writeTransaction(db, async (trx) => {
      const at = nowIso(env);
      const a = await assess(trx, receiverOf(env), v);
      if (a.refusal) throw a.refusal;
      const codeRefusal = checkTrustCode(a.signer, opts.trustCode);
      if (codeRefusal) throw codeRefusal;
      const m = v.manifest;
      const outcome = {
        summary: a.summary,
        signer: a.signer.info,
        sequence: { incoming: a.sequence.incoming, lastAccepted: a.sequence.lastAccepted, verdict: a.sequence.verdict },
      };
      const log = (result: 'applied' | 'already-imported') =>
        writeLog(trx, { at, direction: 'import', bundleId: m.bundleId, institution: m.issuer.institution, seq: m.seq, sha256: fileSha256, result, reason: null, params: {} });

      if (a.sequence.verdict === 'same') {
        await log('already-imported');
        return { ...outcome, result: 'already-imported' as const, changes: NO_CHANGES, enrolled: false };
      }

      const enrolled = a.signer.info.status === 'unknown';
      if (enrolled) await enrollSigner(trx, m, at);
      if (m.bundleType === 'submission') await applySubmission(trx, v);
      else if (m.bundleType === 'feedback') await applyFeedback(trx, v, me(env), at);
      else await applyRotation(trx, v, at);

      await writeArchive(trx, {
        manifestSha256: v.manifestSha256,
        bundleId: m.bundleId,
        bundleType: m.bundleType,
        institution: m.issuer.institution,
        seq: m.seq,
        fileSha256,
        manifest: v.manifestBytes.toString('utf8'),
        bytes: v.archived,
        acceptedAt: at,
      });
      await writeInbox(trx, {
        issuer: m.issuer.institution,
        lastSeq: m.seq,
        manifestSha256: v.manifestSha256,
        bundleId: m.bundleId,
        bundleType: m.bundleType,
        keyId: m.issuer.keyId,
        acceptedAt: at,
      });
      await log('applied');
      // Last before COMMIT, after every check and write: the verified contents take their names.
      staging.commit();
      return { ...outcome, result: 'applied' as const, changes: a.changes, signer: enrolled ? { ...a.signer.info, status: 'trusted' as const, enrolledAt: at } : a.signer.info, enrolled };
    });
  } catch (err) {
    if (!(err instanceof BundleRefusal)) throw err;
    await logRefusal(db, nowIso(env), verified?.fileSha256 ?? (await fileHashOf(input)), err, verified);
    throw refusalError(err);
  } finally {
    staging.discard();
  }
}
