// The top of a form of a record that stands alone (an idea, a consultation
// event, a calendar item): its title as the form's heading, its save state,
// the form's own buttons, a failed save with Retry when trying again can
// help, and the sentence saying whose record it is when it is read-only.
import { Button, MessageBar, MessageBarActions, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../shared/model/primitives';
import { SaveState } from '../components/SaveState';
import { describeError } from '../lib/describe-error';
import type { SaveStatus } from '../services/autosave/save-queue';
import { useServices } from '../services/services';

const useStyles = makeStyles({
  head: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere' },
});

export interface RecordFormHeadProps {
  recordId: string;
  title: string;
  /** The language the title is written in. */
  lang: Lang;
  status: SaveStatus;
  /** Shown when the record cannot be changed here: whose it is. */
  readOnly?: string;
  /** The form's buttons beside its title (delete, merge, close). */
  children?: ReactNode;
}

export function RecordFormHead({ recordId, title, lang, status, readOnly, children }: RecordFormHeadProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const { saves } = useServices();
  return (
    <>
      <div className={styles.head}>
        <h2 className={styles.heading} lang={lang}>
          {title}
        </h2>
        <SaveState status={status} />
        {children}
      </div>
      {status.error && (
        <MessageBar intent="error">
          <MessageBarBody>{describeError(t, status.error)}</MessageBarBody>
          {status.retriable && (
            <MessageBarActions>
              <Button onClick={() => saves.retry(recordId)}>{t('ui.save.retry')}</Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
      {readOnly !== undefined && (
        <MessageBar intent="info">
          <MessageBarBody>{readOnly}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
