// The values of the open commitment that could not be saved, in one bar
// above the form: each names its field, goes to it, or gives it up. The
// messages at the fields say what is wrong; this says that nothing of it is
// lost and that the checks do not count it.
import { Button, Link, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Commitment } from '../../../shared/model/plan';
import { useKeptValues } from '../hooks/useAutosave';
import type { FieldRef } from '../lib/field-key';
import { focusField } from '../lib/focus-field';
import type { KeptEntry } from '../services/autosave/save-queue';
import { useEditor, useSession } from './context';
import { fieldLabel } from './sections';

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, padding: 0, listStyle: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  item: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
});

/** "Problemi (shqip)", "Hapi kyç 2: Data e fillimit": enough to find the field among dozens. */
export function unsavedFieldName(t: TFunction, ref: FieldRef, commitment: Commitment | null): string {
  const label = fieldLabel(t, ref);
  const field = ref.lang ? t(ref.lang === 'sq' ? 'ui.editor.fieldSq' : 'ui.editor.fieldEn', { field: label }) : label;
  const seq =
    commitment === null
      ? undefined
      : ref.recordType === 'milestone'
      ? commitment.milestones.find((m) => m.id === ref.recordId)?.seq
      : ref.recordType === 'indicator'
        ? commitment.indicators.find((i) => i.id === ref.recordId)?.seq
        : undefined;
  if (seq === undefined) return field;
  const record = t(ref.recordType === 'milestone' ? 'ui.editor.milestones.heading' : 'ui.editor.indicators.heading', { n: seq });
  return t('ui.unsaved.inRecord', { record, field });
}

export function UnsavedValues({ commitmentId }: { commitmentId: string }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const { session } = useEditor();
  const kept = useKeptValues(commitmentId);
  const commitment = useSession((s) => s.commitment);
  if (kept.length === 0) return null;
  const discardAll = () => kept.forEach((k: KeptEntry) => session.discardUnsaved(k.ref));
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="unsaved-values">
      <MessageBarBody>
        <MessageBarTitle>{t('ui.unsaved.title', { count: kept.length })}</MessageBarTitle>
        {t('ui.unsaved.body')}
        <ul className={styles.list}>
          {kept.map((k) => {
            const name = unsavedFieldName(t, k.ref, commitment);
            return (
              <li key={`${k.ref.recordId}:${k.ref.field}:${k.ref.lang ?? '-'}`} className={styles.item}>
                <Link as="button" onClick={() => void focusField(k.ref)}>
                  {t('ui.unsaved.goTo', { field: name })}
                </Link>
                <Link as="button" aria-label={t('ui.unsaved.discardLabel', { field: name })} onClick={() => session.discardUnsaved(k.ref)}>
                  {t('ui.unsaved.discard')}
                </Link>
              </li>
            );
          })}
        </ul>
      </MessageBarBody>
      {kept.length > 1 && (
        <MessageBarActions>
          <Button onClick={discardAll}>{t('ui.unsaved.discardAll')}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
