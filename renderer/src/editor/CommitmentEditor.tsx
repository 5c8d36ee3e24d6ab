// The commitment editor: every field of the action-plan template (Annex
// VI/VII) grouped in its sections, the milestones and the indicators (Annex
// IX), bilingual fields side by side, saved as they are typed, with undo and
// redo for the session. A record owned by another institution opens
// read-only (the service would refuse the edit anyway; this says so before
// anyone types).
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { ArrowLeftRegular, DeleteRegular, LockClosedRegular } from '@fluentui/react-icons';
import { startTransition, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { ok, type Result } from '../../../shared/api/result';
import type { Commitment } from '../../../shared/model/plan';
import { LANGS } from '../../../shared/model/primitives';
import type { ReferenceData } from '../../../shared/model/reference';
import { ErrorPanel } from '../components/ErrorPanel';
import { StatusBadge } from '../components/StatusBadge';
import { useServices } from '../services/services';
import { ConsultationComments } from './ConsultationComments';
import { OriginIdeas } from './OriginIdeas';
import { AttachmentsSection } from '../attachments/AttachmentsSection';
import { CarriedFromLink, CarryForwardButton } from '../cycles/CarryForward';
import { EditorToolbar } from './EditorToolbar';
import {
  ContactSection,
  DescriptionSection,
  IdentificationSection,
  InstitutionsSection,
  PlanningSection,
  ProblemSection,
  RelevanceSection,
} from './CommitmentSections';
import { useCommitmentSaveStatus, useKeptValues } from '../hooks/useAutosave';
import { useFocusOnMount } from '../hooks/useFocusOnMount';
import { useLoad } from '../hooks/useLoad';
import { useLanguage } from '../hooks/useLanguage';
import { useUndoShortcuts, type UndoCommand } from '../hooks/useUndoShortcuts';
import { describeError } from '../lib/describe-error';
import { parseFieldKey, type FieldRef } from '../lib/field-key';
import { focusField, registerFieldRevealer } from '../lib/focus-field';
import { regionProps } from '../lib/regions';
import { parseRoute, routeHref, type Route } from '../lib/route';
import { useSharedStyles } from '../lib/styles';
import { pickText } from '../lib/text';
import type { ComponentEntry, ShellContext } from '../services/shell-context';
import { ReviewNotice } from '../sync/ReviewNotice';
import { EditorProvider, useSession, type EditorEnv } from './context';
import { IndicatorsSection, MilestonesSection } from './lists';
import { QualitySlot } from './QualitySlot';
import { SectionNav } from './SectionNav';
import { SECTION_IDS, fieldLabel, sectionDomId, sectionOf, type SectionId } from './sections';
import { EditorSession, type ListKind } from './session';
import { UnsavedValues } from './UnsavedValues';

/** Lists this long open collapsed (a commitment with 30 milestones opens fast); shorter ones open expanded. */
const EXPAND_UP_TO = 3;
/** Height of what stays stuck at the top of the scrolling area (toolbar and language columns). */
const STICKY_TOP = 96;

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    // Whatever gets focus (a field, a button, a section title) is scrolled clear of the sticky toolbar.
    '& :is(input, textarea, select, button, a, [tabindex])': { scrollMarginTop: `${STICKY_TOP + 24}px`, scrollMarginBottom: '24px' },
    '& [id^="sec-"]': { scrollMarginTop: `${STICKY_TOP}px` },
  },
  back: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, alignSelf: 'flex-start' },
  header: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalL },
  title: { flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere' },
  untitled: { fontStyle: 'italic', color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexShrink: 0, paddingTop: tokens.spacingVerticalXS },
  meta: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, color: tokens.colorNeutralForeground2, flexWrap: 'wrap' },
  layout: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) 264px',
    columnGap: tokens.spacingHorizontalL,
    alignItems: 'start',
    // A laptop at 125 % display scaling is ~1100 CSS pixels wide: the side column gives way to the form.
    '@media (max-width: 1200px)': { gridTemplateColumns: 'minmax(0, 1fr) 216px', columnGap: tokens.spacingHorizontalM },
  },
  mainCol: { minWidth: 0 },
  sticky: {
    position: 'sticky',
    top: `calc(-1 * ${tokens.spacingVerticalXL})`,
    zIndex: 2,
    backgroundColor: tokens.colorNeutralBackground1,
    paddingTop: tokens.spacingVerticalXS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  columns: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalXS} calc(${tokens.spacingHorizontalXL} + 1px)`,
  },
  columnHead: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2, display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  langCode: {
    fontSize: tokens.fontSizeBase100,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground3,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusSmall,
    padding: '0 4px',
  },
  form: {
    marginTop: tokens.spacingVerticalM,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
  },
  item: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, ':last-child': { borderBottom: 'none' } },
  sectionHeader: { '& button': { paddingLeft: tokens.spacingHorizontalL, minHeight: '44px' } },
  sectionTitle: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  panel: { margin: 0, padding: `0 ${tokens.spacingHorizontalXL}` },
  placeholder: { minHeight: '240px' },
  requiredNote: {
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
  },
  asideHeading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  aside: {
    position: 'sticky',
    top: `calc(-1 * ${tokens.spacingVerticalXL})`,
    maxHeight: `calc(100vh - 48px)`,
    overflowY: 'auto',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalL,
  },
  live: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
});

export interface CommitmentEditorProps {
  id: string;
  entry: ComponentEntry;
  ctx: ShellContext;
  /** A commitment just created: put the cursor in its Albanian title. */
  focusTitle: boolean;
  onDelete: (id: string, title: string) => void;
  /** A field to focus (fieldKey()); read from the URL when not given. */
  focus?: string;
  /** What the shell shows below the form (the POC's feedback framework on the commitment). */
  below?: ReactNode;
}

interface Loaded {
  session: EditorSession;
  reference: ReferenceData;
}

export function CommitmentEditor(props: CommitmentEditorProps) {
  const { id } = props;
  const { t } = useTranslation();
  const { api, saves } = useServices();
  const [loaded, reload] = useLoad(async (): Promise<Result<Loaded>> => {
    const [commitment, reference] = await Promise.all([api['commitment.get']({ id }), api['reference.get']({}), saves.ensureRestored()]);
    if (!commitment.ok) return commitment;
    if (!reference.ok) return reference;
    // Edits typed a moment ago may still be on their way, and values that could not be saved are
    // kept: the session shows both over the stored record.
    return ok({ session: new EditorSession(api, saves, commitment.value), reference: reference.value });
  }, [api, saves, id]);

  if (loaded.state === 'failed') return <ErrorPanel error={loaded.error} onRetry={reload} />;
  if (loaded.state === 'loading') return <Spinner label={t('ui.editor.loading')} />;
  return <EditorView {...props} session={loaded.value.session} reference={loaded.value.reference} />;
}

interface EditorViewProps extends CommitmentEditorProps {
  session: EditorSession;
  reference: ReferenceData;
}

function EditorView({ id, entry, ctx, focusTitle, onDelete, focus: focusProp, session, reference, below }: EditorViewProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const { saves } = useServices();
  const owner = session.getSnapshot().commitment.owner;
  const editable = ctx.canEdit(owner);
  const liveRegion = useRef<HTMLDivElement>(null);

  const announce = useCallback((message: string) => {
    const el = liveRegion.current;
    if (!el) return;
    // Emptied first, so the same sentence twice in a row is read twice.
    el.textContent = '';
    window.setTimeout(() => (el.textContent = message), 60);
  }, []);

  const env = useMemo<EditorEnv>(() => {
    const cycleId = session.getSnapshot().commitment.cycleId;
    return {
      session,
      editable,
      reference,
      cycle: reference.cycles.find((c) => c.id === cycleId) ?? null,
      institutions: new Map(reference.institutions.map((i) => [i.code, i])),
      terms: {
        ogpValues: reference.terms.filter((x) => x.kind === 'ogp-value'),
        policyAreas: reference.terms.filter((x) => x.kind === 'policy-area'),
      },
      announce,
    };
  }, [session, editable, reference, announce]);

  // ——— sections and cards: which are open ———
  const [openSections, setOpenSections] = useState<SectionId[]>(() => [...SECTION_IDS]);
  const [expanded, setExpandedState] = useState<Record<ListKind, ReadonlySet<string>>>(() => {
    const c = session.getSnapshot().commitment;
    const initial = (list: readonly { id: string }[]) => new Set(list.length <= EXPAND_UP_TO ? list.map((x) => x.id) : []);
    return { milestones: initial(c.milestones), indicators: initial(c.indicators) };
  });
  const setExpanded = useCallback(
    (kind: ListKind, update: (current: ReadonlySet<string>) => ReadonlySet<string>) => setExpandedState((s) => ({ ...s, [kind]: update(s[kind]) })),
    [],
  );
  const openSection = useCallback((section: SectionId) => setOpenSections((s) => (s.includes(section) ? s : [...s, section])), []);

  // A finding, a search hit or undo may point at a field in a closed section or card.
  useEffect(
    () =>
      registerFieldRevealer((ref) => {
        const c = session.getSnapshot().commitment;
        const section = sectionOf(ref);
        if (section) openSection(section);
        if (ref.recordType === 'milestone' && c.milestones.some((m) => m.id === ref.recordId)) setExpanded('milestones', (s) => new Set(s).add(ref.recordId));
        if (ref.recordType === 'indicator' && c.indicators.some((x) => x.id === ref.recordId)) setExpanded('indicators', (s) => new Set(s).add(ref.recordId));
      }),
    [session, openSection, setExpanded],
  );

  // ——— undo / redo ———
  const runHistory = useCallback(
    (command: UndoCommand) => {
      const applied = command === 'undo' ? session.undo() : session.redo();
      if (!applied) {
        announce(t(command === 'undo' ? 'ui.editor.nothingToUndo' : 'ui.editor.nothingToRedo'));
        return;
      }
      void focusField(applied.ref);
      const label = fieldLabel(t, applied.ref);
      const field = applied.ref.lang ? t(applied.ref.lang === 'sq' ? 'ui.editor.fieldSq' : 'ui.editor.fieldEn', { field: label }) : label;
      announce(t(command === 'undo' ? 'ui.editor.undone' : 'ui.editor.redone', { field }));
    },
    [session, announce, t],
  );
  const rootRef = useRef<HTMLDivElement>(null);
  useUndoShortcuts(editable, rootRef, runHistory);
  const onUndo = useCallback(() => runHistory('undo'), [runHistory]);
  const onRedo = useCallback(() => runHistory('redo'), [runHistory]);

  // ——— where to put the cursor on opening ———
  const focusKey = focusProp ?? routeFocus(parseRoute(window.location.hash));
  // Decided once, on opening: a field named by the route, else a new commitment's title, else the heading.
  const [openedWithField] = useState(() => focusKey !== undefined);
  const heading = useFocusOnMount<HTMLHeadingElement>(!focusTitle && !openedWithField);
  const titleInput = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  useEffect(() => {
    if (focusTitle && editable && !openedWithField) titleInput.current?.focus();
  }, [focusTitle, editable, openedWithField]);
  useEffect(() => {
    if (!focusKey) return;
    const ref = parseFieldKey(focusKey);
    if (ref) void focusField(ref);
    // Handled: drop it from the address, so the same link followed again focuses again.
    const route = parseRoute(window.location.hash);
    if (route.view === 'commitment' && route.focus) {
      const { focus: _handled, ...rest } = route;
      window.history.replaceState(null, '', routeHref(rest));
    }
  }, [focusKey]);

  const onQualityFocus = useCallback((ref: FieldRef) => void focusField(ref), []);

  // ——— section navigation ———
  const current = useCurrentSection(rootRef, id, openSections);
  const goToSection = useCallback(
    (section: SectionId) => {
      openSection(section);
      requestAnimationFrame(() => {
        const item = document.getElementById(sectionDomId(id, section));
        item?.scrollIntoView({ block: 'start' });
        item?.querySelector<HTMLButtonElement>('button')?.focus({ preventScroll: true });
      });
    },
    [id, openSection],
  );
  const allOpen = openSections.length === SECTION_IDS.length;
  const toggleAll = useCallback(() => setOpenSections(allOpen ? [] : [...SECTION_IDS]), [allOpen]);

  const status = useCommitmentSaveStatus(id);

  // The first section renders with the header; the rest a moment later, in a
  // transition that input never waits for — opening a commitment with dozens
  // of milestones paints at once.
  const [restMounted, setRestMounted] = useState(false);
  useEffect(() => startTransition(() => setRestMounted(true)), []);

  const sections: Record<SectionId, ReactNode> = {
    identification: <IdentificationSection id={id} titleRef={titleInput} />,
    problem: <ProblemSection id={id} />,
    description: <DescriptionSection id={id} />,
    relevance: <RelevanceSection id={id} />,
    institutions: <InstitutionsSection id={id} />,
    planning: <PlanningSection id={id} />,
    contact: <ContactSection id={id} />,
    milestones: <MilestonesSection commitmentId={id} expanded={expanded.milestones} setExpanded={setExpanded} />,
    indicators: <IndicatorsSection commitmentId={id} expanded={expanded.indicators} setExpanded={setExpanded} />,
  };

  return (
    <EditorProvider value={env}>
      <div ref={rootRef} className={styles.root}>
        <EditorHeader id={id} entry={entry} ctx={ctx} editable={editable} heading={heading} onDelete={onDelete} />
        <ReviewNotice commitmentId={id} rev={session.getSnapshot().commitment.rev} />
        <UnsavedValues commitmentId={id} />
        {status.error && (
          <MessageBar intent="error">
            <MessageBarBody>{describeError(t, status.error)}</MessageBarBody>
            {status.retriable && (
              <MessageBarActions>
                <Button onClick={() => saves.retryGroup(id)}>{t('ui.save.retry')}</Button>
              </MessageBarActions>
            )}
          </MessageBar>
        )}
        <div className={styles.layout}>
          <div className={styles.mainCol}>
            <div className={styles.sticky}>
              <EditorToolbar editable={editable} status={status} onUndo={onUndo} onRedo={onRedo} />
              <div className={styles.columns} aria-hidden>
                {LANGS.map((l) => (
                  <div key={l} className={styles.columnHead}>
                    {t(l === 'sq' ? 'ui.editor.columnSq' : 'ui.editor.columnEn')}
                    <span className={styles.langCode}>{t(`common.languageShort.${l}`)}</span>
                  </div>
                ))}
              </div>
            </div>
            <section className={styles.form} aria-label={t('ui.editor.formLabel')} {...regionProps('editor-form')}>
              {editable && (
                <p className={styles.requiredNote}>{t('ui.editor.requiredNote')}</p>
              )}
              <Accordion multiple collapsible openItems={openSections} onToggle={(_, d) => setOpenSections(d.openItems as SectionId[])}>
                {SECTION_IDS.map((section) => (
                  <AccordionItem key={section} value={section} id={sectionDomId(id, section)} className={styles.item}>
                    <AccordionHeader as="h2" size="large" expandIconPosition="start" className={styles.sectionHeader}>
                      <span className={styles.sectionTitle}>{t(`model.commitmentSection.${section}`)}</span>
                    </AccordionHeader>
                    <AccordionPanel className={styles.panel} collapseMotion={null}>
                      {section === SECTION_IDS[0] || restMounted ? sections[section] : <div className={styles.placeholder} />}
                    </AccordionPanel>
                  </AccordionItem>
                ))}
              </Accordion>
            </section>
            {below}
          </div>
          <aside className={styles.aside} aria-label={t('ui.editor.aside')}>
            <SectionNav current={current} onGo={goToSection} allOpen={allOpen} onToggleAll={toggleAll} />
            <LiveQuality reference={reference} onFocus={onQualityFocus} />
            <OriginIdeas commitmentId={id} />
            <ConsultationComments commitmentId={id} />
            <AttachmentsSection level={2} headingClassName={styles.asideHeading} ownerType="commitment" ownerId={id} readOnly={!editable} />
          </aside>
        </div>
        <div ref={liveRegion} role="status" aria-live="polite" className={styles.live} />
      </div>
    </EditorProvider>
  );
}

/**
 * The quality panel, fed with the in-memory commitment so it follows every
 * keystroke — the accepted version of it: a value that could not be saved is
 * not counted as if it were there.
 */
function LiveQuality({ reference, onFocus }: { reference: ReferenceData; onFocus: (ref: FieldRef) => void }) {
  const current = useSession((s) => s.accepted);
  const unsaved = useKeptValues(current.id).length;
  // Checked at a lower priority than typing: a keystroke shows at once, the findings follow.
  const commitment = useDeferredValue<Commitment | null>(current, null);
  const cycle = useMemo(() => reference.cycles.find((c) => c.id === current.cycleId) ?? null, [reference, current.cycleId]);
  if (!commitment) return null;
  return <QualitySlot commitment={commitment} cycle={cycle} reference={reference} onFocus={onFocus} unsaved={unsaved} />;
}

function EditorHeader({
  id,
  entry,
  ctx,
  editable,
  heading,
  onDelete,
}: {
  id: string;
  entry: ComponentEntry;
  ctx: ShellContext;
  editable: boolean;
  heading: RefObject<HTMLHeadingElement | null>;
  onDelete: (id: string, title: string) => void;
}) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const styles = useStyles();
  const shared = useSharedStyles();
  const titleText = useSession((s) => s.commitment.title);
  const status = useSession((s) => s.commitment.status);
  const ownerCode = useSession((s) => s.commitment.owner);
  const carriedFrom = useSession((s) => s.commitment.carriedFrom);
  const title = pickText(titleText, lang);
  const shownTitle = title?.value ?? t('ui.component.untitled');
  const owner = ctx.institutions.get(ownerCode);
  const ownerName = owner ? `${owner.name[lang]} (${owner.acronym[lang]})` : ownerCode;
  return (
    <>
      <Link href={routeHref({ view: 'component', component: entry.component.code })} className={styles.back}>
        <ArrowLeftRegular aria-hidden />
        {t('ui.editor.back', { number: entry.component.number })}
      </Link>
      <div className={styles.header}>
        <h1 ref={heading} tabIndex={-1} className={mergeClasses(shared.pageHeading, styles.title, !title && styles.untitled)} lang={title?.lang}>
          {shownTitle}
        </h1>
        {editable && (
          <div className={styles.actions}>
            <Button appearance="secondary" icon={<DeleteRegular />} onClick={() => onDelete(id, shownTitle)}>
              {t('ui.editor.delete')}
            </Button>
          </div>
        )}
        <div className={styles.actions}>
          <CarryForwardButton id={id} owner={ownerCode} ctx={ctx} />
        </div>
      </div>
      <div className={styles.meta}>
        <StatusBadge status={status} />
        <Text size={200}>{t('ui.editor.component', { number: entry.component.number, title: entry.component.title[lang] })}</Text>
        <Text size={200}>{t('ui.editor.owner', { owner: ownerName })}</Text>
        {carriedFrom && <CarriedFromLink from={carriedFrom} ctx={ctx} />}
      </div>
      {/* An own commitment of an earlier cycle: the banner above every screen says why it is read-only. */}
      {!editable && ownerCode !== ctx.workspace.institution.code && (
        <MessageBar intent="info" icon={<LockClosedRegular />}>
          <MessageBarBody>
            <MessageBarTitle>{t('ui.editor.readOnlyTitle')}</MessageBarTitle>
            {t('ui.editor.readOnlyOwner', { owner: ownerName })}
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}

const routeFocus = (route: Route): string | undefined => (route.view === 'commitment' ? route.focus : undefined);

/** The section at the top of the scrolling area, for the navigation's "you are here". */
function useCurrentSection(rootRef: RefObject<HTMLDivElement | null>, commitmentId: string, openSections: readonly SectionId[]): SectionId | null {
  const [current, setCurrent] = useState<SectionId | null>(SECTION_IDS[0]);
  useEffect(() => {
    const scroller = rootRef.current?.closest('main') ?? null;
    if (!scroller) return;
    let frame = 0;
    const measure = () => {
      frame = 0;
      const top = scroller.getBoundingClientRect().top + STICKY_TOP + 8;
      let found: SectionId | null = SECTION_IDS[0];
      for (const section of SECTION_IDS) {
        const el = document.getElementById(sectionDomId(commitmentId, section));
        if (el && el.getBoundingClientRect().top <= top) found = section;
      }
      setCurrent(found);
    };
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(measure);
    };
    measure();
    scroller.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      scroller.removeEventListener('scroll', onScroll);
      cancelAnimationFrame(frame);
    };
  }, [rootRef, commitmentId, openSections]);
  return current;
}
