// Exporting a signed bundle from a workspace:
// - an LFP's submission to the POC: every record it owns in the current
//   cycle, its tombstones, attachment contents;
// - the POC's feedback, to one institution or to all ("*"): receipts of the
//   last bundle accepted from each institution, reviews, POC feedback
//   records, the reference data, the front matter of the cycle.
//
// Numbering: the exporter never reuses a number. A number is reserved (in
// its own short transaction) before the bundle is written, so two exports
// can never share one, and it is at least one above the floor a receipt
// reported. The POC numbers all its feedback in ONE sequence whatever the
// audience (stream "*"): an LFP then sees one rising sequence from the POC,
// a bundle addressed to another institution being just a gap.
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../../shared/api/errors';
import type { BundleSummary, FeedbackPayload, Review, SubmissionPayload } from '../../../../shared/model/bundle';
import type { PocFeedback } from '../../../../shared/model/cocreation';
import type { ReferenceData } from '../../../../shared/model/reference';
import { readFrontMatter } from '../../front-matter/store';
import { readReference, readRevision } from '../../reference/reference-store';
import type { AnyDb } from '../../store/database';
import { LATEST_VERSION } from '../../store/migrations';
import { selectRecords } from '../../store/records';
import { POC_FEEDBACK } from '../../store/tables';
import { APP_VERSION } from '../../version';
import { type BundleEnv, me, nowIso, pocInstitution, writeTransaction } from './context';
import { activeKey, assertKeyConsistent, unlockSigner } from './keys';
import { ContentStore } from '../../attachments/content-store';
import { idsOf, readAttachmentContents, readOwnedRecords, readOwnTombstones } from './snapshot';
import { readOwnCalendar } from './feedback-calendar';
import { readAllInbox, readInbox, readOutbox, readReviews, writeLog, writeOutbox } from './state';
import { summarizeBundle } from '../file/summary';
import type { BundleDraft, DraftAttachment, WrittenBundle } from '../types';
import { writeBundle, writeBundleFile } from '../file/write';

export interface ExportedBundle {
  fileName: string;
  bytes: Buffer;
  summary: BundleSummary;
  written: WrittenBundle;
}

/** A bundle exported straight to a file (exportBundleFile): attachments streamed from the content store. */
export interface ExportedBundleFile {
  fileName: string;
  path: string;
  size: number;
  summary: BundleSummary;
}

/** The POC's feedback stream: one sequence for every audience. */
export const FEEDBACK_STREAM = '*';

/** Reserves the next number of a stream: max(last used, receipt floor) + 1. */
export async function reserveSeq(env: BundleEnv, stream: string): Promise<{ seq: number; prevManifestSha256: string | null }> {
  return writeTransaction(env.ws.store.db, async (trx) => {
    const o = await readOutbox(trx, stream);
    const seq = Math.max(o.lastSeq, o.floorSeq) + 1;
    await writeOutbox(trx, { ...o, lastSeq: seq }, nowIso(env));
    return { seq, prevManifestSha256: o.lastManifestSha256 };
  });
}

/** After a bundle is written: chain its manifest and log the export. */
export async function recordExport(env: BundleEnv, stream: string, written: Pick<WrittenBundle, 'manifest' | 'manifestSha256' | 'fileSha256'>, audience: string): Promise<void> {
  const at = nowIso(env);
  await env.ws.store.db.transaction().execute(async (trx) => {
    const o = await readOutbox(trx, stream);
    // A later reservation may have happened meanwhile; the chain follows the highest number.
    if (o.lastSeq === written.manifest.seq) await writeOutbox(trx, { ...o, lastManifestSha256: written.manifestSha256 }, at);
    await writeLog(trx, {
      at,
      direction: 'export',
      bundleId: written.manifest.bundleId,
      institution: audience === '*' ? null : audience,
      seq: written.manifest.seq,
      sha256: written.fileSha256,
      result: 'exported',
      reason: null,
      params: {},
    });
  });
}

const fileNameOf = (m: WrittenBundle['manifest']) =>
  [m.issuer.institution, m.bundleType, m.audience === '*' || m.bundleType === 'submission' ? null : m.audience, m.cycleId, String(m.seq).padStart(4, '0')]
    .filter((p) => p !== null)
    .join('-') + '.plani';

async function ackFor(db: AnyDb, audience: string) {
  if (audience === '*') return null;
  const last = await readInbox(db, audience);
  return last ? { seq: last.lastSeq, manifestSha256: last.manifestSha256 } : null;
}

type StreamDraft = { bundleType: BundleDraft['manifest']['bundleType']; audience: string; payload: BundleDraft['payload']; attachments?: BundleDraft['attachments']; rotation?: (seq: number) => NonNullable<BundleDraft['manifest']['rotation']> };

