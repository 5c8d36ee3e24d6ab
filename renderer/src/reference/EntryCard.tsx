// One editable piece of reference data: its fields, a mark while it holds
// unsaved changes (kept until saved or discarded), Save and Discard, Remove
// where the service allows removal, and the service's answer in place —
// a refusal ("still used by 2 commitments") right under the entry it is about.
// Ctrl+Enter inside the card saves it.
import { Badge, Button, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { DeleteRegular, DismissRegular, SaveRegular } from '@fluentui/react-icons';
import type { KeyboardEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  grow: { flexGrow: 1 },
});

export interface Outcome {
  intent: 'success' | 'error';
  text: string;
}

export interface EntryCardProps {
  /** What the buttons' names say they act on ("Hiq MD"). */
  name: string;
  dirty: boolean;
  editable: boolean;
  busy: boolean;
  outcome: Outcome | null;
  onSave(): void;
  onDiscard(): void;
  onRemove?: () => void;
  children: ReactNode;
}

export function EntryCard({ name, dirty, editable, busy, outcome, onSave, onDiscard, onRemove, children }: EntryCardProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const keys = (e: KeyboardEvent) => {
    if (editable && dirty && !busy && e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      onSave();
    }
  };
  return (
    <div className={styles.root} onKeyDown={keys} data-dirty={dirty || undefined}>
      {children}
      {outcome && (
        <MessageBar intent={outcome.intent} layout="multiline" role={outcome.intent === 'error' ? 'alert' : 'status'}>
          <MessageBarBody>{outcome.text}</MessageBarBody>
        </MessageBar>
      )}
      {editable && (
        <div className={styles.actions}>
          <Button appearance="primary" icon={busy ? <Spinner size="tiny" /> : <SaveRegular />} disabled={!dirty || busy} onClick={onSave} aria-keyshortcuts="Control+Enter">
            {t('referenceData.actions.save')}
          </Button>
          <Button icon={<DismissRegular />} disabled={!dirty || busy} onClick={onDiscard}>
            {t('referenceData.actions.discard')}
          </Button>
          {dirty && <UnsavedBadge />}
          <span className={styles.grow} />
          {onRemove && (
            <Button appearance="subtle" icon={<DeleteRegular />} disabled={busy} onClick={onRemove} aria-label={t('referenceData.actions.removeNamed', { name })}>
              {t('referenceData.actions.remove')}
            </Button>
          )}
        </div>
      )}
    </div>
  );
}

export function UnsavedBadge() {
  const { t } = useTranslation();
  return (
    <Badge appearance="tint" color="warning" shape="rounded">
      {t('referenceData.unsavedShort')}
    </Badge>
  );
}
