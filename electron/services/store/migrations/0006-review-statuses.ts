// Frozen in time: never import app types or change this file once released;
// later schema changes are new migrations appended to the list in index.ts.
//
// Until now an institution could give its own commitment a status of the
// POC's review (submitted, accepted, returned) from the editor. From now on a
// commitment is in one of those only where the review held in this workspace
// decides it; the statuses set before are brought to the same rule: accepted
// or returned where the review says so, otherwise ready (the commitment had
// gone to the POC). rev and updated_at stay: this is not an edit.
import type { Migration } from './types';

export const migration0006: Migration = {
  version: 6,
  name: 'review-statuses',
  up: (db) => {
    db.exec(`
      UPDATE commitment SET status = CASE
          WHEN (SELECT r.decision FROM review r WHERE r.commitment_id = commitment.id) IN ('accepted', 'returned')
            THEN (SELECT r.decision FROM review r WHERE r.commitment_id = commitment.id)
          ELSE 'ready'
        END
      WHERE status IN ('submitted', 'accepted', 'returned');
    `);
  },
};