/** Signs and writes a draft of this workspace's stream, then records it. */
export async function signAndWrite(env: BundleEnv, stream: string, draft: StreamDraft, extraSigners: BundleDraft['signers'] = []): Promise<ExportedBundle> {
  const written = await writeBundle(await signedDraft(env, stream, draft, extraSigners));
  await recordExport(env, stream, written, draft.audience);
  return { fileName: fileNameOf(written.manifest), bytes: written.bytes, summary: summaryOf(written, written.bytes.length), written };
}

/** The same as signAndWrite, to a file at `path`: nothing of the bundle is held whole in memory. */
export async function signAndWriteFile(env: BundleEnv, stream: string, draft: StreamDraft, path: string): Promise<ExportedBundleFile> {
  const written = await writeBundleFile(await signedDraft(env, stream, draft, []), path);
  await recordExport(env, stream, written, draft.audience);
  return { fileName: fileNameOf(written.manifest), path, size: written.size, summary: summaryOf(written, written.size) };
}

/** The draft of the next bundle of `stream`, its number reserved, ready to be written. */
async function signedDraft(env: BundleEnv, stream: string, draft: StreamDraft, extraSigners: BundleDraft['signers']): Promise<BundleDraft> {
  const db = env.ws.store.db;
  const key = await activeKey(db, me(env));
  assertKeyConsistent(key);
  const signer = unlockSigner(env.ws, env.keyringDir, key, env.keyAccess);
  const ack = await ackFor(db, draft.audience);
  const { seq, prevManifestSha256 } = await reserveSeq(env, stream);
  return {
    manifest: {
      bundleType: draft.bundleType,
      bundleId: randomUUID(),
      cycleId: env.ws.info.currentCycleId,
      issuer: { institution: me(env), keyId: key.keyId, publicKey: key.publicKeyRaw.toString('base64') },
      audience: draft.audience,
      seq,
      prevManifestSha256,
      ack,
      createdAt: nowIso(env),
      appVersion: APP_VERSION,
      schemaVersion: LATEST_VERSION,
      ...(draft.rotation ? { rotation: draft.rotation(seq) } : {}),
    } as BundleDraft['manifest'],
    payload: draft.payload,
    attachments: draft.attachments,
    signers: [signer, ...extraSigners],
  };
}

function summaryOf(w: Pick<WrittenBundle, 'manifest' | 'manifestSha256' | 'fileSha256'>, size: number): BundleSummary {
  return summarizeBundle({ manifest: w.manifest, manifestBytes: Buffer.alloc(0), manifestSha256: w.manifestSha256, fileSha256: w.fileSha256, size, payload: {}, attachments: new Map(), archived: Buffer.alloc(0) });
}

const extOf = (fileName: string) => /\.([a-z0-9]{1,5})$/.exec(fileName.toLowerCase())?.[1] ?? 'bin';

/** The LFP's snapshot, read in one transaction so it is one consistent moment. */
export async function buildSubmission(db: AnyDb, institution: string, cycleId: string, store?: ContentStore): Promise<{ payload: SubmissionPayload; attachments: NonNullable<BundleDraft['attachments']> }> {
  return db.transaction().execute(async (trx) => {
    const records = await readOwnedRecords(trx, institution, cycleId);
    const tombstones = await readOwnTombstones(trx, institution, idsOf(records));
    const contents = await readAttachmentContents(trx, records.attachments.map((a) => a.id), store);
    const attachments = new Map<string, DraftAttachment>();
    for (const a of records.attachments) {
      const content = contents.get(a.sha256);
      if (content && !attachments.has(a.sha256)) attachments.set(a.sha256, { ...content, ext: extOf(a.fileName), mediaType: a.mimeType });
    }
    return { payload: { ...records, tombstones }, attachments };
  });
}

export async function exportSubmission(env: BundleEnv, to?: string): Promise<ExportedBundle> {
  const { audience, draft } = await submissionDraft(env, to);
  return signAndWrite(env, audience, draft);
}

async function submissionDraft(env: BundleEnv, to?: string): Promise<{ audience: string; draft: StreamDraft }> {
  const db = env.ws.store.db;
  const audience = pocInstitution(await readReference(db));
  if (to !== undefined && to !== audience) {
    throw new AppError('invalid-input', { issues: [{ path: 'to', code: 'not-poc', message: `an LFP sends its bundles to ${audience}` }], params: { code: to } });
  }
  const { payload, attachments } = await buildSubmission(db, me(env), env.ws.info.currentCycleId, new ContentStore(env.ws.dir));
  return { audience, draft: { bundleType: 'submission', audience, payload, attachments } };
}

