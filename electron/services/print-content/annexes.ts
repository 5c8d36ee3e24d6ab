// The printable annexes, whatever the format: which way up each prints (the
// wide tables, Annex V's six columns with notes, Annex IX's target per year
// and the matrix's column per criterion, across a landscape page) and which
// records it prints, whose latest update is its data date.
import { PRINT_ANNEXES, type PrintAnnex } from '../../../shared/model/print';
import { calendarRecords } from './calendar';
import { consultationRecords } from './consultation';
import { institutionsRecords } from './institutions';
import { prioritizationRecords } from './prioritization';
import { type AnnexScope, commitmentRecords } from './scope';

/** The annexes, without the consolidated plan that prints them all. */
export type AnnexName = Exclude<PrintAnnex, 'plan'>;
export type PageLayout = 'portrait' | 'landscape';

/** In the order the consolidated plan prints them. */
export const ANNEX_ORDER: readonly AnnexName[] = PRINT_ANNEXES.filter((a): a is AnnexName => a !== 'plan');

export const ANNEX_LAYOUT: Readonly<Record<AnnexName, PageLayout>> = {
  institutions: 'portrait',
  calendar: 'landscape',
  'action-plan': 'portrait',
  indicators: 'landscape',
  prioritization: 'landscape',
  consultation: 'portrait',
};

export const ANNEX_RECORDS: Readonly<Record<AnnexName, (scope: AnnexScope) => Iterable<{ updatedAt: string }>>> = {
  institutions: institutionsRecords,
  calendar: calendarRecords,
  'action-plan': commitmentRecords,
  indicators: commitmentRecords,
  prioritization: prioritizationRecords,
  consultation: consultationRecords,
};
