import type { Catalogue } from '../types';
import type { common as sqCommon } from '../sq/common';

export const common: Catalogue<typeof sqCommon> = {
  appName: 'Plani',
  appTagline: 'Drafting the OGP National Action Plan',
  language: { sq: 'Albanian', en: 'English' },
  languageShort: { sq: 'SQ', en: 'EN' },
  currencyUnit: { ALL: 'ALL', EUR: 'EUR' },
  calendar: {
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    shortMonths: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
    days: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
    shortDays: ['S', 'M', 'T', 'W', 'T', 'F', 'S'],
    goToToday: 'Today',
    prevMonth: 'Previous month',
    nextMonth: 'Next month',
    prevYear: 'Previous year',
    nextYear: 'Next year',
    prevYearRange: 'Earlier years',
    nextYearRange: 'Later years',
    close: 'Close the calendar',
  },
};
