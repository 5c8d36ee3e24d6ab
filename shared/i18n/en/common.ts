import type { Catalogue } from '../types';
import type { common as sqCommon } from '../sq/common';

export const common: Catalogue<typeof sqCommon> = {
  appName: 'Plani',
  appTagline: 'Drafting the OGP National Action Plan',
  language: { sq: 'Albanian', en: 'English' },
  languageShort: { sq: 'SQ', en: 'EN' },
};