/** Which institution owns each target of the POC's feedback records. */
export async function targetOwners(db: AnyDb, feedback: readonly PocFeedback[]): Promise<Map<string, string>> {
  const owners = new Map<string, string>();
  const ids = [...new Set(feedback.map((f) => f.targetId))];
  if (ids.length === 0) return owners;
  const add = (rows: readonly { id: string; owner: string }[]) => rows.forEach((r) => owners.set(r.id, r.owner));
  for (let i = 0; i < ids.length; i += 5000) {
    const part = ids.slice(i, i + 5000);
    add(await db.selectFrom('commitment').select(['id', 'owner']).where('id', 'in', part).execute());
    add(await db.selectFrom('milestone as m').innerJoin('commitment as c', 'c.id', 'm.commitment_id').select(['m.id as id', 'c.owner as owner']).where('m.id', 'in', part).execute());
    add(await db.selectFrom('indicator as x').innerJoin('commitment as c', 'c.id', 'x.commitment_id').select(['x.id as id', 'c.owner as owner']).where('x.id', 'in', part).execute());
    add(await db.selectFrom('idea').select(['id', 'owner']).where('id', 'in', part).execute());
    add(await db.selectFrom('consultation_report').select(['id', 'owner']).where('id', 'in', part).execute());
  }
  return owners;
}

/** The POC's feedback for one audience ('*' = every institution). */
export async function buildFeedback(db: AnyDb, poc: string, audience: string, cycleId: string): Promise<FeedbackPayload> {
  return db.transaction().execute(async (trx) => {
    const forAudience = (institution: string) => audience === '*' || institution === audience;
    const inbox = await readAllInbox(trx);
    const receipts = inbox.filter((s) => forAudience(s.issuer)).map((s) => ({ institution: s.issuer, seq: s.lastSeq, manifestSha256: s.manifestSha256 }));
    const existing = new Set((await trx.selectFrom('commitment').select('id').execute()).map((r) => r.id));
    const reviews: Review[] = (await readReviews(trx))
      .filter((r) => existing.has(r.commitmentId) && forAudience(r.institution))
      .map((r) => ({ commitmentId: r.commitmentId, commitmentRev: r.commitmentRev, planNumber: r.planNumber, decision: r.decision, comment: r.comment, decidedAt: r.decidedAt }));
    const own = await selectRecords<PocFeedback>(trx, POC_FEEDBACK, { column: 'owner', eq: poc }, ['id']);
    const owners = audience === '*' ? null : await targetOwners(trx, own);
    const feedback = owners === null ? own : own.filter((f) => owners.get(f.targetId) === audience);
    const reference: ReferenceData = await readReference(trx);
    // Every institution reads the same front matter, whoever the audience.
    const frontMatter = await readFrontMatter(trx, cycleId);
    // The POC's own items of the process calendar, the same for every audience.
    const calendar = await readOwnCalendar(trx, poc, cycleId);
    const referenceRevision = (await readRevision(trx)).revision;
    return { receipts, reviews, feedback, reference, referenceRevision, frontMatter, calendar };
  });
}

export async function exportFeedback(env: BundleEnv, to?: string): Promise<ExportedBundle> {
  return signAndWrite(env, FEEDBACK_STREAM, await feedbackDraft(env, to));
}

async function feedbackDraft(env: BundleEnv, to?: string): Promise<StreamDraft> {
  const db = env.ws.store.db;
  const audience = to ?? '*';
  if (to !== undefined) {
    const ref = await readReference(db);
    const known = ref.institutions.filter((i) => i.code !== me(env));
    if (!known.some((i) => i.code === to)) throw new AppError('unknown-institution', { params: { code: to, known: known.map((i) => i.code).join(', ') } });
  }
  const payload = await buildFeedback(db, me(env), audience, env.ws.info.currentCycleId);
  return { bundleType: 'feedback', audience, payload };
}

/** `bundle.export`: an LFP's submission, or the POC's feedback. */
export async function exportBundle(env: BundleEnv, to?: string): Promise<ExportedBundle> {
  return env.ws.info.role === 'poc' ? exportFeedback(env, to) : exportSubmission(env, to);
}

/** The same bundle as exportBundle, written to the file at `path`. */
export async function exportBundleFile(env: BundleEnv, path: string, to?: string): Promise<ExportedBundleFile> {
  if (env.ws.info.role === 'poc') return signAndWriteFile(env, FEEDBACK_STREAM, await feedbackDraft(env, to), path);
  const { audience, draft } = await submissionDraft(env, to);
  return signAndWriteFile(env, audience, draft, path);
}
