// Pre-consultation and consultation reports: list, open, create (in a
// component this institution leads), save section texts and the chosen
// events, assemble from the records, fill the generated sections, submit
// (refused while a comment of its events is undecided) or set back to draft,
// delete a draft. Only the owner writes, and only a draft: a submitted
// report is read-only until its owner sets it back to draft, so what the POC
// reviews is what was submitted. 'reviewed' belongs to the POC's feedback.
import { randomUUID } from 'node:crypto';
import type { ReportAssembly, ReportFilter, ReportPatch, ReportView } from '../../../shared/api/contract';
import { AppError } from '../../../shared/api/errors';
import { generatedSections } from '../../../shared/cocreation/report';
import { formatDate } from '../../../shared/format/dates';
import { createI18n } from '../../../shared/i18n';
import { type ConsultationReport, REPORT_KINDS } from '../../../shared/model/cocreation';
import { emptyText } from '../../../shared/model/primitives';
import { readEvents } from '../store/aggregates';
import type { AnyDb } from '../store/database';
import { patchToColumns } from '../store/mapping';
import { selectRecords, upsertRecords, saveOwnRow } from '../store/records';
import { CONSULTATION_REPORT } from '../store/tables';
import { writeTombstone } from '../store/tombstones';
import { WorkspaceService } from '../workspace/workspace-service';
import { assertLeads } from './ideas';
import { assembleFromRecords } from './report-assembly';

type Saved = { id: string; rev: number; updatedAt: string };

export function newReport(init: { id: string; cycleId: string; componentCode: string; owner: string; kind: ConsultationReport['kind']; now: string }): ConsultationReport {
  return {
    id: init.id,
    cycleId: init.cycleId,
    kind: init.kind,
    componentCode: init.componentCode,
    owner: init.owner,
    events: [],
    purpose: emptyText(),
    method: emptyText(),
    participation: emptyText(),
    findings: emptyText(),
    responses: emptyText(),
    impact: emptyText(),
    processFeedback: emptyText(),
    nextSteps: emptyText(),
    status: 'draft',
    rev: 1,
    createdAt: init.now,
    updatedAt: init.now,
  };
}

const reportOrder = (a: ConsultationReport, b: ConsultationReport) =>
  REPORT_KINDS.indexOf(a.kind) - REPORT_KINDS.indexOf(b.kind) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);

const translators = { sq: createI18n('sq').t, en: createI18n('en').t };

export class ReportService extends WorkspaceService {
  async list(filter: ReportFilter = {}): Promise<{ reports: ConsultationReport[] }> {
    const cycleId = filter.cycleId ?? this.ws.info.currentCycleId;
    const all = await selectRecords<ConsultationReport>(this.db, CONSULTATION_REPORT, { column: 'cycle_id', eq: cycleId }, ['id']);
    return { reports: all.filter((r) => !filter.componentCode || r.componentCode === filter.componentCode).sort(reportOrder) };
  }

  async get(id: string, db: AnyDb = this.db): Promise<ConsultationReport> {
    const [report] = await selectRecords<ConsultationReport>(db, CONSULTATION_REPORT, { column: 'id', eq: id });
    if (!report) throw new AppError('not-found', { params: { id } });
    return report;
  }

  async create(input: { componentCode: string; cycleId?: string; kind: ConsultationReport['kind'] }): Promise<ConsultationReport> {
    const cycleId = input.cycleId ?? this.ws.info.currentCycleId;
    return this.db.transaction().execute(async (trx) => {
      await assertLeads(trx, this.me, cycleId, input.componentCode);
      const report = newReport({ id: randomUUID(), cycleId, componentCode: input.componentCode, owner: this.me, kind: input.kind, now: this.now() });
      await upsertRecords(trx, CONSULTATION_REPORT, [report]);
      return report;
    });
  }

  async update(id: string, changes: ReportPatch): Promise<Saved> {
    return this.db.transaction().execute(async (trx) => {
      const report = await this.draft(trx, id);
      if (changes.events) await this.assertEvents(trx, report, changes.events);
      const cols = patchToColumns(CONSULTATION_REPORT, { ...changes, ...(changes.events ? { events: [...new Set(changes.events)] } : {}) } as Record<string, unknown>);
      return this.write(trx, id, cols);
    });
  }

