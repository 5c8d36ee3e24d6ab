// The POC's "Import bundle" page: an institution's signed submission, checked
// and shown before anything is applied (see sync/ImportFlow.tsx).
import { Link, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowRightRegular } from '@fluentui/react-icons';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanOverview } from '../../../shared/api/contract';
import { PageHeader } from '../components/Page';
import { routeHref, type StagedBundle } from '../lib/route';
import type { ShellContext } from '../services/shell-context';
import { ImportFlow } from './ImportFlow';
import { invalidateReviewData } from './review-store';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  link: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
});

export function BundleImport({ overview, ctx, onApplied, staged }: { overview: PlanOverview; ctx: ShellContext; onApplied(): void; staged?: StagedBundle }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const titleOf = useCallback(
    (id: string) => {
      for (const c of overview.components) for (const x of c.commitments) if (x.id === id) return x.title;
      return null;
    },
    [overview],
  );
  return (
    <div className={styles.root}>
      <PageHeader title={t('sync.importPage.title')} intro={t('sync.importPage.intro')} />
      <ImportFlow
        key={staged?.id ?? 'choose'}
        initial={staged}
        ctx={ctx}
        expect="submission"
        titleOf={titleOf}
        onApplied={() => {
          invalidateReviewData();
          onApplied();
        }}
        afterApplied={
          <Link href={routeHref({ view: 'consolidation' })} className={styles.link}>
            {t('sync.importPage.openConsolidation')}
            <ArrowRightRegular aria-hidden />
          </Link>
        }
      />
    </div>
  );
}
