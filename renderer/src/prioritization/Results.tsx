// The live results of a round: per idea its rank, weighted total, gates and,
// per criterion, the mean of the scorers with their count and spread
// (disagreement is marked in words, not by colour alone); then the matrix.
import { Spinner, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useDeferredValue } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoundView } from '../../../shared/api/contract';
import { disagrees, type IdeaResult, type LiveResults, type MatrixEntry, TOTAL_DECIMALS } from '../../../shared/cocreation/prioritization';
import type { Text } from '../../../shared/model/primitives';
import { SpacerRow } from '../components/SpacerRow';
import { Section } from '../components/Page';
import { useLanguage } from '../hooks/useLanguage';
import { useVirtualRows } from '../hooks/useVirtualRows';
import { MatrixChart } from './MatrixChart';
import { textIn } from './text';
import { formatDecimal } from '../../../shared/format/decimals';

const useStyles = makeStyles({
  wrap: { overflowX: 'auto', maxWidth: '100%' },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, minWidth: '100%' },
  th: { textAlign: 'left', padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, borderBottom: `2px solid ${tokens.colorNeutralStroke1}`, verticalAlign: 'bottom' },
  td: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, verticalAlign: 'top' },
  num: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  failed: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  disagree: { backgroundColor: tokens.colorPaletteMarigoldBackground1, fontWeight: tokens.fontWeightSemibold },
  note: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  sections: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

export function Results({ view, results, onOpenIdea }: { view: RoundView; results: LiveResults; onOpenIdea(id: string): void }) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const styles = useStyles();
  const { criteria, scale } = view.round;
  const titles = new Map(view.ideas.map((i) => [i.id, i.title]));
  const numbers = new Map(results.ideas.map((r, n) => [r.ideaId, n + 1]));
  const matrix = new Map(results.matrix.map((m) => [m.ideaId, m]));
  const scored = results.ideas.some((r) => r.scorers > 0);
  // The ranks come first: the matrix (a dot and a table row per idea) is drawn in the background just after, so a
  // changed score shows its new rank without waiting for hundreds of dots.
  const matrixEntries = useDeferredValue<LiveResults['matrix'] | null>(results.matrix, null);
  return (
    <div className={styles.sections}>
      <Section id={`results-${view.round.id}`} heading={t('prioritization.results.heading')} level={3}>
        <p className={styles.note}>{t('prioritization.results.method', { midpoint: results.midpoint })}</p>
        {!scored && <p>{t('prioritization.results.noScores')}</p>}
        {results.ignored > 0 && <p className={styles.note}>{t('prioritization.results.ignored', { count: results.ignored })}</p>}
        {/* Wider than the screen with many criteria: the scrolling box itself takes the focus, so arrows scroll it. */}
        <div className={styles.wrap} tabIndex={0} role="region" aria-labelledby={`results-${view.round.id}`}>
          <table className={styles.table} aria-labelledby={`results-${view.round.id}`} aria-rowcount={results.ideas.length + 1}>
            <thead>
              <tr aria-rowindex={1}>
                <th scope="col" className={mergeClasses(styles.th, styles.num)}>
                  {t('prioritization.results.rank')}
                </th>
                <th scope="col" className={styles.th}>
                  {t('prioritization.results.idea')}
                </th>
                <th scope="col" className={mergeClasses(styles.th, styles.num)}>
                  {t('prioritization.results.total')}
                </th>
                <th scope="col" className={styles.th}>
                  {t('prioritization.results.gates')}
                </th>
                {criteria.map((c) => (
                  <th key={c.id} scope="col" className={styles.th}>
                    {textIn(c.name, lang)}
                  </th>
                ))}
                <th scope="col" className={styles.th}>
                  {t('prioritization.results.quadrant')}
                </th>
              </tr>
            </thead>
            <ResultRows results={results} titles={titles} numbers={numbers} matrix={matrix} scale={scale} columns={criteria.length + 5} />
          </table>
        </div>
      </Section>
      <Section id={`matrix-${view.round.id}`} heading={t('prioritization.matrix.heading')} level={3}>
        {results.axes ? (
          matrixEntries ? (
            <MatrixChart entries={matrixEntries} titles={titles} numbers={numbers} scale={scale} midpoint={results.midpoint} onOpen={onOpenIdea} />
          ) : (
            <Spinner size="tiny" label={t('ui.app.loading')} />
          )
        ) : (
          <p>{t('prioritization.matrix.noAxes')}</p>
        )}
      </Section>
    </div>
  );
}

