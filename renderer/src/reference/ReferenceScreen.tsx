// "Të dhënat e referencës / Reference data": the POC edits the cycle, the
// institutions, the components and the two vocabularies, in both languages.
// The shell links it for the POC only; an institution that opens its address
// sees its copy (the POC's last feedback) read-only, and the service refuses
// its writes whatever the screen shows. What is typed stays as a draft,
// marked unsaved, until it is saved or discarded (drafts.ts); a refusal
// (an entry still in use) is shown under the entry it is about.
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { createContext, useCallback, useContext, useMemo, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReferenceState } from '../../../shared/api/contract';
import type { Result } from '../../../shared/api/result';
import type { Component, Cycle, Institution, ReferenceTerm, TermKind } from '../../../shared/model/reference';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { Loaded, PageHeader, Section } from '../components/Page';
import { type Loadable, useLoad } from '../hooks/useLoad';
import { describeError } from '../lib/describe-error';
import { readableDate } from '../../../shared/format/dates';
import { cardStyle } from '../lib/styles';
import { useServices } from '../services/services';
import type { ShellContext } from '../services/shell-context';
import { type ComponentDraft, type CycleDraft, type Draft, type InstitutionDraft, referenceDrafts, type TermDraft } from './drafts';
import { EntryCard, type Outcome, UnsavedBadge } from './EntryCard';
import { ComponentFields, CycleFields, InstitutionFields, TermFields } from './forms';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL },
  card: { ...cardStyle('roomy') },
  h2: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  revision: { margin: 0, color: tokens.colorNeutralForeground2 },
  accordion: { border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusLarge, backgroundColor: tokens.colorNeutralBackground1 },
  item: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, ':last-child': { borderBottom: 'none' } },
  header: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  code: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  panel: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL} ${tokens.spacingVerticalL}` },
});

type Call = () => Promise<Result<ReferenceState>>;

interface Actions {
  editable: boolean;
  busy: string | null;
  outcomes: ReadonlyMap<string, Outcome>;
  /** Saves: the draft at `key` is forgotten once the service took it. */
  save(key: string, call: Call): void;
  /** Asks first, then removes. */
  remove(key: string, name: string, call: Call): void;
}
const ActionsContext = createContext<Actions | null>(null);
const useActions = () => useContext(ActionsContext)!;

const pair = (t: { sq: string; en: string }) => ({ sq: t.sq, en: t.en });
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The draft held for `key`, or the saved value; `dirty` while they differ. */
function useDraft<T extends Draft>(key: string, saved: T): { value: T; dirty: boolean; set(v: T): void; discard(): void } {
  const drafts = referenceDrafts();
  useSyncExternalStore(drafts.subscribe, drafts.getVersion);
  const held = drafts.get<T>(key);
  const value = held ?? saved;
  return {
    value,
    dirty: held !== undefined && !same(held, saved),
    set: (v) => (same(v, saved) ? drafts.clear(key) : drafts.set(key, v)),
    discard: () => drafts.clear(key),
  };
}

function ItemHeader({ label, code, dirty }: { label: string; code: string; dirty: boolean }) {
  const styles = useStyles();
  return (
    <span className={styles.header}>
      <span>{label}</span>
      <span className={styles.code}>{code}</span>
      {dirty && <UnsavedBadge />}
    </span>
  );
}

// ---- Cycle --------------------------------------------------------------

const cycleDraft = (c: Cycle): CycleDraft => ({ title: pair(c.title), number: String(c.number), periodStart: c.periodStart, periodEnd: c.periodEnd, status: c.status });

function CycleCard({ cycle }: { cycle: Cycle }) {
  const { api } = useServices();
  const a = useActions();
  const key = `cycle:${cycle.id}`;
  const d = useDraft(key, cycleDraft(cycle));
  const v = d.value;
  const save = () =>
    a.save(key, () =>
      api['referenceData.saveCycle']({ cycle: { id: cycle.id, title: v.title, number: Number(v.number), periodStart: v.periodStart, periodEnd: v.periodEnd, status: v.status as Cycle['status'] } }),
    );
  return (
    <EntryCard name={cycle.id} dirty={d.dirty} editable={a.editable} busy={a.busy === key} outcome={a.outcomes.get(key) ?? null} onSave={save} onDiscard={d.discard}>
      <CycleFields value={v} readOnly={!a.editable} onChange={d.set} />
    </EntryCard>
  );
}

// ---- Institutions ---------------------------------------------------------

const institutionDraft = (i: Institution): InstitutionDraft => ({ code: i.code, acronym: pair(i.acronym), name: pair(i.name), type: i.type });
const NEW_INSTITUTION: InstitutionDraft = { code: '', acronym: { sq: '', en: '' }, name: { sq: '', en: '' }, type: 'agency' };

function InstitutionItem({ institution, lang }: { institution: Institution | null; lang: 'sq' | 'en' }) {
  const { t } = useTranslation();
  const { api } = useServices();
  const styles = useStyles();
  const a = useActions();
  const key = institution ? `institution:${institution.code}` : 'new:institution';
  const d = useDraft(key, institution ? institutionDraft(institution) : NEW_INSTITUTION);
  const v = d.value;
  const save = () => a.save(key, () => api['referenceData.saveInstitution']({ institution: { code: v.code, acronym: v.acronym, name: v.name, type: v.type as Institution['type'] } }));
  const remove = institution ? () => a.remove(key, institution.code, () => api['referenceData.removeInstitution']({ code: institution.code })) : undefined;
  return (
    <AccordionItem value={key} className={styles.item} data-entry={key}>
      <AccordionHeader as="h3" expandIconPosition="start" icon={institution ? undefined : <AddRegular />}>
        {institution ? <ItemHeader label={institution.name[lang]} code={institution.code} dirty={d.dirty} /> : <ItemHeader label={t('referenceData.actions.addInstitution')} code="" dirty={d.dirty} />}
      </AccordionHeader>
      <AccordionPanel className={styles.panel}>
        <EntryCard name={institution?.code ?? t('referenceData.newInstitution')} dirty={d.dirty} editable={a.editable} busy={a.busy === key} outcome={a.outcomes.get(key) ?? null} onSave={save} onDiscard={d.discard} onRemove={remove}>
          <InstitutionFields value={v} isNew={!institution} role={institution?.role ?? 'support'} readOnly={!a.editable} onChange={d.set} />
        </EntryCard>
      </AccordionPanel>
    </AccordionItem>
  );
}

// ---- Components -----------------------------------------------------------

const componentDraft = (c: Component): ComponentDraft => ({ code: c.code, number: String(c.number), title: pair(c.title), policyGoal: pair(c.policyGoal), leads: [...c.leadInstitutions] });
const NEW_COMPONENT: ComponentDraft = { code: '', number: '', title: { sq: '', en: '' }, policyGoal: { sq: '', en: '' }, leads: [] };

function ComponentItem({ component, cycleId, institutions, lang }: { component: Component | null; cycleId: string; institutions: readonly Institution[]; lang: 'sq' | 'en' }) {
  const { t } = useTranslation();
  const { api } = useServices();
  const styles = useStyles();
  const a = useActions();
  const key = component ? `component:${component.id}` : `new:component:${cycleId}`;
  const d = useDraft(key, component ? componentDraft(component) : NEW_COMPONENT);
  const v = d.value;
  const save = () =>
    a.save(key, () =>
      api['referenceData.saveComponent']({
        component: { id: component?.id ?? `${cycleId}-${v.code}`, cycleId, code: v.code, number: Number(v.number), title: v.title, policyGoal: v.policyGoal, leadInstitutions: v.leads },
      }),
    );
  const remove = component ? () => a.remove(key, component.title[lang], () => api['referenceData.removeComponent']({ id: component.id })) : undefined;
  return (
    <AccordionItem value={key} className={styles.item} data-entry={key}>
      <AccordionHeader as="h3" expandIconPosition="start" icon={component ? undefined : <AddRegular />}>
        {component ? (
          <ItemHeader label={`${component.number}. ${component.title[lang]}`} code={component.leadInstitutions.join(', ')} dirty={d.dirty} />
        ) : (
          <ItemHeader label={t('referenceData.actions.addComponent')} code="" dirty={d.dirty} />
        )}
      </AccordionHeader>
      <AccordionPanel className={styles.panel}>
        <EntryCard name={component?.title[lang] ?? t('referenceData.newComponent')} dirty={d.dirty} editable={a.editable} busy={a.busy === key} outcome={a.outcomes.get(key) ?? null} onSave={save} onDiscard={d.discard} onRemove={remove}>
          <ComponentFields value={v} isNew={!component} institutions={institutions} readOnly={!a.editable} onChange={d.set} />
        </EntryCard>
      </AccordionPanel>
    </AccordionItem>
  );
}

// ---- Vocabularies -----------------------------------------------------------

const NEW_TERM: TermDraft = { code: '', label: { sq: '', en: '' } };

function TermItem({ kind, term, lang }: { kind: TermKind; term: ReferenceTerm | null; lang: 'sq' | 'en' }) {
  const { t } = useTranslation();
  const { api } = useServices();
  const styles = useStyles();
  const a = useActions();
  const key = term ? `${kind}:${term.code}` : `new:${kind}`;
  const d = useDraft(key, term ? { code: term.code, label: pair(term.label) } : NEW_TERM);
  const v = d.value;
  const save = () => a.save(key, () => api['referenceData.saveTerm']({ kind, code: v.code, label: v.label }));
  const remove = term ? () => a.remove(key, term.label[lang], () => api['referenceData.removeTerm']({ kind, code: term.code })) : undefined;
  return (
    <AccordionItem value={key} className={styles.item} data-entry={key}>
      <AccordionHeader as="h3" expandIconPosition="start" icon={term ? undefined : <AddRegular />}>
        {term ? <ItemHeader label={term.label[lang]} code={term.code} dirty={d.dirty} /> : <ItemHeader label={t('referenceData.actions.addTerm')} code="" dirty={d.dirty} />}
      </AccordionHeader>
      <AccordionPanel className={styles.panel}>
        <EntryCard name={term?.label[lang] ?? t('referenceData.newTerm')} dirty={d.dirty} editable={a.editable} busy={a.busy === key} outcome={a.outcomes.get(key) ?? null} onSave={save} onDiscard={d.discard} onRemove={remove}>
          <TermFields value={v} isNew={!term} readOnly={!a.editable} onChange={d.set} />
        </EntryCard>
      </AccordionPanel>
    </AccordionItem>
  );
}

// ---- The screen -----------------------------------------------------------

function Body({ state, currentCycleId }: { state: ReferenceState; currentCycleId: string }) {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const lang = i18n.language === 'en' ? 'en' : 'sq';
  const { reference } = state;
  const { editable } = useActions();
  const cycle = reference.cycles.find((c) => c.id === currentCycleId) ?? reference.cycles[0];
  const components = reference.components.filter((c) => c.cycleId === cycle?.id);
  const terms = (kind: TermKind) => reference.terms.filter((x) => x.kind === kind);
  return (
    <>
      <p className={styles.revision} data-testid="reference-revision" data-revision={state.revision}>
        {state.updatedAt ? t('referenceData.revisionAt', { revision: state.revision, at: readableDate(state.updatedAt.slice(0, 10)) }) : t('referenceData.revisionNever', { revision: state.revision })}
      </p>
      <Section id="ref-cycle" heading={t('referenceData.sections.cycle')} headingClassName={styles.h2} className={styles.card}>
        {cycle && <CycleCard key={cycle.id} cycle={cycle} />}
      </Section>
      <Section id="ref-institutions" heading={t('referenceData.sections.institutions')} headingClassName={styles.h2}>
        <Accordion multiple collapsible className={styles.accordion}>
          {reference.institutions.map((i) => (
            <InstitutionItem key={i.code} institution={i} lang={lang} />
          ))}
          {editable && <InstitutionItem institution={null} lang={lang} />}
        </Accordion>
      </Section>
      {cycle && (
        <Section id="ref-components" heading={t('referenceData.sections.components')} headingClassName={styles.h2}>
          <Accordion multiple collapsible className={styles.accordion}>
            {components.map((c) => (
              <ComponentItem key={c.id} component={c} cycleId={cycle.id} institutions={reference.institutions} lang={lang} />
            ))}
            {editable && <ComponentItem component={null} cycleId={cycle.id} institutions={reference.institutions} lang={lang} />}
          </Accordion>
        </Section>
      )}
      {(['ogp-value', 'policy-area'] as const).map((kind) => (
        <Section key={kind} id={`ref-${kind}`} heading={t(kind === 'ogp-value' ? 'referenceData.sections.ogpValues' : 'referenceData.sections.policyAreas')} headingClassName={styles.h2}>
          <Accordion multiple collapsible className={styles.accordion}>
            {terms(kind).map((x) => (
              <TermItem key={x.code} kind={kind} term={x} lang={lang} />
            ))}
            {editable && <TermItem kind={kind} term={null} lang={lang} />}
          </Accordion>
        </Section>
      ))}
    </>
  );
}

export function ReferenceScreen({ ctx }: { ctx: ShellContext }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const { api, planChanges } = useServices();
  const [loaded, reload] = useLoad(() => api['referenceData.get']({}), [api]);
  // What the last save answered: newer than what was loaded.
  const [saved, setSaved] = useState<ReferenceState | null>(null);
  const view: Loadable<ReferenceState> = saved ? { state: 'ready', value: saved } : loaded;
  const [busy, setBusy] = useState<string | null>(null);
  const [outcomes, setOutcomes] = useState<ReadonlyMap<string, Outcome>>(new Map());
  const [asking, setAsking] = useState<{ key: string; name: string; call: Call } | null>(null);

  const outcome = (key: string, o: Outcome | null) =>
    setOutcomes((m) => {
      const next = new Map(m);
      if (o) next.set(key, o);
      else next.delete(key);
      return next;
    });

  const run = useCallback(
    async (key: string, call: Call, done: 'saved' | 'removed') => {
      setBusy(key);
      outcome(key, null);
      const r = await call();
      setBusy(null);
      if (!r.ok) return outcome(key, { intent: 'error', text: describeError(t, r.error) });
      // Saved: the draft is done with, the new revision shown, and the plan's names reload.
      referenceDrafts().clear(key);
      setSaved(r.value);
      if (done === 'saved' && !key.startsWith('new:')) outcome(key, { intent: 'success', text: t('referenceData.saved', { revision: r.value.revision }) });
      planChanges.announce();
    },
    [t, planChanges],
  );

  // The POC edits the cycle being drafted; an earlier cycle (the switcher's choice, the shell's banner says so) is read only.
  const editable = view.state === 'ready' && view.value.editable && !ctx.earlierCycle;
  const actions = useMemo<Actions>(
    () => ({
      editable,
      busy,
      outcomes,
      save: (key, call) => void run(key, call, 'saved'),
      remove: (key, name, call) => setAsking({ key, name, call }),
    }),
    [editable, busy, outcomes, run],
  );

  return (
    <div className={styles.root}>
      <PageHeader title={t('referenceData.title')} intro={t('referenceData.intro')} />
      {view.state === 'ready' && !view.value.editable && (
        <MessageBar intent="info">
          <MessageBarBody>{t('referenceData.readOnly', { revision: view.value.revision })}</MessageBarBody>
        </MessageBar>
      )}
      <Loaded state={view} label={t('ui.app.loading')} onRetry={reload}>
        {(value) => (
          <ActionsContext.Provider value={actions}>
            <Body state={value} currentCycleId={ctx.workspace.currentCycleId} />
          </ActionsContext.Provider>
        )}
      </Loaded>
      <ConfirmDialog
        open={asking !== null}
        title={t('referenceData.confirmRemove.title', { name: asking?.name ?? '' })}
        confirmLabel={t('referenceData.actions.remove')}
        busy={asking !== null && busy === asking.key}
        onCancel={() => setAsking(null)}
        onConfirm={() => {
          const a = asking;
          if (!a) return;
          void run(a.key, a.call, 'removed').then(() => setAsking(null));
        }}
      >
        {t('referenceData.confirmRemove.body')}
      </ConfirmDialog>
    </div>
  );
}
