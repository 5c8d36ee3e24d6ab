// Indicators (Annex IX): named in both languages, measured from a baseline
// (value and year) towards at least one target dated inside the plan period.
import type { Indicator } from '../../model/plan';
import { blankLangs, type CommitmentCheck, commitmentTarget, fieldKeys, finding, indicatorTarget, isBlank } from '../check';
import type { Finding } from '../types';

export const indicatorRequired: CommitmentCheck = {
  id: 'indicator-required',
  severity: 'blocking',
  scope: 'commitment',
  run(c) {
    if (c.indicators.length > 0) return [];
    return [finding(indicatorRequired, commitmentTarget(c, 'indicators'), { fieldKey: fieldKeys.commitmentPart('indicators') })];
  },
};

export const indicatorName: CommitmentCheck = {
  id: 'indicator-name',
  severity: 'blocking',
  scope: 'commitment',
  run(c) {
    const out: Finding[] = [];
    for (const i of c.indicators) {
      for (const lang of blankLangs(i.name)) {
        out.push(finding(indicatorName, indicatorTarget(c, i, 'name', lang), { fieldKey: fieldKeys.indicator('name'), seq: i.seq }));
      }
    }
    return out;
  },
};

const hasValue = (v: Indicator['baseline']['value']) => v !== null && (typeof v === 'number' || !isBlank(v));

/**
 * Every indicator, not only "at least one": an indicator without a baseline
 * or a target cannot be verified, and Annex IX asks both of each indicator.
 */
export const indicatorBaselineTarget: CommitmentCheck = {
  id: 'indicator-baseline-target',
  severity: 'blocking',
  scope: 'commitment',
  run(c) {
    const out: Finding[] = [];
    for (const i of c.indicators) {
      const missing = (path: string) =>
        out.push(finding(indicatorBaselineTarget, indicatorTarget(c, i, path), { fieldKey: fieldKeys.indicator(path), seq: i.seq }));
      if (!hasValue(i.baseline.value)) missing('baseline.value');
      if (i.baseline.year === null) missing('baseline.year');
      if (!i.targets.some((t) => hasValue(t.value))) missing('targets');
    }
    return out;
  },
};

export const targetYearInCycle: CommitmentCheck = {
  id: 'target-year-in-cycle',
  severity: 'blocking',
  scope: 'commitment',
  run(c, ctx) {
    const { startYear, endYear } = ctx;
    if (startYear === null || endYear === null) return [];
    const out: Finding[] = [];
    for (const i of c.indicators) {
      for (const t of i.targets) {
        if (t.year < startYear || t.year > endYear) {
          const params = { fieldKey: fieldKeys.indicator('targets'), seq: i.seq, year: t.year, startYear, endYear };
          out.push(finding(targetYearInCycle, indicatorTarget(c, i, 'targets'), params));
        }
      }
    }
    return out;
  },
};
