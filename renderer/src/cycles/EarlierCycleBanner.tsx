// Above every screen while the workspace shows an earlier cycle: it is read
// and printed, not changed, and one button goes back to the cycle being drafted.
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { LockClosedRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';

const useStyles = makeStyles({ bar: { marginBottom: tokens.spacingVerticalL } });

export function EarlierCycleBanner({ cycle, open, onGoToOpen }: { cycle: string; open: string; onGoToOpen(): void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <MessageBar intent="warning" icon={<LockClosedRegular />} layout="multiline" className={styles.bar} data-testid="earlier-cycle">
      <MessageBarBody>
        <MessageBarTitle>{t('cycles.readOnlyTitle')}</MessageBarTitle>
        {t('cycles.readOnly', { cycle, open })}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={onGoToOpen}>{t('cycles.backToOpen', { open })}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
