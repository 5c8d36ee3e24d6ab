// Consultation reports (issue 14): a component with 40 events, 2,000
// participants and 1,500 comments (two in three decided); the consultation
// report drawing on all 40 events assembled through the API (report.assemble:
// dispatch, the reads in one transaction, participation, response table,
// impact, undecided), beside a floor measured in the same run: the same
// reads (the events, their participants, their comments, the component's
// commitments with milestones and indicators) as plain better-sqlite3
// statements, printed as a ratio.
//
//   npx tsx test/bench/reports.ts     (this case alone, in its own workspace)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createPlani, type Plani } from '../../electron/services/app';
import { importInterchange } from '../../electron/services/interchange';
import { upsertRecords } from '../../electron/services/store/records';
import { COMMENT, CONSULTATION_EVENT, EVENT_PARTICIPANT } from '../../electron/services/store/tables';
import type { Workspace } from '../../electron/services/workspace/workspace';
import type { MethodOutput } from '../../shared/api/contract';
import { COMMENT_DECISIONS, type Comment, type ConsultationEvent, type Participant } from '../../shared/model/cocreation';
import { comment, event, t } from '../fixtures/cocreation-records';
import { syntheticPlan } from '../fixtures/synthetic-plan';
import { fmtMs, percentile, row } from './stats';

const EVENTS = 40;
const PARTICIPANTS = 2000;
const COMMENTS = 1500;
const COMPONENT = 'access-to-justice';
const RUNS = 30;
const SECTORS = ['shoqëri civile', 'publik', 'akademi', 'biznes', 'media', 'ndërkombëtar'];
const GENDERS: Participant['gender'][] = ['female', 'male', 'female', 'male', 'other', 'undisclosed'];

async function ok<M extends Parameters<Plani['call']>[0]>(plani: Plani, method: M, input: Parameters<Plani['call']>[1]): Promise<unknown> {
  const res = await plani.call(method, input as never);
  if (!res.ok) throw new Error(`${method}: ${JSON.stringify(res.error)}`);
  return res.value;
}

/** Median of `runs` timings of `fn`, after two unmeasured runs. */
async function median(runs: number, fn: () => unknown): Promise<number> {
  for (let i = 0; i < 2; i++) await fn();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    ms.push(performance.now() - start);
  }
  return percentile(ms.sort((a, b) => a - b), 50);
}

/** The 40 events with their 2,000 participants and 1,500 comments, in the workspace's current cycle; a report drawing on them all. */
async function setUpReport(plani: Plani, ws: Workspace): Promise<{ reportId: string; eventIds: string[] }> {
  const owner = ws.info.institution.code;
  const events: ConsultationEvent[] = Array.from({ length: EVENTS }, (_, e) =>
    event(`bench-report/${e}`, {
      cycleId: ws.info.currentCycleId,
      componentCode: COMPONENT,
      owner,
      organizer: owner,
      title: t(`Konsultimi ${e + 1} për drejtësinë e hapur`, `Consultation ${e + 1} on open justice`),
      date: `2020-${String(9 + (e % 3)).padStart(2, '0')}-${String((e % 27) + 1).padStart(2, '0')}`,
      participantsConsent: e % 2 === 0,
      participants: [],
    }),
  );
  const per = PARTICIPANTS / EVENTS;
  const participants = events.flatMap((ev, e) =>
    Array.from({ length: per }, (_, p) => {
      const n = e * per + p;
      return { eventId: ev.id, position: p, name: `Pjesëmarrësi ${n} Çela`, organisation: `Organizata ${n % 120}`, sector: SECTORS[n % SECTORS.length]!, gender: GENDERS[n % GENDERS.length]!, consent: n % 3 !== 0 };
    }),
  );
  const comments: Comment[] = Array.from({ length: COMMENTS }, (_, c) => {
    const decided = c % 3 !== 2;
    return comment(`bench-report/${c}`, {
      owner,
      eventId: events[c % EVENTS]!.id,
      text: t(`Komenti ${c}: të publikohen vendimet e gjykatave brenda ${c % 30} ditëve.`, `Comment ${c}: publish court decisions within ${c % 30} days.`),
      authorConsent: c % 4 === 0,
      theme: `Tema ${c % 12}`,
      decision: decided ? COMMENT_DECISIONS[c % COMMENT_DECISIONS.length]! : null,
      reason: decided ? t('Arsyeja e vendimit, me hollësi.', 'The reason for the decision, in detail.') : t('', ''),
      decidedAt: decided ? '2020-11-20' : null,
    });
  });
  // Writing the records is set-up, not the measure: straight into the tables.
  await upsertRecords(ws.store.db, CONSULTATION_EVENT, events);
  await upsertRecords(ws.store.db, EVENT_PARTICIPANT, participants, ['event_id', 'position']);
  await upsertRecords(ws.store.db, COMMENT, comments);
  const report = (await ok(plani, 'report.create', { componentCode: COMPONENT, kind: 'consultation' })) as MethodOutput<'report.create'>;
  const eventIds = events.map((e) => e.id);
  await ok(plani, 'report.update', { id: report.id, changes: { events: eventIds } });
  return { reportId: report.id, eventIds };
}

