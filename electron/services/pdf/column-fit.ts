// Widening the columns that must not wrap (numbers, codes) to what their
// cells need, paid for by the columns that can wrap, so the table keeps its
// width. Pure arithmetic over widths in points, shared by every table.

/**
 * `widths`: the columns' widths from their declared fractions; `need`: for a column that must
 * not wrap, the width its widest cell takes (null for a column that wraps). Returns the widths to
 * draw: each non-wrapping column at least its need, the difference taken from the wrapping columns
 * in proportion to their width, none of them below a quarter of its declared width. Where that is
 * not enough room, the non-wrapping columns share what there is in proportion to their need.
 */
export function fitColumns(widths: readonly number[], need: readonly (number | null)[]): number[] {
  const out = [...widths];
  const deficit = widths.reduce((d, w, i) => d + Math.max(0, (need[i] ?? 0) - w), 0);
  if (deficit <= 0) return out;
  const flexible = widths.map((w, i) => (need[i] === null || need[i] === undefined ? w : 0));
  const spare = flexible.reduce((s, w) => s + w * 0.75, 0);
  const taken = Math.min(deficit, spare);
  flexible.forEach((w, i) => {
    if (w > 0) out[i] = w - (taken * (w * 0.75)) / spare;
  });
  const share = taken / deficit;
  widths.forEach((w, i) => {
    const n = need[i];
    if (n !== null && n !== undefined && n > w) out[i] = w + (n - w) * share;
  });
  return out;
}
