// Everything the receiver checks about a verified bundle before anything is
// written, and what the person is shown (signer, sequence, changes). Reads
// only; the importer runs it inside its transaction, the preview inside a
// read transaction. The first refusal wins, in this order: bundle type,
// audience, cycle, signer, sequence, then the payload against the
// receiver's records (owners, references; for feedback, first the
// reference data's revision against the one held: an older one is a rollback).
import type { BundleChanges, BundleSummary, FeedbackPayload, Manifest, SubmissionPayload } from '../../../../shared/model/bundle';
import type { InterchangeDocument } from '../../../../shared/model/interchange';
import type { ReferenceData } from '../../../../shared/model/reference';
import { checkInterchange, readKnown } from '../../interchange';
import { asInterchange } from '../../interchange/as-interchange';
import { checkReferencesIn, readOwners } from '../../ownership/workspace-rules';
import { readReference, readRevision } from '../../reference/reference-store';
import type { AnyDb } from '../../store/database';
import { feedbackTargetRefusal } from './apply-feedback';
import { diffSnapshots, flatten, joinChanges, NO_CHANGES } from './diff';
import { feedbackRecordChanges, placeReplyChanges } from './feedback-changes';
import { feedbackCalendarChanges } from './feedback-calendar';
import { diffReference, incomingRevision, referenceRollback } from './reference-diff';
import { assessSequence, type SequenceAssessment } from './sequence';
import { type OwnedRecords, readOwnedRecords } from './snapshot';
import { archiveContains, readInbox, readSigner } from './state';
import { summarizeBundle } from '../file/summary';
import { assessSigner, type SignerAssessment } from './trust';
import { BundleRefusal, type VerifiedBundle } from '../types';

export interface Receiver {
  role: 'poc' | 'lfp';
  institution: string;
}

export interface Assessment {
  verified: VerifiedBundle;
  summary: BundleSummary;
  signer: SignerAssessment;
  sequence: SequenceAssessment;
  changes: BundleChanges;
  /** The first reason to refuse; an unknown signer is not one here (it needs the safety code, see trust.ts). */
  refusal: BundleRefusal | null;
  reference: ReferenceData;
}

/**
 * Which bundle types a receiver takes, and from whom. The bundle's cycle is
 * one the receiver holds, or, in a feedback bundle, one its reference data
 * brings: the POC's first feedback of a new cycle is how the cycle reaches an LFP.
 */
function routeRefusal(m: Manifest, receiver: Receiver, ref: ReferenceData, incoming: ReferenceData | null): BundleRefusal | null {
  const issuerRole = ref.institutions.find((i) => i.code === m.issuer.institution)?.role;
  const params = { bundleType: m.bundleType, role: receiver.role };
  if (receiver.role === 'poc') {
    // The POC takes submissions and key rotations from the institutions it coordinates.
    if (m.bundleType === 'feedback' || issuerRole === 'poc') return new BundleRefusal('wrong-bundle-type', params);
    if (issuerRole === undefined) return new BundleRefusal('payload-invalid', { path: 'issuer.institution', issue: 'unknown-institution' });
  } else if (m.bundleType === 'submission' || issuerRole !== 'poc') {
    // An LFP takes feedback and key rotations from the POC only.
    return new BundleRefusal('wrong-bundle-type', params);
  }
  const forMe = m.audience === receiver.institution || (m.audience === '*' && m.bundleType !== 'submission');
  if (!forMe || m.issuer.institution === receiver.institution) return new BundleRefusal('wrong-audience', { audience: m.audience, institution: receiver.institution });
  const known = (r: ReferenceData | null) => r?.cycles.some((c) => c.id === m.cycleId) ?? false;
  if (!known(ref) && !(m.bundleType === 'feedback' && known(incoming))) return new BundleRefusal('wrong-cycle', { cycle: m.cycleId });
  return null;
}

/** A record id this receiver knows as another institution's: a submission can never take it over. */
async function ownerRefusal(db: AnyDb, issuer: string, p: SubmissionPayload): Promise<BundleRefusal | null> {
  const flat = flatten(p);
  const owners = await readOwners(db, flat.keys());
  for (const [id, known] of owners) {
    if (known.owner !== issuer) return new BundleRefusal('owner-mismatch', { id, owner: known.owner, issuer, entity: flat.get(id)?.entity ?? '' });
  }
  return null;
}

