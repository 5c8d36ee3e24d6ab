// Types every t('…') key against the Albanian catalogue (the source language),
// so a misspelt key is a compile error in the renderer.
import 'i18next';
import type { CatalogueShape } from '../../../shared/i18n';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: CatalogueShape };
    returnNull: false;
    // Our own formatter (shared/i18n): sizes are passed as bytes.
    interpolationFormatTypeMap: { fileSize: number };
  }
}
