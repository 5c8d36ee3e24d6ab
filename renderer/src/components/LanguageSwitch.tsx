import { ToggleButton, makeStyles, tokens } from '@fluentui/react-components';
import { GlobeRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { LANGS } from '../../../shared/model/primitives';
import { useLanguage } from '../hooks/useLanguage';

const useStyles = makeStyles({
  group: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  icon: { fontSize: '20px', color: tokens.colorNeutralForeground3, marginRight: tokens.spacingHorizontalXS },
});

/** Two toggle buttons named in their own language ("Shqip", "English") inside a group named "Gjuha"/"Language". */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { lang, setLanguage } = useLanguage();
  const styles = useStyles();
  return (
    <div role="group" aria-label={t('ui.language.label')} className={styles.group}>
      <GlobeRegular className={styles.icon} aria-hidden />
      {LANGS.map((l) => (
        <ToggleButton
          key={l}
          size="small"
          lang={l}
          checked={lang === l}
          appearance={lang === l ? 'primary' : 'subtle'}
          onClick={() => setLanguage(l)}
        >
          {t(`ui.language.${l}`)}
        </ToggleButton>
      ))}
    </div>
  );
}
