// A long table's rows, virtualised: only the rows near the visible part of
// the page are in the DOM, the rest stand as the height of two spacer rows
// before and after them. The page scrolls inside <main>, and the table's
// body starts some way down it. Tables that use it give their rows
// aria-rowindex (and the table aria-rowcount) so assistive technology knows
// the real size and position.
import { useVirtualizer, type VirtualItem } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

export interface VirtualRows {
  body: RefObject<HTMLTableSectionElement | null>;
  items: VirtualItem[];
  /** The heights the spacer rows stand for, before and after the rendered rows. */
  before: number;
  after: number;
  /** For each rendered row's ref (with its data-index), so rows of any height are measured. */
  measure: (el: HTMLElement | null) => void;
}

export function useVirtualRows(count: number, estimate: number): VirtualRows {
  const body = useRef<HTMLTableSectionElement>(null);
  const [scroller, setScroller] = useState<HTMLElement | null>(null);
  const [margin, setMargin] = useState(0);
  useLayoutEffect(() => {
    const el = body.current?.closest('main') ?? null;
    setScroller(el);
    if (el && body.current) setMargin(body.current.getBoundingClientRect().top - el.getBoundingClientRect().top + el.scrollTop);
  }, []);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller,
    estimateSize: () => estimate,
    overscan: 12,
    scrollMargin: margin,
  });
  const items = virtualizer.getVirtualItems();
  const before = items.length > 0 ? items[0]!.start - margin : 0;
  const after = items.length > 0 ? virtualizer.getTotalSize() - (items[items.length - 1]!.end - margin) : 0;
  return { body, items, before, after, measure: virtualizer.measureElement };
}
