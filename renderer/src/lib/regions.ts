// F6 / Shift+F6 move between the areas of the window, as in Office: the top
// bar, the navigation, the page, and inside the editor its form, section
// list and quality panel. An area is any element marked `data-region`; areas
// nest (the editor's inside the page), and their order is the document's.
// The pure part (which area comes next) is tested without a DOM.

/** The attribute that makes an element an area F6 stops at. */
export const REGION_ATTR = 'data-region';

/** Spread onto an area's element: marked, and focusable by script (not by Tab). */
export const regionProps = (name: string) => ({ [REGION_ATTR]: name, tabIndex: -1 }) as const;

/**
 * The area after (or before) the one at `current` among `count` areas, going
 * round; from nowhere (-1), forwards starts at the first and backwards at the last.
 */
export function nextRegionIndex(count: number, current: number, backwards: boolean): number {
  if (count === 0) return -1;
  if (current < 0) return backwards ? count - 1 : 0;
  return (current + (backwards ? count - 1 : 1)) % count;
}

/**
 * Of the areas in document order, the index of the innermost one holding
 * `target` (an inner area comes after the one around it), or -1.
 */
export function innermostRegionIndex(regions: readonly { contains(node: unknown): boolean }[], target: unknown): number {
  let found = -1;
  regions.forEach((r, i) => {
    if (target && r.contains(target)) found = i;
  });
  return found;
}
