// The impact × feasibility matrix drawn as SVG: feasibility across, impact
// up, the scale's midpoint splitting it into its four quadrants, each named
// in its corner (the colour is never the only cue). Every dot carries its
// idea's number, is a button (click, Enter or Space opens the idea) and is
// named for screen readers; the same data follows as a table.
import { makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { MatrixEntry, Quadrant } from '../../../shared/cocreation/prioritization';
import { TOTAL_DECIMALS } from '../../../shared/cocreation/prioritization';
import { useLanguage } from '../hooks/useLanguage';
import { useSharedStyles } from '../lib/styles';
import { textIn } from './text';
import { formatDecimal } from '../../../shared/format/decimals';

const W = 440;
const H = 340;
const PAD = { left: 56, right: 16, top: 16, bottom: 48 };

const useStyles = makeStyles({
  svg: { width: '100%', maxWidth: `${W}px`, height: 'auto', display: 'block' },
  dot: { cursor: 'pointer', ':focus-visible': { outline: `3px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' } },
  table: { borderCollapse: 'collapse' },
});

const FILL: Record<Quadrant, string> = {
  'quick-win': tokens.colorPaletteGreenBackground1,
  strategic: tokens.colorBrandBackground2,
  'fill-in': tokens.colorPaletteYellowBackground1,
  drop: tokens.colorNeutralBackground3,
};

interface Props {
  entries: readonly MatrixEntry[];
  titles: ReadonlyMap<string, { sq: string; en: string }>;
  /** The number shown on each idea's dot (its row in the results). */
  numbers: ReadonlyMap<string, number>;
  scale: { min: number; max: number };
  midpoint: number;
  onOpen(ideaId: string): void;
}

export function MatrixChart({ entries, titles, numbers, scale, midpoint, onOpen }: Props) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const styles = useStyles();
  const shared = useSharedStyles();
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const x = (v: number) => PAD.left + ((v - scale.min) / (scale.max - scale.min)) * plotW;
  const y = (v: number) => PAD.top + plotH - ((v - scale.min) / (scale.max - scale.min)) * plotH;
  const placed = entries.filter((e) => e.quadrant !== null);
  const fmt = (n: number | null) => (n === null ? '—' : formatDecimal(n, lang, TOTAL_DECIMALS));
  const title = (id: string) => textIn(titles.get(id) ?? { sq: '', en: '' }, lang) || t('prioritization.decisions.untitled');
  const quadrantLabel = (q: Quadrant | null) => t(`prioritization.quadrant.${q ?? 'none'}`);
  const regions: { q: Quadrant; x0: number; y0: number; x1: number; y1: number; anchor: 'start' | 'end'; tx: number; ty: number }[] = [
    { q: 'strategic', x0: scale.min, y0: midpoint, x1: midpoint, y1: scale.max, anchor: 'start', tx: x(scale.min) + 6, ty: y(scale.max) + 16 },
    { q: 'quick-win', x0: midpoint, y0: midpoint, x1: scale.max, y1: scale.max, anchor: 'end', tx: x(scale.max) - 6, ty: y(scale.max) + 16 },
    { q: 'drop', x0: scale.min, y0: scale.min, x1: midpoint, y1: midpoint, anchor: 'start', tx: x(scale.min) + 6, ty: y(scale.min) - 8 },
    { q: 'fill-in', x0: midpoint, y0: scale.min, x1: scale.max, y1: midpoint, anchor: 'end', tx: x(scale.max) - 6, ty: y(scale.min) - 8 },
  ];
  const ticks = Array.from({ length: scale.max - scale.min + 1 }, (_, i) => scale.min + i).filter((_, i, all) => all.length <= 11 || i % Math.ceil(all.length / 10) === 0);
  return (
    <div>
      <svg viewBox={`0 0 ${W} ${H}`} className={styles.svg} role="group" aria-label={t('prioritization.matrix.chart', { count: placed.length })}>
        {regions.map((r) => (
          <g key={r.q} aria-hidden>
            <rect x={x(r.x0)} y={y(r.y1)} width={x(r.x1) - x(r.x0)} height={y(r.y0) - y(r.y1)} fill={FILL[r.q]} stroke={tokens.colorNeutralStroke2} />
            <text x={r.tx} y={r.ty} textAnchor={r.anchor} fontSize="12" fontWeight="600" fill={tokens.colorNeutralForeground2}>
              {quadrantLabel(r.q)}
            </text>
          </g>
        ))}
        <g aria-hidden fontSize="11" fill={tokens.colorNeutralForeground3}>
          {ticks.map((v) => (
            <g key={v}>
              <text x={x(v)} y={PAD.top + plotH + 14} textAnchor="middle">
                {v}
              </text>
              <text x={PAD.left - 8} y={y(v) + 4} textAnchor="end">
                {v}
              </text>
            </g>
          ))}
          <text x={PAD.left + plotW / 2} y={H - 8} textAnchor="middle" fontSize="12" fill={tokens.colorNeutralForeground1}>
            {t('prioritization.matrix.feasibility')} →
          </text>
          <text x={14} y={PAD.top + plotH / 2} textAnchor="middle" fontSize="12" fill={tokens.colorNeutralForeground1} transform={`rotate(-90 14 ${PAD.top + plotH / 2})`}>
            {t('prioritization.matrix.impact')} →
          </text>
        </g>
        {placed.map((e) => {
          const n = numbers.get(e.ideaId) ?? 0;
          const label = t('prioritization.matrix.dot', { idea: `${n}. ${title(e.ideaId)}`, impact: fmt(e.impact), feasibility: fmt(e.feasibility), quadrant: quadrantLabel(e.quadrant) });
          return (
            <g
              key={e.ideaId}
              role="button"
              tabIndex={0}
              aria-label={label}
              data-idea={e.ideaId}
              className={styles.dot}
              onClick={() => onOpen(e.ideaId)}
              onKeyDown={(k) => {
                if (k.key === 'Enter' || k.key === ' ') {
                  k.preventDefault();
                  onOpen(e.ideaId);
                }
              }}
            >
              <title>{label}</title>
              <circle cx={x(e.feasibility!)} cy={y(e.impact!)} r="11" fill={tokens.colorBrandBackground} stroke={tokens.colorNeutralBackground1} strokeWidth="2" />
              <text x={x(e.feasibility!)} y={y(e.impact!) + 4} textAnchor="middle" fontSize="11" fontWeight="700" fill={tokens.colorNeutralForegroundOnBrand}>
                {n}
              </text>
            </g>
          );
        })}
      </svg>
      <table className={shared.visuallyHidden}>
        <caption>{t('prioritization.matrix.table')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('prioritization.results.idea')}</th>
            <th scope="col">{t('prioritization.matrix.impact')}</th>
            <th scope="col">{t('prioritization.matrix.feasibility')}</th>
            <th scope="col">{t('prioritization.results.quadrant')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.ideaId}>
              <th scope="row">{`${numbers.get(e.ideaId) ?? ''}. ${title(e.ideaId)}`}</th>
              <td>{fmt(e.impact)}</td>
              <td>{fmt(e.feasibility)}</td>
              <td>{quadrantLabel(e.quadrant)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
