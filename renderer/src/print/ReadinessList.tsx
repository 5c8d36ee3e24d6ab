// What stands in the way of the final print, one line per obstacle: the
// commitment (plan number and title, and the field for a finding) as a link
// that opens it there, and why. Only the first SHOWN_OBSTACLES are listed;
// the quality page has every finding.
import { Link, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowRightRegular, ErrorCircleFilled } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { PrintObstacle } from '../../../shared/quality/print-readiness';
import { useLanguage } from '../hooks/useLanguage';
import { routeHref } from '../lib/route';
import { pickText } from '../lib/text';
import { useLabels } from '../quality/labels';
import { obstacleKey, obstacleRoute, SHOWN_OBSTACLES } from './readiness';

const useStyles = makeStyles({
  intro: { color: tokens.colorNeutralForeground2, margin: `0 0 ${tokens.spacingVerticalS}` },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  item: {
    display: 'flex',
    alignItems: 'baseline',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `3px solid ${tokens.colorPaletteRedBorder2}`,
    borderTop: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  icon: { color: tokens.colorPaletteRedForeground1, flexShrink: 0, alignSelf: 'center' },
  body: { display: 'flex', flexDirection: 'column', gap: '2px', minWidth: 0 },
  link: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, overflowWrap: 'anywhere' },
  subject: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  reason: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  more: { margin: `${tokens.spacingVerticalS} 0 0`, color: tokens.colorNeutralForeground2 },
});

export function ReadinessList({ obstacles }: { obstacles: readonly PrintObstacle[] }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const shown = obstacles.slice(0, SHOWN_OBSTACLES);
  return (
    <>
      <p className={styles.intro}>{t('printScreen.readiness.intro')}</p>
      <ul className={styles.list} data-testid="print-obstacles">
        {shown.map((o, i) => (
          <li key={obstacleKey(o, i)} className={styles.item} data-kind={o.kind}>
            <ErrorCircleFilled className={styles.icon} aria-hidden />
            <ObstacleLine obstacle={o} />
          </li>
        ))}
      </ul>
      {obstacles.length > shown.length && (
        <p className={styles.more}>
          {t('printScreen.readiness.more', { count: obstacles.length - shown.length })}{' '}
          <Link href={routeHref({ view: 'quality' })}>{t('printScreen.readiness.allOnQuality')}</Link>
        </p>
      )}
    </>
  );
}

function ObstacleLine({ obstacle: o }: { obstacle: PrintObstacle }) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const labels = useLabels();
  const styles = useStyles();

  const commitment = o.kind === 'no-commitments' ? null : o.commitment;
  const title = commitment ? pickText(commitment.title, lang) : null;
  const recordTitle = o.kind === 'blocking-finding' && o.recordTitle ? (pickText(o.recordTitle, lang)?.value ?? '') : null;
  const subject = commitment
    ? `${commitment.planNumber ? `${commitment.planNumber} ` : ''}${title?.value ?? t('ui.component.untitled')}`
    : o.kind === 'blocking-finding' && recordTitle !== null
      ? t(o.target.type === 'idea' ? 'printScreen.readiness.idea' : 'printScreen.readiness.event', { title: recordTitle })
      : o.kind === 'no-commitments'
        ? t('printScreen.readiness.noCommitments')
        : t('printScreen.readiness.wholePlan');

  // The field a finding points at, as the editor labels its input: "Titulli (anglisht)".
  let field: string | null = null;
  if (o.kind === 'blocking-finding' && o.target.field) {
    const name = labels.fieldLabel(o.target.type, o.target.field);
    const lang = o.target.lang;
    field = lang ? t(lang === 'sq' ? 'ui.editor.fieldSq' : 'ui.editor.fieldEn', { field: name }) : name;
  }
  const reason =
    o.kind === 'returned'
      ? t('printScreen.readiness.returned')
      : o.kind === 'undecided'
        ? t('printScreen.readiness.undecided', { status: t(`model.commitmentStatus.${o.status}`) })
        : o.kind === 'blocking-finding'
          ? labels.findingMessage({ checkId: o.checkId, severity: 'blocking', target: o.target, params: o.params })
          : null;

  const route = obstacleRoute(o);
  const text = (
    <>
      <span lang={title?.lang}>{subject}</span>
      {field && <span> · {field}</span>}
    </>
  );
  return (
    <div className={styles.body}>
      {route ? (
        <Link href={routeHref(route)} className={styles.link}>
          {text}
          <ArrowRightRegular aria-hidden />
        </Link>
      ) : (
        <span className={styles.subject}>{text}</span>
      )}
      {reason && <span className={styles.reason}>{reason}</span>}
    </div>
  );
}
