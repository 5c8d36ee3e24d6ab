// The criteria of a round, edited as a draft and saved together: names and
// descriptions in both languages, weights in percent, gate or weighted.
// Weights that do not add up to 100 % are said so, with an offer to
// normalise them; they are never changed without the person asking.
import { Button, Checkbox, Field, Input, MessageBar, MessageBarActions, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoundView } from '../../../shared/api/contract';
import { normaliseWeights, scaleMidpoint, weightPermille } from '../../../shared/cocreation/prioritization';
import { cardStyle } from '../lib/styles';

type Criterion = RoundView['round']['criteria'][number];
/** A criterion as typed: the weight as the person wrote it, in percent. */
type Draft = Criterion & { weightText: string };

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, listStyle: 'none', margin: 0, padding: 0 },
  card: { ...cardStyle('compact') },
  pair: { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: tokens.spacingHorizontalM },
  last: { display: 'flex', gap: tokens.spacingHorizontalL, alignItems: 'end', flexWrap: 'wrap' },
  weight: { width: '120px' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalM, alignItems: 'center', flexWrap: 'wrap' },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

const toDraft = (c: Criterion): Draft => ({ ...c, weightText: String(Math.round(c.weight * 1000) / 10) });
const weightOf = (text: string): number | null => {
  const n = Number(text.trim().replace(',', '.'));
  return text.trim() !== '' && Number.isFinite(n) && n >= 0 && n <= 100 ? n / 100 : null;
};

interface Props {
  view: RoundView;
  editable: boolean;
  onSave(criteria: Criterion[]): Promise<string | null>;
}

export function CriteriaEditor({ view, editable, onSave }: Props) {
  const { t } = useTranslation();
  const styles = useStyles();
  const [drafts, setDrafts] = useState<Draft[]>(() => view.round.criteria.map(toDraft));
  const [message, setMessage] = useState<{ intent: 'success' | 'error'; text: string } | null>(null);
  useEffect(() => setDrafts(view.round.criteria.map(toDraft)), [view.round.id, view.round.criteria]);

  const parsed = drafts.map((d) => ({ ...d, weight: d.gate ? 0 : (weightOf(d.weightText) ?? Number.NaN) }));
  const valid = parsed.every((d) => Number.isFinite(d.weight));
  const sum = valid ? weightPermille(parsed) / 10 : null;
  const update = (i: number, change: Partial<Draft>) => setDrafts((list) => list.map((d, k) => (k === i ? { ...d, ...change } : d)));
  const strip = (list: typeof parsed): Criterion[] => list.map(({ weightText: _w, ...c }) => c);

  const normalise = () => {
    const next = normaliseWeights(parsed);
    if (next) setDrafts(next.map((c) => toDraft(c)));
  };
  const add = () =>
    setDrafts((list) => {
      let n = list.length + 1;
      while (list.some((c) => c.id === `criterion-${n}`)) n++;
      return [...list, { id: `criterion-${n}`, gate: false, weight: 0, weightText: '0', name: { sq: t('prioritization.criteria.newName', { lng: 'sq' }), en: t('prioritization.criteria.newName', { lng: 'en' }) }, description: { sq: '', en: '' } }];
    });
  const save = async () => {
    const error = await onSave(strip(parsed));
    setMessage(error ? { intent: 'error', text: error } : { intent: 'success', text: t('prioritization.criteria.saved') });
  };

  return (
    <div>
      <ol className={styles.list}>
        {drafts.map((d, i) => {
          const n = i + 1;
          const bad = !d.gate && weightOf(d.weightText) === null;
          return (
            <li key={d.id} className={styles.card} aria-label={t('prioritization.criteria.criterionN', { n })}>
              <div className={styles.pair}>
                <Field label={`${t('prioritization.criteria.name')} (${t('common.languageShort.sq')})`}>
                  <Input value={d.name.sq} disabled={!editable} onChange={(_, v) => update(i, { name: { ...d.name, sq: v.value } })} />
                </Field>
                <Field label={`${t('prioritization.criteria.name')} (${t('common.languageShort.en')})`}>
                  <Input value={d.name.en} disabled={!editable} onChange={(_, v) => update(i, { name: { ...d.name, en: v.value } })} />
                </Field>
                <Field label={`${t('prioritization.criteria.description')} (${t('common.languageShort.sq')})`}>
                  <Input value={d.description.sq} disabled={!editable} onChange={(_, v) => update(i, { description: { ...d.description, sq: v.value } })} />
                </Field>
                <Field label={`${t('prioritization.criteria.description')} (${t('common.languageShort.en')})`}>
                  <Input value={d.description.en} disabled={!editable} onChange={(_, v) => update(i, { description: { ...d.description, en: v.value } })} />
                </Field>
              </div>
              <div className={styles.last}>
                <Checkbox
                  label={t('prioritization.criteria.gate')}
                  checked={d.gate}
                  disabled={!editable}
                  onChange={(_, v) => update(i, { gate: v.checked === true, weightText: v.checked === true ? '0' : d.weightText })}
                />
                {d.gate ? (
                  <span className={styles.hint}>{t('prioritization.criteria.gateHint', { midpoint: scaleMidpoint(view.round.scale) })}</span>
                ) : (
                  <Field
                    label={t('prioritization.criteria.weight')}
                    className={styles.weight}
                    validationState={bad ? 'error' : 'none'}
                    validationMessage={bad ? (d.weightText.trim().startsWith('-') ? t('prioritization.criteria.negative') : t('prioritization.criteria.badWeight')) : undefined}
                  >
                    <Input value={d.weightText} inputMode="decimal" disabled={!editable} onChange={(_, v) => update(i, { weightText: v.value })} />
                  </Field>
                )}
                {editable && (
                  <Button icon={<DeleteRegular />} aria-label={t('prioritization.criteria.remove', { n })} onClick={() => setDrafts((list) => list.filter((_, k) => k !== i))} />
                )}
              </div>
            </li>
          );
        })}
      </ol>
      {sum !== null && sum !== 100 ? (
        <MessageBar intent="warning" style={{ marginTop: tokens.spacingVerticalM }}>
          <MessageBarBody>{t('prioritization.criteria.weightsOff', { sum })}</MessageBarBody>
          {editable && (
            <MessageBarActions>
              <Button onClick={normalise} disabled={sum === 0}>
                {t('prioritization.criteria.normalise')}
              </Button>
            </MessageBarActions>
          )}
        </MessageBar>
      ) : (
        sum !== null && <p className={styles.hint}>{t('prioritization.criteria.weightsSum', { sum })}</p>
      )}
      {sum === 0 && <p className={styles.hint}>{t('prioritization.criteria.normaliseNone')}</p>}
      {editable && (
        <div className={styles.actions}>
          <Button icon={<AddRegular />} onClick={add}>
            {t('prioritization.criteria.add')}
          </Button>
          <Button appearance="primary" disabled={!valid || drafts.length === 0} onClick={() => void save()}>
            {t('prioritization.criteria.save')}
          </Button>
          {message && (
            <span role="status" className={styles.hint}>
              {message.text}
            </span>
          )}
        </div>
      )}
    </div>
  );
}
