// The ideas a commitment came from (adopted as it, or merged into it): a
// short read-only list beside the editor, so the way back from a commitment
// to the public's proposals is one glance (cocreation-screens.md).
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/format/dates';
import { useLanguage } from '../hooks/useLanguage';
import { useLoad } from '../hooks/useLoad';
import { useServices } from '../services/services';
import { useAsideListStyles } from './aside-list-styles';

export function OriginIdeas({ commitmentId }: { commitmentId: string }) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const { api } = useServices();
  const styles = useAsideListStyles();
  const [ideas] = useLoad(() => api['commitment.originIdeas']({ id: commitmentId }), [api, commitmentId]);
  if (ideas.state !== 'ready') return null;
  return (
    <section className={styles.root} aria-labelledby={`origin-${commitmentId}`}>
      <h2 id={`origin-${commitmentId}`} className={styles.heading}>
        {t('prioritization.origin.heading')}
      </h2>
      {ideas.value.length === 0 ? (
        <p className={styles.none}>{t('prioritization.origin.none')}</p>
      ) : (
        <ul className={styles.list}>
          {ideas.value.map((i) => (
            <li key={i.id}>
              {i.title[lang] || i.title[lang === 'sq' ? 'en' : 'sq'] || t('prioritization.decisions.untitled')}
              <span className={styles.meta}>{t('prioritization.origin.status', { status: t(`print.prioritization.ideaStatus.${i.status}`), date: formatDate(i.receivedAt) })}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
