// How a calendar item reads on screen: its title in the interface language
// (the other one when that is empty), its phase by the catalogue's name, who
// is responsible (an institution's acronym, a role as written), its dates.
import type { TFunction } from 'i18next';
import { calendarPhaseCode } from '../../../shared/cocreation/calendar-phases';
import { formatDate } from '../../../shared/format/dates';
import type { CalendarItem } from '../../../shared/model/cocreation';
import type { Lang, Text } from '../../../shared/model/primitives';
import type { Institution } from '../../../shared/model/reference';

export function itemTitle(t: TFunction, item: Pick<CalendarItem, 'title'>, lang: Lang): string {
  return item.title[lang].trim() || item.title[lang === 'sq' ? 'en' : 'sq'].trim() || t('calendar.untitled');
}

export function phaseLabel(t: TFunction, phase: Text, lang: Lang): string {
  const code = calendarPhaseCode(phase);
  if (code) return t(`calendar.phase.${code}`);
  return phase[lang].trim() || phase[lang === 'sq' ? 'en' : 'sq'].trim() || t('calendar.phase.other');
}

export function responsibleLabel(item: Pick<CalendarItem, 'responsible'>, institutions: ReadonlyMap<string, Institution>, lang: Lang): string {
  const who = item.responsible.trim();
  return institutions.get(who)?.acronym[lang] ?? who;
}

/** A date as dd.mm.yyyy, or the dash of an empty cell. */
export const dateLabel = (iso: string | null): string => (iso ? formatDate(iso) : '—');

/** What both views of the calendar (timeline and table) are given. */
export interface CalendarViewProps {
  items: readonly CalendarItem[];
  /** The day "late" is judged on (YYYY-MM-DD); the timeline draws its line there. */
  today: string;
  lang: Lang;
  institutions: ReadonlyMap<string, Institution>;
  /** The open item, marked in the view. */
  selected?: string;
}
