// Where a person lands: the current cycle, its components with their lead
// institutions and how many commitments each has, and this workspace's
// safety code (needed whenever keys are exchanged).
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Title3,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ShieldKeyholeRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { PlanOverview } from '../../../shared/api/contract';
import { LateCalendarNotice } from '../calendar/LateNotice';
import { PageHeading } from '../components/Page';
import { useLoad } from '../hooks/useLoad';
import { useLanguage } from '../hooks/useLanguage';
import { formatMonth } from '../lib/format';
import { useServices } from '../services/services';
import type { ShellContext } from '../services/shell-context';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  meta: { color: tokens.colorNeutralForeground2 },
  code: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground2 },
  mono: { fontFamily: tokens.fontFamilyMonospace },
  section: { marginTop: tokens.spacingVerticalL },
  numberCol: { width: '3rem' },
  countCol: { width: '9rem' },
});

export function PlanHome({ overview, ctx }: { overview: PlanOverview; ctx: ShellContext }) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const styles = useStyles();
  const { cycle } = overview;
  const safetyCode = useCurrentSafetyCode(ctx.workspace.keyFingerprint);
  return (
    <div className={styles.root}>
      <PageHeading>{cycle.title[lang]}</PageHeading>
      <Text className={styles.meta}>
        {t('ui.plan.cycleLine', { number: cycle.number, start: formatMonth(cycle.periodStart, lang), end: formatMonth(cycle.periodEnd, lang) })}
        {' · '}
        {t('ui.plan.cycleStatus', { status: t(`model.cycleStatus.${cycle.status}`) })}
      </Text>
      <Text className={styles.code}>
        <ShieldKeyholeRegular fontSize={18} aria-hidden />
        {t('ui.plan.safetyCode')}
        <span className={styles.mono} data-testid="home-safety-code">
          {safetyCode}
        </span>
      </Text>
      <LateCalendarNotice cycleId={cycle.id} />
      <Title3 as="h2" className={styles.section}>
        {t('ui.plan.componentsHeading')}
      </Title3>
      <Table aria-label={t('ui.plan.componentsHeading')}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.numberCol}>{t('ui.component.numberColumn')}</TableHeaderCell>
            <TableHeaderCell>{t('ui.plan.componentColumn')}</TableHeaderCell>
            <TableHeaderCell>{t('ui.plan.leadsColumn')}</TableHeaderCell>
            <TableHeaderCell className={styles.countCol}>{t('ui.plan.commitmentsColumn')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {overview.components.map(({ component, leads, commitments }) => (
            <TableRow key={component.code}>
              <TableCell className={styles.numberCol}>{component.number}</TableCell>
              <TableCell>{component.title[lang]}</TableCell>
              <TableCell>{leads.map((l) => l.name[lang]).join('; ')}</TableCell>
              <TableCell className={styles.countCol}>{commitments.length}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Text className={styles.meta}>{t('ui.plan.chooseComponent')}</Text>
    </div>
  );
}

/**
 * The workspace's safety code as it is now: the one loaded at start until the
 * key service answers, so a key rotated on the Key and trust page shows here
 * without a restart.
 */
function useCurrentSafetyCode(atStart: string): string {
  const { api } = useServices();
  const [key] = useLoad(() => api['key.show']({}), [api]);
  return key.state === 'ready' ? key.value.safetyCode : atStart;
}
