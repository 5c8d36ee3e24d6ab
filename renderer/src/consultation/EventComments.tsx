// The comments received at one event, each a small form saved through the
// shared record session (author, consent, organisation, theme, text, the
// record it concerns, the reason in both languages), and its decision,
// which has its own action (comment.decide dates it).
import { Button, Field, Select, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import { useCallback, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { ok } from '../../../shared/api/result';
import type { CommentTarget } from '../../../shared/api/contract';
import { formatDate } from '../../../shared/format/dates';
import { COMMENT_DECISIONS, type Comment, type ConsultationEvent } from '../../../shared/model/cocreation';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { FieldProvider } from '../editor/context';
import { ChoiceField, FlagField, LineField, TextField } from '../editor/fields';
import { RecordSession } from '../editor/record-session';
import { useUndoShortcuts, type UndoCommand } from '../hooks/useUndoShortcuts';
import { useLanguage } from '../hooks/useLanguage';
import { useLoad } from '../hooks/useLoad';
import { useNotify } from '../services/notices';
import { useServices } from '../services/services';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: tokens.spacingHorizontalM, margin: 0 },
  cardHead: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, margin: 0, fontSize: tokens.fontSizeBase300 },
  grow: { flexGrow: 1 },
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(180px, 1fr))', gap: tokens.spacingHorizontalM, alignItems: 'start' },
});

export function EventComments({ event, editable }: { event: ConsultationEvent; editable: boolean }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const { api, saves } = useServices();
  const notify = useNotify();
  const [state, reload] = useLoad(async () => {
    const [list, targets] = await Promise.all([api['comment.list']({ filter: { eventId: event.id } }), api['comment.targets']({ componentCode: event.componentCode }), saves.ensureRestored()]);
    if (!list.ok) return list;
    return ok({ comments: list.value.comments, targets: targets.ok ? targets.value.targets : [] });
  }, [event.id]);
  const [adding, setAdding] = useState(false);
  const add = async () => {
    setAdding(true);
    const r = await api['comment.create']({ eventId: event.id });
    setAdding(false);
    if (!r.ok) return notify(r.error);
    reload();
  };
  return (
    <section className={styles.section} aria-labelledby={`${event.id}-comments`} data-testid="event-comments">
      <h3 id={`${event.id}-comments`} className={styles.heading}>
        {t('consultation.comment.heading')}
      </h3>
      {state.state === 'loading' && <Spinner size="tiny" />}
      {state.state === 'ready' && state.value.comments.length === 0 && <Text size={200}>{t('consultation.comment.none')}</Text>}
      {state.state === 'ready' &&
        state.value.comments.map((c, i) => <CommentCard key={c.id} comment={c} n={i + 1} targets={state.value.targets} editable={editable} onDeleted={reload} />)}
      {editable && (
        <div>
          <Button icon={<AddRegular />} disabled={adding} onClick={() => void add()}>
            {t('consultation.actions.addComment')}
          </Button>
        </div>
      )}
    </section>
  );
}

function CommentCard({ comment, n, targets, editable, onDeleted }: { comment: Comment; n: number; targets: readonly CommentTarget[]; editable: boolean; onDeleted(): void }) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const styles = useStyles();
  const { api, saves } = useServices();
  const notify = useNotify();
  const session = useMemo(() => new RecordSession<Comment>(saves, comment), [saves, comment]);
  const snap = useSyncExternalStore(session.subscribe, session.getSnapshot);
  const c = snap.shown;
  const env = useMemo(() => ({ session, editable }), [session, editable]);
  const rootRef = useRef<HTMLFieldSetElement>(null);
  const runHistory = useCallback((command: UndoCommand) => void (command === 'undo' ? session.undo() : session.redo()), [session]);
  useUndoShortcuts(editable, rootRef, runHistory);
  const [deleting, setDeleting] = useState<'ask' | 'busy' | null>(null);
  const f = { recordType: 'comment' as const, recordId: c.id };
  const options = targets.map((x) => ({ value: x.id, label: `${t(`consultation.target.${x.kind}`)}: ${x.label[lang] || x.label[lang === 'sq' ? 'en' : 'sq']}` }));
  const headingId = `${c.id}-heading`;

  const decide = async (value: string) => {
    const r = await api['comment.decide']({ id: c.id, decision: value === '' ? null : (value as Comment['decision']) });
    if (!r.ok) return notify(r.error);
    session.replaceRecord({ decision: r.value.decision, decidedAt: r.value.decidedAt, rev: r.value.rev, updatedAt: r.value.updatedAt });
  };
  const remove = async () => {
    setDeleting('busy');
    const r = await api['comment.delete']({ id: c.id });
    setDeleting(null);
    if (!r.ok) return notify(r.error);
    saves.discard(c.id);
    onDeleted();
  };

  return (
    <FieldProvider value={env}>
      <fieldset ref={rootRef} className={styles.card} aria-labelledby={headingId} data-testid="comment-card">
        <legend className={styles.cardHead}>
          <span id={headingId}>{t('consultation.comment.number', { n })}</span>
        </legend>
        <div className={styles.grid}>
          <LineField {...f} field="author" label={t('consultation.comment.author')} autoComplete="off" />
          <LineField {...f} field="organisation" label={t('consultation.comment.organisation')} autoComplete="off" />
          <LineField {...f} field="theme" label={t('consultation.comment.theme')} autoComplete="off" />
        </div>
        <FlagField {...f} field="authorConsent" label={t('consultation.comment.authorConsent')} />
        <TextField {...f} field="text" label={t('consultation.comment.text')} multiline rows={2} />
        <ChoiceField {...f} field="target" label={t('consultation.comment.target')} options={options} noneLabel={t('consultation.comment.targetNone')} />
        <Field label={t('consultation.comment.decision')} hint={c.decidedAt ? t('consultation.comment.decidedAt', { date: formatDate(c.decidedAt) }) : undefined}>
          <Select value={c.decision ?? ''} disabled={!editable} onChange={(_, d) => void decide(d.value)} data-testid="comment-decision">
            <option value="">{t('consultation.decision.undecided')}</option>
            {COMMENT_DECISIONS.map((d) => (
              <option key={d} value={d}>
                {t(`consultation.decision.${d}`)}
              </option>
            ))}
          </Select>
        </Field>
        <TextField {...f} field="reason" label={t('consultation.comment.reason')} multiline rows={2} />
        {editable && (
          <div>
            <Button icon={<DeleteRegular />} onClick={() => setDeleting('ask')}>
              {t('consultation.actions.deleteComment')}
            </Button>
          </div>
        )}
      </fieldset>
      <ConfirmDialog
        open={deleting !== null}
        title={t('consultation.remove.commentTitle')}
        confirmLabel={t('consultation.actions.deleteComment')}
        busy={deleting === 'busy'}
        onConfirm={() => void remove()}
        onCancel={() => setDeleting(null)}
      >
        {t('consultation.remove.commentBody')}
      </ConfirmDialog>
    </FieldProvider>
  );
}
