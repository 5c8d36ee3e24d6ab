// The indicator sheet use cases: preview (read and report, write nothing),
// import (read again, validate again, insert in one transaction) and
// export. The file is always parsed before a transaction starts; the checks
// that depend on the database run inside the import's transaction, so what
// is validated is what is written.
import type { XlsxMapping, XlsxPreview } from '../../../shared/api/contract';
import { AppError } from '../../../shared/api/errors';
import type { Indicator } from '../../../shared/model/plan';
import { CommitmentService } from '../plan/commitments';
import { insertIndicators, newIndicator } from '../plan/indicators';
import { nextSeq, type OwnedCommitment, ownedCommitment, touchCommitment } from '../plan/milestones';
import type { AnyDb } from '../store/database';
import { fullMapping, suggestMapping } from './columns';
import { exportFileName, indicatorWorkbook } from './export';
import { readSheet } from './sheet-file';
import { checkRows, foldCode, type RowContext } from './validate';
import { WorkspaceService } from '../workspace/workspace-service';

async function rowContext(db: AnyDb, c: OwnedCommitment): Promise<RowContext> {
  const cycle = await db.selectFrom('cycle').select(['period_start', 'period_end']).where('id', '=', c.cycleId).executeTakeFirst();
  if (!cycle) throw new AppError('not-found', { params: { id: c.cycleId } });
  const milestones = await db.selectFrom('milestone').select(['id', 'seq']).where('commitment_id', '=', c.id).execute();
  const institutions = await db.selectFrom('institution').select(['code', 'acronym_sq', 'acronym_en']).execute();
  const byName = new Map<string, string>();
  // Codes win over acronyms when the two collide.
  for (const i of institutions) for (const a of [i.acronym_sq, i.acronym_en]) if (a) byName.set(foldCode(a), i.code);
  for (const i of institutions) byName.set(foldCode(i.code), i.code);
  return {
    startYear: Number(cycle.period_start.slice(0, 4)),
    endYear: Number(cycle.period_end.slice(0, 4)),
    milestones: new Map(milestones.map((m) => [m.seq, m.id])),
    institutions: byName,
    leadInstitution: c.leadInstitution,
  };
}

export class SpreadsheetService extends WorkspaceService {
  async preview(commitmentId: string, dataBase64: string, mapping?: XlsxMapping): Promise<XlsxPreview> {
    // Ownership first: a refusal should not wait for a large file to be parsed.
    const parent = await ownedCommitment(this.db, commitmentId, this.me);
    const sheet = await readSheet(dataBase64);
    const used = mapping ? fullMapping(mapping) : suggestMapping(sheet.headers);
    const rows = checkRows(sheet, used, await rowContext(this.db, parent)).map((r) => r.report);
    const valid = rows.filter((r) => r.ok).length;
    return { sheetName: sheet.name, headers: sheet.headers, mapping: used, rows, valid, invalid: rows.length - valid };
  }

  async import(commitmentId: string, dataBase64: string, mapping: XlsxMapping, validOnly: boolean): Promise<{ imported: number; skipped: number }> {
    await ownedCommitment(this.db, commitmentId, this.me);
    const sheet = await readSheet(dataBase64);
    const used = fullMapping(mapping);
    const now = this.clock().toISOString();
    return this.db.transaction().execute(async (trx) => {
      const parent = await ownedCommitment(trx, commitmentId, this.me);
      const checked = checkRows(sheet, used, await rowContext(trx, parent));
      const bad = checked.filter((r) => !r.report.ok);
      if (bad.length > 0 && !validOnly) {
        throw new AppError('invalid-input', {
          // The number in rows[…] is the spreadsheet's own row number.
          issues: bad.flatMap((r) => r.report.issues.map((i) => ({ path: `rows[${r.report.row}].${i.column}`, code: i.code, message: i.message }))),
          params: { invalid: bad.length, rows: checked.length },
        });
      }
      const good = checked.flatMap((r) => (r.fields ? [r.fields] : []));
      if (good.length === 0) return { imported: 0, skipped: bad.length };
      const first = await nextSeq(trx, 'indicator', commitmentId, good.length);
      const records: Indicator[] = good.map((fields, k) => ({
        ...newIndicator({ seq: first + k, responsibleInstitution: parent.leadInstitution, now }),
        ...fields,
      }));
      await insertIndicators(trx, commitmentId, records);
      await touchCommitment(trx, commitmentId, now);
      return { imported: records.length, skipped: bad.length };
    });
  }

  /** Reading is open to every institution, as commitment.get is. */
  async export(commitmentId: string): Promise<{ fileName: string; dataBase64: string }> {
    const commitment = await new CommitmentService(this.ws, this.clock).get(commitmentId);
    const buf = await indicatorWorkbook(commitment, this.clock());
    return { fileName: exportFileName(commitment), dataBase64: buf.toString('base64') };
  }
}
