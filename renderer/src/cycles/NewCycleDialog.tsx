// "Start a new cycle…" (the POC): id, period start and end, plan number,
// proposed from the latest cycle (the day after it ends, as long, the next
// number). Each field says its own problem: what cannot be read here, the
// rest as the service refuses it (overlap, a period under a year or over
// four, an id that is not its period's), at the field it names.
import { Button, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Input, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cycleIdFor, type NewCycleField } from '../../../shared/cycles/new-cycle';
import { addDays, addYears, daysBetween } from '../../../shared/cycles/period';
import { formatDate, parseDate } from '../../../shared/format/dates';
import type { Cycle } from '../../../shared/model/reference';
import { Dialog } from '../components/Dialog';
import { describeError, validationText } from '../lib/describe-error';
import { useServices } from '../services/services';

const useStyles = makeStyles({
  form: { display: 'grid', gap: tokens.spacingVerticalM },
  dates: { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: tokens.spacingHorizontalM },
});

type Values = Record<NewCycleField, string>;
type Errors = Partial<Record<NewCycleField, string>>;

/** The next period: from the day after `latest` ends, as many whole years as it ran. */
function proposal(latest: Cycle): Values {
  const start = addDays(latest.periodEnd, 1);
  const years = Math.max(1, Math.min(4, Math.round(daysBetween(latest.periodStart, addDays(latest.periodEnd, 1)) / 365)));
  const end = addDays(addYears(start, years), -1);
  return { id: cycleIdFor(start, end), periodStart: formatDate(start), periodEnd: formatDate(end), number: String(latest.number + 1) };
}

export function NewCycleDialog({ open, latest, onCancel, onStarted }: { open: boolean; latest: Cycle; onCancel(): void; onStarted(): void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const { api } = useServices();
  const [values, setValues] = useState<Values>(() => proposal(latest));
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (open) {
      setValues(proposal(latest));
      setErrors({});
    }
  }, [open, latest]);

  const set = (field: NewCycleField) => (_: unknown, data: { value: string }) => {
    setValues((v) => ({ ...v, [field]: data.value }));
    setErrors((e) => ({ ...e, [field]: undefined }));
  };

  const submit = async () => {
    const found: Errors = {};
    const periodStart = parseDate(values.periodStart);
    const periodEnd = parseDate(values.periodEnd);
    const number = /^\d{1,2}$/.test(values.number.trim()) && Number(values.number) >= 1 ? Number(values.number) : undefined;
    if (values.id.trim() === '') found.id = t('cycles.dialog.required');
    if (typeof periodStart !== 'string') found.periodStart = periodStart === null ? t('cycles.dialog.required') : t('cycles.dialog.badDate');
    if (typeof periodEnd !== 'string') found.periodEnd = periodEnd === null ? t('cycles.dialog.required') : t('cycles.dialog.badDate');
    if (number === undefined) found.number = t('cycles.dialog.badNumber');
    setErrors(found);
    if (Object.keys(found).length > 0 || typeof periodStart !== 'string' || typeof periodEnd !== 'string' || number === undefined) return;
    setBusy(true);
    const result = await api['cycle.start']({ id: values.id.trim(), periodStart, periodEnd, number });
    setBusy(false);
    if (result.ok) return onStarted();
    const issues = result.error.details?.issues ?? [];
    const at: Errors = {};
    const whole = describeError(t, result.error);
    for (const issue of issues) {
      const field = issue.path.split('.')[0] as NewCycleField;
      if (!(field in values)) continue;
      // A refusal of the service says the whole sentence; a schema issue its own.
      at[field] = result.error.code === 'invalid-input' ? validationText(t, issue.message, issue.code) : whole;
    }
    setErrors(Object.keys(at).length > 0 ? at : { id: whole });
  };

  const field = (name: NewCycleField, label: string, hint: string) => (
    <Field label={label} hint={hint} required validationState={errors[name] ? 'error' : 'none'} validationMessage={errors[name]}>
      <Input value={values[name]} onChange={set(name)} disabled={busy} inputMode={name === 'number' ? 'numeric' : undefined} />
    </Field>
  );

  return (
    <Dialog open={open} modalType="modal" onOpenChange={(_, d) => !d.open && !busy && onCancel()}>
      <DialogSurface>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <DialogBody>
            <DialogTitle>{t('cycles.dialog.title')}</DialogTitle>
            <DialogContent className={styles.form}>
              <p>{t('cycles.dialog.intro', { from: latest.id })}</p>
              {field('id', t('cycles.dialog.id'), t('cycles.dialog.idHint'))}
              <div className={styles.dates}>
                {field('periodStart', t('cycles.dialog.periodStart'), t('cycles.dialog.dateHint'))}
                {field('periodEnd', t('cycles.dialog.periodEnd'), t('cycles.dialog.dateHint'))}
              </div>
              {field('number', t('cycles.dialog.number'), t('cycles.dialog.numberHint'))}
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" type="submit" disabled={busy} icon={busy ? <Spinner size="tiny" /> : undefined}>
                {t('cycles.dialog.submit')}
              </Button>
              <Button onClick={onCancel} disabled={busy}>
                {t('cycles.dialog.cancel')}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
