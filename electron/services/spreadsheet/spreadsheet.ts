// The indicator sheet use cases: preview (read and report, write nothing),
// import (read again, validate again, write in one transaction) and
// export. The file is always parsed before a transaction starts; the checks
// that depend on the database run inside the import's transaction, so what
// is validated is what is written.
import { isDeepStrictEqual } from 'node:util';
import { sql } from 'kysely';
import type { XlsxMapping, XlsxPreview, XlsxTargetColumns } from '../../../shared/api/contract';
import { AppError } from '../../../shared/api/errors';
import { type Indicator, IndicatorFields } from '../../../shared/model/plan';
import { CommitmentService } from '../plan/commitments';
import { insertIndicators, newIndicator } from '../plan/indicators';
import { nextSeq, type OwnedCommitment, ownedCommitment, touchCommitment } from '../plan/milestones';
import type { AnyDb } from '../store/database';
import { patchToColumns } from '../store/mapping';
import { selectRecords } from '../store/records';
import { INDICATOR } from '../store/tables';
import { fullMapping, suggestLayout } from './columns';
import { indicatorWorkbook } from './export';
import { exportFileName } from './file-name';
import { readSheet, type Sheet } from './sheet-file';
import { type CheckedRow, checkRows, foldCode, type RowContext, type SheetLayout, sheetIds } from './validate';
import { WorkspaceService } from '../workspace/workspace-service';

/** How the person asked the sheet to be read; what is absent is detected from the header row. */
export interface SheetReading {
  headerRow?: number;
  mapping?: XlsxMapping;
  targetColumns?: XlsxTargetColumns;
}

async function cycleYears(db: AnyDb, cycleId: string): Promise<{ startYear: number; endYear: number; years: number[] }> {
  const cycle = await db.selectFrom('cycle').select(['period_start', 'period_end']).where('id', '=', cycleId).executeTakeFirst();
  if (!cycle) throw new AppError('not-found', { params: { id: cycleId } });
  const startYear = Number(cycle.period_start.slice(0, 4));
  const endYear = Number(cycle.period_end.slice(0, 4));
  return { startYear, endYear, years: Array.from({ length: Math.max(0, endYear - startYear + 1) }, (_, k) => startYear + k) };
}

async function rowContext(db: AnyDb, c: OwnedCommitment, ids: readonly string[]): Promise<RowContext> {
  const { startYear, endYear } = await cycleYears(db, c.cycleId);
  const milestones = await db.selectFrom('milestone').select(['id', 'seq']).where('commitment_id', '=', c.id).execute();
  const institutions = await db.selectFrom('institution').select(['code', 'acronym_sq', 'acronym_en']).execute();
  const byName = new Map<string, string>();
  // Codes win over acronyms when the two collide.
  for (const i of institutions) for (const a of [i.acronym_sq, i.acronym_en]) if (a) byName.set(foldCode(a), i.code);
  for (const i of institutions) byName.set(foldCode(i.code), i.code);
  const own = await selectRecords<Indicator>(db, INDICATOR, { column: 'commitment_id', eq: c.id });
  const ownIds = new Set(own.map((i) => i.id));
  const named = ids.length === 0 ? [] : await db.selectFrom('indicator').select('id').where('id', 'in', [...ids]).execute();
  return {
    startYear,
    endYear,
    milestones: new Map(milestones.map((m) => [m.seq, m.id])),
    institutions: byName,
    leadInstitution: c.leadInstitution,
    indicators: new Map(own.map((i) => [i.id, i])),
    elsewhere: new Set(named.map((r) => r.id).filter((id) => !ownIds.has(id))),
  };
}

/** The layout the rows are read with: what was asked, the rest as the header row suggests. */
function layoutOf(sheet: Sheet, asked: SheetReading): SheetLayout {
  const suggested = suggestLayout(sheet.headers);
  return {
    mapping: asked.mapping ? fullMapping(asked.mapping) : suggested.mapping,
    targetColumns: asked.targetColumns ?? suggested.targetColumns,
  };
}

async function check(db: AnyDb, parent: OwnedCommitment, sheet: Sheet, layout: SheetLayout): Promise<CheckedRow[]> {
  return checkRows(sheet, layout, await rowContext(db, parent, sheetIds(sheet, layout)));
}

