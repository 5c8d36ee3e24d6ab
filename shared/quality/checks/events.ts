// Consultation notice: people need about two weeks to prepare and take part
// (Participation & Co-Creation Standard 3). Warnings, not blocking: an event
// already held with short notice cannot be fixed, only done better next time.
import { dayNumber, isoFromDayNumber } from '../context';
import { eventTarget, type EventCheck, fieldKeys, finding } from '../check';

export const MIN_NOTICE_DAYS = 14;

export const consultationNotice: EventCheck = {
  id: 'consultation-notice',
  severity: 'warning',
  scope: 'event',
  run(event) {
    const { date, noticeDate } = event;
    if (date === null || noticeDate === null) return [];
    const days = dayNumber(date) - dayNumber(noticeDate);
    if (days >= MIN_NOTICE_DAYS) return [];
    const fieldKey = fieldKeys.event('noticeDate');
    return [finding(consultationNotice, eventTarget(event, 'noticeDate'), { fieldKey, days, noticeDate, date, min: MIN_NOTICE_DAYS })];
  },
};

/** An upcoming event with no notice recorded yet: say by when the notice must go out. */
export const consultationNoticeMissing: EventCheck = {
  id: 'consultation-notice-missing',
  severity: 'warning',
  scope: 'event',
  run(event, ctx) {
    const { date } = event;
    if (date === null || event.noticeDate !== null || date < ctx.today) return [];
    const deadline = isoFromDayNumber(dayNumber(date) - MIN_NOTICE_DAYS);
    const fieldKey = fieldKeys.event('noticeDate');
    return [finding(consultationNoticeMissing, eventTarget(event, 'noticeDate'), { fieldKey, date, deadline, min: MIN_NOTICE_DAYS })];
  },
};