export async function benchReports(plani: Plani, ws: Workspace): Promise<void> {
  const { reportId, eventIds } = await setUpReport(plani, ws);
  const view = (await ok(plani, 'report.assemble', { id: reportId })) as MethodOutput<'report.assemble'>;
  const a = view.assembly;
  if (a.events.length !== EVENTS || a.participation.total.total !== PARTICIPANTS || a.responses.length + a.undecided.length !== COMMENTS) {
    throw new Error(`assembled ${a.events.length} events, ${a.participation.total.total} participants, ${a.responses.length + a.undecided.length} comments`);
  }
  console.log(`\nConsultation report: ${EVENTS} events, ${PARTICIPANTS} participants, ${COMMENTS} comments (${a.responses.length} decided), ${a.impact.length} impact items`);

  let sink = 0;
  const assembled = await median(RUNS, async () => {
    const v = (await ok(plani, 'report.assemble', { id: reportId })) as MethodOutput<'report.assemble'>;
    sink += v.assembly.responses.length;
  });

  // The floor: the reads report.assemble makes, as prepared statements in better-sqlite3.
  const db = ws.store.sqlite;
  const marks = eventIds.map(() => '?').join(', ');
  const reportRow = db.prepare('SELECT * FROM consultation_report WHERE id = ?');
  const eventRows = db.prepare(`SELECT * FROM consultation_event WHERE id IN (${marks})`);
  const participantRows = db.prepare(`SELECT * FROM event_participant WHERE event_id IN (${marks}) ORDER BY event_id, position`);
  const commentRows = db.prepare(`SELECT * FROM comment WHERE event_id IN (${marks}) ORDER BY created_at, id`);
  const commitmentRows = db.prepare('SELECT * FROM commitment WHERE cycle_id = ? AND owner = ? ORDER BY id');
  const floor = await median(RUNS, () => {
    const read = db.transaction(() => {
      sink += (reportRow.all(reportId) as unknown[]).length;
      sink += eventRows.all(...eventIds).length + participantRows.all(...eventIds).length + commentRows.all(...eventIds).length;
      const commitments = commitmentRows.all(ws.info.currentCycleId, ws.info.institution.code) as { id: string }[];
      if (commitments.length > 0) {
        const ids = commitments.map((c) => c.id);
        const of = ids.map(() => '?').join(', ');
        sink += db.prepare(`SELECT * FROM milestone WHERE commitment_id IN (${of})`).all(...ids).length;
        sink += db.prepare(`SELECT * FROM indicator WHERE commitment_id IN (${of})`).all(...ids).length;
      }
    });
    read();
  });
  console.log(row('consultation report assembled (API), median', fmtMs(assembled), '< 200 ms'));
  console.log(row('  floor: the same reads in better-sqlite3 alone', fmtMs(floor), `${(assembled / floor).toFixed(1)}× floor`));
  if (sink === 0) console.log('');
}

if (/test[\\/]bench[\\/]reports\.[cm]?[jt]s$/.test(process.argv[1] ?? '')) {
  const root = mkdtempSync(join(tmpdir(), 'plani-bench-reports-'));
  const plani = createPlani({ mode: 'cli', workspaceDir: join(root, 'ws'), keyringDir: join(root, 'keyring'), onUnexpected: () => {} });
  (async () => {
    await ok(plani, 'workspace.init', { role: 'lfp', institution: 'MD' });
    const ws = await plani.context.workspace();
    // Commitments of the component for the impact section: a synthetic plan of MD's.
    await importInterchange(ws.store, syntheticPlan({ commitments: 40, owner: 'MD', seed: 'bench-reports' }));
    await benchReports(plani, ws);
  })()
    .catch((err) => {
      console.error(err);
      process.exitCode = 1;
    })
    .finally(async () => {
      await plani.close();
      rmSync(root, { recursive: true, force: true });
    });
}