/** The fields a row changes on the indicator it updates. */
function changedFields(before: Indicator, after: IndicatorFields): Partial<IndicatorFields> {
  const keys = Object.keys(IndicatorFields.shape) as (keyof IndicatorFields)[];
  return Object.fromEntries(keys.filter((k) => !isDeepStrictEqual(before[k], after[k])).map((k) => [k, after[k]]));
}

export class SpreadsheetService extends WorkspaceService {
  async preview(commitmentId: string, dataBase64: string, asked: SheetReading = {}): Promise<XlsxPreview> {
    // Ownership first: a refusal should not wait for a large file to be parsed.
    const parent = await ownedCommitment(this.db, commitmentId, this.me);
    const sheet = await readSheet(dataBase64, asked.headerRow);
    const layout = layoutOf(sheet, asked);
    const rows = (await check(this.db, parent, sheet, layout)).map((r) => r.report);
    const valid = rows.filter((r) => r.ok).length;
    return {
      sheetName: sheet.name,
      headerRow: sheet.headerRow,
      headerRows: sheet.headerRows,
      headers: sheet.headers,
      mapping: layout.mapping,
      targetColumns: layout.targetColumns,
      cycleYears: (await cycleYears(this.db, parent.cycleId)).years,
      rows,
      valid,
      invalid: rows.length - valid,
    };
  }

  async import(
    commitmentId: string,
    dataBase64: string,
    asked: SheetReading & { mapping: XlsxMapping },
    validOnly: boolean,
  ): Promise<{ imported: number; updated: number; unchanged: number; skipped: number }> {
    await ownedCommitment(this.db, commitmentId, this.me);
    const sheet = await readSheet(dataBase64, asked.headerRow);
    const layout = layoutOf(sheet, asked);
    const now = this.clock().toISOString();
    return this.db.transaction().execute(async (trx) => {
      const parent = await ownedCommitment(trx, commitmentId, this.me);
      const checked = await check(trx, parent, sheet, layout);
      const bad = checked.filter((r) => !r.report.ok);
      if (bad.length > 0 && !validOnly) {
        throw new AppError('invalid-input', {
          // The number in rows[…] is the spreadsheet's own row number.
          issues: bad.flatMap((r) => r.report.issues.map((i) => ({ path: `rows[${r.report.row}].${i.column}`, code: i.code, message: i.message }))),
          params: { invalid: bad.length, rows: checked.length },
        });
      }
      const good = checked.filter((r) => r.fields !== null);
      const created = good.flatMap((r) => (r.updates ? [] : [r.fields!]));
      const updated = good.flatMap((r) => (r.updates && r.report.action === 'update' ? [{ before: r.updates, after: r.fields! }] : []));
      if (created.length > 0) {
        const first = await nextSeq(trx, 'indicator', commitmentId, created.length);
        const records: Indicator[] = created.map((fields, k) => ({
          ...newIndicator({ seq: first + k, responsibleInstitution: parent.leadInstitution, now }),
          ...fields,
        }));
        await insertIndicators(trx, commitmentId, records);
      }
      for (const { before, after } of updated) {
        await trx
          .updateTable('indicator')
          .set({ ...patchToColumns(INDICATOR, changedFields(before, after)), rev: sql<number>`rev + 1`, updated_at: now })
          .where('id', '=', before.id)
          .where('commitment_id', '=', commitmentId)
          .execute();
      }
      if (created.length + updated.length > 0) await touchCommitment(trx, commitmentId, now);
      return { imported: created.length, updated: updated.length, unchanged: good.length - created.length - updated.length, skipped: bad.length };
    });
  }

  /** Reading is open to every institution, as commitment.get is. */
  async export(commitmentId: string): Promise<{ fileName: string; dataBase64: string }> {
    const commitment = await new CommitmentService(this.ws, this.clock).get(commitmentId);
    const { years } = await cycleYears(this.db, commitment.cycleId);
    const buf = await indicatorWorkbook(commitment, years, this.clock());
    return { fileName: exportFileName(commitment), dataBase64: buf.toString('base64') };
  }
}
