// The POC's process calendar in its feedback bundles: the POC's items of the
// bundle's cycle replace, at the LFP, the copy an earlier feedback left (the
// LFP never edits them). What changed is shown like a submission's changes:
// the LFP's copy before, the bundle's items after, an item the bundle no
// longer carries deleted (the feedback is the POC's whole calendar).
import type { BundleChanges, FeedbackPayload } from '../../../../shared/model/bundle';
import type { CalendarItem } from '../../../../shared/model/cocreation';
import type { AnyDb } from '../../store/database';
import { selectRecords, upsertRecords } from '../../store/records';
import { CALENDAR_ITEM } from '../../store/tables';
import { diffSnapshots } from './diff';
import type { OwnedRecords } from './snapshot';

/** The items `owner` keeps in `cycleId`, by id. */
export function readOwnCalendar(db: AnyDb, owner: string, cycleId: string): Promise<CalendarItem[]> {
  return selectRecords<CalendarItem>(db, CALENDAR_ITEM, [{ column: 'owner', eq: owner }, { column: 'cycle_id', eq: cycleId }], ['id']);
}

const onlyCalendar = (calendar: CalendarItem[]): OwnedRecords => ({
  commitments: [], ideas: [], prioritizationRounds: [], consultationEvents: [], comments: [], consultationReports: [], calendar, attachments: [],
});

/** What the feedback's calendar changes at the LFP; nothing when the bundle (from before calendars travelled) carries none. */
export async function feedbackCalendarChanges(db: AnyDb, poc: string, cycleId: string, p: FeedbackPayload): Promise<BundleChanges | null> {
  if (p.calendar === undefined) return null;
  const held = await readOwnCalendar(db, poc, cycleId);
  const carried = new Set(p.calendar.map((i) => i.id));
  const tombstones = held.filter((i) => !carried.has(i.id)).map((i) => ({ entity: 'calendar-item' as const, id: i.id, rev: i.rev, deletedAt: i.updatedAt }));
  return diffSnapshots(onlyCalendar(held), { ...onlyCalendar(p.calendar), tombstones });
}

/** Puts the bundle's items in place of the POC's held ones (an older bundle without a calendar leaves them). */
export async function applyFeedbackCalendar(trx: AnyDb, poc: string, cycleId: string, p: FeedbackPayload): Promise<void> {
  if (p.calendar === undefined) return;
  await trx.deleteFrom('calendar_item').where('owner', '=', poc).where('cycle_id', '=', cycleId).execute();
  await upsertRecords(trx, CALENDAR_ITEM, p.calendar);
}
