// The scorers of a round and each one's sheet: on screen as a grid, or as an
// Excel file for a scorer who is not at this computer, imported back filled.
import { Button, Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular, ArrowUploadRegular, PersonAddRegular } from '@fluentui/react-icons';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoundView } from '../../../shared/api/contract';
import type { Result } from '../../../shared/api/result';
import { describeError } from '../lib/describe-error';
import { downloadBase64, readFileAsBase64 } from '../lib/files';
import { useServices } from '../services/services';
import { ScoreGrid } from './ScoreGrid';
import type { RoundState } from './useRound';

const useStyles = makeStyles({
  bar: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'end', flexWrap: 'wrap', marginBottom: tokens.spacingVerticalM },
  message: { margin: 0 },
  error: { color: tokens.colorPaletteRedForeground1 },
});

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function ScoresTab({ state, view, editable }: { state: RoundState; view: RoundView; editable: boolean }) {
  const { t } = useTranslation();
  const { api } = useServices();
  const styles = useStyles();
  const [scorer, setScorer] = useState(view.scorers[0] ?? '');
  const [name, setName] = useState('');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const file = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!view.scorers.includes(scorer)) setScorer(view.scorers[0] ?? '');
  }, [view.scorers, scorer]);

  const report = <T,>(r: Result<T>, ok: (v: T) => string) => setMessage(r.ok ? { text: ok(r.value), error: false } : { text: describeError(t, r.error), error: true });

  const addScorer = async () => {
    const r = await api['round.addScorer']({ id: view.round.id, name });
    if (state.accept(r) === null) {
      setScorer(name.trim());
      setName('');
      setMessage(null);
    } else report(r, () => '');
  };
  const exportSheet = async () => {
    const r = await api['round.sheetExport']({ id: view.round.id, scorer });
    if (r.ok) downloadBase64(r.value.fileName, r.value.dataBase64, XLSX_MIME);
    else report(r, () => '');
  };
  const importSheet = async (chosen: File | undefined) => {
    if (!chosen) return;
    const r = await api['round.sheetImport']({ id: view.round.id, file: { name: chosen.name, dataBase64: await readFileAsBase64(chosen) } });
    report(r, (v) => t('prioritization.grid.imported', { scores: v.scores, scorer: v.scorer }));
    if (r.ok) {
      setScorer(r.value.scorer);
      state.reload();
    }
  };

  return (
    <div>
      <div className={styles.bar}>
        {view.scorers.length > 0 && (
          <Field label={t('prioritization.grid.scorer')}>
            <Select value={scorer} onChange={(_, d) => setScorer(d.value)}>
              {view.scorers.map((s) => (
                <option key={s}>{s}</option>
              ))}
            </Select>
          </Field>
        )}
        {editable && (
          <>
            <Field label={t('prioritization.scorers.name')}>
              <Input value={name} onChange={(_, d) => setName(d.value)} onKeyDown={(e) => e.key === 'Enter' && name.trim() && void addScorer()} />
            </Field>
            <Button icon={<PersonAddRegular />} disabled={!name.trim()} onClick={() => void addScorer()}>
              {t('prioritization.scorers.add')}
            </Button>
          </>
        )}
        {scorer && (
          <Button icon={<ArrowDownloadRegular />} onClick={() => void exportSheet()}>
            {t('prioritization.grid.exportSheet')}
          </Button>
        )}
        {editable && view.scorers.length > 0 && (
          <>
            <Button icon={<ArrowUploadRegular />} onClick={() => file.current?.click()}>
              {t('prioritization.grid.importSheet')}
            </Button>
            <input
              ref={file}
              type="file"
              accept=".xlsx"
              hidden
              data-testid="score-sheet-file"
              onChange={(e) => {
                void importSheet(e.currentTarget.files?.[0]);
                e.currentTarget.value = '';
              }}
            />
          </>
        )}
      </div>
      <p role="status" className={message?.error ? `${styles.message} ${styles.error}` : styles.message}>
        {message?.text ?? ''}
      </p>
      {view.scorers.length === 0 ? (
        <p>{t('prioritization.scorers.none')}</p>
      ) : (
        scorer && <ScoreGrid view={view} scorer={scorer} editable={editable} onScore={state.score} />
      )}
    </div>
  );
}
