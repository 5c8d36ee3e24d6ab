// What Annex III prints, whatever the format: the lead institutions of every
// component, then the focal points each institution named for the plan, as
// the POC recorded them in the front matter, grouped by institution (in code
// order, each institution's people in the order the POC gave). The focal
// points only when there are some; for one component, only its lead
// institutions'.
import type { FocalPoint } from '../../../shared/model/front-matter';
import type { Text } from '../../../shared/model/primitives';
import { commitmentRecords, componentsOf, institutionName, joinTexts, same, type AnnexScope } from './scope';
import { frontRecords } from './front';
import type { TableSpec } from './table';

export function institutionsTable(scope: AnnexScope): TableSpec {
  const { t, plan } = scope;
  return {
    columns: [
      { header: t('print.columns.componentNumber'), width: 0.14 },
      { header: t('print.columns.componentTitle'), width: 0.4 },
      { header: t('print.columns.leadInstitutions'), width: 0.46 },
    ],
    rows: componentsOf(scope).map((c) => [
      String(c.number),
      c.title,
      c.leadInstitutions.length ? joinTexts(c.leadInstitutions.map((code) => institutionName(plan.reference, code))) : same(t('print.notSet').sq),
    ]),
  };
}

export function focalPointsOf(scope: AnnexScope): FocalPoint[] {
  const list = scope.plan.frontMatter?.focalPoints ?? [];
  const leads = scope.component === undefined ? null : new Set(componentsOf(scope).flatMap((c) => c.leadInstitutions));
  const shown = list.filter((f) => (f.name.trim() !== '' || f.role.sq.trim() !== '' || f.role.en.trim() !== '') && (leads === null || leads.has(f.institution)));
  // A stable sort: within an institution, the POC's order stays.
  return shown.map((f, i) => ({ f, i })).sort((a, b) => (a.f.institution < b.f.institution ? -1 : a.f.institution > b.f.institution ? 1 : a.i - b.i)).map(({ f }) => f);
}

/** The focal points under their title (a heading of the annex's second level); null when there are none. */
export function focalPointsTable(scope: AnnexScope): { title: Text; table: TableSpec } | null {
  const list = focalPointsOf(scope);
  if (list.length === 0) return null;
  const { t, plan } = scope;
  const label = (key: string) => t(`print.plan.front.${key}`);
  return {
    title: label('focalPoints'),
    table: {
      columns: [
        { header: label('institution'), width: 0.27 },
        { header: label('name'), width: 0.2 },
        { header: label('role'), width: 0.22 },
        { header: label('email'), width: 0.31 },
      ],
      rows: list.map((f) => [institutionName(plan.reference, f.institution), f.name.trim(), f.role, f.email ?? '']),
    },
  };
}

/** Annex III prints no drafted record; its data are the commitments of the components it lists, and the front matter. */
export const institutionsRecords = (scope: AnnexScope): { updatedAt: string }[] => [...commitmentRecords(scope), ...frontRecords(scope)];
