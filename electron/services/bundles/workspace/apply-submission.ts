// Applies an LFP's submission at the POC, inside the importer's transaction:
// upsert every record by id (a commitment with its milestones and
// indicators as one aggregate: the snapshot's child lists are
// authoritative), then delete what the tombstones name, and only the
// issuer's own records. The carried file contents were staged while the
// bundle was read; the importer renames them into the store just before
// COMMIT. A known record of the
// issuer that the snapshot no longer carries, without a tombstone, is left
// alone (it is reported as "missing" by the diff). The issuer's replies to
// the POC's feedback replace those held from it, keeping only replies to
// feedback this POC holds about the issuer's own records (a reply to feedback
// deleted since, or about someone else's record, is skipped: it answers nothing here).
import type { SubmissionPayload } from '../../../../shared/model/bundle';
import type { PocFeedback } from '../../../../shared/model/cocreation';
import { selectRecords, upsertRecords } from '../../store/records';
import { FEEDBACK_REPLY, POC_FEEDBACK } from '../../store/tables';
import { targetOwners } from './workspace-export';
import { writeInterchange } from '../../interchange';
import { asInterchange } from '../../interchange/as-interchange';
import type { AnyDb } from '../../store/database';
import { OWNED_TABLES } from '../../store/tables';
import type { VerifiedBundle } from '../types';

export interface SubmissionApplied {
  deleted: number;
}

export async function applySubmission(trx: AnyDb, verified: VerifiedBundle): Promise<SubmissionApplied> {
  const issuer = verified.manifest.issuer.institution;
  const p = verified.payload as SubmissionPayload;
  await writeInterchange(trx, asInterchange(p));

  let deleted = 0;
  const ownCommitments = trx.selectFrom('commitment').select('id').where('owner', '=', issuer);
  for (const t of p.tombstones) {
    let res: { numDeletedRows: bigint } | undefined;
    if (t.entity === 'milestone' || t.entity === 'indicator') {
      res = await trx.deleteFrom(t.entity).where('id', '=', t.id).where('commitment_id', 'in', ownCommitments).executeTakeFirst();
    } else {
      const table = OWNED_TABLES[t.entity];
      res = await trx.deleteFrom(table).where('id', '=', t.id).where('owner', '=', issuer).executeTakeFirst();
    }
    deleted += Number(res?.numDeletedRows ?? 0);
  }
  if (p.feedbackReplies) await applyReplies(trx, issuer, p.feedbackReplies);
  return { deleted };
}

async function applyReplies(trx: AnyDb, issuer: string, replies: NonNullable<SubmissionPayload['feedbackReplies']>): Promise<void> {
  const feedback = await selectRecords<PocFeedback>(trx, POC_FEEDBACK, { column: 'id', in: [...new Set(replies.map((r) => r.feedbackId))] });
  const owners = await targetOwners(trx, feedback);
  const answerable = new Set(feedback.filter((f) => owners.get(f.targetId) === issuer).map((f) => f.id));
  await trx.deleteFrom('feedback_reply').where('owner', '=', issuer).execute();
  await upsertRecords(trx, FEEDBACK_REPLY, replies.filter((r) => r.owner === issuer && answerable.has(r.feedbackId)));
}
