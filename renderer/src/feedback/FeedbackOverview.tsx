// The POC's follow-up of its feedback (#/poc-feedback): per institution, how
// many items are open, past their due date or resolved, and each feedback
// with its items, linked to the commitment it is about, or for a
// consultation report to that report on the Reports tab.
import { Link, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { PlanOverview } from '../../../shared/api/contract';
import { FEEDBACK_STATES } from '../../../shared/cocreation/feedback';
import { formatDate } from '../../../shared/format/dates';
import { ErrorPanel } from '../components/ErrorPanel';
import { PageHeading } from '../components/Page';
import { useLanguage } from '../hooks/useLanguage';
import { useLoad } from '../hooks/useLoad';
import { routeHref } from '../lib/route';
import { pickText } from '../lib/text';
import { useServices } from '../services/services';
import { StateBadge } from './StateBadge';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, padding: tokens.spacingHorizontalXL, maxWidth: '72rem' },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalL, border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusLarge, backgroundColor: tokens.colorNeutralBackground1 },
  h2: { margin: 0, fontSize: tokens.fontSizeBase500 },
  h3: { margin: 0, fontSize: tokens.fontSizeBase300 },
  counts: { display: 'flex', gap: tokens.spacingHorizontalL, flexWrap: 'wrap', margin: 0, padding: 0, listStyle: 'none' },
  entries: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, margin: 0, padding: 0, listStyle: 'none' },
  items: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, margin: 0, paddingLeft: tokens.spacingHorizontalL },
  item: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', alignItems: 'baseline' },
  note: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

export function FeedbackOverviewScreen({ overview }: { overview: PlanOverview }) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const styles = useStyles();
  const { api } = useServices();
  const [state, reload] = useLoad(() => api['pocFeedback.list']({}), []);
  // The component each commitment is filed under, for its link.
  const componentOf = new Map(overview.components.flatMap((c) => c.commitments.map((x) => [x.id, c.component.code] as const)));
  const leads = new Map(overview.components.flatMap((c) => c.leads.map((l) => [l.code, l] as const)));

  let body;
  if (state.state === 'loading') body = <Spinner size="small" label={t('ui.app.loading')} />;
  else if (state.state === 'failed') body = <ErrorPanel error={state.error} onRetry={reload} />;
  else if (state.value.institutions.length === 0) body = <Text>{t('feedback.overview.none')}</Text>;
  else
    body = state.value.institutions.map((inst) => {
      const lead = leads.get(inst.institution);
      const name = lead ? `${lead.name[lang]} (${lead.acronym[lang]})` : inst.institution;
      const headingId = `fbo-${inst.institution}`;
      return (
        <section key={inst.institution} className={styles.card} aria-labelledby={headingId} data-testid="feedback-institution" data-institution={inst.institution}>
          <h2 id={headingId} className={styles.h2}>
            {name}
          </h2>
          <ul className={styles.counts} aria-label={t('feedback.overview.counts')} data-testid="feedback-institution-counts">
            {FEEDBACK_STATES.filter((s) => s !== 'met').map((s) => (
              <li key={s} data-state={s} data-count={inst.counts[s]}>
                {t(`feedback.state.${s}`)}: <strong>{inst.counts[s]}</strong>
              </li>
            ))}
          </ul>
          <ul className={styles.entries} aria-label={t('feedback.overview.entries', { institution: name })}>
            {inst.entries.map((e) => {
              const label = pickText(e.label, lang)?.value ?? t('feedback.overview.untitled');
              const component = e.commitmentId ? componentOf.get(e.commitmentId) : undefined;
              const href = e.commitmentId && component ? routeHref({ view: 'commitment', component, commitment: e.commitmentId }) : e.target.type === 'consultation-report' ? routeHref({ view: 'consultation', tab: 'reports', report: e.target.id }) : routeHref({ view: 'consultation' });
              const open = e.items.filter((i) => i.state !== 'met');
              return (
                <li key={e.feedbackId} data-testid="feedback-entry">
                  <h3 className={styles.h3}>
                    <Link href={href}>{e.target.type === 'consultation-report' ? `${t('feedback.overview.report')}: ${label}` : label}</Link>
                  </h3>
                  {open.length > 0 && (
                    <ol className={styles.items}>
                      {open.map((i) => (
                        <li key={i.key} className={styles.item}>
                          <StateBadge state={i.state} />
                          <span lang={pickText(i.check, lang)?.lang}>{pickText(i.check, lang)?.value}</span>
                          {i.dueDate && <span className={styles.note}>{t('feedback.due', { date: formatDate(i.dueDate) })}</span>}
                        </li>
                      ))}
                    </ol>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      );
    });

  return (
    <div className={styles.root} data-testid="feedback-overview">
      <PageHeading>{t('feedback.title')}</PageHeading>
      <p className={styles.intro}>{t('feedback.intro')}</p>
      {body}
    </div>
  );
}
