// A commitment's own period: present, in order, and inside the plan's.
import { type CommitmentCheck, commitmentTarget, fieldKeys, finding } from '../check';
import type { Finding } from '../types';

const DATE_FIELDS = ['startDate', 'endDate'] as const;

/** A period that ends before it starts (ISO dates compare correctly as text); the editor marks its date boxes by the same rule. */
export const endsBeforeStart = (start: string, end: string): boolean => start > end;

export const commitmentDates: CommitmentCheck = {
  id: 'commitment-dates',
  severity: 'blocking',
  scope: 'commitment',
  run(c) {
    const out: Finding[] = [];
    for (const field of DATE_FIELDS) {
      if (c[field] === null) out.push(finding(commitmentDates, commitmentTarget(c, field), { fieldKey: fieldKeys.commitment(field) }));
    }
    return out;
  },
};

export const commitmentDateOrder: CommitmentCheck = {
  id: 'commitment-date-order',
  severity: 'blocking',
  scope: 'commitment',
  run(c) {
    if (c.startDate === null || c.endDate === null || !endsBeforeStart(c.startDate, c.endDate)) return [];
    const params = { fieldKey: fieldKeys.commitment('endDate'), start: c.startDate, end: c.endDate };
    return [finding(commitmentDateOrder, commitmentTarget(c, 'endDate'), params)];
  },
};

export const commitmentInCycle: CommitmentCheck = {
  id: 'commitment-in-cycle',
  severity: 'blocking',
  scope: 'commitment',
  run(c, ctx) {
    const { cycleStart, cycleEnd } = ctx;
    if (cycleStart === null || cycleEnd === null) return [];
    const out: Finding[] = [];
    for (const field of DATE_FIELDS) {
      const date = c[field];
      // ISO dates compare correctly as text.
      if (date !== null && (date < cycleStart || date > cycleEnd)) {
        out.push(finding(commitmentInCycle, commitmentTarget(c, field), { fieldKey: fieldKeys.commitment(field), date, cycleStart, cycleEnd }));
      }
    }
    return out;
  },
};
