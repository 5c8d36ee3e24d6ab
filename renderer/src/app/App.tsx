// Start-up: ask the service what exists (workspace, preferred language,
// reference data) and show either the first-run screen or the main shell.
import { FluentProvider, Spinner, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import type { i18n as I18n } from 'i18next';
import { useCallback, useEffect, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { MethodOutput, WorkspaceInfo } from '../../../shared/api/contract';
import type { AppErrorDto } from '../../../shared/api/errors';
import type { ReferenceData } from '../../../shared/model/reference';
import type { PlaniBridge } from '../api/bridge';
import { BackupsScreen } from '../backups/BackupsScreen';
import { ErrorPanel } from '../components/ErrorPanel';
import { useFlushOnExit } from '../hooks/useFlushOnExit';
import { NoticesProvider } from '../services/notices';
import { prefetchOverview } from '../services/first-overview';
import { ServicesProvider, useServices, type Services } from '../services/services';
import { Shell } from '../shell/Shell';
import { Welcome } from '../shell/Welcome';

const useStyles = makeStyles({
  centered: { height: '100%', display: 'flex', alignItems: 'center', justifyContent: 'center' },
  failed: { maxWidth: '640px', margin: '15vh auto 0', padding: tokens.spacingHorizontalXL },
  damaged: { maxWidth: '1000px', margin: '5vh auto 0', padding: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

export interface AppProps {
  services: Services;
  bridge: PlaniBridge | null;
  i18n: I18n;
}

export function App({ services, bridge, i18n }: AppProps) {
  useFlushOnExit(services.saves, bridge);
  return (
    <I18nextProvider i18n={i18n}>
      <FluentProvider theme={webLightTheme}>
        <ServicesProvider value={services}>
          <NoticesProvider>
            <Boot i18n={i18n} />
          </NoticesProvider>
        </ServicesProvider>
      </FluentProvider>
    </I18nextProvider>
  );
}

type BootState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly error: AppErrorDto }
  | { readonly kind: 'ready'; readonly info: MethodOutput<'app.info'>; readonly reference: ReferenceData };

/**
 * `i18n` is the app's one instance, passed down rather than taken from
 * useTranslation(): the hook's value changes with the language, and loading
 * must not run again (and rebuild every screen) when the person switches it.
 */
function Boot({ i18n }: { i18n: I18n }) {
  const { api, planChanges } = useServices();
  const { t } = useTranslation();
  const styles = useStyles();
  const [state, setState] = useState<BootState>({ kind: 'loading' });

  // The reference data changes with a POC's edit or a feedback import: read again, quietly, whenever the plan may have changed.
  useEffect(
    () =>
      planChanges.subscribe(() => {
        void api['reference.get']({}).then((r) => {
          if (!r.ok) return;
          setState((s) => (s.kind === 'ready' && JSON.stringify(s.reference) !== JSON.stringify(r.value) ? { ...s, reference: r.value } : s));
        });
      }),
    [api, planChanges],
  );
  const [workspace, setWorkspace] = useState<WorkspaceInfo | null>(null);

  const load = useCallback(async () => {
    setState({ kind: 'loading' });
    const asked = api['app.info']({});
    // The first screen's overview is asked for as soon as the cycle is known (services/first-overview.ts).
    void asked.then((r) => r.ok && r.value.workspace && prefetchOverview(api, r.value.workspace.currentCycleId));
    const [info, prefs, reference] = await Promise.all([asked, api['preferences.get']({}), api['reference.get']({})]);
    // A missing preference is not worth refusing to start: Albanian is the default.
    if (prefs.ok && prefs.value.language !== i18n.language) await i18n.changeLanguage(prefs.value.language);
    if (!info.ok) return setState({ kind: 'failed', error: info.error });
    if (!reference.ok) return setState({ kind: 'failed', error: reference.error });
    setWorkspace(info.value.workspace);
    setState({ kind: 'ready', info: info.value, reference: reference.value });
  }, [api, i18n]);

  useEffect(() => {
    void load();
  }, [load]);

  // After the current cycle changed: the workspace and reference data read again, the window staying as it is meanwhile.
  const refresh = useCallback(async () => {
    const [info, reference] = await Promise.all([api['app.info']({}), api['reference.get']({})]);
    if (!info.ok) return setState({ kind: 'failed', error: info.error });
    if (!reference.ok) return setState({ kind: 'failed', error: reference.error });
    setWorkspace(info.value.workspace);
    setState({ kind: 'ready', info: info.value, reference: reference.value });
  }, [api]);

  if (state.kind === 'loading') {
    return (
      <div className={styles.centered}>
        <Spinner label={t('ui.app.loading')} />
      </div>
    );
  }
  // A damaged database: what happened, and the backups to restore right here (nothing else can open).
  if (state.kind === 'failed' && (state.error.code === 'database-damaged' || state.error.code === 'database-damaged-no-backup')) {
    return (
      <main className={styles.damaged}>
        <ErrorPanel error={state.error} onRetry={() => void load()} />
        <BackupsScreen />
      </main>
    );
  }
  if (state.kind === 'failed') {
    return (
      <div className={styles.failed}>
        <ErrorPanel error={state.error} onRetry={() => void load()} />
      </div>
    );
  }
  if (!workspace) {
    return (
      <Welcome
        reference={state.reference}
        onReady={(info) => {
          window.history.replaceState(null, '', '#/');
          setWorkspace(info);
        }}
      />
    );
  }
  return <Shell workspace={workspace} reference={state.reference} onReload={refresh} />;
}
