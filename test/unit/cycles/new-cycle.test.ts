// The rules of a new cycle, pure: what the dialog and the service both read.
import { describe, expect, it } from 'vitest';
import { cycleIdFor, newCycleProblems, openCycle } from '../../../shared/cycles/new-cycle';
import { addYears, periodProblem } from '../../../shared/cycles/period';
import type { Cycle } from '../../../shared/model/reference';

const held: Cycle[] = [
  { id: '2020-2022', title: { sq: '', en: '' }, number: 5, periodStart: '2020-09-01', periodEnd: '2022-08-31', status: 'drafting' },
  { id: '2018-2020', title: { sq: '', en: '' }, number: 4, periodStart: '2018-07-01', periodEnd: '2020-06-30', status: 'closed' },
];
const codes = (id: string, periodStart: string, periodEnd: string, number = 6) => newCycleProblems({ id, periodStart, periodEnd, number }, held).map((p) => p.code);

describe('a new cycle', () => {
  it('takes one to four years, counting the last day', () => {
    expect(codes('2022-2023', '2022-09-01', '2023-08-31')).toEqual([]);
    expect(codes('2022-2026', '2022-09-01', '2026-08-31')).toEqual([]);
    expect(codes('2022-2023', '2022-09-01', '2023-08-30')).toEqual(['cycle-period-too-short']);
    expect(codes('2022-2026', '2022-09-01', '2026-09-01')).toEqual(['cycle-period-too-long']);
    expect(codes('2023-2022', '2023-09-01', '2022-09-02')).toContain('cycle-period-end-before-start');
  });

  it('is the one period rule an edit of a cycle reads too: end after start, one to four years, no overlap, never with itself', () => {
    const five = held[0]!;
    const code = (id: string, periodStart: string, periodEnd: string) => periodProblem({ id, periodStart, periodEnd }, held)?.code ?? null;
    expect(code('x', '2023-09-01', '2024-08-31')).toBeNull();
    expect(code('x', '2023-09-01', '2024-08-30')).toBe('cycle-period-too-short');
    expect(code('x', '2023-09-01', '2027-08-31')).toBeNull();
    expect(code('x', '2023-09-01', '2027-09-01')).toBe('cycle-period-too-long');
    expect(code('x', '2023-09-01', '2023-09-01')).toBe('cycle-period-end-before-start');
    expect(periodProblem({ id: 'x', periodStart: '2022-08-31', periodEnd: '2024-08-31' }, held)).toMatchObject({ field: 'periodStart', code: 'cycle-overlaps', params: { cycle: '2020-2022' } });
    expect(periodProblem(five, held)).toBeNull();
  });

  it('is named by its years and is new', () => {
    expect(codes('2023/2025', '2023-09-01', '2025-08-31')).toEqual(['cycle-id-malformed']);
    expect(codes('2023-2026', '2023-09-01', '2025-08-31')).toEqual(['cycle-id-mismatch']);
    expect(codes('2023-2025', '2023-09-01', '2025-08-31', 4)).toEqual(['cycle-number-taken']);
    expect(cycleIdFor('2023-09-01', '2025-08-31')).toBe('2023-2025');
  });

  it('overlaps no cycle and starts after the latest ends', () => {
    expect(codes('2022-2024', '2022-08-31', '2024-08-30')).toEqual(['cycle-overlaps']);
    expect(newCycleProblems({ id: '2022-2024', periodStart: '2022-08-31', periodEnd: '2024-08-30', number: 6 }, held)[0]?.params).toMatchObject({ cycle: '2020-2022' });
    expect(codes('2017-2018', '2017-01-01', '2018-06-30', 3)).toEqual(['cycle-not-after']);
  });

  it('counts years from 29 February to 28 February, and names the latest cycle as the open one', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2023-09-01', 4)).toBe('2027-09-01');
    expect(openCycle(held)?.id).toBe('2020-2022');
    expect(openCycle([])).toBeUndefined();
  });
});
