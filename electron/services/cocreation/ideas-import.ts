// Ideas from an online form's export: preview (read, map, check every row,
// write nothing) and import (read again, check again inside the
// transaction, write all rows or, when asked, the valid ones). Every row is
// checked with the Idea schema itself, so what the import accepts is what
// the register, bundles and interchange files accept.
import type { IdeaImportPreview, IdeaMapping, IdeaPatch, IdeaRowReport } from '../../../shared/api/contract';
import { AppError } from '../../../shared/api/errors';
import { Idea } from '../../../shared/model/cocreation';
import { newIdea } from '../../../shared/model/new-idea';
import type { AnyDb } from '../store/database';
import { displayText, type RawCell, type SheetRow } from '../spreadsheet/sheet-file';
import { fold } from '../spreadsheet/columns';
import { foldCode } from '../spreadsheet/validate';
import { WorkspaceService } from '../workspace/workspace-service';
import { type FullIdeaMapping, channelOf, consentOf, fullMapping, ideaHeaderScore, orgTypeOf, receivedAtOf, slashOrderOf, suggestMapping, type SlashOrder } from './ideas-columns';
import { type IdeaSheet, readIdeaFile } from './ideas-file';
import { assertLeads, IdeaService } from './ideas';

/** Far above any real consultation (2,000 answers import in well under a second), below the interchange limit. */
export const MAX_IDEA_ROWS = 5000;

export interface IdeaReading {
  componentCode: string;
  dataBase64: string;
  mapping?: IdeaMapping;
  headerRow?: number;
}

interface Checked {
  report: IdeaRowReport;
  fields: IdeaPatch | null;
}

interface RowContext {
  order: SlashOrder;
  institutions: ReadonlyMap<string, string>;
  ogpValues: ReadonlyMap<string, string>;
}

const TEXTS = ['title', 'problem', 'proposedSolution', 'expectedResult'] as const;
/** What a row's fields are checked inside: a whole idea, so the Idea schema itself checks them. */
const placeholder = newIdea({ id: '00000000-0000-4000-8000-000000000000', cycleId: 'c', componentCode: 'c', owner: 'XX', now: new Date(0).toISOString() });

async function rowContext(db: AnyDb, sheet: IdeaSheet, mapping: FullIdeaMapping): Promise<RowContext> {
  const institutions = new Map<string, string>();
  const rows = await db.selectFrom('institution').select(['code', 'acronym_sq', 'acronym_en']).execute();
  for (const i of rows) for (const a of [i.acronym_sq, i.acronym_en]) if (a) institutions.set(foldCode(a), i.code);
  for (const i of rows) institutions.set(foldCode(i.code), i.code);
  const ogpValues = new Map<string, string>();
  const terms = await db.selectFrom('reference_term').select(['code', 'label_sq', 'label_en']).where('kind', '=', 'ogp-value').execute();
  for (const t of terms) for (const w of [t.code, t.label_sq, t.label_en]) ogpValues.set(fold(w), t.code);
  const col = mapping.receivedAt;
  const dates = col === null ? [] : sheet.rows.map((r) => r.cells[col]).filter((c): c is string => typeof c === 'string');
  return { order: slashOrderOf(dates), institutions, ogpValues };
}

/** The path of a zod issue as the import's column names ("title.sq", "submitter.name"). */
const columnOfIssue = (path: readonly PropertyKey[]) => path.filter((p) => typeof p === 'string').join('.');

