// The calendar as a Gantt-like chart (SVG drawn from React): the phases in
// process order, each item a bar from its start to its due date (a diamond
// when it has one date), today a line with its date. A late item is red AND
// striped AND marked ⚠ with the word "late" beside it; done is green with ✓;
// planned a light bar with a border: colour is never the only cue. Every
// mark is a link with its own name (title, dates, status) that opens the
// item, so Tab walks the chart; the table view holds the same items as text
// (the chart's alternative, said under its caption). Item titles stay in a
// column on the left while the chart scrolls sideways inside its region.
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { calendarNames, formatDate } from '../../../shared/format/dates';
import type { Lang } from '../../../shared/model/primitives';
import { routeHref } from '../lib/route';
import { dateLabel, itemTitle, phaseLabel, responsibleLabel, type CalendarViewProps } from './labels';
import { timelineLayout, type TimelineItemRow } from './timeline-layout';

const LABEL_WIDTH = 260;
const AXIS_HEIGHT = 44;
const ROW = 32;
const BAR = 16;
/** Room after the last day for the words beside a bar ("⚠ Me vonesë"). */
const TRAIL = 120;

const useStyles = makeStyles({
  figure: { margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  caption: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
  alt: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  legend: { display: 'flex', flexWrap: 'wrap', gap: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalL}`, margin: 0, padding: 0, listStyle: 'none', fontSize: tokens.fontSizeBase200 },
  legendItem: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  scroll: { overflowX: 'auto', overflowY: 'hidden', border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, maxWidth: '100%' },
  grid: { display: 'grid', alignItems: 'start' },
  labels: { position: 'sticky', left: 0, zIndex: 1, backgroundColor: tokens.colorNeutralBackground1, borderRight: `1px solid ${tokens.colorNeutralStroke2}` },
  labelHead: { height: `${AXIS_HEIGHT}px`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  label: {
    height: `${ROW}px`,
    boxSizing: 'border-box',
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    padding: `0 ${tokens.spacingHorizontalS}`,
    overflow: 'hidden',
    whiteSpace: 'nowrap',
    fontSize: tokens.fontSizeBase200,
  },
  labelText: { overflow: 'hidden', textOverflow: 'ellipsis', minWidth: 0 },
  labelOwner: { color: tokens.colorNeutralForeground3, flexShrink: 0 },
  phaseLabel: { fontWeight: tokens.fontWeightSemibold, backgroundColor: tokens.colorNeutralBackground3 },
  selectedLabel: { backgroundColor: tokens.colorNeutralBackground1Selected },
  svg: { display: 'block' },
  mark: {
    cursor: 'pointer',
    outlineStyle: 'none',
    ':focus-visible .tl-focus': { visibility: 'visible' },
    ':hover .tl-focus': { visibility: 'visible' },
  },
});

/** The fills and strokes of each status (Fluent's tokens, so both themes keep their contrast). */
const LOOK = {
  planned: { fill: tokens.colorBrandBackground2, stroke: tokens.colorBrandStroke1 },
  'in-progress': { fill: tokens.colorBrandBackground, stroke: tokens.colorBrandBackgroundPressed },
  done: { fill: tokens.colorPaletteGreenBackground3, stroke: tokens.colorPaletteGreenBorderActive },
  late: { fill: tokens.colorPaletteRedBackground3, stroke: tokens.colorPaletteRedBorderActive },
} as const;

export function CalendarTimeline({ items, today, lang, institutions, selected }: CalendarViewProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const base = useId().replace(/:/g, '');
  const hatch = `${base}-late`;
  const layout = useMemo(() => timelineLayout(items, today, { rowHeight: ROW }), [items, today]);
  const months = calendarNames(lang).shortMonths;
  const svgWidth = layout.width + TRAIL;
  const svgHeight = AXIS_HEIGHT + layout.height;
  const todayText =
    layout.today.edge === 'before'
      ? t('calendar.timeline.todayBefore', { date: formatDate(today) })
      : layout.today.edge === 'after'
        ? t('calendar.timeline.todayAfter', { date: formatDate(today) })
        : t('calendar.timeline.today', { date: formatDate(today) });

  return (
    <figure className={styles.figure} aria-labelledby={`${base}-caption`} data-testid="calendar-timeline">
      <figcaption id={`${base}-caption`} className={styles.caption}>
        {t('calendar.timeline.label')}
      </figcaption>
      <p id={`${base}-alt`} className={styles.alt}>
        {t('calendar.timeline.alternative')}
      </p>
      <Legend hatch={hatch} />
      <div className={styles.scroll} data-testid="timeline-scroll">
        <div className={styles.grid} style={{ gridTemplateColumns: `${LABEL_WIDTH}px ${svgWidth}px` }}>
          {/* The titles again, for the eye: each mark's link already names its item. */}
          <div className={styles.labels} aria-hidden="true">
            <div className={styles.labelHead} />
            {layout.rows.map((r) =>
              r.kind === 'phase' ? (
                <div key={`p-${r.y}`} className={mergeClasses(styles.label, styles.phaseLabel)}>
                  <span className={styles.labelText}>{phaseLabel(t, r.phase, lang)}</span>
                </div>
              ) : (
                <div key={r.item.id} className={mergeClasses(styles.label, selected === r.item.id && styles.selectedLabel)} title={itemTitle(t, r.item, lang)}>
                  <span className={styles.labelText}>{itemTitle(t, r.item, lang)}</span>
                  <span className={styles.labelOwner}>{responsibleLabel(r.item, institutions, lang)}</span>
                </div>
              ),
            )}
          </div>
          <svg className={styles.svg} width={svgWidth} height={svgHeight} role="group" aria-labelledby={`${base}-caption`} aria-describedby={`${base}-alt`}>
            <defs>
              <HatchPattern id={hatch} />
            </defs>
            {/* The phases' bands and the month lines. */}
            {layout.rows.map((r) => r.kind === 'phase' && <rect key={`band-${r.y}`} x={0} y={AXIS_HEIGHT + r.y} width={svgWidth} height={ROW} style={{ fill: tokens.colorNeutralBackground3 }} />)}
            <line x1={0} x2={svgWidth} y1={AXIS_HEIGHT - 0.5} y2={AXIS_HEIGHT - 0.5} style={{ stroke: tokens.colorNeutralStroke2 }} />
            {layout.months.map((m) => (
              <g key={m.iso} aria-hidden="true">
                <line x1={m.x + 0.5} x2={m.x + 0.5} y1={AXIS_HEIGHT - 12} y2={svgHeight} style={{ stroke: tokens.colorNeutralStroke3 }} />
                {m.labelled && (
                  <text x={m.x + 3} y={AXIS_HEIGHT - 16} style={{ fill: tokens.colorNeutralForeground3, fontSize: '11px' }}>
                    {`${months[Number(m.iso.slice(5, 7)) - 1]} ${m.iso.slice(0, 4)}`}
                  </text>
                )}
              </g>
            ))}
            {layout.rows.map((r) =>
              r.kind === 'item' ? <Mark key={r.item.id} row={r} hatch={hatch} lang={lang} selected={selected === r.item.id} /> : null,
            )}
            <g data-testid="timeline-today">
              <line
                x1={layout.today.x}
                x2={layout.today.x}
                y1={14}
                y2={svgHeight}
                style={{ stroke: tokens.colorNeutralForeground1, strokeWidth: 2, strokeDasharray: layout.today.edge ? '2 3' : '6 3' }}
              />
              <text
                x={layout.today.edge === 'after' ? layout.today.x - 4 : layout.today.x + 4}
                y={11}
                textAnchor={layout.today.edge === 'after' ? 'end' : 'start'}
                style={{ fill: tokens.colorNeutralForeground1, fontSize: '11px', fontWeight: 600 }}
              >
                {todayText}
              </text>
            </g>
          </svg>
        </div>
      </div>
    </figure>
  );
}

function HatchPattern({ id }: { id: string }) {
  return (
    <pattern id={id} width={6} height={6} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect width={6} height={6} style={{ fill: LOOK.late.fill }} />
      <line x1={0} y1={0} x2={0} y2={6} style={{ stroke: tokens.colorNeutralBackground1, strokeWidth: 2.5 }} />
    </pattern>
  );
}

/** One item's mark: a link to it, named by its title, dates and status. */
function Mark({ row, hatch, lang, selected }: { row: TimelineItemRow; hatch: string; lang: Lang; selected: boolean }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const { item, status, late, mark } = row;
  const look = LOOK[status];
  const title = itemTitle(t, item, lang);
  const name = t('calendar.timeline.bar', { title, start: dateLabel(item.start), due: dateLabel(item.due), status: t(`calendar.status.${status}`) });
  const cy = AXIS_HEIGHT + row.y + ROW / 2;
  const top = cy - BAR / 2;
  const fill = late ? `url(#${hatch})` : look.fill;
  const shape = { style: { fill, stroke: look.stroke, strokeWidth: selected ? 2.5 : 1.25 } };
  const after = mark === 'bar' ? row.x + row.width + 6 : mark === 'point' ? row.x + BAR / 2 + 6 : 4;
  const words = late ? `⚠ ${t('calendar.status.late')}` : status === 'done' ? '✓' : mark === 'none' ? t('calendar.timeline.undated') : '';
  return (
    <a href={routeHref({ view: 'calendar', item: item.id })} aria-label={name} className={styles.mark} data-testid="timeline-mark" data-late={late ? 'true' : undefined} data-status={status}>
      <title>{name}</title>
      {/* What the hover and the keyboard focus show: a frame around the whole row's mark. */}
      <rect
        className="tl-focus"
        x={mark === 'bar' ? row.x - 3 : mark === 'point' ? row.x - BAR / 2 - 3 : 0}
        y={top - 3}
        width={mark === 'bar' ? row.width + 6 : mark === 'point' ? BAR + 6 : 100}
        height={BAR + 6}
        rx={3}
        visibility="hidden"
        style={{ fill: 'none', stroke: tokens.colorStrokeFocus2, strokeWidth: 2 }}
      />
      {mark === 'bar' && <rect x={row.x} y={top} width={row.width} height={BAR} rx={2} {...shape} />}
      {mark === 'point' && <polygon points={`${row.x},${top} ${row.x + BAR / 2},${cy} ${row.x},${top + BAR} ${row.x - BAR / 2},${cy}`} {...shape} />}
      {/* An undated item still has its place in the row, to be reached and opened. */}
      {mark === 'none' && <rect x={0} y={top} width={100} height={BAR} style={{ fill: 'transparent' }} />}
      {words && (
        <text x={after} y={cy + 4} style={{ fill: late ? tokens.colorPaletteRedForeground1 : tokens.colorNeutralForeground2, fontSize: '12px', fontWeight: late ? 600 : 400 }}>
          {words}
        </text>
      )}
    </a>
  );
}

/** What each mark means, in words beside a small copy of it. */
function Legend({ hatch }: { hatch: string }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const swatch = (fill: string, stroke: string, diamond = false) => (
    <svg width={22} height={14} aria-hidden="true">
      {diamond ? <polygon points="11,1 17,7 11,13 5,7" style={{ fill, stroke }} /> : <rect x={1} y={2} width={20} height={10} rx={2} style={{ fill, stroke }} />}
    </svg>
  );
  return (
    <ul className={styles.legend} aria-label={t('calendar.timeline.legend')}>
      <li className={styles.legendItem}>
        {swatch(LOOK.planned.fill, LOOK.planned.stroke)}
        {t('calendar.timeline.legendPlanned')}
      </li>
      <li className={styles.legendItem}>
        {swatch(LOOK['in-progress'].fill, LOOK['in-progress'].stroke)}
        {t('calendar.timeline.legendInProgress')}
      </li>
      <li className={styles.legendItem}>
        {swatch(LOOK.done.fill, LOOK.done.stroke)}
        {t('calendar.timeline.legendDone')}
      </li>
      <li className={styles.legendItem}>
        {swatch(`url(#${hatch})`, LOOK.late.stroke)}
        {t('calendar.timeline.legendLate')}
      </li>
      <li className={styles.legendItem}>
        {swatch(LOOK.planned.fill, LOOK.planned.stroke, true)}
        {t('calendar.timeline.legendPoint')}
      </li>
    </ul>
  );
}
