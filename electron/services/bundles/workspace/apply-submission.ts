// Applies an LFP's submission at the POC, inside the importer's transaction:
// upsert every record by id (a commitment with its milestones and
// indicators as one aggregate: the snapshot's child lists are
// authoritative), attach the carried file contents, then delete what the
// tombstones name, and only the issuer's own records. A known record of the
// issuer that the snapshot no longer carries, without a tombstone, is left
// alone (it is reported as "missing" by the diff).
import type { SubmissionPayload } from '../../../../shared/model/bundle';
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

  for (const a of p.attachments) {
    const content = verified.attachments.get(a.sha256);
    if (content) await trx.updateTable('attachment').set({ content }).where('id', '=', a.id).where('owner', '=', issuer).execute();
  }

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
  return { deleted };
}
