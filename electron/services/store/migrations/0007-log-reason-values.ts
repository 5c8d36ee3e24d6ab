// Frozen in time: never import app types or change this file once released;
// later schema changes are new migrations appended to the list in index.ts.
//
// The bundle log kept a refusal's reason code without the values its sentence
// names (the numbers of a rollback, the code to compare), so the log could
// only show the sentence with its blanks. The values are kept beside the code
// from now on, as a JSON object; rows written before hold none.
import type { Migration } from './types';

export const migration0007: Migration = {
  version: 7,
  name: 'log-reason-values',
  up: (db) => {
    db.exec(`ALTER TABLE bundle_log ADD COLUMN reason_params TEXT CHECK (reason_params IS NULL OR json_valid(reason_params))`);
  },
};