/** What the issuer's own records point at: only its own records, and only components it leads (references.ts). */
async function crossReferenceRefusal(db: AnyDb, issuer: string, p: SubmissionPayload): Promise<BundleRefusal | null> {
  const problems = await checkReferencesIn(db, issuer, p, new Set(p.tombstones.map((t) => t.id)));
  const first = problems[0];
  if (first === undefined) return null;
  const path = first.path.join('.');
  const count = problems.length;
  switch (first.code) {
    case 'foreign-reference':
      return new BundleRefusal('foreign-reference', { path, id: first.id, entity: first.entity, owner: first.owner, count }, `${path} points at ${first.entity} ${first.id} of ${first.owner}`);
    case 'component-not-led':
      return new BundleRefusal('component-not-led', { path, component: first.component, institution: issuer, count }, `${path}: ${issuer} does not lead ${first.component}`);
    case 'unknown-reference':
      return new BundleRefusal('payload-invalid', { path, issue: 'unknown-reference', id: first.id, count }, `${path} points at ${first.id}, which is no record of ${issuer}`);
  }
}

/** The interchange's cross-record checks (components, institutions, events…) against this workspace. */
async function referenceRefusal(db: AnyDb, doc: InterchangeDocument): Promise<BundleRefusal | null> {
  const issues = checkInterchange(doc, await readKnown(db));
  if (issues.length === 0) return null;
  const first = issues[0]!;
  return new BundleRefusal('payload-invalid', { path: first.path, issue: first.code, count: issues.length }, first.message);
}

async function rotationRefusal(db: AnyDb, m: Manifest): Promise<BundleRefusal | null> {
  const r = m.rotation!;
  if (r.effectiveFromSeq <= m.seq) return new BundleRefusal('manifest-invalid', { path: 'rotation.effectiveFromSeq' });
  const existing = await readSigner(db, r.newKeyId);
  if (existing) return new BundleRefusal('key-mismatch', { institution: m.issuer.institution, enrolledFor: existing.institution });
  return null;
}

export async function assess(db: AnyDb, receiver: Receiver, verified: VerifiedBundle): Promise<Assessment> {
  const m = verified.manifest;
  const reference = await readReference(db);
  const signer = await assessSigner(db, m);
  const last = await readInbox(db, m.issuer.institution);
  const sequence = assessSequence(m.seq, verified.manifestSha256, last, await archiveContains(db, verified.manifestSha256));

  let changes = NO_CHANGES;
  let before: OwnedRecords | null = null;
  if (m.bundleType === 'submission' && receiver.role === 'poc') {
    before = await readOwnedRecords(db, m.issuer.institution, m.cycleId);
    changes = await placeReplyChanges(db, diffSnapshots(before, verified.payload as SubmissionPayload), before, verified.payload as SubmissionPayload);
  }
  const heldRevision = (await readRevision(db)).revision;
  if (m.bundleType === 'feedback' && receiver.role === 'lfp') {
    const p = verified.payload as FeedbackPayload;
    const calendar = (await feedbackCalendarChanges(db, m.issuer.institution, m.cycleId, p)) ?? NO_CHANGES;
    changes = joinChanges(await feedbackRecordChanges(db, m.issuer.institution, receiver.institution, p), calendar);
    if (p.reference) {
      const diff = diffReference(reference, p.reference, heldRevision, incomingRevision(p));
      if (diff.changes.length > 0) changes = { ...changes, reference: diff };
    }
  }

  const refusal = await (async () => {
    // Our own bundle first: that says more than "not a bundle type this workspace takes".
    if (signer.info.status === 'own') return signer.refusal;
    const incoming = m.bundleType === 'feedback' ? (verified.payload as FeedbackPayload).reference : null;
    const route = routeRefusal(m, receiver, reference, incoming);
    if (route) return route;
    if (signer.refusal) return signer.refusal;
    if (sequence.refusal) return sequence.refusal;
    if (sequence.verdict === 'same') return null;
    // A bundle id is used once: another manifest under an id already accepted is a second version of that bundle.
    const sameId = await db.selectFrom('bundle_archive').select('manifest_sha256').where('bundle_id', '=', m.bundleId).executeTakeFirst();
    if (sameId) return new BundleRefusal('equivocation', { seq: m.seq, lastSeq: sequence.lastAccepted ?? 0 });
    if (m.bundleType === 'submission') {
      const p = verified.payload as SubmissionPayload;
      return (
        (await ownerRefusal(db, m.issuer.institution, p)) ??
        (await referenceRefusal(db, asInterchange(p))) ??
        (await crossReferenceRefusal(db, m.issuer.institution, p))
      );
    }
    if (m.bundleType === 'feedback') {
      const p = verified.payload as FeedbackPayload;
      const rollback = referenceRollback(p, heldRevision);
      if (rollback) return rollback;
      // The front matter's cycle and institutions are checked like any record's.
      const frontMatter = p.frontMatter ? [p.frontMatter] : [];
      const refs = p.reference || frontMatter.length > 0 ? await referenceRefusal(db, { ...asInterchange({}, p.reference ?? undefined), frontMatter }) : null;
      return refs ?? (await feedbackTargetRefusal(db, receiver.institution, p.feedback));
    }
    return rotationRefusal(db, m);
  })();

  return { verified, summary: summarizeBundle(verified), signer, sequence, changes, refusal, reference };
}
