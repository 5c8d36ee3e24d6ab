// A confirmation with its own verb on the button ("Fshi", "Shfuqizo"), focus
// starting on Cancel so Enter pressed out of habit does nothing harmful, and
// the focus back on the button that opened it when it closes.
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Spinner } from '@fluentui/react-components';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  busy: boolean;
  /** 'modal' closes on a click outside it too; 'alert' (the default) only by its buttons or Escape. */
  modalType?: 'modal' | 'alert';
  onConfirm(): void;
  onCancel(): void;
}

export function ConfirmDialog({ open, title, children, confirmLabel, busy, modalType = 'alert', onConfirm, onCancel }: ConfirmDialogProps) {
  const { t } = useTranslation();
  const cancel = useRef<HTMLButtonElement>(null);
  // The button that opened the dialog gets the focus back when it closes and
  // nothing else took it (a removed record's button is gone; then the caller
  // decides). Read while rendering: the dialog moves focus before any effect here runs.
  const opener = useRef<HTMLElement | null>(null);
  const wasOpen = useRef(false);
  if (open && !wasOpen.current) opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  wasOpen.current = open;
  useEffect(() => {
    if (open || !opener.current) return;
    const el = opener.current;
    opener.current = null;
    const frame = requestAnimationFrame(() => {
      const active = document.activeElement;
      // Still on the closing dialog's button, or fallen back to the page.
      const lost = active === null || active === document.body || active.closest('[role="dialog"], [role="alertdialog"]') !== null;
      if (el.isConnected && lost) el.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [open]);
  // Fluent focuses the first button when the surface mounts (in its portal),
  // so this waits a frame to come after it.
  useEffect(() => {
    if (!open) return;
    const frame = requestAnimationFrame(() => cancel.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, [open]);
  return (
    <Dialog open={open} modalType={modalType} onOpenChange={(_, d) => !d.open && !busy && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>{children}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onConfirm} disabled={busy} icon={busy ? <Spinner size="tiny" /> : undefined}>
              {confirmLabel}
            </Button>
            <Button ref={cancel} onClick={onCancel} disabled={busy}>
              {t('ui.confirmDelete.cancel')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
