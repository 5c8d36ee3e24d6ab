import { describe, expect, it } from 'vitest';
import { periodIssue } from '../../../electron/services/reference/period';
import type { Cycle } from '../../../shared/model/reference';

const cycle = (id: string, periodStart: string, periodEnd: string): Cycle => ({ id, title: { sq: id, en: id }, number: 5, periodStart, periodEnd, status: 'drafting' });
const FIVE = cycle('2020-2022', '2020-09-01', '2022-08-31');

describe('a cycle’s period', () => {
  it('runs at least a year and at most four, and overlaps no other cycle', () => {
    expect(periodIssue(cycle('x', '2023-09-01', '2024-08-31'), [FIVE])).toBeNull();
    expect(periodIssue(cycle('x', '2023-09-01', '2024-08-30'), [FIVE])).toEqual({ issue: 'too-short' });
    expect(periodIssue(cycle('x', '2023-09-01', '2027-08-31'), [FIVE])).toBeNull();
    expect(periodIssue(cycle('x', '2023-09-01', '2027-09-01'), [FIVE])).toEqual({ issue: 'too-long' });
    expect(periodIssue(cycle('x', '2023-09-01', '2023-09-01'), [FIVE])).toEqual({ issue: 'end-before-start' });
    expect(periodIssue(cycle('x', '2022-08-31', '2024-08-31'), [FIVE])).toEqual({ issue: 'overlap', other: '2020-2022' });
    // A cycle never overlaps itself.
    expect(periodIssue(FIVE, [FIVE])).toBeNull();
  });
});
