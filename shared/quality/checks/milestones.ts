// Milestones: the IRM calls a commitment verifiable when its milestones name
// a checkable deliverable with dates inside the plan period.
import type { Commitment } from '../../model/plan';
import { blankLangs, type CommitmentCheck, commitmentTarget, fieldKeys, finding, milestoneTarget } from '../check';
import type { Finding } from '../types';
import { endsBeforeStart } from './commitment-dates';

const DATE_FIELDS = ['startDate', 'endDate'] as const;

export const milestoneRequired: CommitmentCheck = {
  id: 'milestone-required',
  severity: 'blocking',
  scope: 'commitment',
  run(c) {
    if (c.milestones.length > 0) return [];
    return [finding(milestoneRequired, commitmentTarget(c, 'milestones'), { fieldKey: fieldKeys.commitmentPart('milestones') })];
  },
};

function textInBothLanguages(id: string, field: 'activity' | 'deliverable'): CommitmentCheck {
  const check: CommitmentCheck = {
    id,
    severity: 'blocking',
    scope: 'commitment',
    run(c) {
      const out: Finding[] = [];
      for (const m of c.milestones) {
        for (const lang of blankLangs(m[field])) {
          out.push(finding(check, milestoneTarget(c, m, field, lang), { fieldKey: fieldKeys.milestone(field), seq: m.seq }));
        }
      }
      return out;
    },
  };
  return check;
}

export const milestoneActivity = textInBothLanguages('milestone-activity', 'activity');
export const milestoneDeliverable = textInBothLanguages('milestone-deliverable', 'deliverable');

export const milestoneDates: CommitmentCheck = {
  id: 'milestone-dates',
  severity: 'blocking',
  scope: 'commitment',
  run(c) {
    const out: Finding[] = [];
    for (const m of c.milestones) {
      for (const field of DATE_FIELDS) {
        if (m[field] === null) out.push(finding(milestoneDates, milestoneTarget(c, m, field), { fieldKey: fieldKeys.milestone(field), seq: m.seq }));
      }
    }
    return out;
  },
};

export const milestoneDateOrder: CommitmentCheck = {
  id: 'milestone-date-order',
  severity: 'blocking',
  scope: 'commitment',
  run(c) {
    const out: Finding[] = [];
    for (const m of c.milestones) {
      if (m.startDate !== null && m.endDate !== null && endsBeforeStart(m.startDate, m.endDate)) {
        const params = { fieldKey: fieldKeys.milestone('endDate'), seq: m.seq, start: m.startDate, end: m.endDate };
        out.push(finding(milestoneDateOrder, milestoneTarget(c, m, 'endDate'), params));
      }
    }
    return out;
  },
};

/** Each milestone date outside [from, to], as findings of `check` with the bounds under the given param names. */
function datesOutside(
  check: CommitmentCheck,
  c: Commitment,
  from: string,
  to: string,
  names: readonly [string, string],
): Finding[] {
  const out: Finding[] = [];
  for (const m of c.milestones) {
    for (const field of DATE_FIELDS) {
      const date = m[field];
      if (date !== null && (date < from || date > to)) {
        const params = { fieldKey: fieldKeys.milestone(field), seq: m.seq, date, [names[0]]: from, [names[1]]: to };
        out.push(finding(check, milestoneTarget(c, m, field), params));
      }
    }
  }
  return out;
}

export const milestoneInCommitment: CommitmentCheck = {
  id: 'milestone-in-commitment',
  severity: 'blocking',
  scope: 'commitment',
  run(c) {
    // Without a sound commitment period there is nothing to compare with; commitment-dates reports that.
    if (c.startDate === null || c.endDate === null || endsBeforeStart(c.startDate, c.endDate)) return [];
    return datesOutside(milestoneInCommitment, c, c.startDate, c.endDate, ['commitmentStart', 'commitmentEnd']);
  },
};

export const milestoneInCycle: CommitmentCheck = {
  id: 'milestone-in-cycle',
  severity: 'blocking',
  scope: 'commitment',
  run(c, ctx) {
    if (ctx.cycleStart === null || ctx.cycleEnd === null) return [];
    return datesOutside(milestoneInCycle, c, ctx.cycleStart, ctx.cycleEnd, ['cycleStart', 'cycleEnd']);
  },
};

export const milestoneResponsible: CommitmentCheck = {
  id: 'milestone-responsible',
  severity: 'warning',
  scope: 'commitment',
  run(c) {
    const out: Finding[] = [];
    for (const m of c.milestones) {
      if (m.responsibleInstitution === null) {
        const params = { fieldKey: fieldKeys.milestone('responsibleInstitution'), seq: m.seq };
        out.push(finding(milestoneResponsible, milestoneTarget(c, m, 'responsibleInstitution'), params));
      }
    }
    return out;
  },
};
