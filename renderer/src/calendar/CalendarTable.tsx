// The calendar as a table, the timeline's text alternative: one row per
// item, every column sortable (a header is a button: Enter or Space sorts,
// again reverses), the title a link that opens the item, "late" in words
// with its icon and colour.
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { WarningFilled } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isCalendarItemLate } from '../../../shared/cocreation/calendar';
import { routeHref } from '../lib/route';
import { dateLabel, itemTitle, phaseLabel, responsibleLabel, type CalendarViewProps } from './labels';
import { CALENDAR_COLUMNS, PROCESS_ORDER, nextSort, sortCalendarItems, type CalendarColumn, type CalendarSort } from './table-sort';

const useStyles = makeStyles({
  wrap: { overflowX: 'auto' },
  link: { color: tokens.colorBrandForegroundLink, overflowWrap: 'anywhere' },
  late: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXXS, color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
  selected: { backgroundColor: tokens.colorNeutralBackground1Selected },
  date: { whiteSpace: 'nowrap' },
});

const HEADER = {
  phase: 'calendar.field.phase',
  title: 'calendar.field.title',
  responsible: 'calendar.field.responsible',
  start: 'calendar.field.start',
  due: 'calendar.field.due',
  status: 'calendar.field.status',
  late: 'calendar.table.late',
} as const satisfies Record<CalendarColumn, string>;

export function CalendarTable({ items, today, lang, institutions, selected }: CalendarViewProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const [sort, setSort] = useState<CalendarSort>(PROCESS_ORDER);
  const rows = useMemo(() => sortCalendarItems(items, sort, lang, today), [items, sort, lang, today]);
  if (items.length === 0) return <p className={styles.muted}>{t('calendar.table.none')}</p>;
  return (
    <div className={styles.wrap}>
      <Table size="small" sortable aria-label={t('calendar.table.label')} data-testid="calendar-table">
        <TableHeader>
          <TableRow>
            {CALENDAR_COLUMNS.map((c) => (
              <TableHeaderCell key={c} sortDirection={sort.column === c ? sort.direction : undefined} onClick={() => setSort((s) => nextSort(s, c))} data-column={c}>
                {t(HEADER[c])}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((item) => {
            const late = isCalendarItemLate(item, today);
            const title = itemTitle(t, item, lang);
            return (
              <TableRow key={item.id} className={mergeClasses(selected === item.id && styles.selected)} data-testid="calendar-row" data-late={late ? 'true' : undefined}>
                <TableCell>{phaseLabel(t, item.phase, lang)}</TableCell>
                <TableCell>
                  <a className={styles.link} href={routeHref({ view: 'calendar', item: item.id })} aria-current={selected === item.id ? 'true' : undefined}>
                    {title}
                  </a>
                </TableCell>
                <TableCell>{responsibleLabel(item, institutions, lang)}</TableCell>
                <TableCell className={styles.date}>{dateLabel(item.start)}</TableCell>
                <TableCell className={styles.date}>{dateLabel(item.due)}</TableCell>
                <TableCell>{t(`calendar.status.${item.status}`)}</TableCell>
                <TableCell>
                  {late ? (
                    <span className={styles.late}>
                      <WarningFilled aria-hidden />
                      {t('calendar.status.late')}
                    </span>
                  ) : (
                    <span className={styles.muted}>{t('calendar.table.notLate')}</span>
                  )}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
