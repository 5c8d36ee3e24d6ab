// Golden bundle drafts for the file-side tests: a realistic submission (two
// commitments with milestones and indicators, Albanian text, a tombstone and
// one attachment), a feedback bundle and a key rotation. Keys are generated
// once per test file; everything else is fixed, so two writes of one draft
// give the same bytes.
import { createHash } from 'node:crypto';
import type { FeedbackPayload, SubmissionPayload } from '../../../shared/model/bundle';
import type { Attachment } from '../../../shared/model/cocreation';
import { CURRENT_CYCLE_ID } from '../../../shared/reference/seed';
import type { BundleDraft } from '../../../electron/services/bundles/types';
import { generateSigningKey, type GeneratedKey } from '../../../electron/services/keys/identity';
import { stableUuid, syntheticPlan } from '../../fixtures/synthetic-plan';

export const STAMP = '2021-05-02T10:00:00.000Z';

export interface Keys {
  md: GeneratedKey;
  mdNext: GeneratedKey;
  poc: GeneratedKey;
  stranger: GeneratedKey;
}
export function makeKeys(): Keys {
  return { md: generateSigningKey(), mdNext: generateSigningKey(), poc: generateSigningKey(), stranger: generateSigningKey() };
}

export const signer = (k: GeneratedKey) => ({ keyId: k.keyId, privateKeyPkcs8: k.privateKeyPkcs8 });
export const issuerOf = (institution: string, k: GeneratedKey) => ({ institution, keyId: k.keyId, publicKey: k.publicKeyRaw.toString('base64') });

export const ATTACHMENT_DATA = Buffer.from('%PDF-1.4\n% Procesverbali i takimit — çështjet e konsultimit\n%%EOF\n', 'utf8');
export const ATTACHMENT_SHA = createHash('sha256').update(ATTACHMENT_DATA).digest('hex');

/** Everything MD owns in the cycle, as its LFP would send it. */
export function submissionPayload(commitments = 2): SubmissionPayload {
  const plan = syntheticPlan({ commitments, milestonesPer: 3, indicatorsPer: 2, ideas: 2, events: 1, comments: 2, calendar: 0, owner: 'MD' });
  const event = plan.consultationEvents[0]!;
  const attachment: Attachment = {
    id: stableUuid('golden/attachment/0'),
    owner: 'MD',
    ownerType: 'consultation-event',
    ownerId: event.id,
    fileName: 'Procesverbali i takimit — çështjet.pdf',
    mimeType: 'application/pdf',
    size: ATTACHMENT_DATA.length,
    sha256: ATTACHMENT_SHA,
    rev: 1,
    createdAt: STAMP,
    updatedAt: STAMP,
  };
  return {
    commitments: plan.commitments,
    ideas: plan.ideas,
    prioritizationRounds: plan.prioritizationRounds,
    consultationEvents: plan.consultationEvents,
    comments: plan.comments,
    consultationReports: plan.consultationReports,
    calendar: [],
    attachments: [attachment],
    tombstones: [{ entity: 'milestone', id: stableUuid('golden/deleted-milestone'), rev: 4, deletedAt: STAMP }],
  };
}

export function submissionDraft(keys: Keys, payload: SubmissionPayload = submissionPayload()): BundleDraft {
  return {
    manifest: {
      bundleType: 'submission',
      bundleId: stableUuid('golden/bundle/submission'),
      cycleId: CURRENT_CYCLE_ID,
      issuer: issuerOf('MD', keys.md),
      audience: 'POC',
      seq: 3,
      prevManifestSha256: 'a'.repeat(64),
      ack: { seq: 2, manifestSha256: 'b'.repeat(64) },
      createdAt: STAMP,
      appVersion: '0.1.0',
      schemaVersion: 1,
    },
    payload,
    attachments: new Map([[ATTACHMENT_SHA, { data: ATTACHMENT_DATA, ext: 'pdf', mediaType: 'application/pdf' }]]),
    signers: [signer(keys.md)],
  };
}

export function feedbackPayload(): FeedbackPayload {
  const plan = syntheticPlan({ commitments: 2, owner: 'MD' });
  return {
    receipts: [{ institution: 'MD', seq: 3, manifestSha256: 'c'.repeat(64) }],
    reviews: [
      {
        commitmentId: plan.commitments[0]!.id,
        commitmentRev: 1,
        planNumber: '1.1',
        decision: 'returned',
        comment: { sq: 'Plotësoni vitin bazë të treguesit të dytë.', en: 'Add the baseline year of the second indicator.' },
        decidedAt: STAMP,
      },
    ],
    feedback: plan.feedback,
    reference: null,
  };
}

export function feedbackDraft(keys: Keys): BundleDraft {
  return {
    manifest: {
      bundleType: 'feedback',
      bundleId: stableUuid('golden/bundle/feedback'),
      cycleId: CURRENT_CYCLE_ID,
      issuer: issuerOf('POC', keys.poc),
      audience: 'MD',
      seq: 1,
      prevManifestSha256: null,
      ack: { seq: 3, manifestSha256: 'c'.repeat(64) },
      createdAt: STAMP,
      appVersion: '0.1.0',
      schemaVersion: 1,
    },
    payload: feedbackPayload(),
    signers: [signer(keys.poc)],
  };
}

export function rotationDraft(keys: Keys): BundleDraft {
  return {
    manifest: {
      bundleType: 'key-rotation',
      bundleId: stableUuid('golden/bundle/rotation'),
      cycleId: CURRENT_CYCLE_ID,
      issuer: issuerOf('MD', keys.md),
      audience: 'POC',
      seq: 4,
      prevManifestSha256: null,
      ack: null,
      createdAt: STAMP,
      appVersion: '0.1.0',
      schemaVersion: 1,
      rotation: { newKeyId: keys.mdNext.keyId, newPublicKey: keys.mdNext.publicKeyRaw.toString('base64'), effectiveFromSeq: 5 },
    },
    payload: {},
    signers: [signer(keys.md), signer(keys.mdNext)],
  };
}
