// The consultation comments that concern a commitment (it, or one of its
// milestones or indicators), with their decisions: a short read-only list
// beside the editor; each links to the event where it is decided.
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../hooks/useLanguage';
import { useLoad } from '../hooks/useLoad';
import { routeHref } from '../lib/route';
import { useServices } from '../services/services';
import { useAsideListStyles } from './aside-list-styles';

export function ConsultationComments({ commitmentId }: { commitmentId: string }) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const { api } = useServices();
  const styles = useAsideListStyles();
  const [state] = useLoad(() => api['comment.list']({ filter: { target: commitmentId } }), [api, commitmentId]);
  if (state.state !== 'ready') return null;
  const other = lang === 'sq' ? 'en' : 'sq';
  const { comments } = state.value;
  return (
    <section className={styles.root} aria-labelledby={`comments-${commitmentId}`} data-testid="commitment-comments">
      <h2 id={`comments-${commitmentId}`} className={styles.heading}>
        {t('consultation.commitment.heading')}
      </h2>
      {comments.length === 0 ? (
        <p className={styles.none}>{t('consultation.commitment.none')}</p>
      ) : (
        <ul className={styles.list}>
          {comments.map((c) => (
            <li key={c.id}>
              {c.eventId ? (
                <a className={styles.link} href={routeHref({ view: 'consultation', event: c.eventId })}>
                  {c.text[lang] || c.text[other] || '—'}
                </a>
              ) : (
                c.text[lang] || c.text[other] || '—'
              )}
              <span className={styles.meta}>{[t(`consultation.decision.${c.decision ?? 'undecided'}`), c.organisation].filter(Boolean).join(' · ')}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
