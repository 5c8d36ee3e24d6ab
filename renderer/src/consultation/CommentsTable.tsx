// Every comment of the cycle in one table, filtered by event and by decision
// (or those still undecided), with the count per decision. A row opens its
// event, where the comment is edited and decided. Also used, filtered by a
// commitment, in the commitment editor (CommitmentComments).
import { Field, Select, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, ToggleButton, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DECISION_FILTERS, type CommentFilter } from '../../../shared/api/contract';
import type { Comment, ConsultationEvent } from '../../../shared/model/cocreation';
import { Loaded } from '../components/Page';
import { useLanguage } from '../hooks/useLanguage';
import { useLoad } from '../hooks/useLoad';
import { routeHref } from '../lib/route';
import { useServices } from '../services/services';
import { eventTitle } from './labels';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  toolbar: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM },
  filter: { minWidth: '180px', maxWidth: '320px' },
  select: { width: '100%', minWidth: 0 },
  counts: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, margin: 0, padding: 0, listStyle: 'none' },
  wrap: { overflowX: 'auto' },
  text: { overflowWrap: 'anywhere' },
  link: { color: tokens.colorBrandForegroundLink },
});

export function CommentsTable({ events }: { events: readonly ConsultationEvent[] }) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const styles = useStyles();
  const { api } = useServices();
  const [filter, setFilter] = useState<CommentFilter>({});
  const [state] = useLoad(() => api['comment.list']({ filter }), [filter], { keep: true });
  const byId = useMemo(() => new Map(events.map((e) => [e.id, e])), [events]);
  return (
    <div className={styles.root}>
      <div className={styles.toolbar} role="group" aria-label={t('consultation.table.label')}>
        <Field label={t('consultation.table.event')} className={styles.filter}>
          <Select className={styles.select} value={filter.eventId ?? ''} onChange={(_, d) => setFilter((f) => ({ ...f, eventId: d.value || undefined }))}>
            <option value="">{t('consultation.table.all')}</option>
            {events.map((e) => (
              <option key={e.id} value={e.id}>
                {eventTitle(e, lang) || t('consultation.list.untitled')}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('consultation.table.decision')} className={styles.filter}>
          <Select className={styles.select} value={filter.decision ?? ''} onChange={(_, d) => setFilter((f) => ({ ...f, decision: (d.value || undefined) as CommentFilter['decision'] }))} data-testid="decision-filter">
            <option value="">{t('consultation.table.all')}</option>
            {DECISION_FILTERS.map((d) => (
              <option key={d} value={d}>
                {t(`consultation.decision.${d}`)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Loaded state={state} label={t('ui.app.loading')}>
        {({ comments, counts }) => (
          <>
            <ul className={styles.counts} aria-label={t('consultation.table.counts')} data-testid="comment-counts">
              {DECISION_FILTERS.map((d) => (
                <li key={d}>
                  <ToggleButton size="small" checked={filter.decision === d} onClick={() => setFilter((f) => ({ ...f, decision: f.decision === d ? undefined : d }))} data-decision={d}>
                    {`${t(`consultation.decision.${d}`)}: ${counts[d]}`}
                  </ToggleButton>
                </li>
              ))}
            </ul>
            <CommentRows comments={comments} eventOf={(id) => (id ? byId.get(id) : undefined)} />
          </>
        )}
      </Loaded>
    </div>
  );
}

/** The rows of a list of comments: event, author's organisation, text, decision, reason. */
export function CommentRows({ comments, eventOf }: { comments: readonly Comment[]; eventOf(id: string | null): ConsultationEvent | undefined }) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const styles = useStyles();
  if (comments.length === 0) return <Text size={200}>{t('consultation.table.empty')}</Text>;
  const other = lang === 'sq' ? 'en' : 'sq';
  return (
    <div className={styles.wrap}>
      <Table size="small" aria-label={t('consultation.table.label')} data-testid="comment-table">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('consultation.table.event')}</TableHeaderCell>
            <TableHeaderCell>{t('consultation.comment.organisation')}</TableHeaderCell>
            <TableHeaderCell>{t('consultation.comment.text')}</TableHeaderCell>
            <TableHeaderCell>{t('consultation.comment.decision')}</TableHeaderCell>
            <TableHeaderCell>{t('consultation.comment.reason')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {comments.map((c) => {
            const e = eventOf(c.eventId);
            return (
              <TableRow key={c.id}>
                <TableCell>
                  {e ? (
                    <a className={styles.link} href={routeHref({ view: 'consultation', event: e.id })}>
                      {eventTitle(e, lang) || t('consultation.list.untitled')}
                    </a>
                  ) : (
                    '—'
                  )}
                </TableCell>
                <TableCell>{c.organisation}</TableCell>
                <TableCell className={styles.text}>{c.text[lang] || c.text[other]}</TableCell>
                <TableCell>{t(`consultation.decision.${c.decision ?? 'undecided'}`)}</TableCell>
                <TableCell className={styles.text}>{c.reason[lang] || c.reason[other]}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
