export const common = {
  appName: 'Plani',
  appTagline: 'Hartimi i Planit Kombëtar të Veprimit OGP',
  language: { sq: 'Shqip', en: 'Anglisht' },
  languageShort: { sq: 'SQ', en: 'EN' },
  /** How an amount names its currency: after the figure in Albanian ("25.000 lekë"). */
  currencyUnit: { ALL: 'lekë', EUR: 'EUR' },
  /** The calendar of the date boxes; the week starts on Monday, days start on Sunday as the calendar expects. */
  calendar: {
    months: ['janar', 'shkurt', 'mars', 'prill', 'maj', 'qershor', 'korrik', 'gusht', 'shtator', 'tetor', 'nëntor', 'dhjetor'],
    shortMonths: ['jan', 'shk', 'mar', 'pri', 'maj', 'qer', 'korr', 'gush', 'sht', 'tet', 'nën', 'dhj'],
    days: ['e diel', 'e hënë', 'e martë', 'e mërkurë', 'e enjte', 'e premte', 'e shtunë'],
    shortDays: ['D', 'H', 'M', 'M', 'E', 'P', 'Sh'],
    goToToday: 'Sot',
    prevMonth: 'Muaji i mëparshëm',
    nextMonth: 'Muaji tjetër',
    prevYear: 'Viti i mëparshëm',
    nextYear: 'Viti tjetër',
    prevYearRange: 'Vitet e mëparshme',
    nextYearRange: 'Vitet e ardhshme',
    close: 'Mbyll kalendarin',
  },
} as const;
