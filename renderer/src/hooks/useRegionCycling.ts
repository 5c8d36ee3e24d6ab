// F6 / Shift+F6 anywhere in the window (see lib/regions.ts). Each area keeps
// where the person last was inside it, so coming back with F6 puts them
// there again (the field they were typing in); an area never visited takes
// the focus itself, announced by its label, and Tab goes on from its start.
// A dialog holds the focus while it is open: F6 does nothing there.
import { useEffect } from 'react';
import { REGION_ATTR, innermostRegionIndex, nextRegionIndex } from '../lib/regions';
import { isShortcut } from '../lib/shortcuts';

const shown = (el: HTMLElement) => el.getClientRects().length > 0 && !el.closest('[hidden], [inert], [aria-hidden="true"]');

/** Still somewhere the focus can go back to inside its area. */
function usable(el: HTMLElement | undefined, region: HTMLElement): el is HTMLElement {
  return !!el && el.isConnected && region.contains(el) && shown(el) && !(el as HTMLButtonElement).disabled;
}

export function useRegionCycling(doc: Document = document): void {
  useEffect(() => {
    const last = new WeakMap<HTMLElement, HTMLElement>();
    const regions = () => [...doc.querySelectorAll<HTMLElement>(`[${REGION_ATTR}]`)].filter(shown);

    const onFocusIn = (e: FocusEvent) => {
      const target = e.target instanceof HTMLElement ? e.target : null;
      if (!target) return;
      const region = target.closest<HTMLElement>(`[${REGION_ATTR}]`);
      if (region && region !== target) last.set(region, target);
    };

    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || !isShortcut('regions', e)) return;
      const active = doc.activeElement;
      if (active?.closest('[role="dialog"], [role="alertdialog"]')) return;
      const list = regions();
      const next = list[nextRegionIndex(list.length, innermostRegionIndex(list, active), e.shiftKey)];
      if (!next) return;
      e.preventDefault();
      const remembered = last.get(next);
      const el = usable(remembered, next) ? remembered : next;
      el.focus({ preventScroll: true });
      el.scrollIntoView({ block: 'nearest' });
    };

    doc.addEventListener('focusin', onFocusIn);
    doc.addEventListener('keydown', onKey);
    return () => {
      doc.removeEventListener('focusin', onFocusIn);
      doc.removeEventListener('keydown', onKey);
    };
  }, [doc]);
}
