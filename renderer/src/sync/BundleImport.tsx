// The POC's "Import bundle" page: an institution's signed submission, checked
// and shown before anything is applied (see sync/ImportFlow.tsx).
import { Link, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowRightRegular } from '@fluentui/react-icons';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanOverview } from '../../../shared/api/contract';
import { useFocusOnMount } from '../hooks/useFocusOnMount';
import { routeHref } from '../lib/route';
import { useSharedStyles } from '../lib/styles';
import type { ShellContext } from '../services/shell-context';
import { ImportFlow } from './ImportFlow';
import { invalidateReviewData } from './review-store';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  intro: { color: tokens.colorNeutralForeground2, maxWidth: '80ch', margin: 0 },
  link: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
});

export function BundleImport({ overview, ctx, onApplied }: { overview: PlanOverview; ctx: ShellContext; onApplied(): void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const shared = useSharedStyles();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const titleOf = useCallback(
    (id: string) => {
      for (const c of overview.components) for (const x of c.commitments) if (x.id === id) return x.title;
      return null;
    },
    [overview],
  );
  return (
    <div className={styles.root}>
      <h1 ref={heading} tabIndex={-1} className={shared.pageHeading}>
        {t('sync.importPage.title')}
      </h1>
      <p className={styles.intro}>{t('sync.importPage.intro')}</p>
      <ImportFlow
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
