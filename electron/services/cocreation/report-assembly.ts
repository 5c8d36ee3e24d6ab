// Reads what a report draws on (its chosen events with their participants,
// the comments received at them, the component's commitments of the
// report's owner and cycle) in one transaction, and assembles the report
// from them with the shared pure functions (shared/cocreation/report.ts).
import type { ReportAssembly } from '../../../shared/api/contract';
import { assembleReport } from '../../../shared/cocreation/report';
import type { Comment, ConsultationReport } from '../../../shared/model/cocreation';
import { readCommitments, readEvents } from '../store/aggregates';
import type { AnyDb } from '../store/database';
import { selectRecords } from '../store/records';
import { COMMENT } from '../store/tables';

export async function assembleFromRecords(db: AnyDb, report: ConsultationReport): Promise<ReportAssembly> {
  const ids = [...new Set(report.events)];
  const events = (await readEvents(db, { ids })).filter((e) => e.owner === report.owner && e.componentCode === report.componentCode);
  const comments = await selectRecords<Comment>(db, COMMENT, { column: 'event_id', in: events.map((e) => e.id) }, ['created_at', 'id']);
  const commitments = (await readCommitments(db, { cycleId: report.cycleId, owner: report.owner })).filter((c) => c.componentCode === report.componentCode);
  return assembleReport({ report, events, comments, commitments });
}
