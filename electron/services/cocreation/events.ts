// Consultation events: list, open, create, save field changes (the
// checklist item by item), replace the participant list, import an
// attendance list, delete. Only the institution that holds an event writes
// it, in a component it leads; the POC reads every institution's events once
// their bundles are imported.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { EventFilter, EventPatch, ParticipantMapping, ParticipantPreview, ParticipantSource } from '../../../shared/api/contract';
import { MAX_PARTICIPANTS } from '../../../shared/api/contract';
import { AppError } from '../../../shared/api/errors';
import { type ConsultationEvent, EMPTY_CHECKLIST, type Participant } from '../../../shared/model/cocreation';
import { emptyText } from '../../../shared/model/primitives';
import { readEvents } from '../store/aggregates';
import type { AnyDb } from '../store/database';
import { patchToColumns } from '../store/mapping';
import { deleteWhere, upsertRecords, saveOwnRow } from '../store/records';
import { CONSULTATION_EVENT, EVENT_PARTICIPANT } from '../store/tables';
import { writeTombstone } from '../store/tombstones';
import { WorkspaceService } from '../workspace/workspace-service';
import { assertLeads } from './ideas';
import { readParticipantList } from './participant-list';

type Saved = { id: string; rev: number; updatedAt: string };

/** A new event as the screen starts it: a thematic consultation in person, organised by its owner, undated. */
export function newEvent(init: { id: string; cycleId: string; componentCode: string; owner: string; now: string }): ConsultationEvent {
  return {
    id: init.id,
    cycleId: init.cycleId,
    componentCode: init.componentCode,
    owner: init.owner,
    type: 'thematic-consultation',
    title: emptyText(),
    date: null,
    noticeDate: null,
    mode: 'in-person',
    organizer: init.owner,
    agenda: emptyText(),
    invitedOrganisations: [],
    participants: [],
    participantsConsent: false,
    minutes: emptyText(),
    conclusions: emptyText(),
    checklist: { ...EMPTY_CHECKLIST },
    rev: 1,
    createdAt: init.now,
    updatedAt: init.now,
  };
}

const eventOrder = (a: ConsultationEvent, b: ConsultationEvent) =>
  (a.date ?? '\uffff').localeCompare(b.date ?? '\uffff') || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);

/** The events of one institution, or of all, in one cycle: for the screens and for report assembly. */
export async function readCycleEvents(db: AnyDb, cycleId: string, filter: { componentCode?: string; owner?: string } = {}): Promise<ConsultationEvent[]> {
  const events = await readEvents(db, { cycleId, ...(filter.owner ? { owner: filter.owner } : {}) });
  return events.filter((e) => !filter.componentCode || e.componentCode === filter.componentCode).sort(eventOrder);
}

export class EventService extends WorkspaceService {
  async list(filter: EventFilter = {}): Promise<{ events: ConsultationEvent[] }> {
    return { events: await readCycleEvents(this.db, filter.cycleId ?? this.ws.info.currentCycleId, filter) };
  }

  async get(id: string, db: AnyDb = this.db): Promise<ConsultationEvent> {
    const [event] = await readEvents(db, { ids: [id] });
    if (!event) throw new AppError('not-found', { params: { id } });
    return event;
  }

  async create(input: { componentCode: string; cycleId?: string; fields?: EventPatch }): Promise<ConsultationEvent> {
    const cycleId = input.cycleId ?? this.ws.info.currentCycleId;
    return this.db.transaction().execute(async (trx) => {
      await assertLeads(trx, this.me, cycleId, input.componentCode);
      const event = newEvent({ id: randomUUID(), cycleId, componentCode: input.componentCode, owner: this.me, now: this.now() });
      await upsertRecords(trx, CONSULTATION_EVENT, [event]);
      if (!input.fields) return event;
      await this.write(trx, event, input.fields);
      return this.get(event.id, trx);
    });
  }

  /** One transaction: the checklist's untouched items keep their state. */
  async update(id: string, changes: EventPatch): Promise<Saved> {
    return this.db.transaction().execute(async (trx) => this.write(trx, await this.owned(trx, id), changes));
  }

  async setParticipants(id: string, participants: readonly Participant[]): Promise<Saved> {
    return this.db.transaction().execute(async (trx) => this.writeParticipants(trx, await this.owned(trx, id), participants));
  }

