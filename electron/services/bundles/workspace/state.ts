// Reads and writes of the bundle tables (migration 0003 plus the signer and
// log tables of 0001), between their snake_case rows and the camelCase
// records the bundle code works with.
import type { Selectable } from 'kysely';
import type { AnyDb, DB } from '../../store/database';
import { assertStrongKey } from '../file/manifest-checks';

export interface InboxState {
  issuer: string;
  lastSeq: number;
  manifestSha256: string;
  bundleId: string;
  bundleType: string;
  keyId: string;
  acceptedAt: string;
}

export interface OutboxState {
  audience: string;
  lastSeq: number;
  lastManifestSha256: string | null;
  floorSeq: number;
}

export interface SignerRow {
  keyId: string;
  institution: string;
  safetyCode: string;
  publicKey: Buffer;
  enrolledAt: string;
  status: 'active' | 'rotated' | 'revoked';
  effectiveFromSeq: number | null;
  replacedBy: string | null;
}

export interface ReviewRow {
  commitmentId: string;
  institution: string;
  commitmentRev: number;
  planNumber: string | null;
  decision: 'accepted' | 'returned' | null;
  comment: { sq: string; en: string };
  decidedAt: string;
}

// ---- Receiver: the last bundle accepted from each issuer -------------------

export async function readInbox(db: AnyDb, issuer: string): Promise<InboxState | null> {
  const r = await db.selectFrom('bundle_inbox').selectAll().where('issuer', '=', issuer).executeTakeFirst();
  return r ? inboxFromRow(r) : null;
}

export async function readAllInbox(db: AnyDb): Promise<InboxState[]> {
  const rows = await db.selectFrom('bundle_inbox').selectAll().orderBy('issuer').execute();
  return rows.map(inboxFromRow);
}

function inboxFromRow(r: Selectable<DB['bundle_inbox']>): InboxState {
  return {
    issuer: r.issuer,
    lastSeq: r.last_seq,
    manifestSha256: r.manifest_sha256,
    bundleId: r.bundle_id,
    bundleType: r.bundle_type,
    keyId: r.key_id,
    acceptedAt: r.accepted_at,
  };
}

export async function writeInbox(db: AnyDb, s: InboxState): Promise<void> {
  const row = {
    issuer: s.issuer,
    last_seq: s.lastSeq,
    manifest_sha256: s.manifestSha256,
    bundle_id: s.bundleId,
    bundle_type: s.bundleType,
    key_id: s.keyId,
    accepted_at: s.acceptedAt,
  };
  const { issuer: _issuer, ...update } = row;
  await db
    .insertInto('bundle_inbox')
    .values(row)
    .onConflict((oc) => oc.column('issuer').doUpdateSet(update))
    .execute();
}

export async function archiveContains(db: AnyDb, manifestSha256: string): Promise<boolean> {
  const r = await db.selectFrom('bundle_archive').select('seq').where('manifest_sha256', '=', manifestSha256).executeTakeFirst();
  return r !== undefined;
}

export async function writeArchive(
  db: AnyDb,
  a: { manifestSha256: string; bundleId: string; bundleType: string; institution: string; seq: number; fileSha256: string; manifest: string; bytes: Buffer; acceptedAt: string },
): Promise<void> {
  await db
    .insertInto('bundle_archive')
    .values({
      manifest_sha256: a.manifestSha256,
      bundle_id: a.bundleId,
      bundle_type: a.bundleType,
      institution: a.institution,
      seq: a.seq,
      file_sha256: a.fileSha256,
      manifest: a.manifest,
      bytes: a.bytes,
      accepted_at: a.acceptedAt,
    })
    .execute();
}

// ---- Exporter: numbering per audience --------------------------------------

export async function readOutbox(db: AnyDb, audience: string): Promise<OutboxState> {
  const r = await db.selectFrom('bundle_outbox').selectAll().where('audience', '=', audience).executeTakeFirst();
  if (!r) return { audience, lastSeq: 0, lastManifestSha256: null, floorSeq: 0 };
  return { audience, lastSeq: r.last_seq, lastManifestSha256: r.last_manifest_sha256, floorSeq: r.floor_seq };
}

export async function writeOutbox(db: AnyDb, s: OutboxState, now: string): Promise<void> {
  const update = { last_seq: s.lastSeq, last_manifest_sha256: s.lastManifestSha256, floor_seq: s.floorSeq, updated_at: now };
  await db
    .insertInto('bundle_outbox')
    .values({ audience: s.audience, ...update })
    .onConflict((oc) => oc.column('audience').doUpdateSet(update))
    .execute();
}

// ---- Trusted signers --------------------------------------------------------

function signerFromRow(r: Selectable<DB['trusted_signer']>): SignerRow {
  return {
    keyId: r.key_id,
    institution: r.institution,
    safetyCode: r.fingerprint,
    publicKey: r.public_key,
    enrolledAt: r.enrolled_at,
    status: r.status,
    effectiveFromSeq: r.effective_from_seq,
    replacedBy: r.replaced_by,
  };
}

