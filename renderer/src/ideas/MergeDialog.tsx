// Merging a duplicate: the person chooses the idea it repeats, among this
// institution's ideas of the same component that are not merged themselves.
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Select, Spinner } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorDto } from '../../../shared/api/errors';
import type { Idea } from '../../../shared/model/cocreation';
import { formatDate } from '../../../shared/format/dates';
import { useLanguage } from '../hooks/useLanguage';
import { describeError } from '../lib/describe-error';
import { useServices } from '../services/services';
import { ideaTitle } from './labels';

export function MergeDialog({ idea, candidates, onClose, onMerged }: { idea: Idea; candidates: readonly Idea[]; onClose(): void; onMerged(merged: Idea): void }) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const { api } = useServices();
  const [into, setInto] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorDto | null>(null);
  const name = (i: Idea) => ideaTitle(i, lang) || t('ideas.table.untitled');
  const merge = async () => {
    setBusy(true);
    const r = await api['idea.merge']({ id: idea.id, intoId: into });
    setBusy(false);
    if (r.ok) onMerged(r.value);
    else setError(r.error);
  };
  return (
    <Dialog open modalType="alert" onOpenChange={(_, d) => !d.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('ideas.merge.title')}</DialogTitle>
          <DialogContent>
            <p>{t('ideas.merge.body', { title: name(idea) })}</p>
            {candidates.length === 0 ? (
              <p>{t('ideas.merge.none')}</p>
            ) : (
              <Field label={t('ideas.merge.into')} validationState={error ? 'error' : 'none'} validationMessage={error ? describeError(t, error) : undefined}>
                <Select value={into} onChange={(_, d) => (setInto(d.value), setError(null))}>
                  <option value="">{t('ideas.merge.placeholder')}</option>
                  {candidates.map((c) => (
                    <option key={c.id} value={c.id}>
                      {`${formatDate(c.receivedAt)} · ${name(c)}`}
                    </option>
                  ))}
                </Select>
              </Field>
            )}
          </DialogContent>
          <DialogActions>
            <Button onClick={onClose}>{t('ideas.merge.cancel')}</Button>
            <Button appearance="primary" disabled={into === '' || busy} onClick={() => void merge()} icon={busy ? <Spinner size="tiny" /> : undefined}>
              {t('ideas.merge.confirm')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
