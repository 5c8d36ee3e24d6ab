// A confirmation with its own verb on the button ("Fshi", "Shfuqizo"), focus
// starting on Cancel so Enter pressed out of habit does nothing harmful, and
// the focus back on the button that opened it when it closes (./Dialog).
import { Button, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Spinner } from '@fluentui/react-components';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from './Dialog';

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
  /** Where the focus goes once closed, when the opener may be gone (a removed record's button). */
  returnFocus?: () => HTMLElement | null;
}

export function ConfirmDialog({ open, title, children, confirmLabel, busy, modalType = 'alert', onConfirm, onCancel, returnFocus }: ConfirmDialogProps) {
  const { t } = useTranslation();
  const cancel = useRef<HTMLButtonElement>(null);
  // Fluent focuses the first button when the surface mounts (in its portal),
  // so this waits a frame to come after it.
  useEffect(() => {
    if (!open) return;
    const frame = requestAnimationFrame(() => cancel.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, [open]);
  return (
    <Dialog open={open} modalType={modalType} returnFocus={returnFocus} onOpenChange={(_, d) => !d.open && !busy && onCancel()}>
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
