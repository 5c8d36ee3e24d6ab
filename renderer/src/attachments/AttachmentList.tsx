// An owner's attachments: the list, add (a file chooser behind a button),
// open (the system viewer on the desktop) or download (browser mode), remove;
// a refusal is said here, beside the list. Props kept to the owner, so any
// screen (commitments now, events and reports later) can hold one.
import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { AttachRegular, DeleteRegular, OpenRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { AppErrorDto } from '../../../shared/api/errors';
import type { Attachment } from '../../../shared/model/cocreation';
import type { AttachmentOwnerType } from '../../../shared/api/contract/attachments';
import { ATTACHMENT_TYPE_LIST, MAX_ATTACHMENT_BYTES } from '../../../shared/api/contract';
import { ConfirmDeleteDialog } from '../components/ConfirmDeleteDialog';
import { describeError } from '../lib/describe-error';
import { readFileAsBase64 } from '../lib/files';
import { useServices } from '../services/services';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalS },
  list: { listStyleType: 'none', padding: 0, margin: 0, display: 'grid', gap: tokens.spacingVerticalXS },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  // The button keeps its one line; the limits go under it when the column is narrow.
  addRow: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  noShrink: { flexShrink: 0 },
  error: { color: tokens.colorPaletteRedForeground1 },
});

const ACCEPT = '.pdf,.docx,.xlsx,.odt,.jpg,.jpeg,.png';

export function AttachmentList(props: { ownerType: z.infer<typeof AttachmentOwnerType>; ownerId: string; readOnly?: boolean }) {
  const { ownerType, ownerId, readOnly } = props;
  const { t } = useTranslation();
  const { api } = useServices();
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [items, setItems] = useState<Attachment[]>([]);
  // The error itself, translated when shown: switching the language translates it again.
  const [error, setError] = useState<AppErrorDto | null>(null);

  const reload = useCallback(async () => {
    const r = await api['attachment.list']({ ownerType, ownerId });
    if (r.ok) setItems(r.value);
    else setError(r.error);
  }, [api, ownerType, ownerId, t]);
  useEffect(() => void reload(), [reload]);

  const add = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    const r = await api['attachment.add']({ ownerType, ownerId, file: { name: file.name, dataBase64: await readFileAsBase64(file) } });
    if (!r.ok) setError(r.error);
    await reload();
  };
  const open = async (a: Attachment) => {
    setError(null);
    const r = await api['attachment.open']({ id: a.id });
    if (!r.ok) return setError(r.error);
    if (!r.value.opened) {
      // Browser mode: the download route, under the token cookie the page already holds.
      const link = document.createElement('a');
      link.href = `/attachments/${a.id}`;
      link.download = a.fileName;
      link.click();
    }
  };
  // Removing asks first: a click beside the file's name should not lose the file.
  const [toRemove, setToRemove] = useState<Attachment | null>(null);
  const [removing, setRemoving] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);
  const remove = async (a: Attachment) => {
    setError(null);
    setRemoving(true);
    const r = await api['attachment.remove']({ id: a.id });
    setRemoving(false);
    setToRemove(null);
    if (!r.ok) setError(r.error);
    await reload();
  };

  return (
    <div className={styles.root}>
      {items.length === 0 ? (
        <Text block>{t('ui.attachments.none')}</Text>
      ) : (
        <ul className={styles.list} aria-label={t('ui.attachments.title')}>
          {items.map((a) => (
            <li key={a.id} className={styles.row}>
              <Button appearance="subtle" icon={<OpenRegular />} onClick={() => void open(a)}>
                {a.fileName}
              </Button>
              <Text size={200}>{t('ui.attachments.size', { size: a.size })}</Text>
              {!readOnly && (
                <Button appearance="subtle" icon={<DeleteRegular />} aria-label={t('ui.attachments.remove', { name: a.fileName })} onClick={() => setToRemove(a)} />
              )}
            </li>
          ))}
        </ul>
      )}
      {!readOnly && (
        <div className={styles.addRow}>
          <input ref={input} type="file" hidden accept={ACCEPT} onChange={(e) => void add(e.target.files?.[0]).finally(() => (e.target.value = ''))} />
          <Button ref={addButton} className={styles.noShrink} icon={<AttachRegular />} onClick={() => input.current?.click()}>
            {t('ui.attachments.add')}
          </Button>
          <Text size={200}>{t('ui.attachments.limits', { limit: MAX_ATTACHMENT_BYTES, types: ATTACHMENT_TYPE_LIST })}</Text>
        </div>
      )}
      <ConfirmDeleteDialog
        title={toRemove?.fileName ?? null}
        heading={t('ui.attachments.removeTitle')}
        body={t('ui.attachments.removeBody', { name: toRemove?.fileName ?? '' })}
        busy={removing}
        onConfirm={() => toRemove && void remove(toRemove)}
        onCancel={() => setToRemove(null)}
        returnFocus={() => addButton.current}
      />
      {error && (
        <Text role="alert" className={styles.error} block>
          {describeError(t, error)}
        </Text>
      )}
    </div>
  );
}
