// Fluent's Dialog, with the focus handed back when it closes: to the element
// that had it when the dialog opened (the button that opened it), or to the
// one the caller names (when that button is gone: a removed record's). Every
// dialog of the app goes through this, so Escape, Cancel or a finished
// import never leave the focus on the page's body.
//
// Fluent animates the surface out after `open` turns false, and while it is
// still there its focus trap pulls the focus back in; so the focus is handed
// back only once the surface has left the page (its exit motion's end).
import { Dialog as FluentDialog, type DialogProps as FluentDialogProps } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';

/** Fluent's props, less the surface's motion: this wrapper listens to it. */
export interface DialogProps extends Omit<FluentDialogProps, 'surfaceMotion'> {
  /** Where the focus goes when the dialog has closed; the element focused when it opened by default. */
  returnFocus?: () => HTMLElement | null;
}

/** Whether the focus has nowhere sensible to be: the page's body, nothing, or an element no longer in the page. */
const focusLost = (doc: Document) => {
  const active = doc.activeElement;
  return active === null || active === doc.body || !active.isConnected || active.closest('[role="dialog"], [role="alertdialog"]') !== null;
};

export function Dialog({ open, returnFocus, ...props }: DialogProps) {
  const opener = useRef<HTMLElement | null>(null);
  const wasOpen = useRef(false);
  // Read while rendering: Fluent moves the focus into the surface before any effect here runs.
  if (open && !wasOpen.current) {
    const active = document.activeElement;
    opener.current = active instanceof HTMLElement && active !== document.body ? active : null;
  }
  wasOpen.current = !!open;
  const [exits, setExits] = useState(0);
  const returnTo = useRef(returnFocus);
  returnTo.current = returnFocus;

  // Runs after the commit that removed the surface (the exit's end is batched with its unmount).
  useEffect(() => {
    if (exits === 0) return;
    const target = returnTo.current?.() ?? opener.current;
    opener.current = null;
    if (target?.isConnected && focusLost(document)) target.focus();
  }, [exits]);

  return (
    <FluentDialog
      open={open}
      surfaceMotion={{ onMotionFinish: (_, data) => data.direction === 'exit' && setExits((n) => n + 1) }}
      {...props}
    />
  );
}
