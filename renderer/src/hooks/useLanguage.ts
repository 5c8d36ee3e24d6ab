import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_LANG, isLang } from '../../../shared/i18n';
import type { Lang } from '../../../shared/model/primitives';
import { useNotify } from '../services/notices';
import { useServices } from '../services/services';

/** The interface language, switched at once on screen and remembered through preferences.set. */
export function useLanguage(): { lang: Lang; setLanguage: (lang: Lang) => void } {
  const { i18n } = useTranslation();
  const { api } = useServices();
  const notify = useNotify();
  const lang = isLang(i18n.language) ? i18n.language : DEFAULT_LANG;
  const setLanguage = useCallback(
    (next: Lang) => {
      if (next === i18n.language) return;
      void i18n.changeLanguage(next);
      void api['preferences.set']({ language: next }).then((r) => {
        if (!r.ok) notify(r.error);
      });
    },
    [i18n, api, notify],
  );
  return { lang, setLanguage };
}
