// A bundle's records as an interchange document, so that the interchange's
// cross-record checks (checks.ts) and its one writer (import.ts) serve signed
// bundles unchanged instead of a second copy of each living in bundles/.
import type { SubmissionPayload } from '../../../shared/model/bundle';
import { INTERCHANGE_FORMAT, INTERCHANGE_VERSION, type InterchangeDocument } from '../../../shared/model/interchange';
import type { ReferenceData } from '../../../shared/model/reference';

/** What a bundle carries of the interchange's records (a submission's snapshot, or none). */
export type CarriedRecords = Partial<Omit<SubmissionPayload, 'tombstones'>>;

export const EMPTY_REFERENCE: ReferenceData = { cycles: [], institutions: [], components: [], terms: [] };

/** A payload as an interchange document, so the interchange's cross-record checks and writes apply to it unchanged. */
export function asInterchange(records: CarriedRecords, reference: ReferenceData = EMPTY_REFERENCE, source = 'POC'): InterchangeDocument {
  return {
    format: INTERCHANGE_FORMAT,
    version: INTERCHANGE_VERSION,
    exportedAt: '1970-01-01T00:00:00.000Z',
    source: { role: 'lfp', institution: source, appVersion: '' },
    reference,
    commitments: records.commitments ?? [],
    ideas: records.ideas ?? [],
    prioritizationRounds: records.prioritizationRounds ?? [],
    consultationEvents: records.consultationEvents ?? [],
    comments: records.comments ?? [],
    consultationReports: records.consultationReports ?? [],
    feedback: [],
    calendar: records.calendar ?? [],
    attachments: records.attachments ?? [],
    frontMatter: [],
  };
}
