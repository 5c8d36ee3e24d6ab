// The main window once a workspace exists: top bar, the components of the
// current cycle on the left, and the selected view. It owns the plan
// overview and the actions that change it (create, delete), so the list and
// the navigation counts stay in step.
import { Spinner, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { BookOpenRegular, CalendarLtrRegular, ClipboardTaskListLtrRegular, CommentCheckmarkRegular, DatabaseRegular, DataTrendingRegular, HistoryRegular, HomeRegular, LightbulbRegular, PeopleCommunityRegular, PrintRegular } from '@fluentui/react-icons';
import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanOverview, WorkspaceInfo } from '../../../shared/api/contract';
import type { AppErrorDto } from '../../../shared/api/errors';
import type { ReferenceData } from '../../../shared/model/reference';
import { ConfirmDeleteDialog } from '../components/ConfirmDeleteDialog';
import { ErrorPanel } from '../components/ErrorPanel';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { VisuallyHidden } from '../components/VisuallyHidden';
import { groupsOf } from '../editor/attached-groups';
import { useHashRoute } from '../hooks/useHashRoute';
import { changeCycle } from '../cycles/change-cycle';
import { CycleSwitcher } from '../cycles/CycleSwitcher';
import { EarlierCycleBanner } from '../cycles/EarlierCycleBanner';
import { openCycle } from '../../../shared/cycles/new-cycle';
import { useLanguage } from '../hooks/useLanguage';
import { parseFieldKey } from '../lib/field-key';
import { focusField } from '../lib/focus-field';
import { regionProps } from '../lib/regions';
import { openRecord, routeHref, type Route } from '../lib/route';
import { isShortcut, shortcut } from '../lib/shortcuts';
import { useRegionCycling } from '../hooks/useRegionCycling';
import { SearchBox } from '../search/SearchBox';
import { takePrefetchedOverview } from '../services/first-overview';
import { Notices, useNotify } from '../services/notices';
import { useServices } from '../services/services';
import type { ComponentEntry, ShellContext } from '../services/shell-context';
import { syncNavEntries, type SyncView } from '../sync/nav';
import { SyncScreen, isSyncRoute } from '../sync/SyncScreen';
import { useBundleDrop } from '../sync/useBundleDrop';
import { ComponentView } from './ComponentView';
import { LeaveDialog } from './LeaveDialog';
import { PlanHome } from './PlanHome';
import { BackupsScreen, CalendarScreen, CommitmentEditor, ConsultationScreen, FeedbackOverviewScreen, FeedbackPanel, FrontMatterScreen, IdeasRegister, PlanQuality, preloadScreens, PrioritizationScreen, Print, ReferenceScreen } from './screens';

