// One tooltip for all the icon buttons of a record list's cards (move up,
// move down, remove). A Fluent Tooltip per button cost a commitment with 200
// milestones 600 tooltips, each with its own hooks and listeners, before
// anything was shown; the buttons carry their accessible name themselves
// (aria-label) and this one tooltip, purely visual, follows the pointer and
// the keyboard focus to whichever button has a data-tip.
import { Tooltip } from '@fluentui/react-components';
import { useCallback, useMemo, useState, type FocusEvent, type PointerEvent, type ReactNode } from 'react';

interface Tip {
  el: HTMLElement;
  text: string;
}

const tipOf = (target: EventTarget | null): HTMLElement | null => (target instanceof Element ? target.closest<HTMLElement>('[data-tip]') : null);

export interface CardTips {
  /** Spread on the element that holds the cards. */
  handlers: {
    onPointerOver: (e: PointerEvent) => void;
    onPointerOut: (e: PointerEvent) => void;
    onFocus: (e: FocusEvent) => void;
    onBlur: (e: FocusEvent) => void;
  };
  /** The tooltip, while one is shown; render it anywhere beside the cards. */
  tooltip: ReactNode;
}

export function useCardTips(): CardTips {
  const [tip, setTip] = useState<Tip | null>(null);
  const show = useCallback((e: { target: EventTarget | null }) => {
    const el = tipOf(e.target);
    if (el) setTip((cur) => (cur?.el === el ? cur : { el, text: el.dataset.tip ?? '' }));
  }, []);
  const hide = useCallback((e: { target: EventTarget | null; relatedTarget: EventTarget | null }) => {
    const el = tipOf(e.target);
    if (!el || tipOf(e.relatedTarget) === el) return;
    setTip((cur) => (cur?.el === el ? null : cur));
  }, []);
  const handlers = useMemo(() => ({ onPointerOver: show, onPointerOut: hide, onFocus: show, onBlur: hide }), [show, hide]);
  const tooltip = tip && (
    <Tooltip
      content={tip.text}
      relationship="inaccessible"
      withArrow
      visible
      positioning={{ target: tip.el }}
      onVisibleChange={(_, data) => {
        if (!data.visible) setTip(null);
      }}
    >
      <span />
    </Tooltip>
  );
  return { handlers, tooltip };
}