  async assemble(id: string): Promise<ReportView> {
    return this.db.transaction().execute(async (trx) => {
      const report = await this.get(id, trx);
      return { report, assembly: await assembleFromRecords(trx, report) };
    });
  }

  /** The generated texts replace what the three sections held: the person asked for them (the form asks first when any of them holds text). */
  async fill(id: string): Promise<ConsultationReport> {
    return this.db.transaction().execute(async (trx) => {
      const report = await this.draft(trx, id);
      const texts = generatedSections(await assembleFromRecords(trx, report), translators, formatDate);
      await this.write(trx, id, patchToColumns(CONSULTATION_REPORT, texts));
      return this.get(id, trx);
    });
  }

  async setStatus(id: string, status: 'draft' | 'submitted'): Promise<ConsultationReport> {
    return this.db.transaction().execute(async (trx) => {
      const report = await this.owned(trx, id);
      if (report.status === status) return report;
      if (report.status === 'reviewed') throw new AppError('status-held-by-poc', { params: { status: report.status } });
      if (status === 'submitted') assertAllDecided(await assembleFromRecords(trx, report));
      await this.write(trx, id, { status });
      return this.get(id, trx);
    });
  }

  async delete(id: string): Promise<{ id: string }> {
    await this.db.transaction().execute(async (trx) => {
      const report = await this.draft(trx, id);
      await writeTombstone(trx, 'consultation-report', id, this.me, report.rev + 1, this.now());
      await trx.deleteFrom('consultation_report').where('id', '=', id).execute();
    });
    return { id };
  }

  /** The chosen events must be this institution's own, of the report's component and cycle. */
  private async assertEvents(db: AnyDb, report: ConsultationReport, ids: readonly string[]): Promise<void> {
    const found = new Map((await readEvents(db, { ids: [...new Set(ids)] })).map((e) => [e.id, e]));
    const issues = ids.flatMap((id, i) => {
      const e = found.get(id);
      const code = !e ? 'unknown-event' : e.owner !== this.me ? 'foreign-event' : e.componentCode !== report.componentCode || e.cycleId !== report.cycleId ? 'event-other-component' : null;
      return code ? [{ path: `changes.events.${i}`, code, message: code }] : [];
    });
    if (issues.length > 0) throw new AppError('invalid-input', { issues });
  }

  private async write(trx: AnyDb, id: string, cols: Record<string, unknown>): Promise<Saved> {
    return saveOwnRow(trx, 'consultation_report', id, this.me, cols, this.now());
  }

  private async owned(db: AnyDb, id: string): Promise<ConsultationReport> {
    const report = await this.get(id, db);
    if (report.owner !== this.me) throw new AppError('not-owner', { params: { owner: report.owner } });
    await assertLeads(db, this.me, report.cycleId, report.componentCode);
    return report;
  }

  private async draft(db: AnyDb, id: string): Promise<ConsultationReport> {
    const report = await this.owned(db, id);
    if (report.status !== 'draft') throw new AppError('report-not-draft', { params: { status: report.status } });
    return report;
  }
}

/**
 * A report is submitted with every comment of its events answered: the
 * refusal names each one (issues: events.<eventId>.comments.<commentId>,
 * with its text) so the screen links to it.
 */
function assertAllDecided(assembly: ReportAssembly): void {
  const { undecided } = assembly;
  if (undecided.length === 0) return;
  const label = (c: (typeof undecided)[number]) => (c.text.sq.trim() || c.text.en.trim() || c.organisation || c.id).replace(/\s+/g, ' ').slice(0, 80);
  throw new AppError('report-undecided-comments', {
    params: { count: undecided.length, list: undecided.slice(0, 10).map((c) => `“${label(c)}”`).join(', ') },
    issues: undecided.slice(0, 200).map((c) => ({ path: `events.${c.eventId}.comments.${c.id}`, code: 'comment-undecided', message: label(c) })),
  });
}
