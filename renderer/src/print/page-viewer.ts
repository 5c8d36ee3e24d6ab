// The enlarged page of the Print screen's preview, as pure functions (tested
// without a DOM): which key moves to which page, where moving stops, and how
// many device pixels to draw a page with.
import type { KeyPress } from '../lib/keys';

export type PageMove = 'previous' | 'next';

/**
 * ←/PageUp and →/PageDown move among the previewed pages, as in a PDF
 * reader. With a modifier the key keeps its usual meaning (Alt+← is the
 * browser's Back, Shift+→ extends a selection).
 */
export function pageMoveOf(e: KeyPress): PageMove | null {
  if (e.ctrlKey || e.metaKey || e.altKey || e.shiftKey) return null;
  switch (e.key) {
    case 'ArrowLeft':
    case 'PageUp':
      return 'previous';
    case 'ArrowRight':
    case 'PageDown':
      return 'next';
    default:
      return null;
  }
}

/** Whether there is a page to move to (pages are numbered 1…count). */
export function canMove(page: number, count: number, move: PageMove): boolean {
  return move === 'previous' ? page > 1 : page < count;
}

/** The page a move lands on: it stops at the first and the last page rather than wrapping. */
export function movePage(page: number, count: number, move: PageMove): number {
  const last = Math.max(1, Math.floor(count));
  const from = Math.min(Math.max(1, Math.floor(page)), last);
  return canMove(from, last, move) ? from + (move === 'next' ? 1 : -1) : from;
}

/**
 * A ceiling on one drawn page's backing store: 16 million pixels (64 MB of
 * RGBA), enough for an A4 page 2 400 px wide, i.e. a 1 200 px wide view on a
 * 2× screen. Beyond it the page is drawn at the ceiling and the browser
 * scales it up, slightly soft rather than out of memory.
 */
export const MAX_PAGE_PIXELS = 16_000_000;

export interface PageSize {
  readonly width: number;
  readonly height: number;
}

/**
 * The canvas size, in device pixels, that shows a page `cssWidth` CSS pixels
 * wide sharply at device-pixel ratio `ratio`: one canvas pixel per screen
 * pixel, the page's own proportions, within MAX_PAGE_PIXELS.
 */
export function backingSize(cssWidth: number, ratio: number, page: PageSize): PageSize {
  const aspect = page.height > 0 && page.width > 0 ? page.height / page.width : Math.SQRT2;
  const safeRatio = Number.isFinite(ratio) && ratio > 0 ? ratio : 1;
  let width = Math.max(1, Math.round(Math.max(0, cssWidth) * safeRatio));
  if (width * width * aspect > MAX_PAGE_PIXELS) width = Math.floor(Math.sqrt(MAX_PAGE_PIXELS / aspect));
  return { width, height: Math.max(1, Math.round(width * aspect)) };
}
