import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Spinner,
} from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export interface ConfirmDeleteDialogProps {
  /** The title shown to the person; null closes the dialog. */
  title: string | null;
  /** The dialog's heading; a commitment's by default. */
  heading?: string;
  /** The explanation; a commitment's by default. */
  body?: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmDeleteDialog({ title, heading, body, busy, onConfirm, onCancel }: ConfirmDeleteDialogProps) {
  const { t } = useTranslation();
  const cancel = useRef<HTMLButtonElement>(null);
  const open = title !== null;
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
  // Focus starts on Cancel, so Enter pressed out of habit does not delete.
  // Fluent focuses the first button when the surface mounts (in its portal),
  // so this waits a frame to come after it.
  useEffect(() => {
    if (!open) return;
    const frame = requestAnimationFrame(() => cancel.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, [open]);
  return (
    <Dialog
      open={open}
      modalType="modal"
      onOpenChange={(_, data) => {
        if (!data.open && !busy) onCancel();
      }}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{heading ?? t('ui.confirmDelete.title')}</DialogTitle>
          <DialogContent>{body ?? t('ui.confirmDelete.body', { title: title ?? '' })}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onConfirm} disabled={busy} icon={busy ? <Spinner size="tiny" /> : undefined}>
              {t('ui.confirmDelete.confirm')}
            </Button>
            <Button ref={cancel} appearance="secondary" onClick={onCancel} disabled={busy}>
              {t('ui.confirmDelete.cancel')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