  /** Reads an attendance list; writes nothing. */
  preview(source: ParticipantSource, mapping?: ParticipantMapping): Promise<ParticipantPreview> {
    return readParticipantList(source, mapping);
  }

  /** Adds the list's participants (or replaces the list); refuses the whole list, naming its bad rows, when any row is bad. */
  async importParticipants(id: string, source: ParticipantSource, mapping: ParticipantMapping | undefined, replace: boolean): Promise<{ rev: number; updatedAt: string; imported: number; total: number }> {
    const list = await readParticipantList(source, mapping);
    if (list.invalid > 0) {
      const bad = list.rows.filter((r) => !r.ok);
      throw new AppError('participants-invalid', {
        params: { count: bad.length, rows: bad.slice(0, 20).map((r) => r.row).join(', ') },
        issues: bad.slice(0, 100).flatMap((r) => r.issues.map((i) => ({ path: `rows.${r.row}.${i.column}`, code: i.code, message: i.message }))),
      });
    }
    return this.db.transaction().execute(async (trx) => {
      const event = await this.owned(trx, id);
      const participants = replace ? list.participants : [...event.participants, ...list.participants];
      const { rev, updatedAt } = await this.writeParticipants(trx, event, participants);
      return { rev, updatedAt, imported: list.participants.length, total: participants.length };
    });
  }

  /** Removes the event; its comments stay (no longer tied to an event), as the schema's ON DELETE SET NULL says. */
  async delete(id: string): Promise<{ id: string }> {
    await this.db.transaction().execute(async (trx) => {
      const event = await this.owned(trx, id);
      const deletedAt = this.now();
      await writeTombstone(trx, 'consultation-event', id, this.me, event.rev + 1, deletedAt);
      // The comments change (their event goes): a new revision, so the next bundle carries them.
      await trx.updateTable('comment').set({ event_id: null, rev: sql<number>`rev + 1`, updated_at: deletedAt }).where('event_id', '=', id).execute();
      await trx.deleteFrom('consultation_event').where('id', '=', id).execute();
    });
    return { id };
  }

  private async write(trx: AnyDb, event: ConsultationEvent, changes: EventPatch): Promise<Saved> {
    if (changes.organizer) {
      const known = await trx.selectFrom('institution').select('code').where('code', '=', changes.organizer).executeTakeFirst();
      if (!known) throw new AppError('invalid-input', { issues: [{ path: 'changes.organizer', code: 'unknown-organizer', message: 'unknown-organizer' }] });
    }
    const { checklist, ...rest } = changes;
    const cols: Record<string, unknown> = Object.keys(rest).length > 0 ? { ...patchToColumns(CONSULTATION_EVENT, rest as Record<string, unknown>) } : {};
    if (checklist) cols.checklist = JSON.stringify({ ...event.checklist, ...checklist });
    return saveOwnRow(trx, 'consultation_event', event.id, this.me, cols, this.now());
  }

  private async writeParticipants(trx: AnyDb, event: ConsultationEvent, participants: readonly Participant[]): Promise<Saved> {
    if (participants.length > MAX_PARTICIPANTS) {
      throw new AppError('invalid-input', { issues: [{ path: 'participants', code: 'too-many-participants', message: 'too-many-participants' }], params: { max: MAX_PARTICIPANTS } });
    }
    await deleteWhere(trx, 'event_participant', 'event_id', [event.id]);
    await upsertRecords(trx, EVENT_PARTICIPANT, participants.map((p, position) => ({ ...p, eventId: event.id, position })), ['event_id', 'position']);
    const updatedAt = this.now();
    // Consent is now said person by person: the list-wide flag of older records no longer speaks for anyone.
    const row = await trx
      .updateTable('consultation_event')
      .set({ participants_consent: 0, rev: sql<number>`rev + 1`, updated_at: updatedAt })
      .where('id', '=', event.id)
      .returning(['rev'])
      .executeTakeFirstOrThrow();
    return { id: event.id, rev: row.rev, updatedAt };
  }

  private async owned(db: AnyDb, id: string): Promise<ConsultationEvent> {
    const event = await this.get(id, db);
    if (event.owner !== this.me) throw new AppError('not-owner', { params: { owner: event.owner } });
    await assertLeads(db, this.me, event.cycleId, event.componentCode);
    return event;
  }
}
