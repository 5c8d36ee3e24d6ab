// The consolidated plan's order: components by number, then plan numbers
// compared as numbers ("1.2" before "1.10"), unnumbered last, else as received.
import { describe, expect, it } from 'vitest';
import { comparePlanNumbers, groupByComponent, parsePlanNumber, sortPlanOrder } from '../../../renderer/src/sync/plan-order';

const item = (id: string, componentCode: string, planNumber: string | null = null) => ({ id, componentCode, review: planNumber === null ? null : { planNumber } });

describe('plan numbers', () => {
  it('parses valid numbers and refuses others', () => {
    expect(parsePlanNumber('1.2.3')).toEqual([1, 2, 3]);
    expect(parsePlanNumber(' 4 ')).toEqual([4]);
    expect(parsePlanNumber('')).toBeNull();
    expect(parsePlanNumber('1.')).toBeNull();
    expect(parsePlanNumber('1.2.3.4')).toBeNull();
    expect(parsePlanNumber(null)).toBeNull();
  });

  it('compares as numbers, segment by segment', () => {
    expect(comparePlanNumbers('1.2', '1.10')).toBeLessThan(0);
    expect(comparePlanNumbers('2', '1.10')).toBeGreaterThan(0);
    expect(comparePlanNumbers('1', '1.1')).toBeLessThan(0);
    expect(comparePlanNumbers('1.1', '1.1')).toBe(0);
    expect(comparePlanNumbers('9', null)).toBeLessThan(0);
    expect(comparePlanNumbers(null, '')).toBe(0);
  });
});

describe('sortPlanOrder', () => {
  const components = new Map([
    ['anti-corruption', 1],
    ['digital-governance', 2],
  ]);

  it('orders by component, then plan number, unnumbered last, otherwise stable', () => {
    const sorted = sortPlanOrder(
      [
        item('a', 'digital-governance', '2.1'),
        item('b', 'anti-corruption'),
        item('c', 'anti-corruption', '1.10'),
        item('d', 'anti-corruption', '1.2'),
        item('e', 'anti-corruption'),
        item('f', 'unknown-component', '1.1'),
      ],
      components,
    );
    expect(sorted.map((x) => x.id)).toEqual(['d', 'c', 'b', 'e', 'a', 'f']);
  });
});

describe('groupByComponent', () => {
  it('lists every component in number order, empty ones too, unknown ones last', () => {
    const groups = groupByComponent(
      [item('a', 'digital-governance'), item('b', 'anti-corruption', '1.1'), item('x', 'gone')],
      [
        { code: 'digital-governance', number: 2 },
        { code: 'anti-corruption', number: 1 },
        { code: 'fiscal-transparency', number: 4 },
      ],
    );
    expect(groups.map((g) => g.component?.code ?? null)).toEqual(['anti-corruption', 'digital-governance', 'fiscal-transparency', null]);
    expect(groups.map((g) => g.items.map((i) => i.id))).toEqual([['b'], ['a'], [], ['x']]);
  });
});
