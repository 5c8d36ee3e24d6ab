// The ideas register: every idea of the cycle in a table with filters
// (component, status, channel), a sort on each column, a search box (the
// workspace's full-text index, so accents are optional and both languages
// are searched) and the count per status; the chosen idea opens beside the
// table (master-detail, as components and commitments). An LFP records ideas
// by hand or imports a form's export; the POC reads every institution's.
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  SearchBox,
  Select,
  Table,
  TableBody,
  TableCell,
  TableCellLayout,
  TableHeader,
  TableHeaderCell,
  TableRow,
  ToggleButton,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { ArrowUploadRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IdeaFilter, IdeaSort, PlanOverview } from '../../../shared/api/contract';
import { formatDate } from '../../../shared/format/dates';
import { IDEA_CHANNELS, IDEA_STATUSES, type Idea } from '../../../shared/model/cocreation';
import type { ReferenceData } from '../../../shared/model/reference';
import { Loaded, PageHeader } from '../components/Page';
import { useLanguage } from '../hooks/useLanguage';
import { useLoad } from '../hooks/useLoad';
import { routeHref, type Route } from '../lib/route';
import { useNotify } from '../services/notices';
import { useServices } from '../services/services';
import type { ShellContext } from '../services/shell-context';
import { IdeaForm } from './IdeaForm';
import { IdeaImportDialog } from './IdeaImportDialog';
import { ideaTitle } from './labels';
import { NewRecordBar } from '../components/NewRecordBar';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  toolbar: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM },
  filter: { minWidth: '150px', maxWidth: '220px' },
  // A long component title must not push the select past its field.
  select: { width: '100%', minWidth: 0, maxWidth: '100%' },
  search: { minWidth: '220px', flexGrow: 1, maxWidth: '360px' },
  counts: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center', margin: 0, padding: 0, listStyle: 'none' },
  total: { color: tokens.colorNeutralForeground2 },
  body: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: tokens.spacingHorizontalL, alignItems: 'start' },
  bodyOpen: { gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1.1fr)' },
  tableWrap: { overflowX: 'auto', minWidth: 0 },
  table: { tableLayout: 'auto' },
  date: { whiteSpace: 'nowrap' },
  selected: { backgroundColor: tokens.colorNeutralBackground1Selected },
  titleLink: { color: tokens.colorBrandForegroundLink, textDecoration: 'none', overflowWrap: 'anywhere', ':hover': { textDecoration: 'underline' } },
  detail: { position: 'sticky', top: 0, borderLeft: `1px solid ${tokens.colorNeutralStroke2}`, paddingLeft: tokens.spacingHorizontalL, minWidth: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
});

type Column = { key: IdeaSort['by']; label: string };

export interface IdeasRegisterProps {
  overview: PlanOverview;
  reference: ReferenceData;
  ctx: ShellContext;
  route: Extract<Route, { view: 'ideas' }>;
  navigate(route: Route): void;
}

