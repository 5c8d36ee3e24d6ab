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
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmDeleteDialog({ title, busy, onConfirm, onCancel }: ConfirmDeleteDialogProps) {
  const { t } = useTranslation();
  const cancel = useRef<HTMLButtonElement>(null);
  const open = title !== null;
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
          <DialogTitle>{t('ui.confirmDelete.title')}</DialogTitle>
          <DialogContent>{t('ui.confirmDelete.body', { title: title ?? '' })}</DialogContent>
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
