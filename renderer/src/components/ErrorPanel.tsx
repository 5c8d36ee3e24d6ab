import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { AppErrorDto } from '../../../shared/api/errors';
import { describeError } from '../lib/describe-error';

/** A view that could not load: what went wrong, and a way to try again. */
export function ErrorPanel({ error, onRetry }: { error: AppErrorDto; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>{describeError(t, error)}</MessageBarBody>
      {onRetry && (
        <MessageBarActions>
          <Button onClick={onRetry}>{t('ui.app.retry')}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