export function IdeasRegister({ overview, reference, ctx, route, navigate }: IdeasRegisterProps) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const styles = useStyles();
  const { api, saves } = useServices();
  const notify = useNotify();
  const [filter, setFilter] = useState<IdeaFilter>({});
  const [sort, setSort] = useState<IdeaSort>({ by: 'receivedAt', dir: 'desc' });
  const [q, setQ] = useState('');
  const [matches, setMatches] = useState<ReadonlySet<string> | null>(null);
  const [importing, setImporting] = useState(false);
  const mine = overview.components.filter((c) => ctx.canCreateIn(c));

  const [list, reload] = useLoad(() => api['idea.list']({ filter: { ...filter, cycleId: overview.cycle.id }, sort }), [filter, sort, overview.cycle.id], { keep: true });

  // Titles, statuses and channels in the table follow what the form saves.
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(
    () =>
      saves.onSaved((id) => {
        if (list.state !== 'ready' || !list.value.ideas.some((i) => i.id === id)) return;
        clearTimeout(timer.current);
        timer.current = setTimeout(reload, 400);
      }),
    [saves, list, reload],
  );

  // The search box asks the full-text index; the table keeps the ideas it names.
  useEffect(() => {
    const query = q.trim();
    if (query.length < 2) {
      setMatches(null);
      return;
    }
    let live = true;
    const wait = setTimeout(() => {
      void api['search.query']({ q: query, limit: 200 }).then((r) => {
        if (!live) return;
        if (r.ok) setMatches(new Set(r.value.hits.filter((h) => h.recordType === 'idea').map((h) => h.recordId)));
        else notify(r.error);
      });
    }, 250);
    return () => {
      live = false;
      clearTimeout(wait);
    };
  }, [api, q, notify]);

  const open = useCallback((id: string | null) => navigate(id ? { view: 'ideas', idea: id } : { view: 'ideas' }), [navigate]);

  const columns: Column[] = [
    { key: 'receivedAt', label: t('ideas.field.receivedAt') },
    { key: 'title', label: t('ideas.field.title') },
    { key: 'status', label: t('ideas.field.status') },
    { key: 'channel', label: t('ideas.field.channel') },
    { key: 'submitter', label: t('ideas.table.submitter') },
  ];
  const toggleSort = (by: IdeaSort['by']) => setSort((s) => (s.by === by ? { by, dir: s.dir === 'asc' ? 'desc' : 'asc' } : { by, dir: by === 'receivedAt' ? 'desc' : 'asc' }));
  const componentTitle = useMemo(() => new Map(overview.components.map((c) => [c.component.code, `${c.component.number}. ${c.component.title[lang]}`])), [overview, lang]);

  return (
    <div className={styles.root}>
      <PageHeader title={t('ideas.title')} intro={t('ideas.intro')} />
      <div className={styles.toolbar} role="group" aria-label={t('ideas.filter.heading')}>
        <Field label={t('ideas.filter.component')} className={styles.filter}>
          <Select className={styles.select} value={filter.componentCode ?? ''} onChange={(_, d) => setFilter((f) => ({ ...f, componentCode: d.value || undefined }))}>
            <option value="">{t('ideas.filter.all')}</option>
            {overview.components.map((c) => (
              <option key={c.component.code} value={c.component.code}>
                {componentTitle.get(c.component.code)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('ideas.filter.status')} className={styles.filter}>
          <Select className={styles.select} value={filter.status ?? ''} onChange={(_, d) => setFilter((f) => ({ ...f, status: (d.value || undefined) as IdeaFilter['status'] }))}>
            <option value="">{t('ideas.filter.all')}</option>
            {IDEA_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`ideas.status.${s}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('ideas.filter.channel')} className={styles.filter}>
          <Select className={styles.select} value={filter.channel ?? ''} onChange={(_, d) => setFilter((f) => ({ ...f, channel: (d.value || undefined) as IdeaFilter['channel'] }))}>
            <option value="">{t('ideas.filter.all')}</option>
            {IDEA_CHANNELS.map((c) => (
              <option key={c} value={c}>
                {t(`ideas.channel.${c}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('ideas.filter.search')} hint={t('ideas.filter.searchHint')} className={styles.search}>
          <SearchBox value={q} onChange={(_, d) => setQ(d.value)} />
        </Field>
      </div>
      {mine.length === 0 && (
        <MessageBar intent="info">
          <MessageBarBody>{t('ideas.readOnlyHere')}</MessageBarBody>
        </MessageBar>
      )}
      <NewRecordBar
        components={mine}
        componentTitle={componentTitle}
        chooseLabel={t('ideas.form.chooseComponent')}
        newLabel={t('ideas.actions.new')}
        create={(componentCode) => api['idea.create']({ componentCode, cycleId: overview.cycle.id })}
        onCreated={(id) => {
          reload();
          navigate({ view: 'ideas', idea: id, focus: `idea:${id}:title:${lang}` });
        }}
      >
        <Button icon={<ArrowUploadRegular />} onClick={() => setImporting(true)}>
          {t('ideas.actions.import')}
        </Button>
      </NewRecordBar>
      <Loaded state={list} label={t('ui.app.loading')}>
        {({ ideas, counts }) => {
          const shown = matches ? ideas.filter((i) => matches.has(i.id)) : ideas;
          const total = IDEA_STATUSES.reduce((n, s) => n + counts[s], 0);
          const filtered = matches !== null || filter.componentCode !== undefined || filter.status !== undefined || filter.channel !== undefined;
          return (
            <>
              <ul className={styles.counts} aria-label={t('ideas.counts.label')} data-testid="idea-counts">
                {IDEA_STATUSES.map((s) => (
                  <li key={s}>
                    <ToggleButton
                      size="small"
                      checked={filter.status === s}
                      onClick={() => setFilter((f) => ({ ...f, status: f.status === s ? undefined : s }))}
                      data-status={s}
                    >
                      {`${t(`ideas.status.${s}`)}: ${counts[s]}`}
                    </ToggleButton>
                  </li>
                ))}
                <li className={styles.total} aria-live="polite">
                  {t('ideas.counts.shown', { shown: shown.length, total })}
                </li>
              </ul>
              <div className={mergeClasses(styles.body, route.idea && styles.bodyOpen)}>
                <div className={styles.tableWrap}>
                  {shown.length === 0 ? (
                    <p className={styles.muted}>{filtered ? t('ideas.table.empty') : t('ideas.table.none')}</p>
                  ) : (
                    <Table className={styles.table} size="small" sortable aria-label={t('ideas.table.label')} data-testid="idea-table">
                      <TableHeader>
                        <TableRow>
                          {columns.map((c) => (
                            <TableHeaderCell
                              key={c.key}
                              sortDirection={sort.by === c.key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}
                              onClick={() => toggleSort(c.key)}
                            >
                              {c.label}
                            </TableHeaderCell>
                          ))}
                        </TableRow>
                      </TableHeader>
                      <TableBody>
                        {shown.map((i) => (
                          <IdeaRow key={i.id} idea={i} selected={route.idea === i.id} lang={lang} ideas={ideas} />
                        ))}
                      </TableBody>
                    </Table>
                  )}
                </div>
                {route.idea && (
                  <div className={styles.detail}>
                    <IdeaForm
                      id={route.idea}
                      reference={reference}
                      ideas={ideas}
                      canEdit={(owner) => ctx.canEdit(owner)}
                      focus={route.focus}
                      onChanged={reload}
                      onDeleted={() => {
                        reload();
                        open(null);
                      }}
                    />
                    <Button appearance="secondary" onClick={() => open(null)}>
                      {t('ideas.actions.back')}
                    </Button>
                  </div>
                )}
              </div>
            </>
          );
        }}
      </Loaded>
      {importing && (
        <IdeaImportDialog
          components={mine.map((c) => ({ code: c.component.code, title: componentTitle.get(c.component.code) ?? c.component.code }))}
          onClose={() => setImporting(false)}
          onImported={() => reload()}
        />
      )}
    </div>
  );
}

function IdeaRow({ idea, selected, lang, ideas }: { idea: Idea; selected: boolean; lang: 'sq' | 'en'; ideas: readonly Idea[] }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const joined = idea.mergedIntoId ? ideas.find((i) => i.id === idea.mergedIntoId) : undefined;
  const who = [idea.submitter.name, idea.submitter.organisation].filter((s) => s !== '').join(', ');
  return (
    <TableRow className={selected ? styles.selected : undefined} aria-selected={selected}>
      <TableCell className={styles.date}>{formatDate(idea.receivedAt)}</TableCell>
      <TableCell>
        <TableCellLayout>
          <a href={routeHref({ view: 'ideas', idea: idea.id })} className={styles.titleLink} aria-current={selected ? 'true' : undefined}>
            {ideaTitle(idea, lang) || t('ideas.table.untitled')}
          </a>
          {joined && <div className={styles.muted}>{t('ideas.table.mergedInto', { title: ideaTitle(joined, lang) || t('ideas.table.untitled') })}</div>}
        </TableCellLayout>
      </TableCell>
      <TableCell>{t(`ideas.status.${idea.status}`)}</TableCell>
      <TableCell>{t(`ideas.channel.${idea.channel}`)}</TableCell>
      <TableCell>{who}</TableCell>
    </TableRow>
  );
}
