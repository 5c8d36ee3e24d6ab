import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/services/store/migrations';
import { tempDir } from '../../helpers/temp-workspace';

const open: Database.Database[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

const NOW = '2026-01-01T00:00:00.000Z';

describe('migration 0012: consent per participant and the virtual-meeting checklist', () => {
  it('names the participants of a list that consented as a whole, and starts every checklist unticked', () => {
    const db = new Database(join(tempDir(), 'v11.db'));
    open.push(db);
    db.pragma('foreign_keys = ON');
    migrate(db, 11);
    const event = db.prepare(
      "INSERT INTO consultation_event (id, cycle_id, component_code, owner, type, mode, participants_consent, created_at, updated_at) VALUES (?, '2020-2022', 'access-to-justice', 'MD', 'virtual-meeting', 'online', ?, ?, ?)",
    );
    event.run('e1', 1, NOW, NOW);
    event.run('e2', 0, NOW, NOW);
    const person = db.prepare("INSERT INTO event_participant (event_id, position, name) VALUES (?, ?, ?)");
    person.run('e1', 0, 'Ana');
    person.run('e2', 0, 'Besa');
    expect(migrate(db, 12)).toBe(12);
    expect(db.prepare('SELECT event_id, consent FROM event_participant ORDER BY event_id').all()).toEqual([
      { event_id: 'e1', consent: 1 },
      { event_id: 'e2', consent: 0 },
    ]);
    const { checklist } = db.prepare("SELECT checklist FROM consultation_event WHERE id = 'e2'").get() as { checklist: string };
    expect(JSON.parse(checklist)).toEqual({ invitationSent: false, agendaShared: false, recordingConsent: false, minutesShared: false });
    expect(() => db.prepare("UPDATE consultation_event SET checklist = 'not json' WHERE id = 'e1'").run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE event_participant SET consent = 2").run()).toThrow(/CHECK/);
  });
});
