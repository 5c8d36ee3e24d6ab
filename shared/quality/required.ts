// Which fields the form marks as required: exactly those a blocking check
// reports on a record where nothing is filled in. Worked out by running the
// checks themselves on an empty commitment without milestones and indicators
// (the lists are required) and on one with an empty milestone and an empty
// indicator (their fields), so the asterisk on the form and the quality panel can
// never disagree, and a check added later marks its fields without a second
// list to keep.
import { newCommitment, newIndicator, newMilestone } from '../model/new-commitment';
import type { Commitment } from '../model/plan';
import { COMMITMENT_CHECKS } from './checks';
import type { QualityContext } from './context';
import type { FindingTarget } from './types';

export type RequiredRecordType = Extract<FindingTarget['type'], 'commitment' | 'milestone' | 'indicator'>;

const NOW = '2000-01-01T00:00:00.000Z';

function emptyCommitments(): Commitment[] {
  const base = { ...newCommitment({ id: 'c', cycleId: '', componentCode: '', owner: '', now: NOW }), leadInstitution: null };
  return [
    { ...base, milestones: [], indicators: [] },
    {
      ...base,
      milestones: [newMilestone({ id: 'm', seq: 1, responsibleInstitution: null, now: NOW })],
      indicators: [newIndicator({ id: 'i', seq: 1, responsibleInstitution: null, now: NOW })],
    },
  ];
}

// No plan period and no reference data: only what the record itself lacks is reported.
const NO_CONTEXT: QualityContext = {
  cycle: null,
  cycleStart: null,
  cycleEnd: null,
  startYear: null,
  endYear: null,
  today: NOW.slice(0, 10),
  institutions: new Set(),
  ogpValues: new Set(),
  commitmentIds: null,
};

let required: ReadonlySet<string> | null = null;
const key = (type: string, field: string) => `${type}:${field}`;

function requiredKeys(): ReadonlySet<string> {
  if (required) return required;
  const found = new Set<string>();
  for (const c of emptyCommitments()) {
    for (const check of COMMITMENT_CHECKS) {
      if (check.severity !== 'blocking') continue;
      for (const f of check.run(c, NO_CONTEXT)) if (f.target.field) found.add(key(f.target.type, f.target.field));
    }
  }
  required = found;
  return found;
}

/** Whether a record's field (path as the checks name it: "title", "baseline.value") must be filled before the commitment goes forward. */
export function isRequiredField(recordType: RequiredRecordType | 'front-matter', field: string): boolean {
  // The front matter is no commitment: no quality check asks for any of its fields.
  return recordType !== 'front-matter' && requiredKeys().has(key(recordType, field));
}

/** Every required field, as "record:field", for the tests and documentation. */
export const requiredFieldList = (): string[] => [...requiredKeys()].sort();
