// The front matter of the consolidated plan, whatever the format: the
// foreword, the introduction, the development and co-creation process, the
// approval reference and the list of abbreviations, in the plan's order, each
// a part of its own with its entry in the contents. The POC writes them
// (front-matter/service.ts); a section left empty in both languages is left
// out, and with it its entry.
import { formatDate } from '../../../shared/format/dates';
import type { FrontMatter } from '../../../shared/model/front-matter';
import type { Text } from '../../../shared/model/primitives';
import { type AnnexScope } from './scope';
import type { TableSpec } from './table';

const filled = (t: Text) => t.sq.trim() !== '' || t.en.trim() !== '';

/** What a part holds under its title. */
export type FrontBody =
  | { kind: 'prose'; text: Text }
  /** The decision line (a sub-heading), then the approval's text; either may be absent. */
  | { kind: 'approval'; decision: Text | null; text: Text | null }
  | { kind: 'abbreviations'; table: TableSpec };

export interface FrontPart {
  /** The key the table of contents refers to. */
  key: string;
  title: Text;
  body: FrontBody;
}

/** "Vendimi i Këshillit të Ministrave nr. 1023, datë 23.12.2020", with what the POC filled in. */
export function decisionLine(scope: AnnexScope, approval: FrontMatter['approval']): Text | null {
  const number = approval.decisionNumber.trim().replace(/^(nr|no)\.?\s*/i, '');
  const date = approval.decisionDate ? formatDate(approval.decisionDate) : '';
  if (number && date) return scope.t('print.plan.front.decision', { number, date });
  if (number) return scope.t('print.plan.front.decisionNumberOnly', { number });
  if (date) return scope.t('print.plan.front.decisionDateOnly', { date });
  return null;
}

function abbreviationsTable(scope: AnnexScope, list: FrontMatter['abbreviations']): TableSpec {
  const t = (key: string) => scope.t(`print.plan.front.${key}`);
  return {
    columns: [
      { header: t('abbreviation'), width: 0.25 },
      { header: t('expansion'), width: 0.75 },
    ],
    rows: list.map((a) => [a.short, a.expansion]),
  };
}

/** The parts the front matter prints, in the plan's order; none without a front matter. */
export function frontParts(scope: AnnexScope): FrontPart[] {
  const fm = scope.plan.frontMatter;
  if (!fm) return [];
  const title = (key: string) => scope.t(`print.plan.front.${key}`);
  const parts: FrontPart[] = [];
  for (const key of ['foreword', 'introduction', 'process'] as const) {
    if (filled(fm[key])) parts.push({ key: `front-${key}`, title: title(key), body: { kind: 'prose', text: fm[key] } });
  }
  const a = fm.approval;
  if (filled(a.text) || a.decisionNumber.trim() !== '' || a.decisionDate !== null) {
    parts.push({ key: 'front-approval', title: title('approval'), body: { kind: 'approval', decision: decisionLine(scope, a), text: filled(a.text) ? a.text : null } });
  }
  const abbreviations = fm.abbreviations.filter((x) => filled(x.short) || filled(x.expansion));
  if (abbreviations.length > 0) parts.push({ key: 'front-abbreviations', title: title('abbreviations'), body: { kind: 'abbreviations', table: abbreviationsTable(scope, abbreviations) } });
  return parts;
}

/** The records the front matter prints, for the data date. */
export const frontRecords = (scope: AnnexScope): { updatedAt: string }[] => (scope.plan.frontMatter ? [scope.plan.frontMatter] : []);
