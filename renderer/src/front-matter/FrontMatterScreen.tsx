// "Hyrja e planit / Plan front matter": the POC writes the plan's opening
// sections, its abbreviations and the focal points of Annex III. The shell
// links it for the POC only; an institution that opens its address sees the
// POC's last feedback's copy read-only (the service refuses its writes).
import { MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FrontMatterView } from '../../../shared/api/contract';
import type { AppErrorDto } from '../../../shared/api/errors';
import { ErrorPanel } from '../components/ErrorPanel';
import { PageHeader, Section } from '../components/Page';
import { SaveState } from '../components/SaveState';
import { useSaveStatus } from '../hooks/useAutosave';
import { cardStyle } from '../lib/styles';
import { useServices } from '../services/services';
import type { ShellContext } from '../services/shell-context';
import { FrontDate, FrontLine, FrontText } from './fields';
import { AbbreviationList, FocalPointList } from './lists';
import { FrontMatterSession } from './session';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL },
  card: { ...cardStyle('roomy'), display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  h2: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  pair: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', gap: tokens.spacingHorizontalL },
  status: { display: 'flex', justifyContent: 'flex-end', minHeight: '24px' },
  centered: { display: 'flex', justifyContent: 'center', paddingTop: '10vh' },
});

function Body({ session, ctx }: { session: FrontMatterSession; ctx: ShellContext }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const status = useSaveStatus(session.id);
  const m = (key: string) => t(`model.frontMatter.${key}` as 'model.frontMatter.foreword');
  const h = (key: string) => t(`frontMatter.hints.${key}` as 'frontMatter.hints.foreword');
  return (
    <>
      <div className={styles.status}>{session.editable && <SaveState status={status} />}</div>
      <Section id="fm-texts" heading={t('frontMatter.sections.texts')} headingClassName={styles.h2} className={styles.card}>
        <FrontText session={session} field="foreword" label={m('foreword')} hint={h('foreword')} rows={8} />
        <FrontText session={session} field="introduction" label={m('introduction')} hint={h('introduction')} rows={8} />
        <FrontText session={session} field="process" label={m('process')} hint={h('process')} rows={8} />
      </Section>
      <Section id="fm-approval" heading={t('frontMatter.sections.approval')} headingClassName={styles.h2} className={styles.card}>
        <div className={styles.pair}>
          <FrontLine session={session} field="approval.decisionNumber" label={m('approval.decisionNumber')} hint={h('decisionNumber')} />
          <FrontDate session={session} field="approval.decisionDate" label={m('approval.decisionDate')} hint={h('decisionDate')} />
        </div>
        <FrontText session={session} field="approval.text" label={m('approval.text')} rows={3} />
      </Section>
      <Section id="fm-abbreviations" heading={t('frontMatter.sections.abbreviations')} headingClassName={styles.h2} className={styles.card}>
        <AbbreviationList session={session} />
      </Section>
      <Section id="fm-focal" heading={t('frontMatter.sections.focalPoints')} headingClassName={styles.h2} className={styles.card}>
        <FocalPointList session={session} institutions={[...ctx.institutions.values()]} />
      </Section>
    </>
  );
}

export function FrontMatterScreen({ ctx }: { ctx: ShellContext }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const { api, saves } = useServices();
  const [state, setState] = useState<{ session: FrontMatterSession; byRole: boolean } | { error: AppErrorDto } | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    void (async () => {
      // Kept values are read back first, or the boxes would show the saved values over what was typed.
      await saves.ensureRestored();
      const r = await api['frontMatter.get']({});
      if (!live) return;
      if (!r.ok) return setState({ error: r.error });
      const view: FrontMatterView = r.value;
      // An earlier cycle's front matter is read, not changed (the shell's banner says so).
      setState({ session: new FrontMatterSession(saves, view.id, view.fields, view.editable && !ctx.earlierCycle), byRole: view.editable });
    })();
    return () => {
      live = false;
    };
  }, [api, saves, attempt, ctx.earlierCycle]);

  return (
    <div className={styles.root}>
      <PageHeader title={t('frontMatter.title')} intro={t('frontMatter.intro')} />
      {state && 'session' in state && !state.byRole && (
        <MessageBar intent="info">
          <MessageBarBody>{t('frontMatter.readOnly')}</MessageBarBody>
        </MessageBar>
      )}
      {state === null ? (
        <div className={styles.centered}>
          <Spinner label={t('ui.app.loading')} />
        </div>
      ) : 'error' in state ? (
        <ErrorPanel error={state.error} onRetry={() => setAttempt((n) => n + 1)} />
      ) : (
        <Body session={state.session} ctx={ctx} />
      )}
    </div>
  );
}
