// An open calendar item in the shared editing layer (editor/record-session.ts):
// the phase is edited by its code, as the contract takes it (the record keeps
// its bilingual text), and the one rule across fields, a due date not before
// the start (shared/cocreation/calendar-phases.ts, the service's own rule), is
// said at the date just changed before anything is sent. The refused date
// stays in its box, kept like any refused value; once the other date moves so
// that it fits, it is saved.
import { calendarDatesIssue, calendarPhaseCode, type CalendarPhaseCode } from '../../../shared/cocreation/calendar-phases';
import type { CalendarItem } from '../../../shared/model/cocreation';
import type { Text } from '../../../shared/model/primitives';
import { RecordSession } from '../editor/record-session';
import type { FieldRef } from '../lib/field-key';
import { sameValue } from '../lib/field-paths';

/** The item as its form edits it: the phase by code (null for a phase outside the eight, shown as its text). */
export type CalendarRecord = Omit<CalendarItem, 'phase'> & { readonly phase: CalendarPhaseCode | null; readonly phaseText: Text };

export const calendarRecord = (item: CalendarItem): CalendarRecord => ({ ...item, phase: calendarPhaseCode(item.phase), phaseText: item.phase });

const OTHER_DATE: Readonly<Record<string, string>> = { start: 'due', due: 'start' };

export class CalendarSession extends RecordSession<CalendarRecord> {
  protected override check(record: CalendarRecord, ref: FieldRef): string | null {
    return ref.field in OTHER_DATE ? calendarDatesIssue(record.start, record.due) : null;
  }

  protected override accepted(ref: FieldRef): void {
    const other = OTHER_DATE[ref.field];
    if (!other) return;
    const otherRef = { ...ref, field: other };
    const shown = this.shownValue(otherRef);
    // The other box holds a date refused against the old value of this one: offered again.
    if (!sameValue(shown, this.read(this.snap.accepted, otherRef))) this.edit(otherRef, shown);
  }
}
