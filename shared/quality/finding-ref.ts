// Where a finding leads: the commitment it belongs to and the editor field it
// names. The quality page's links and the final print's obstacle list both
// open what a finding is about, so they ask the same question here.
import { FIELD_RECORD_TYPES, type FieldRecordType, type FieldRef } from '../model/field-ref';
import type { Finding } from './types';

const FIELD_RECORDS: readonly string[] = FIELD_RECORD_TYPES;

/** The editor field a finding concerns, or null when it names no field of a drafted record. */
export function findingFieldRef(finding: Pick<Finding, 'target'>): FieldRef | null {
  const { type, id, field, lang } = finding.target;
  if (!FIELD_RECORDS.includes(type) || !id || !field) return null;
  return { recordType: type as FieldRecordType, recordId: id, field, lang };
}

/** The commitment a finding belongs to (its own id for a commitment), or null for plan-wide findings. */
export function findingCommitmentId(finding: Pick<Finding, 'target'>): string | null {
  const { type, id, commitmentId } = finding.target;
  if (type === 'commitment') return id ?? commitmentId;
  if (type === 'milestone' || type === 'indicator') return commitmentId;
  return null;
}
