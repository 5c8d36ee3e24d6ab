// What the records say about a report (report.assemble), read-only beside
// its text: participation by sector and gender (names only of those who
// consented), the response table of the decided comments, the impact on the
// commitments since the latest chosen event, and the comments still
// undecided, each a link to the comment in its event.
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { ReportAssembly } from '../../../shared/api/contract';
import { formatDate } from '../../../shared/format/dates';
import type { Text as Bilingual } from '../../../shared/model/primitives';
import { fieldKey } from '../lib/field-key';
import { useLanguage } from '../hooks/useLanguage';
import { routeHref } from '../lib/route';

const useStyles = makeStyles({
  wrap: { overflowX: 'auto' },
  text: { overflowWrap: 'anywhere' },
  num: { textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  link: { color: tokens.colorBrandForegroundLink, overflowWrap: 'anywhere' },
  note: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

const GENDERS = ['female', 'male', 'other', 'undisclosed'] as const;

function useShown() {
  const { lang } = useLanguage();
  return (text: Bilingual) => text[lang].trim() || text[lang === 'sq' ? 'en' : 'sq'].trim();
}

export function ParticipationTable({ assembly }: { assembly: ReportAssembly }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const p = assembly.participation;
  if (p.total.total === 0) return <Text size={200}>{t('reports.participation.none')}</Text>;
  const rows = [...p.bySector.map((s) => ({ key: s.sector, label: s.sector || t('reports.participation.noSector'), counts: s.counts })), { key: '\u0000all', label: t('reports.participation.all'), counts: p.total }];
  return (
    <>
      <div className={styles.wrap}>
        <Table size="extra-small" aria-label={t('reports.participation.heading')} data-testid="participation-table">
          <caption className={styles.note}>{t('reports.participation.caption', { total: p.total.total, events: p.events })}</caption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('reports.participation.sector')}</TableHeaderCell>
              {GENDERS.map((g) => (
                <TableHeaderCell key={g}>{t(`consultation.gender.${g}`)}</TableHeaderCell>
              ))}
              <TableHeaderCell>{t('reports.participation.total')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={r.key}>
                <TableCell className={styles.text}>{r.label}</TableCell>
                {GENDERS.map((g) => (
                  <TableCell key={g} className={styles.num}>
                    {r.counts[g]}
                  </TableCell>
                ))}
                <TableCell className={styles.num}>{r.counts.total}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      {p.named.length > 0 && <Text size={200}>{t('reports.participation.named', { names: p.named.map((n) => (n.organisation ? `${n.name} (${n.organisation})` : n.name)).join(', ') })}</Text>}
      {p.unnamed > 0 && <Text size={200}>{t('reports.participation.unnamed', { count: p.unnamed })}</Text>}
    </>
  );
}

export function ResponseTable({ assembly }: { assembly: ReportAssembly }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const shown = useShown();
  if (assembly.responses.length === 0) return <Text size={200}>{t('reports.responses.none')}</Text>;
  return (
    <div className={styles.wrap}>
      <Table size="extra-small" aria-label={t('reports.responses.heading')} data-testid="response-table">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('reports.responses.from')}</TableHeaderCell>
            <TableHeaderCell>{t('reports.responses.comment')}</TableHeaderCell>
            <TableHeaderCell>{t('reports.responses.decision')}</TableHeaderCell>
            <TableHeaderCell>{t('reports.responses.reason')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {assembly.responses.map((r) => (
            <TableRow key={r.commentId}>
              <TableCell className={styles.text}>{r.organisation || r.author || '—'}</TableCell>
              <TableCell className={styles.text}>{shown(r.text)}</TableCell>
              <TableCell>{t(`consultation.decision.${r.decision}`)}</TableCell>
              <TableCell className={styles.text}>{shown(r.reason) || '—'}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

export function ImpactList({ assembly }: { assembly: ReportAssembly }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const shown = useShown();
  if (assembly.since === null) return <Text size={200}>{t('reports.impact.noDate')}</Text>;
  return (
    <>
      <Text size={200}>{t('reports.impact.since', { date: formatDate(assembly.since) })}</Text>
      {assembly.impact.length === 0 ? (
        <Text size={200}>{t('reports.impact.none')}</Text>
      ) : (
        <ul className={styles.list} data-testid="impact-list">
          {assembly.impact.map((i) => (
            <li key={`${i.kind}-${i.id}`} className={styles.text}>
              {t('reports.impact.item', {
                kind: t(`reports.impact.kind.${i.kind}`),
                title: shown(i.title) || t('reports.untitled'),
                change: t(`reports.impact.change.${i.change}`),
                date: formatDate(i.at.slice(0, 10)),
                rev: i.rev,
              })}
              {i.kind !== 'commitment' && ` ${t('reports.impact.of', { commitment: shown(i.commitmentTitle) || t('reports.untitled') })}`}
              {i.comments.length > 0 && ` — ${t('reports.impact.comments', { count: i.comments.length })}`}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export interface UndecidedLink {
  eventId: string;
  commentId: string;
  label: string;
}

/** Each comment still waiting for a decision, a link to its text in its event (where it is decided). */
export function UndecidedList({ comments }: { comments: readonly UndecidedLink[] }) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const styles = useStyles();
  if (comments.length === 0) return <Text size={200}>{t('reports.undecided.none')}</Text>;
  return (
    <ul className={styles.list} data-testid="undecided-list">
      {comments.map((c) => (
        <li key={c.commentId}>
          <a
            className={styles.link}
            href={routeHref({ view: 'consultation', event: c.eventId, focus: fieldKey({ recordType: 'comment', recordId: c.commentId, field: 'text', lang }) })}
          >
            {c.label || t('reports.untitled')}
          </a>
        </li>
      ))}
    </ul>
  );
}