/** From this many ideas on, only the rows near the visible part of the page are in the DOM. */
const VIRTUALIZE_FROM = 100;
const ROW_HEIGHT = 52;

interface RowsProps {
  results: LiveResults;
  titles: ReadonlyMap<string, Text>;
  numbers: ReadonlyMap<string, number>;
  matrix: ReadonlyMap<string, MatrixEntry>;
  scale: RoundView['round']['scale'];
  columns: number;
}

function ResultRows(props: RowsProps) {
  const { results } = props;
  if (results.ideas.length < VIRTUALIZE_FROM) {
    return <tbody>{results.ideas.map((r, index) => <ResultRow key={r.ideaId} {...props} result={r} index={index} />)}</tbody>;
  }
  return <VirtualResultRows {...props} />;
}

function VirtualResultRows(props: RowsProps) {
  const { results, columns } = props;
  const { body, items, before, after, measure } = useVirtualRows(results.ideas.length, ROW_HEIGHT);
  return (
    <tbody ref={body}>
      {before > 0 && <SpacerRow height={before} columns={columns} />}
      {items.map((item) => (
        <ResultRow key={results.ideas[item.index]!.ideaId} {...props} result={results.ideas[item.index]!} index={item.index} measure={measure} />
      ))}
      {after > 0 && <SpacerRow height={after} columns={columns} />}
    </tbody>
  );
}

function ResultRow({ result: r, index, titles, numbers, matrix, scale, measure }: RowsProps & { result: IdeaResult; index: number; measure?: (el: HTMLElement | null) => void }) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const styles = useStyles();
  const fmt = (n: number | null) => (n === null ? '—' : formatDecimal(n, lang, TOTAL_DECIMALS));
  const failed = r.gates.some((g) => g.state === 'failed');
  const gates = r.gates.length === 0 ? '—' : failed ? t('prioritization.results.failed') : r.gates.every((g) => g.state === 'passed') ? t('prioritization.results.passed') : t('prioritization.results.unscored');
  const q = matrix.get(r.ideaId)?.quadrant ?? null;
  return (
    <tr ref={measure} data-index={index} aria-rowindex={index + 2} data-idea={r.ideaId}>
      <td className={mergeClasses(styles.td, styles.num)}>{r.rank ?? '—'}</td>
      <th scope="row" className={styles.td} style={{ fontWeight: 'normal', textAlign: 'left', minWidth: '180px' }}>
        {`${numbers.get(r.ideaId)}. `}
        {textIn(titles.get(r.ideaId) ?? { sq: '', en: '' }, lang) || t('prioritization.decisions.untitled')}
      </th>
      <td className={mergeClasses(styles.td, styles.num)}>{fmt(r.total)}</td>
      <td className={mergeClasses(styles.td, failed && styles.failed)}>{gates}</td>
      {r.criteria.map((c) => {
        const split = disagrees(c.spread, scale);
        return (
          <td key={c.criterionId} className={mergeClasses(styles.td, styles.num, split && styles.disagree)}>
            {c.mean === null ? '—' : fmt(c.mean)}
            {c.mean !== null && <div className={styles.note}>{t('prioritization.results.meanCell', { count: c.count, spread: c.spread ?? 0 })}</div>}
            {split && <div>{`≠ ${t('prioritization.results.disagreement')}`}</div>}
          </td>
        );
      })}
      <td className={styles.td}>{t(`prioritization.quadrant.${q ?? 'none'}`)}</td>
    </tr>
  );
}
