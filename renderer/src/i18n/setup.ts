import type { i18n as I18n } from 'i18next';
import { createI18n, DEFAULT_LANG } from '../../../shared/i18n';

/** The renderer's i18next instance; <html lang> follows it so screen readers and spell-checkers switch too. */
export function setupI18n(): I18n {
  const i18n = createI18n(DEFAULT_LANG);
  const syncDocument = (lng: string) => {
    document.documentElement.lang = lng;
  };
  syncDocument(i18n.language);
  i18n.on('languageChanged', syncDocument);
  return i18n;
}
