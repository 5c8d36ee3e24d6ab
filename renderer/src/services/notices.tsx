// Errors that do not belong to one field (a failed create, delete or
// preference change) stay on screen until dismissed: a toast that fades away
// is easy to miss for a person who was looking at the keyboard.
import { Button, MessageBar, MessageBarActions, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorDto } from '../../../shared/api/errors';
import { describeError } from '../lib/describe-error';

interface Notice {
  readonly id: number;
  readonly error: AppErrorDto;
}

interface NoticesValue {
  readonly notices: readonly Notice[];
  notify(error: AppErrorDto): void;
  dismiss(id: number): void;
}

const NoticesContext = createContext<NoticesValue | null>(null);

export function NoticesProvider({ children }: { children: ReactNode }) {
  const [notices, setNotices] = useState<readonly Notice[]>([]);
  const notify = useCallback((error: AppErrorDto) => {
    setNotices((list) => [...list.slice(-2), { id: Date.now() + Math.random(), error }]);
  }, []);
  const dismiss = useCallback((id: number) => setNotices((list) => list.filter((n) => n.id !== id)), []);
  const value = useMemo(() => ({ notices, notify, dismiss }), [notices, notify, dismiss]);
  return <NoticesContext.Provider value={value}>{children}</NoticesContext.Provider>;
}

export function useNotify(): (error: AppErrorDto) => void {
  const ctx = useContext(NoticesContext);
  if (!ctx) throw new Error('useNotify outside <NoticesProvider>');
  return ctx.notify;
}

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, marginBottom: tokens.spacingVerticalM },
});

export function Notices() {
  const ctx = useContext(NoticesContext);
  const { t } = useTranslation();
  const styles = useStyles();
  if (!ctx || ctx.notices.length === 0) return null;
  return (
    <div className={styles.list}>
      {ctx.notices.map((n) => (
        <MessageBar key={n.id} intent="error">
          <MessageBarBody>{describeError(t, n.error)}</MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button appearance="transparent" icon={<DismissRegular />} aria-label={t('ui.app.dismiss')} onClick={() => ctx.dismiss(n.id)} />
            }
          />
        </MessageBar>
      ))}
    </div>
  );
}
