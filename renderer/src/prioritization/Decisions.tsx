// Deciding a round's ideas, each with its reasoned response in both
// languages: adopted (a new commitment, pre-filled from the idea), merged
// into one of the institution's commitments, or not taken forward. The
// decided idea shows the commitment it went into, one click away.
// A response is saved with its decision, so what is typed before "Save
// decision" is kept like any value not saved yet (the save queue's kept
// values: in the workspace and on the local shelf): it survives leaving the
// idea, a reload or a closed window, and leaving asks first (the Shell's
// LeaveDialog, as for a commitment).
import { Button, Field, Link, Radio, RadioGroup, Select, Textarea, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DECISIONS, type Decision, type RoundIdea, type RoundView } from '../../../shared/api/contract';
import { formatDate } from '../../../shared/format/dates';
import type { FieldRef } from '../../../shared/model/field-ref';
import type { Lang, Text } from '../../../shared/model/primitives';
import { useLanguage } from '../hooks/useLanguage';
import { describeError } from '../lib/describe-error';
import { routeHref } from '../lib/route';
import { cardStyle } from '../lib/styles';
import { useServices } from '../services/services';
import { textIn } from './text';

const useStyles = makeStyles({
  layout: { display: 'grid', gridTemplateColumns: 'minmax(200px, 260px) minmax(0, 1fr)', gap: tokens.spacingHorizontalL, alignItems: 'start' },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '2px' },
  item: {
    width: '100%',
    textAlign: 'left',
    border: 'none',
    background: 'transparent',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    cursor: 'pointer',
    font: 'inherit',
    color: tokens.colorNeutralForeground1,
    ':hover': { backgroundColor: tokens.colorNeutralBackground2Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  current: { backgroundColor: tokens.colorNeutralBackground1, boxShadow: tokens.shadow2 },
  status: { display: 'block', fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  card: { ...cardStyle('compact') },
  pair: { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: tokens.spacingHorizontalM },
  meta: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, margin: 0 },
  para: { margin: 0, whiteSpace: 'pre-wrap' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center', flexWrap: 'wrap' },
  error: { color: tokens.colorPaletteRedForeground1 },
});

export interface OwnCommitment {
  id: string;
  componentCode: string;
  title: Text;
}

interface Props {
  view: RoundView;
  selected: string | null;
  onSelect(ideaId: string): void;
  /** This institution's commitments, the ones an idea can be merged into. */
  commitments: readonly OwnCommitment[];
  me: string;
  onDecided(idea: RoundIdea): void;
}

const DECIDED = new Set<string>(DECISIONS);

export function Decisions({ view, selected, onSelect, commitments, me, onDecided }: Props) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const styles = useStyles();
  const idea = view.ideas.find((i) => i.id === selected) ?? null;
  const title = (i: RoundIdea) => textIn(i.title, lang) || t('prioritization.decisions.untitled');
  return (
    <div className={styles.layout}>
      <ul className={styles.list} aria-label={t('prioritization.decisions.heading')}>
        {view.ideas.map((i) => (
          <li key={i.id}>
            <button type="button" className={mergeClasses(styles.item, i.id === selected && styles.current)} aria-current={i.id === selected || undefined} onClick={() => onSelect(i.id)}>
              {title(i)}
              <span className={styles.status}>{DECIDED.has(i.status) ? t(`print.prioritization.ideaStatus.${i.status}`) : t('prioritization.decisions.undecided')}</span>
            </button>
          </li>
        ))}
      </ul>
      {idea ? (
        <IdeaDecision key={idea.id} idea={idea} commitments={commitments} editable={idea.owner === me} onDecided={onDecided} />
      ) : (
        <p>{t('prioritization.decisions.selectIdea')}</p>
      )}
    </div>
  );
}

function IdeaDecision({ idea, commitments, editable, onDecided }: { idea: RoundIdea; commitments: readonly OwnCommitment[]; editable: boolean; onDecided(idea: RoundIdea): void }) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const { api, planChanges, saves } = useServices();
  const styles = useStyles();
  const [decision, setDecision] = useState<Decision | null>(DECIDED.has(idea.status) ? (idea.status as Decision) : null);
  const [response, setResponse] = useState<Text>(idea.reasonedResponse);
  const [target, setTarget] = useState<string>(idea.status === 'merged' && idea.commitmentId ? idea.commitmentId : '');
  const [state, setState] = useState<{ saving: boolean; message: string | null; error: boolean }>({ saving: false, message: null, error: false });
  const refOf = useCallback((l: Lang): FieldRef => ({ recordType: 'idea', recordId: idea.id, field: 'reasonedResponse', lang: l }), [idea.id]);
  const keptOf = useCallback(
    (saved: Text): Text => {
      const kept = (l: Lang) => saves.keptValue(refOf(l))?.value;
      const pick = (l: Lang) => {
        const v = kept(l);
        return typeof v === 'string' ? v : saved[l];
      };
      return { sq: pick('sq'), en: pick('en') };
    },
    [saves, refOf],
  );
  // What was typed and not saved yet wins over the stored response, once the kept values are read back.
  useEffect(() => {
    let live = true;
    setResponse(keptOf(idea.reasonedResponse));
    void saves.ensureRestored().then(() => live && setResponse(keptOf(idea.reasonedResponse)));
    return () => {
      live = false;
    };
  }, [idea.reasonedResponse, saves, keptOf]);
  const [unsaved, setUnsaved] = useState(() => saves.keptIn(idea.id).some((k) => k.ref.field === 'reasonedResponse'));
  useEffect(() => saves.subscribe(() => setUnsaved(saves.keptIn(idea.id).some((k) => k.ref.field === 'reasonedResponse'))), [saves, idea.id]);
  const type = (l: Lang, value: string) => {
    setResponse((r) => ({ ...r, [l]: value }));
    if (value === idea.reasonedResponse[l]) saves.discardKept(refOf(l));
    else saves.reject(refOf(l), 'decision-not-saved', idea.id, { value });
  };
  const linked = commitments.find((c) => c.id === idea.commitmentId) ?? null;

  const save = async () => {
    if (!decision) return;
    setState({ saving: true, message: null, error: false });
    const r = await api['idea.decide']({ ideaId: idea.id, decision, reasonedResponse: response, ...(decision === 'merged' && target ? { commitmentId: target } : {}) });
    if (!r.ok) {
      setState({ saving: false, message: describeError(t, r.error), error: true });
      return;
    }
    for (const l of ['sq', 'en'] as const) saves.discardKept(refOf(l));
    setState({ saving: false, message: t('prioritization.decisions.saved'), error: false });
    // A commitment created or its origin list changed: the plan's lists and counts follow.
    planChanges.announce();
    onDecided(r.value.idea);
  };

  const headingId = `idea-${idea.id}`;
  return (
    <section className={styles.card} aria-labelledby={headingId}>
      <h3 id={headingId} style={{ margin: 0 }}>
        {textIn(idea.title, lang) || t('prioritization.decisions.untitled')}
      </h3>
      <p className={styles.meta}>
        {[idea.submitter.organisation || idea.submitter.name, formatDate(idea.receivedAt)].filter(Boolean).join(' · ')}
        {idea.decidedAt ? ` · ${t('prioritization.decisions.decidedOn', { date: formatDate(idea.decidedAt) })}` : ''}
      </p>
      {textIn(idea.problem, lang) && <p className={styles.para}>{textIn(idea.problem, lang)}</p>}
      {textIn(idea.proposedSolution, lang) && <p className={styles.para}>{textIn(idea.proposedSolution, lang)}</p>}
      {idea.commitmentId && (
        <p className={styles.para}>
          {t('prioritization.decisions.linkedTo', { title: linked ? textIn(linked.title, lang) || t('prioritization.decisions.untitled') : idea.commitmentId })}{' '}
          {linked && <Link href={routeHref({ view: 'commitment', component: linked.componentCode, commitment: linked.id })}>{t('prioritization.decisions.openCommitment')}</Link>}
        </p>
      )}
      <RadioGroup value={decision ?? ''} disabled={!editable} onChange={(_, d) => setDecision(d.value as Decision)} aria-label={t('prioritization.decisions.decision')}>
        {DECISIONS.map((d) => (
          <Radio key={d} value={d} label={t(`prioritization.decisions.${d}`)} />
        ))}
      </RadioGroup>
      {decision === 'merged' && (
        <Field label={t('prioritization.decisions.commitment')}>
          <Select value={target} disabled={!editable} onChange={(_, d) => setTarget(d.value)}>
            <option value="">{t('prioritization.decisions.chooseCommitment')}</option>
            {commitments.map((c) => (
              <option key={c.id} value={c.id}>
                {textIn(c.title, lang) || t('prioritization.decisions.untitled')}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <div className={styles.pair}>
        {(['sq', 'en'] as const).map((l) => {
          const pending = editable && response[l] !== idea.reasonedResponse[l];
          return (
            <Field
              key={l}
              label={`${t('prioritization.decisions.response')} (${t(`common.languageShort.${l}`)})`}
              validationState={pending ? 'warning' : 'none'}
              validationMessage={pending ? t('prioritization.decisions.notSaved') : undefined}
            >
              <Textarea value={response[l]} disabled={!editable} resize="vertical" onChange={(_, d) => type(l, d.value)} />
            </Field>
          );
        })}
      </div>
      {editable && (
        <div className={styles.actions}>
          <Button appearance="primary" disabled={!decision || state.saving} onClick={() => void save()}>
            {t('prioritization.decisions.save')}
          </Button>
          {unsaved && (
            <Button appearance="secondary" onClick={() => (['sq', 'en'] as const).forEach((l) => (saves.discardKept(refOf(l)), setResponse((r) => ({ ...r, [l]: idea.reasonedResponse[l] }))))}>
              {t('prioritization.decisions.discard')}
            </Button>
          )}
          <span role="status" className={state.error ? styles.error : undefined}>
            {state.message}
          </span>
        </div>
      )}
    </section>
  );
}
