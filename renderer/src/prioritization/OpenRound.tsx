// Opening a round: its stage, its scale and the ideas that enter it (all of
// the component's undecided ideas offered, or the previous round's shortlist
// when the next stage starts from it). The criteria are the defaults, or the
// previous round's; they are edited in the round once it is open.
import { Button, Checkbox, Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoundView } from '../../../shared/api/contract';
import { DEFAULT_SCALE } from '../../../shared/cocreation/default-criteria';
import { PRIORITIZATION_STAGES } from '../../../shared/model/cocreation';
import { Loaded } from '../components/Page';
import { useLanguage } from '../hooks/useLanguage';
import { useLoad } from '../hooks/useLoad';
import { describeError } from '../lib/describe-error';
import { cardStyle } from '../lib/styles';
import { useServices } from '../services/services';
import { textIn } from './text';

const useStyles = makeStyles({
  card: { ...cardStyle('roomy') },
  row: { display: 'flex', gap: tokens.spacingHorizontalL, flexWrap: 'wrap', alignItems: 'end' },
  small: { width: '90px' },
  ideas: { display: 'flex', flexDirection: 'column', maxHeight: '280px', overflowY: 'auto', border: 'none', padding: 0, margin: 0 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center' },
  error: { color: tokens.colorPaletteRedForeground1 },
  note: { color: tokens.colorNeutralForeground3, margin: 0 },
});

type Stage = RoundView['round']['stage'];

interface Props {
  componentCode: string;
  /** The next stage of this round, starting from its shortlist. */
  from?: { roundId: string; stage: Stage; ideaIds: string[] };
  onOpened(view: RoundView): void;
  onCancel(): void;
}

export function OpenRound({ componentCode, from, onOpened, onCancel }: Props) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const { api } = useServices();
  const styles = useStyles();
  const next = from ? PRIORITIZATION_STAGES[Math.min(PRIORITIZATION_STAGES.indexOf(from.stage) + 1, PRIORITIZATION_STAGES.length - 1)]! : 'shortlist';
  const [stage, setStage] = useState<Stage>(next);
  const [min, setMin] = useState(String(DEFAULT_SCALE.min));
  const [max, setMax] = useState(String(DEFAULT_SCALE.max));
  const [chosen, setChosen] = useState<ReadonlySet<string> | null>(from ? new Set(from.ideaIds) : null);
  const [error, setError] = useState<string | null>(null);
  const [candidates, reload] = useLoad(() => api['round.candidates']({ componentCode }), [api, componentCode]);

  const open = async (all: readonly string[]) => {
    const ids = all.filter((id) => (chosen ?? new Set(all)).has(id));
    const scale = { min: Number(min), max: Number(max) };
    const r = await api['round.open']({ componentCode, stage, ideaIds: ids, ...(from ? { fromRoundId: from.roundId } : { scale }) });
    if (r.ok) onOpened(r.value);
    else setError(describeError(t, r.error));
  };

  return (
    <section className={styles.card} aria-labelledby="open-round">
      <h2 id="open-round" style={{ margin: 0 }}>
        {from ? t('prioritization.nextRound') : t('prioritization.newRound')}
      </h2>
      <div className={styles.row}>
        <Field label={t('prioritization.stageLabel')}>
          <Select value={stage} onChange={(_, d) => setStage(d.value as Stage)}>
            {PRIORITIZATION_STAGES.map((s) => (
              <option key={s} value={s}>
                {t(`print.prioritization.stage.${s}`)}
              </option>
            ))}
          </Select>
        </Field>
        {!from && (
          <>
            <Field label={`${t('prioritization.scale')}: ${t('prioritization.scaleMin')}`} className={styles.small}>
              <Input value={min} inputMode="numeric" onChange={(_, d) => setMin(d.value)} />
            </Field>
            <Field label={t('prioritization.scaleMax')} className={styles.small}>
              <Input value={max} inputMode="numeric" onChange={(_, d) => setMax(d.value)} />
            </Field>
          </>
        )}
      </div>
      {from && <p className={styles.note}>{t('prioritization.fromPrevious', { stage: t(`print.prioritization.stage.${from.stage}`) })}</p>}
      <Loaded state={candidates} label={t('ui.app.loading')} onRetry={reload}>
        {(list) => {
          const offered = from ? list : list.filter((i) => i.status === 'received' || i.status === 'shortlisted');
          const selected = chosen ?? new Set(offered.map((i) => i.id));
          return (
            <>
              <fieldset className={styles.ideas}>
                <legend>{t('prioritization.ideasToInclude')}</legend>
                {offered.length === 0 && <p className={styles.note}>{t('prioritization.noCandidates')}</p>}
                {offered.map((i) => (
                  <Checkbox
                    key={i.id}
                    label={textIn(i.title, lang) || t('prioritization.decisions.untitled')}
                    checked={selected.has(i.id)}
                    onChange={(_, d) => {
                      const nextSet = new Set(selected);
                      if (d.checked) nextSet.add(i.id);
                      else nextSet.delete(i.id);
                      setChosen(nextSet);
                    }}
                  />
                ))}
              </fieldset>
              {error && (
                <p role="alert" className={styles.error}>
                  {error}
                </p>
              )}
              <div className={styles.actions}>
                <Button appearance="primary" onClick={() => void open(offered.map((i) => i.id))}>
                  {t('prioritization.open')}
                </Button>
                <Button onClick={onCancel}>{t('prioritization.cancel')}</Button>
              </div>
            </>
          );
        }}
      </Loaded>
    </section>
  );
}
