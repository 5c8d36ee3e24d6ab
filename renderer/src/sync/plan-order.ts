// The consolidated plan's order: components by their number, and inside a
// component the commitments by the plan number the POC gave them ("1.2"
// before "1.10"), unnumbered ones after, otherwise in the order received.

import { comparePlanNumbers } from '../../../shared/model/plan-number';

export { comparePlanNumbers, parsePlanNumber } from '../../../shared/model/plan-number';

export interface PlanOrderItem {
  readonly componentCode: string;
  readonly review: { readonly planNumber: string | null } | null;
}

/** A stable sort into plan order; components missing from `componentNumbers` go last. */
export function sortPlanOrder<T extends PlanOrderItem>(items: readonly T[], componentNumbers: ReadonlyMap<string, number>): T[] {
  const componentRank = (code: string) => componentNumbers.get(code) ?? Number.MAX_SAFE_INTEGER;
  return items
    .map((item, index) => ({ item, index }))
    .sort(
      (a, b) =>
        componentRank(a.item.componentCode) - componentRank(b.item.componentCode) ||
        comparePlanNumbers(a.item.review?.planNumber, b.item.review?.planNumber) ||
        a.index - b.index,
    )
    .map((x) => x.item);
}

export interface ComponentGroup<C, T> {
  /** Null for commitments whose component is not among those given. */
  readonly component: C | null;
  readonly items: T[];
}

/** Every component (in the order given, empty ones included) with its items in plan order; unknown components last. */
export function groupByComponent<C extends { code: string; number: number }, T extends PlanOrderItem>(
  items: readonly T[],
  components: readonly C[],
): ComponentGroup<C, T>[] {
  const numbers = new Map(components.map((c) => [c.code, c.number]));
  const sorted = sortPlanOrder(items, numbers);
  const groups: ComponentGroup<C, T>[] = [...components].sort((a, b) => a.number - b.number).map((component) => ({ component, items: [] }));
  const byCode = new Map(groups.map((g) => [g.component!.code, g]));
  let unknown: ComponentGroup<C, T> | null = null;
  for (const item of sorted) {
    const group = byCode.get(item.componentCode);
    if (group) group.items.push(item);
    else (unknown ??= { component: null, items: [] }).items.push(item);
  }
  return unknown ? [...groups, unknown] : groups;
}
