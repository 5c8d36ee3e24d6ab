// Annex III's focal points: the people each institution named for the plan,
// as the POC recorded them in the front matter, grouped by institution (in
// code order, each institution's people in the order the POC gave). Printed
// only when there are some; for one component, only its lead institutions'.
import type { FocalPoint } from '../../../../shared/model/front-matter';
import { type Doc } from '../document';
import { type AnnexInput, type AnnexScope, componentsOf, institutionName, modeOf } from './common';
import { headedTable } from './fill';

export function focalPointsOf(scope: AnnexScope): FocalPoint[] {
  const list = scope.plan.frontMatter?.focalPoints ?? [];
  const leads = scope.component === undefined ? null : new Set(componentsOf(scope).flatMap((c) => c.leadInstitutions));
  const shown = list.filter((f) => (f.name.trim() !== '' || f.role.sq.trim() !== '' || f.role.en.trim() !== '') && (leads === null || leads.has(f.institution)));
  // A stable sort: within an institution, the POC's order stays.
  return shown.map((f, i) => ({ f, i })).sort((a, b) => (a.f.institution < b.f.institution ? -1 : a.f.institution > b.f.institution ? 1 : a.i - b.i)).map(({ f }) => f);
}

export function renderFocalPoints(doc: Doc, input: AnnexInput): void {
  const list = focalPointsOf(input);
  if (list.length === 0) return;
  const { t, lang, plan } = input;
  const label = (key: string) => t(`print.plan.front.${key}`);
  doc.moveDown(1);
  headedTable(doc, label('focalPoints'), 2, {
    columns: [
      { header: label('institution'), width: 0.27 },
      { header: label('name'), width: 0.2 },
      { header: label('role'), width: 0.22 },
      { header: label('email'), width: 0.31 },
    ],
    rows: list.map((f) => [institutionName(plan.reference, f.institution), f.name.trim(), f.role, f.email ?? '']),
    lang,
    mode: modeOf(input),
  });
}
