// Frozen in time: never import app types or change this file once released;
// later schema changes are new migrations appended to the list in index.ts.
//
// Consultation events as an LFP records them: each participant's own consent
// to be named (the event-wide flag said it for the whole list; a list that
// agreed as a whole keeps its names), a comment author's consent, and a virtual meeting's checklist of
// the virtual-meeting guidelines, kept with the event.
import type { Migration } from './types';

export const migration0012: Migration = {
  version: 12,
  name: 'event-consent-checklist',
  up: (db) => {
    db.exec(`
      ALTER TABLE event_participant ADD COLUMN consent INTEGER NOT NULL DEFAULT 0 CHECK (consent IN (0, 1));
      UPDATE event_participant SET consent = 1
        WHERE event_id IN (SELECT id FROM consultation_event WHERE participants_consent = 1);
      ALTER TABLE consultation_event ADD COLUMN checklist TEXT NOT NULL
        DEFAULT '{"invitationSent":false,"agendaShared":false,"recordingConsent":false,"minutesShared":false}'
        CHECK (json_valid(checklist));
      ALTER TABLE comment ADD COLUMN author_consent INTEGER NOT NULL DEFAULT 0 CHECK (author_consent IN (0, 1));
      CREATE INDEX comment_by_event ON comment(event_id);
      CREATE INDEX comment_by_target ON comment(target);
    `);
  },
};
