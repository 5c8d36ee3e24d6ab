// Deleting a commitment or one of its records: the confirmation, open while
// there is a title to name.
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from './ConfirmDialog';

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
  /** Where the focus goes once closed, when the button that opened it is gone with what it deleted. */
  returnFocus?: () => HTMLElement | null;
}

export function ConfirmDeleteDialog({ title, heading, body, busy, onConfirm, onCancel, returnFocus }: ConfirmDeleteDialogProps) {
  const { t } = useTranslation();
  return (
    <ConfirmDialog
      open={title !== null}
      title={heading ?? t('ui.confirmDelete.title')}
      confirmLabel={t('ui.confirmDelete.confirm')}
      busy={busy}
      modalType="modal"
      onConfirm={onConfirm}
      onCancel={onCancel}
      returnFocus={returnFocus}
    >
      {body ?? t('ui.confirmDelete.body', { title: title ?? '' })}
    </ConfirmDialog>
  );
}