function checkRow(row: SheetRow, mapping: FullIdeaMapping, ctx: RowContext): Checked {
  const issues: IdeaRowReport['issues'] = [];
  const issue = (column: string, code: string) => issues.push({ column, code, message: code });
  const cell = (c: keyof FullIdeaMapping): RawCell => {
    const i = mapping[c];
    return i === null ? null : (row.cells[i] ?? null);
  };
  /** A cell as text; a formula without value or an error cell is reported at its column. */
  const text = (c: keyof FullIdeaMapping): string => {
    const v = cell(c);
    if (v === null) return '';
    if (typeof v === 'object') {
      issue(c, v.problem);
      return '';
    }
    return String(v).trim();
  };

  const fields: Record<string, unknown> = {};
  const dateCell = cell('receivedAt');
  if (mapping.receivedAt === null || dateCell === null || (typeof dateCell === 'string' && dateCell.trim() === '')) issue('receivedAt', 'missing-date');
  else if (typeof dateCell === 'object') issue('receivedAt', dateCell.problem);
  else {
    const d = receivedAtOf(dateCell, ctx.order);
    if (d === undefined) issue('receivedAt', 'bad-date');
    else fields.receivedAt = d;
  }
  const channel = text('channel');
  // A form export that says nothing of the channel came through the online form.
  fields.channel = channel === '' ? 'online-form' : (channelOf(channel) ?? (issue('channel', 'unknown-channel'), 'other'));
  const orgType = text('submitter.orgType');
  fields.submitter = {
    name: text('submitter.name'),
    organisation: text('submitter.organisation'),
    orgType: orgType === '' ? null : (orgTypeOf(orgType) ?? (issue('submitter.orgType', 'unknown-org-type'), null)),
  };
  const consent = consentOf(text('consentToPublish'));
  if (consent === null) issue('consentToPublish', 'bad-consent');
  fields.consentToPublish = consent ?? false;
  for (const f of TEXTS) fields[f] = { sq: text(`${f}.sq`), en: text(`${f}.en`) };
  const values = text('ogpValues')
    .split(/[,;\n]+/)
    .map((v) => v.trim())
    .filter((v) => v !== '');
  fields.ogpValues = [...new Set(values.map((v) => ctx.ogpValues.get(fold(v)) ?? (issue('ogpValues', 'unknown-ogp-value'), '')).filter((v) => v !== ''))];
  const lead = text('suggestedLead');
  fields.suggestedLead = lead === '' ? null : (ctx.institutions.get(foldCode(lead)) ?? (issue('suggestedLead', 'unknown-lead'), null));
  const title = fields.title as { sq: string; en: string };
  if (title.sq === '' && title.en === '') issue(mapping['title.sq'] === null && mapping['title.en'] !== null ? 'title.en' : 'title.sq', 'required');

  // The one schema: the texts' limits and characters, the lists' lengths.
  const parsed = Idea.safeParse({ ...placeholder, ...fields, receivedAt: fields.receivedAt ?? placeholder.receivedAt });
  if (!parsed.success) {
    for (const i of parsed.error.issues) {
      const column = columnOfIssue(i.path);
      if (!issues.some((x) => x.column === column)) issue(column, i.code === 'too_big' ? (column === 'ogpValues' ? 'too-many-values' : 'too-long') : i.message);
    }
  }
  const shownTitle = { sq: displayText(title.sq, 120), en: displayText(title.en, 120) };
  const report: IdeaRowReport = { row: row.row, ok: issues.length === 0, issues, title: shownTitle };
  if (!report.ok || !parsed.success) return { report, fields: null };
  const p = parsed.data;
  return {
    report,
    fields: {
      receivedAt: p.receivedAt,
      channel: p.channel,
      submitter: p.submitter,
      consentToPublish: p.consentToPublish,
      title: p.title,
      problem: p.problem,
      proposedSolution: p.proposedSolution,
      expectedResult: p.expectedResult,
      ogpValues: p.ogpValues,
      suggestedLead: p.suggestedLead,
    },
  };
}

export class IdeaImportService extends WorkspaceService {
  private async read(input: IdeaReading) {
    const sheet = await readIdeaFile(input.dataBase64, input.headerRow, { maxRows: MAX_IDEA_ROWS, headerScore: ideaHeaderScore });
    const mapping = input.mapping ? fullMapping(input.mapping) : suggestMapping(sheet.headers);
    return { sheet, mapping };
  }

  private async check(db: AnyDb, sheet: IdeaSheet, mapping: FullIdeaMapping): Promise<Checked[]> {
    const ctx = await rowContext(db, sheet, mapping);
    return sheet.rows.map((r) => checkRow(r, mapping, ctx));
  }

  async preview(input: IdeaReading): Promise<IdeaImportPreview> {
    await assertLeads(this.db, this.me, this.ws.info.currentCycleId, input.componentCode);
    const { sheet, mapping } = await this.read(input);
    const rows = (await this.check(this.db, sheet, mapping)).map((c) => c.report);
    const valid = rows.filter((r) => r.ok).length;
    return {
      fileKind: sheet.kind,
      encoding: sheet.encoding,
      separator: sheet.separator,
      headerRow: sheet.headerRow,
      headerRows: sheet.headerRows,
      headers: sheet.headers,
      mapping,
      rows,
      valid,
      invalid: rows.length - valid,
    };
  }

  async import(input: IdeaReading & { mapping: IdeaMapping }, validOnly: boolean): Promise<{ imported: number; skipped: number; ids: string[] }> {
    await assertLeads(this.db, this.me, this.ws.info.currentCycleId, input.componentCode);
    const { sheet, mapping } = await this.read(input);
    const ideas = new IdeaService(this.ws, this.clock);
    return this.db.transaction().execute(async (trx) => {
      const checked = await this.check(trx, sheet, mapping);
      const bad = checked.filter((c) => !c.report.ok);
      if (bad.length > 0 && !validOnly) {
        throw new AppError('invalid-input', {
          // The number in rows[…] is the file's own row number.
          issues: bad.flatMap((c) => c.report.issues.map((i) => ({ path: `rows[${c.report.row}].${i.column}`, code: i.code, message: i.message }))),
          params: { invalid: bad.length, rows: checked.length },
        });
      }
      const good = checked.flatMap((c) => (c.fields ? [c.fields] : []));
      const created = good.length === 0 ? [] : await ideas.createMany(input.componentCode, good, undefined, trx);
      return { imported: created.length, skipped: bad.length, ids: created.map((i) => i.id) };
    });
  }
}