const useStyles = makeStyles({
  root: { display: 'grid', gridTemplateRows: 'auto minmax(0, 1fr)', height: '100%' },
  skip: {
    position: 'absolute',
    left: '-10000px',
    top: 0,
    zIndex: 10,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
    ':focus': { left: tokens.spacingHorizontalM, top: tokens.spacingVerticalS },
  },
  topbar: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalL,
    minHeight: '48px',
    padding: `0 ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  appName: {
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorBrandForeground1,
    paddingRight: tokens.spacingHorizontalL,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  workspace: { display: 'flex', flexDirection: 'column', minWidth: 0, flexGrow: 1, lineHeight: tokens.lineHeightBase200 },
  workspaceName: { fontWeight: tokens.fontWeightSemibold, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' },
  workspaceRole: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  body: { display: 'grid', gridTemplateColumns: '260px minmax(0, 1fr)', minHeight: 0 },
  nav: {
    backgroundColor: tokens.colorNeutralBackground2,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    overflowY: 'auto',
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalS}`,
  },
  navHeading: {
    display: 'block',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    textTransform: 'uppercase',
    letterSpacing: '0.04em',
  },
  navList: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '2px' },
  navLink: {
    display: 'grid',
    gridTemplateColumns: '28px minmax(0, 1fr) auto',
    alignItems: 'start',
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground1,
    textDecoration: 'none',
    position: 'relative',
    ':hover': { backgroundColor: tokens.colorNeutralBackground2Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  navLinkCurrent: {
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow2,
    '::before': {
      content: '""',
      position: 'absolute',
      left: 0,
      top: '10px',
      bottom: '10px',
      width: '3px',
      borderRadius: '2px',
      backgroundColor: tokens.colorBrandBackground,
    },
    ':hover': { backgroundColor: tokens.colorNeutralBackground1 },
  },
  navNumber: {
    display: 'inline-flex',
    justifyContent: 'center',
    alignItems: 'center',
    width: '24px',
    height: '24px',
    borderRadius: '50%',
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground2,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase200,
  },
  navIcon: { fontSize: '20px', justifySelf: 'center', color: tokens.colorNeutralForeground2 },
  navTitle: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  navLeads: { display: 'block', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  navCount: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, paddingTop: '2px' },
  main: { overflowY: 'auto', overflowX: 'hidden', padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalXXL}`, ':focus': { outline: 'none' } },
  content: { maxWidth: '1200px', margin: '0 auto' },
  centered: { display: 'flex', justifyContent: 'center', paddingTop: '15vh' },
});

interface ViewLinkProps {
  /** A plan-wide view (one without a component or commitment). */
  route: Extract<Route, { view: 'home' | 'quality' | 'print' | 'front-matter' | 'poc-feedback' | 'reference' | 'ideas' | 'prioritization' | 'consultation' | 'calendar' | 'backups' | SyncView }>;
  current: Route;
  icon: typeof HomeRegular;
  label: string;
  /** Its keyboard shortcut, announced and shown beside the label. */
  keys?: { shortcut: string; shown: string };
}

/** A navigation entry for a plan-wide view, marked as the current page while the shell shows it. */
function ViewLink({ route, current, icon: Icon, label, keys }: ViewLinkProps) {
  const styles = useStyles();
  const here = current.view === route.view;
  return (
    <a
      href={routeHref(route)}
      className={mergeClasses(styles.navLink, here && styles.navLinkCurrent)}
      aria-current={here ? 'page' : undefined}
      aria-keyshortcuts={keys?.shortcut}
    >
      <Icon className={styles.navIcon} aria-hidden />
      <span className={styles.navTitle}>{label}</span>
      {keys && (
        <span className={styles.navCount} aria-hidden>
          {keys.shown}
        </span>
      )}
    </a>
  );
}

/** `onReload`: the workspace and reference data read again (after the current cycle changed). */
export function Shell({ workspace, reference, onReload }: { workspace: WorkspaceInfo; reference: ReferenceData; onReload: () => Promise<void> }) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const { api, saves, planChanges } = useServices();
  const notify = useNotify();
  const styles = useStyles();
  const [freshId, setFreshId] = useState<string | null>(null);
  const fresh = useRef<string | null>(null);
  fresh.current = freshId;
  // Leaving a commitment or an idea waits when it holds values that could not
  // be saved (LeaveDialog asks), or when it is the new commitment just created:
  // that one is judged "untouched" only after its last typing has reached the service.
  // Its own kept values and those of the records edited below it (the POC's feedback, the replies).
  const keptWith = useCallback((id: string) => groupsOf(id).flatMap((g) => saves.keptIn(g)), [saves]);
  const holdLeave = useCallback(
    (from: Route, to: Route) => {
      const open = openRecord(from);
      if (!open || openRecord(to)?.id === open.id) return false;
      return keptWith(open.id).length > 0 || open.id === fresh.current;
    },
    [keptWith],
  );
  const { route, navigate, held, release, stay } = useHashRoute(holdLeave);
  // A .plani file dropped anywhere on the window opens its import.
  const refuseDrop = useCallback((name: string) => notify({ code: 'not-a-bundle', details: { params: { name } } }), [notify]);
  useBundleDrop(api, workspace.role, navigate, refuseDrop);
  const left = held ? openRecord(route) : null;
  const leaving = left ? keptWith(left.id) : [];
  const [overview, setOverview] = useState<PlanOverview | null>(null);
  const [loadError, setLoadError] = useState<AppErrorDto | null>(null);
  const [creating, setCreating] = useState(false);
  const [toDelete, setToDelete] = useState<{ id: string; title: string } | null>(null);
  const [deleting, setDeleting] = useState(false);

  const refresh = useCallback(async () => {
    const result = await (takePrefetchedOverview(workspace.currentCycleId) ?? api['plan.overview']({ cycleId: workspace.currentCycleId }));
    if (result.ok) {
      setOverview(result.value);
      setLoadError(null);
    } else setLoadError(result.error);
  }, [api, workspace.currentCycleId]);

  // Another cycle: its own overview, never the last cycle's meanwhile.
  useEffect(() => {
    setOverview(null);
    void refresh();
  }, [refresh]);

  // An import or a "Refresh" anywhere: the counts in the navigation follow.
  useEffect(() => planChanges.subscribe(() => void refresh()), [planChanges, refresh]);

  // Titles and statuses in the list and navigation follow what the editor saves.
  const refreshTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(
    () =>
      saves.onSaved((_id, fields) => {
        if (!fields.includes('title')) return;
        clearTimeout(refreshTimer.current);
        refreshTimer.current = setTimeout(() => void refresh(), 400);
      }),
    [saves, refresh],
  );

  const ctx = useMemo<ShellContext>(() => {
    const code = workspace.institution.code;
    // An earlier cycle than the one being drafted is read and printed, not changed.
    const open = openCycle(reference.cycles)?.id ?? workspace.currentCycleId;
    const earlierCycle = open === workspace.currentCycleId ? null : { cycle: workspace.currentCycleId, open };
    return {
      workspace,
      institutions: new Map(reference.institutions.map((i) => [i.code, i])),
      // Only an LFP drafts, and only in the components its institution leads;
      // the POC comments and returns feedback instead.
      canCreateIn: (entry) => !earlierCycle && workspace.role === 'lfp' && entry.component.leadInstitutions.includes(code),
      canEdit: (owner) => !earlierCycle && owner === code,
      earlierCycle,
      changeCycle: (cycleId, then) => changeCycle({ api, saves, notify, reload: onReload, navigate: (to) => navigate(to) }, cycleId, then),
    };
  }, [workspace, reference, api, saves, notify, onReload, navigate]);

  const entry =
    route.view === 'component' || route.view === 'commitment'
      ? overview?.components.find((c) => c.component.code === route.component)
      : undefined;

  // A stale bookmark or a deleted commitment's URL lands on a page that exists.
  useEffect(() => {
    if (overview && (route.view === 'component' || route.view === 'commitment') && !entry) navigate({ view: 'home' }, { replace: true });
  }, [overview, route, entry, navigate]);

  const create = useCallback(
    async (target: ComponentEntry) => {
      if (creating || !ctx.canCreateIn(target)) return;
      setCreating(true);
      const result = await api['commitment.create']({ componentCode: target.component.code, cycleId: target.component.cycleId });
      setCreating(false);
      if (!result.ok) {
        notify(result.error);
        return;
      }
      setFreshId(result.value.id);
      navigate({ view: 'commitment', component: target.component.code, commitment: result.value.id });
      void refresh();
    },
    [api, creating, ctx, navigate, notify, refresh],
  );

  // A new commitment left exactly as it was created (an abandoned click on "New commitment")
  // is removed before the move goes on, so no "(untitled)" row stays behind
  // and the next screen never counts it; anything typed keeps it.
  const settling = useRef(false);
  useEffect(() => {
    if (!held || route.view !== 'commitment' || route.commitment !== freshId || settling.current) return;
    if (saves.keptIn(freshId).length > 0) return; // LeaveDialog asks
    const id = freshId;
    settling.current = true;
    void (async () => {
      try {
        await saves.flushAll();
        // A value refused on the flush: no longer untouched, and the dialog now asks.
        if (saves.keptIn(id).length > 0) return;
        const result = await api['commitment.discardUntouched']({ id });
        if (result.ok && result.value.discarded) {
          saves.discard(id);
          void refresh();
        }
        release();
      } finally {
        settling.current = false;
        setFreshId(null);
      }
    })();
  }, [held, route, freshId, api, saves, refresh, release]);

  useRegionCycling();

  // Ctrl+N, as in Office. Browsers keep Ctrl+N for themselves; Electron passes it on.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isShortcut('newCommitment', e)) return;
      if (!entry || !ctx.canCreateIn(entry)) return;
      e.preventDefault();
      void create(entry);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [entry, ctx, create]);

  // Ctrl+P opens Print / Export PDF (the browser's own print dialog would print the screen, not the plan).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isShortcut('print', e)) return;
      e.preventDefault();
      navigate({ view: 'print' });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate]);

  const confirmDelete = async () => {
    if (!toDelete) return;
    setDeleting(true);
    const result = await api['commitment.delete']({ id: toDelete.id });
    setDeleting(false);
    const id = toDelete.id;
    setToDelete(null);
    if (!result.ok) {
      notify(result.error);
      return;
    }
    saves.discard(id);
    if (route.view === 'commitment' && route.commitment === id) navigate({ view: 'component', component: route.component });
    void refresh();
  };

  // A hit in the commitment already open: the editor stays, so the field is focused from here.
  const openFromSearch = useCallback(
    (next: Route) => {
      const same =
        (next.view === 'commitment' && route.view === 'commitment' && route.commitment === next.commitment) ||
        (next.view === 'ideas' && route.view === 'ideas' && route.idea === next.idea);
      navigate(next);
      const ref = same && next.focus ? parseFieldKey(next.focus) : null;
      if (ref) void focusField(ref);
    },
    [navigate, route],
  );

  const requestDelete = useCallback((id: string, title: string) => setToDelete({ id, title }), []);
  // The other screens' chunks, fetched once this one is up (screens.ts).
  useEffect(() => preloadScreens(), []);

  let view;
  if (!overview) {
    view = loadError ? (
      <ErrorPanel error={loadError} onRetry={() => void refresh()} />
    ) : (
      <div className={styles.centered}>
        <Spinner label={t('ui.app.loading')} />
      </div>
    );
  } else if (route.view === 'quality') {
    view = <PlanQuality overview={overview} ctx={ctx} />;
  } else if (route.view === 'prioritization') {
    view = <PrioritizationScreen overview={overview} ctx={ctx} route={route} navigate={navigate} />;
  } else if (route.view === 'print') {
    view = <Print overview={overview} ctx={ctx} />;
  } else if (route.view === 'backups') {
    view = <BackupsScreen />;
  } else if (route.view === 'front-matter') {
    view = <FrontMatterScreen ctx={ctx} />;
  } else if (route.view === 'poc-feedback') {
    view = workspace.role === 'poc' ? <FeedbackOverviewScreen overview={overview} /> : <PlanHome overview={overview} ctx={ctx} />;
  } else if (route.view === 'reference') {
    view = <ReferenceScreen ctx={ctx} />;
  } else if (route.view === 'ideas') {
    view = <IdeasRegister overview={overview} reference={reference} ctx={ctx} route={route} navigate={navigate} />;
  } else if (route.view === 'consultation') {
    view = <ConsultationScreen overview={overview} reference={reference} ctx={ctx} route={route} navigate={navigate} />;
  } else if (route.view === 'calendar') {
    view = <CalendarScreen overview={overview} ctx={ctx} route={route} navigate={navigate} />;
  } else if (isSyncRoute(route, workspace.role)) {
    view = <SyncScreen view={route.view} staged={route.staged} overview={overview} ctx={ctx} onPlanChanged={() => planChanges.announce()} />;
  } else if (route.view === 'home' || !entry) {
    view = <PlanHome overview={overview} ctx={ctx} />;
  } else if (route.view === 'component') {
    view = <ComponentView entry={entry} ctx={ctx} creating={creating} onCreate={() => void create(entry)} onDelete={requestDelete} />;
  } else {
    view = (
      <CommitmentEditor
        key={route.commitment}
        id={route.commitment}
        entry={entry}
        ctx={ctx}
        focusTitle={freshId === route.commitment}
        focus={route.focus}
        onDelete={requestDelete}
        below={
          <Suspense fallback={null}>
            <FeedbackPanel target={{ type: 'commitment', id: route.commitment }} />
          </Suspense>
        }
      />
    );
  }

  return (
    <div className={styles.root}>
      <a href="#main" className={styles.skip} onClick={(e) => (e.preventDefault(), document.getElementById('main')?.focus())}>
        {t('ui.app.skipToMain')}
      </a>
      <header className={styles.topbar} {...regionProps('topbar')} aria-label={t('ui.shell.topbar')}>
        <span className={styles.appName}>{t('common.appName')}</span>
        <div className={styles.workspace} aria-label={t('ui.shell.workspace')} role="group">
          <span className={styles.workspaceName} title={workspace.institution.name[lang]}>
            {workspace.institution.name[lang]}
          </span>
          <span className={styles.workspaceRole}>{t(`model.role.${workspace.role}`)}</span>
        </div>
        <CycleSwitcher
          workspace={workspace}
          cycles={reference.cycles}
          onSelect={(id) => void ctx.changeCycle(id)}
          onStarted={() => void onReload().then(() => navigate({ view: 'home' }))}
        />
        <SearchBox onOpen={openFromSearch} />
        <LanguageSwitch />
      </header>
      <div className={styles.body}>
        <nav className={styles.nav} aria-label={t('ui.shell.nav')} {...regionProps('nav')}>
          <ViewLink route={{ view: 'home' }} current={route} icon={HomeRegular} label={t('ui.shell.planHome')} />
          <ViewLink route={{ view: 'quality' }} current={route} icon={ClipboardTaskListLtrRegular} label={t('panels.plan.nav')} />
          <ViewLink route={{ view: 'print' }} current={route} icon={PrintRegular} label={t('printScreen.nav')} keys={{ shortcut: shortcut('print').aria!, shown: shortcut('print').keys.join(' · ') }} />
          <ViewLink route={{ view: 'ideas' }} current={route} icon={LightbulbRegular} label={t('ideas.nav')} />
          <ViewLink route={{ view: 'prioritization' }} current={route} icon={DataTrendingRegular} label={t('prioritization.nav')} />
          <ViewLink route={{ view: 'consultation' }} current={route} icon={PeopleCommunityRegular} label={t('consultation.nav')} />
          <ViewLink route={{ view: 'calendar' }} current={route} icon={CalendarLtrRegular} label={t('calendar.nav')} />
          {/* The POC writes the front matter; an institution reads the POC's copy in print, so it gets no link. */}
          {workspace.role === 'poc' && <ViewLink route={{ view: 'front-matter' }} current={route} icon={BookOpenRegular} label={t('frontMatter.nav')} />}
          {workspace.role === 'poc' && <ViewLink route={{ view: 'poc-feedback' }} current={route} icon={CommentCheckmarkRegular} label={t('feedback.nav')} />}
          {/* The POC keeps the reference data; an institution may open #/reference to read its copy. */}
          {workspace.role === 'poc' && <ViewLink route={{ view: 'reference' }} current={route} icon={DatabaseRegular} label={t('referenceData.nav')} />}
          {syncNavEntries(workspace.role).map(({ view: v, label, icon }) => (
            <ViewLink key={v} route={{ view: v }} current={route} icon={icon} label={t(label)} />
          ))}
          <ViewLink route={{ view: 'backups' }} current={route} icon={HistoryRegular} label={t('backups.nav')} />
          <Text as="h2" className={styles.navHeading}>
            {overview?.cycle.title[lang] ?? ''}
          </Text>
          <ul className={styles.navList}>
            {overview?.components.map((c) => {
              const current = entry?.component.code === c.component.code;
              return (
                <li key={c.component.code}>
                  <a
                    href={routeHref({ view: 'component', component: c.component.code })}
                    className={mergeClasses(styles.navLink, current && styles.navLinkCurrent)}
                    aria-current={current ? 'page' : undefined}
                  >
                    <span className={styles.navNumber}>{c.component.number}</span>
                    <span>
                      <span className={styles.navTitle}>{c.component.title[lang]}</span>
                      <span className={styles.navLeads}>{c.leads.map((l) => l.acronym[lang]).join(', ')}</span>
                    </span>
                    <span className={styles.navCount} aria-hidden>
                      {c.commitments.length}
                    </span>
                    <VisuallyHidden>{t('ui.shell.commitmentCount', { count: c.commitments.length })}</VisuallyHidden>
                  </a>
                </li>
              );
            })}
          </ul>
        </nav>
        <main id="main" className={styles.main} {...regionProps('main')}>
          {/* Each cycle's screens start afresh: nothing read for one cycle is shown in another. */}
          <div className={styles.content} key={workspace.currentCycleId}>
            <Notices />
            {ctx.earlierCycle && <EarlierCycleBanner {...ctx.earlierCycle} onGoToOpen={() => void ctx.changeCycle(ctx.earlierCycle!.open)} />}
            <Suspense
              fallback={
                <div className={styles.centered}>
                  <Spinner label={t('ui.app.loading')} />
                </div>
              }
            >
              {view}
            </Suspense>
          </div>
        </main>
      </div>
      <LeaveDialog
        kind={left?.kind ?? 'commitment'}
        kept={leaving}
        open={held !== null}
        onStay={stay}
        onLeave={release}
        onDiscardAndLeave={() => {
          for (const k of leaving) saves.discardKept(k.ref);
          release();
        }}
      />
      <ConfirmDeleteDialog title={toDelete?.title ?? null} busy={deleting} onConfirm={() => void confirmDelete()} onCancel={() => setToDelete(null)} />
    </div>
  );
}
