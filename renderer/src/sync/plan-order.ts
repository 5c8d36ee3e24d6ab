// The consolidated plan's order: components by their number, and inside a
// component the commitments by the plan number the POC gave them ("1.2"
// before "1.10"), unnumbered ones after, otherwise in the order received.

/** "1.2.3" → [1, 2, 3]; null for an empty or malformed number. */
export function parsePlanNumber(value: string | null | undefined): number[] | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (!/^\d{1,2}(\.\d{1,2}){0,2}$/.test(trimmed)) return null;
  return trimmed.split('.').map(Number);
}

/** Numbered before unnumbered; segment by segment as numbers, a shorter prefix first ("1" < "1.1"). */
export function comparePlanNumbers(a: string | null | undefined, b: string | null | undefined): number {
  const pa = parsePlanNumber(a);
  const pb = parsePlanNumber(b);
  if (!pa || !pb) return pa ? -1 : pb ? 1 : 0;
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) if (pa[i] !== pb[i]) return pa[i]! - pb[i]!;
  return pa.length - pb.length;
}

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
