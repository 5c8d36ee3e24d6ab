// Asked before leaving a commitment or an idea that holds values that could not be
// saved. Leaving loses nothing (they are kept on this computer), so the
// question is only whether to correct them now, later, or give them up.
import { Button, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../components/Dialog';
import { unsavedFieldName } from '../editor/UnsavedValues';
import type { OpenRecord } from '../lib/route';
import type { KeptEntry } from '../services/autosave/save-queue';

const WORDING = {
  commitment: { title: 'ui.unsaved.leaveTitle', body: 'ui.unsaved.leaveBody' },
  idea: { title: 'ui.unsaved.leaveIdeaTitle', body: 'ui.unsaved.leaveIdeaBody' },
  'consultation-event': { title: 'ui.unsaved.leaveEventTitle', body: 'ui.unsaved.leaveEventBody' },
  'consultation-report': { title: 'ui.unsaved.leaveReportTitle', body: 'ui.unsaved.leaveReportBody' },
  'calendar-item': { title: 'ui.unsaved.leaveItemTitle', body: 'ui.unsaved.leaveItemBody' },
} as const satisfies Record<OpenRecord['kind'], { title: string; body: string }>;

export interface LeaveDialogProps {
  /** What is being left: the wording names it. */
  kind: OpenRecord['kind'];
  /** The kept values of the record being left; empty closes the dialog. */
  kept: readonly KeptEntry[];
  open: boolean;
  onStay(): void;
  onLeave(): void;
  onDiscardAndLeave(): void;
}

export function LeaveDialog({ kind, kept, open, onStay, onLeave, onDiscardAndLeave }: LeaveDialogProps) {
  const { t } = useTranslation();
  const fields = kept.map((k) => unsavedFieldName(t, k.ref, null)).join('; ');
  return (
    <Dialog
      open={open && kept.length > 0}
      modalType="alert"
      onOpenChange={(_, data) => {
        if (!data.open) onStay();
      }}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t(WORDING[kind].title)}</DialogTitle>
          <DialogContent>{t(WORDING[kind].body, { count: kept.length, fields })}</DialogContent>
          <DialogActions>
            {/* First, so Enter pressed out of habit keeps the person where the problem is. */}
            <Button appearance="primary" onClick={onStay}>
              {t('ui.unsaved.stay')}
            </Button>
            <Button appearance="secondary" onClick={onLeave}>
              {t('ui.unsaved.leaveKeep')}
            </Button>
            <Button appearance="secondary" onClick={onDiscardAndLeave}>
              {t('ui.unsaved.leaveDiscard')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
