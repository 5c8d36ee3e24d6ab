// One i18next setup for both sides: the renderer wraps it in react-i18next,
// the Node side (CLI, dialogs, printed annexes) uses its own instance.
import i18next, { type i18n as I18n } from 'i18next';
import { formatFileSize } from '../format/sizes';
import { LANGS, type Lang } from '../model/primitives';
import { en } from './en';
import { sq } from './sq';

export const DEFAULT_LANG: Lang = 'sq';
export const resources = { sq: { translation: sq }, en: { translation: en } } as const;
export type CatalogueShape = typeof sq;

/** A ready, synchronous i18next instance; nothing is fetched. */
export function createI18n(lang: Lang = DEFAULT_LANG): I18n {
  const instance = i18next.createInstance();
  void instance.init({
    resources,
    lng: lang,
    fallbackLng: false,
    supportedLngs: [...LANGS],
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  // "{{size, fileSize}}": sizes travel as bytes and are written in the message's language.
  instance.services.formatter?.add('fileSize', (value: unknown, lng: string | undefined) =>
    typeof value === 'number' ? formatFileSize(value, isLang(lng) ? lng : DEFAULT_LANG) : String(value),
  );
  return instance;
}

export const isLang = (v: unknown): v is Lang => typeof v === 'string' && (LANGS as readonly string[]).includes(v);
export { sq, en };