export async function readSigner(db: AnyDb, keyId: string): Promise<SignerRow | null> {
  const r = await db.selectFrom('trusted_signer').selectAll().where('key_id', '=', keyId).executeTakeFirst();
  return r ? signerFromRow(r) : null;
}

export async function readSigners(db: AnyDb, institution?: string): Promise<SignerRow[]> {
  let q = db.selectFrom('trusted_signer').selectAll();
  if (institution !== undefined) q = q.where('institution', '=', institution);
  const rows = await q.orderBy('institution').orderBy('enrolled_at').orderBy('key_id').execute();
  return rows.map(signerFromRow);
}

/** The registry's one door: a degenerate key never gets in, whoever calls (enrolment, rotation). */
export async function insertSigner(db: AnyDb, s: Omit<SignerRow, 'effectiveFromSeq' | 'replacedBy'>): Promise<void> {
  assertStrongKey(s.publicKey, 'publicKey');
  await db
    .insertInto('trusted_signer')
    .values({
      key_id: s.keyId,
      institution: s.institution,
      fingerprint: s.safetyCode,
      public_key: s.publicKey,
      enrolled_at: s.enrolledAt,
      status: s.status,
    })
    .execute();
}

export async function updateSignerStatus(
  db: AnyDb,
  keyId: string,
  change: { status: SignerRow['status']; at: string; effectiveFromSeq?: number; replacedBy?: string },
): Promise<void> {
  await db
    .updateTable('trusted_signer')
    .set({
      status: change.status,
      status_changed_at: change.at,
      ...(change.effectiveFromSeq !== undefined ? { effective_from_seq: change.effectiveFromSeq } : {}),
      ...(change.replacedBy !== undefined ? { replaced_by: change.replacedBy } : {}),
    })
    .where('key_id', '=', keyId)
    .execute();
}

// ---- Reviews ----------------------------------------------------------------

function reviewFromRow(r: Selectable<DB['review']>): ReviewRow {
  return {
    commitmentId: r.commitment_id,
    institution: r.institution,
    commitmentRev: r.commitment_rev,
    planNumber: r.plan_number,
    decision: r.decision,
    comment: { sq: r.comment_sq, en: r.comment_en },
    decidedAt: r.decided_at,
  };
}

export async function readReviews(db: AnyDb, institution?: string): Promise<ReviewRow[]> {
  let q = db.selectFrom('review').selectAll();
  if (institution !== undefined) q = q.where('institution', '=', institution);
  const rows = await q.orderBy('commitment_id').execute();
  return rows.map(reviewFromRow);
}

export async function readReview(db: AnyDb, commitmentId: string): Promise<ReviewRow | null> {
  const r = await db.selectFrom('review').selectAll().where('commitment_id', '=', commitmentId).executeTakeFirst();
  return r ? reviewFromRow(r) : null;
}

export async function upsertReviews(db: AnyDb, reviews: readonly ReviewRow[]): Promise<void> {
  for (const r of reviews) {
    const update = {
      institution: r.institution,
      commitment_rev: r.commitmentRev,
      plan_number: r.planNumber,
      decision: r.decision,
      comment_sq: r.comment.sq,
      comment_en: r.comment.en,
      decided_at: r.decidedAt,
    };
    await db
      .insertInto('review')
      .values({ commitment_id: r.commitmentId, ...update })
      .onConflict((oc) => oc.column('commitment_id').doUpdateSet(update))
      .execute();
  }
}

// ---- The log ----------------------------------------------------------------

export interface LogRow {
  at: string;
  direction: 'export' | 'import';
  bundleId: string | null;
  institution: string | null;
  seq: number | null;
  sha256: string;
  result: 'exported' | 'applied' | 'already-imported' | 'refused';
  reason: string | null;
  /** The values the reason's sentence names ({} when there is no reason, or for a row older than migration 0006). */
  params: Record<string, string | number>;
}

export async function writeLog(db: AnyDb, e: LogRow): Promise<void> {
  await db
    .insertInto('bundle_log')
    .values({
      bundle_id: e.bundleId,
      direction: e.direction,
      institution: e.institution,
      sequence: e.seq,
      sha256: e.sha256,
      result: e.result,
      reason_code: e.reason,
      reason_params: e.reason === null ? null : JSON.stringify(e.params),
      at: e.at,
    })
    .execute();
}

export async function readLog(db: AnyDb, limit: number): Promise<LogRow[]> {
  const rows = await db.selectFrom('bundle_log').selectAll().orderBy('seq_no', 'desc').limit(limit).execute();
  return rows.map((r) => ({
    at: r.at,
    direction: r.direction,
    bundleId: r.bundle_id,
    institution: r.institution,
    seq: r.sequence,
    sha256: r.sha256,
    result: r.result,
    reason: r.reason_code,
    params: r.reason_params === null ? {} : (JSON.parse(r.reason_params) as LogRow['params']),
  }));
}
