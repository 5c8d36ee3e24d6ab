// The process calendar (Annex V): the POC's items for the whole process and
// each LFP's items for its own component, in one list per cycle
// (electron/services/api/handlers/calendar.ts). Each side writes only its
// own items; the others are read-only.
import { z } from 'zod';
import { CALENDAR_PHASE_CODES } from '../../cocreation/calendar-phases';
import { CalendarItem } from '../../model/cocreation';
import { Id, Slug } from '../../model/primitives';
import { patchSchema } from '../patch';
import { method } from './method';
import { SavedRevision } from './plan';

/** What a person edits of an item; the phase is named by its code and stored as its bilingual text. */
export const CalendarFields = CalendarItem.pick({ title: true, responsible: true, start: true, due: true, status: true, notes: true }).extend({
  phase: z.enum(CALENDAR_PHASE_CODES),
});
export const CalendarPatch = patchSchema(CalendarFields);
export type CalendarPatch = z.input<typeof CalendarPatch>;

export const calendarMethods = {
  /** The cycle's items, every institution's (the POC's and those the bundles brought), in process order. */
  'calendar.list': method(z.strictObject({ cycleId: Slug.optional() }), z.strictObject({ items: z.array(CalendarItem) })),
  'calendar.get': method(z.strictObject({ id: Id }), CalendarItem),
  /** A new item of this institution: planned, in the launch phase unless said otherwise. */
  'calendar.create': method(z.strictObject({ cycleId: Slug.optional(), fields: CalendarPatch.optional() }), CalendarItem),
  'calendar.update': method(z.strictObject({ id: Id, changes: CalendarPatch }), SavedRevision),
  'calendar.delete': method(z.strictObject({ id: Id }), z.strictObject({ id: Id })),
  /** The cycle's calendar as an iCalendar (.ics) file's text, in one language. */
  'calendar.ics': method(z.strictObject({ cycleId: Slug.optional(), lang: z.enum(['sq', 'en']) }), z.strictObject({ fileName: z.string(), text: z.string() })),
} as const;
