import { Spinner, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { CheckmarkCircleRegular, ErrorCircleRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { SaveStatus } from '../services/autosave/save-queue';

const useStyles = makeStyles({
  root: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, color: tokens.colorNeutralForeground3 },
  status: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  saved: { color: tokens.colorPaletteGreenForeground1 },
  failed: { color: tokens.colorPaletteRedForeground1 },
  icon: { fontSize: '16px' },
});

export type SaveDisplay = 'idle' | 'saving' | 'saved' | 'failed';

export function saveDisplay(status: SaveStatus): SaveDisplay {
  if (status.phase === 'pending' || status.phase === 'saving') return 'saving';
  if (status.error !== null || Object.keys(status.fieldErrors).length > 0) return 'failed';
  return status.phase === 'saved' ? 'saved' : 'idle';
}

/**
 * A quiet indicator next to the title: autosave has no Save button, so people
 * need to see it happen. "Saving…" covers both the debounce wait and the
 * request, so it never flickers between the two. What failed, and the retry
 * button, are in the editor's message bar.
 */
export function SaveState({ status }: { status: SaveStatus }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const display = saveDisplay(status);
  return (
    <div className={styles.root} data-save-state={display}>
      <span role="status" className={styles.status}>
        {display === 'saving' && <Spinner size="extra-tiny" aria-hidden />}
        {display === 'saved' && <CheckmarkCircleRegular className={mergeClasses(styles.icon, styles.saved)} aria-hidden />}
        {display === 'failed' && <ErrorCircleRegular className={mergeClasses(styles.icon, styles.failed)} aria-hidden />}
        <Text size={200} className={display === 'failed' ? styles.failed : undefined}>
          {t(`ui.save.${display}`)}
        </Text>
      </span>
    </div>
  );
}
