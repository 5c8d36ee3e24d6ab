export const common = {
  appName: 'Plani',
  appTagline: 'Hartimi i Planit Kombëtar të Veprimit OGP',
  language: { sq: 'Shqip', en: 'Anglisht' },
  languageShort: { sq: 'SQ', en: 'EN' },
} as const;
