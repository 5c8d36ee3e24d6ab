// The eight phases of the action plan's finalization process (Annex V), in
// the order they happen. An item names its phase by code in the screens and
// the API; the record keeps the phase's bilingual text (what Annex V prints
// and what older files and bundles carry), so a code is found again by text.
import type { Text } from '../model/primitives';

export const CALENDAR_PHASE_CODES = [
  'launch',
  'pre-consultation',
  'thematic-consultations',
  'drafting',
  'prioritization',
  'validation',
  'submission',
  'adoption',
] as const;
export type CalendarPhaseCode = (typeof CALENDAR_PHASE_CODES)[number];

export const CALENDAR_PHASE_TEXT: Readonly<Record<CalendarPhaseCode, Text>> = {
  launch: { sq: 'Nisja e procesit', en: 'Launch of the process' },
  'pre-consultation': { sq: 'Parakonsultimi', en: 'Pre-consultation' },
  'thematic-consultations': { sq: 'Konsultimet tematike', en: 'Thematic consultations' },
  drafting: { sq: 'Hartimi', en: 'Drafting' },
  prioritization: { sq: 'Prioritizimi', en: 'Prioritization' },
  validation: { sq: 'Validimi', en: 'Validation' },
  submission: { sq: 'Dorëzimi në OGP', en: 'Submission to OGP' },
  adoption: { sq: 'Miratimi', en: 'Adoption' },
};

const norm = (s: string) => s.trim().toLocaleLowerCase('sq');

/** The code of a phase written as text (either language matches, case and spaces around aside), or null for another phase. */
export function calendarPhaseCode(phase: Text): CalendarPhaseCode | null {
  const sq = norm(phase.sq);
  const en = norm(phase.en);
  for (const code of CALENDAR_PHASE_CODES) {
    const t = CALENDAR_PHASE_TEXT[code];
    if ((sq !== '' && sq === norm(t.sq)) || (en !== '' && en === norm(t.en))) return code;
  }
  return null;
}

/** The phase's place in the process (0 = launch); a phase outside the list comes after all eight. */
export function calendarPhaseRank(phase: Text): number {
  const code = calendarPhaseCode(phase);
  return code === null ? CALENDAR_PHASE_CODES.length : CALENDAR_PHASE_CODES.indexOf(code);
}

/** The one rule on an item's dates, shared by the service and the form: the due date is not before the start. */
export function calendarDatesIssue(start: string | null, due: string | null): 'due-before-start' | null {
  return start !== null && due !== null && due < start ? 'due-before-start' : null;
}
