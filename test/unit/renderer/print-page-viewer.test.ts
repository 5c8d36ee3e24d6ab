// The enlarged page of the Print screen: which keys move, where moving
// stops, how many pixels a page is drawn with, and its words in both languages.
import { describe, expect, it } from 'vitest';
import { MAX_PAGE_PIXELS, backingSize, canMove, movePage, pageMoveOf } from '../../../renderer/src/print/page-viewer';
import { en, sq } from '../../../shared/i18n';

const press = (key: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

const A4 = { width: 595.28, height: 841.89 };
const A4_LANDSCAPE = { width: 841.89, height: 595.28 };

describe('page viewer keys', () => {
  it('← and PageUp go back, → and PageDown go on', () => {
    expect(pageMoveOf(press('ArrowLeft'))).toBe('previous');
    expect(pageMoveOf(press('PageUp'))).toBe('previous');
    expect(pageMoveOf(press('ArrowRight'))).toBe('next');
    expect(pageMoveOf(press('PageDown'))).toBe('next');
  });

  it('leave other keys, and these keys with a modifier, to the browser', () => {
    for (const key of ['ArrowUp', 'ArrowDown', 'Home', 'End', 'Enter', ' ', 'Escape', 'Tab', 'n', 'p']) expect(pageMoveOf(press(key)), key).toBeNull();
    expect(pageMoveOf(press('ArrowLeft', { altKey: true }))).toBeNull(); // the browser's Back
    expect(pageMoveOf(press('ArrowRight', { shiftKey: true }))).toBeNull();
    expect(pageMoveOf(press('PageDown', { ctrlKey: true }))).toBeNull(); // next browser tab
    expect(pageMoveOf(press('ArrowLeft', { metaKey: true }))).toBeNull();
  });
});

describe('page viewer navigation', () => {
  it('moves one page at a time among pages 1…count', () => {
    expect(movePage(1, 3, 'next')).toBe(2);
    expect(movePage(2, 3, 'next')).toBe(3);
    expect(movePage(3, 3, 'previous')).toBe(2);
    expect(movePage(2, 3, 'previous')).toBe(1);
  });

  it('stops at the first and the last page instead of wrapping', () => {
    expect(canMove(1, 3, 'previous')).toBe(false);
    expect(movePage(1, 3, 'previous')).toBe(1);
    expect(canMove(3, 3, 'next')).toBe(false);
    expect(movePage(3, 3, 'next')).toBe(3);
    expect(canMove(1, 1, 'next')).toBe(false);
    expect(canMove(1, 1, 'previous')).toBe(false);
    expect(movePage(1, 1, 'next')).toBe(1);
  });

  it('brings a page outside the range back into it', () => {
    expect(movePage(7, 3, 'previous')).toBe(2);
    expect(movePage(0, 3, 'next')).toBe(2);
    expect(movePage(5, 0, 'next')).toBe(1);
  });
});

describe('page viewer pixels', () => {
  it('draws one canvas pixel per screen pixel, in the page’s proportions', () => {
    expect(backingSize(1050, 1, A4)).toEqual({ width: 1050, height: Math.round((1050 * A4.height) / A4.width) });
    const sharp = backingSize(1050, 2, A4);
    expect(sharp.width).toBe(2100);
    expect(sharp.height / sharp.width).toBeCloseTo(A4.height / A4.width, 3);
    const wide = backingSize(1050, 1.25, A4_LANDSCAPE);
    expect(wide.width).toBe(1313);
    expect(wide.height).toBe(Math.round((1313 * A4_LANDSCAPE.height) / A4_LANDSCAPE.width));
  });

  it('keeps a huge view within the pixel ceiling, still in proportion', () => {
    const huge = backingSize(3000, 3, A4);
    expect(huge.width * huge.height).toBeLessThanOrEqual(MAX_PAGE_PIXELS * 1.001);
    expect(huge.width).toBeGreaterThan(3000);
    expect(huge.height / huge.width).toBeCloseTo(A4.height / A4.width, 2);
    // Within the ceiling, nothing is taken away.
    expect(backingSize(1200, 2, A4).width).toBe(2400);
  });

  it('survives a view not yet measured and a nonsense ratio or page size', () => {
    expect(backingSize(0, 2, A4).width).toBe(1);
    expect(backingSize(800, Number.NaN, A4).width).toBe(800);
    expect(backingSize(800, 0, A4).width).toBe(800);
    expect(backingSize(800, 1, { width: 0, height: 0 })).toEqual({ width: 800, height: Math.round(800 * Math.SQRT2) });
  });
});

describe('page viewer words', () => {
  it('exist in both languages, with the thumbnail’s name saying what pressing it does', () => {
    expect(sq.printScreen.pageEnlarge.replace('{{page}}', '1').replace('{{pages}}', '12')).toBe('Faqja 1 nga 12 — zmadho');
    expect(en.printScreen.pageEnlarge.replace('{{page}}', '1').replace('{{pages}}', '12')).toBe('Page 1 of 12 — enlarge');
    for (const key of ['previousPage', 'nextPage', 'close', 'viewerKeys', 'viewerPreviewOnly', 'viewerDrawing', 'viewerFailed'] as const) {
      expect(sq.printScreen[key], key).toBeTruthy();
      expect(en.printScreen[key], key).toBeTruthy();
      expect(sq.printScreen[key], key).not.toBe(en.printScreen[key]);
    }
    expect(sq.printScreen.viewerPreviewOnly).toContain('{{shown}}');
    expect(en.printScreen.viewerPreviewOnly).toContain('{{shown}}');
  });
});
