// The plan number the POC gives a commitment ("1.2"), and the plan's order:
// "1.2" before "1.10", numbered before unnumbered.

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
