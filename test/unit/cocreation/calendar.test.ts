// Annex V's calendar rules: phases in the order they happen, items in date
// order with total tie-breakers, and "late" computed on the data date.
import { describe, expect, it } from 'vitest';
import { calendarAsOf, calendarPhases, calendarStatus } from '../../../shared/cocreation/calendar';
import type { CalendarItem } from '../../../shared/model/cocreation';

let n = 0;
const ph = (sq: string, en = '') => ({ sq, en });
function item(over: Partial<CalendarItem>): CalendarItem {
  n++;
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    cycleId: '2020-2022',
    owner: 'POC',
    phase: { sq: 'P', en: 'P' },
    title: { sq: `T${n}`, en: '' },
    responsible: 'LFP',
    start: null,
    due: null,
    status: 'planned',
    notes: { sq: '', en: '' },
    rev: 1,
    createdAt: '2021-01-01T00:00:00.000Z',
    updatedAt: '2021-01-01T00:00:00.000Z',
    ...over,
  };
}

describe('calendarStatus', () => {
  it('is late when the due date is before the data date and the item is not done', () => {
    expect(calendarStatus({ status: 'planned', due: '2021-03-01' }, '2021-03-02')).toBe('late');
    expect(calendarStatus({ status: 'in-progress', due: '2021-03-01' }, '2021-03-02')).toBe('late');
    expect(calendarStatus({ status: 'done', due: '2021-03-01' }, '2021-03-02')).toBe('done');
    expect(calendarStatus({ status: 'planned', due: '2021-03-02' }, '2021-03-02')).toBe('planned'); // due today is not late
    expect(calendarStatus({ status: 'planned', due: null }, '2021-03-02')).toBe('planned');
    expect(calendarStatus({ status: 'planned', due: '2021-03-01' }, null)).toBe('planned');
  });

  it('takes the data date from the latest update', () => {
    expect(calendarAsOf([{ updatedAt: '2021-02-01T10:00:00.000Z' }, { updatedAt: '2021-05-20T08:00:00.000Z' }])).toBe('2021-05-20');
    expect(calendarAsOf([])).toBeNull();
  });
});

describe('calendarPhases', () => {
  it('orders phases by earliest start (undated last), then name; items by start, due, title, id', () => {
    const later = item({ phase: ph('Ëndrra'), start: '2021-02-01' });
    const earlyB = item({ phase: ph('Çelja'), start: '2021-01-05', due: '2021-01-20', title: { sq: 'Beta', en: '' } });
    const earlyA = item({ phase: ph('Çelja'), start: '2021-01-05', due: '2021-01-20', title: { sq: 'Alfa', en: '' } });
    const first = item({ phase: ph('Çelja'), start: '2021-01-01' });
    const undatedZ = item({ phase: ph('Zeta') });
    const undatedA = item({ phase: ph('Arka') });
    const sameTwice = item({ phase: ph('Ëndrra'), start: '2021-02-01', title: later.title });
    const phases = calendarPhases([later, earlyB, undatedZ, earlyA, first, undatedA, sameTwice]);
    expect(phases.map((p) => p.phase.sq)).toEqual(['Çelja', 'Ëndrra', 'Arka', 'Zeta']);
    expect(phases[0]!.items.map((i) => i.id)).toEqual([first.id, earlyA.id, earlyB.id]);
    expect(phases[1]!.items.map((i) => i.id)).toEqual([later.id, sameTwice.id].sort());
  });

  it('groups by both languages of the phase, spaces around them aside, and orders a tie by the English', () => {
    const a = item({ phase: ph('Hartimi', 'Drafting') });
    const b = item({ phase: ph(' Hartimi ', 'Drafting ') });
    const c = item({ phase: ph('Hartimi', 'Co-creation') });
    const phases = calendarPhases([a, b, c]);
    expect(phases.map((p) => p.phase)).toEqual([ph('Hartimi', 'Co-creation'), ph('Hartimi', 'Drafting')]);
    expect(phases[1]!.items.map((i) => i.id)).toEqual([a.id, b.id]);
  });

  it('sorts Albanian titles alphabetically (ç after c, ë after e)', () => {
    const items = ['Ëma', 'Dita', 'Ça', 'Ca', 'Ea'].map((sq) => item({ phase: ph('X'), title: { sq, en: '' } }));
    expect(calendarPhases(items)[0]!.items.map((i) => i.title.sq)).toEqual(['Ca', 'Ça', 'Dita', 'Ea', 'Ëma']);
  });
});
