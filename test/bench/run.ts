// npm run bench: the foundation's figures for a synthetic plan of 400
// commitments, 2,000 milestones and 1,200 indicators.
// `npm run bench -- pdf` runs that case alone (the name of a case: pdf, bundle-attachments, cli-start, cycles,
// calendar, field-save, search, quality-plan, import-floor, backup).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPlani } from '../../electron/services/app';
import { exportInterchange, importInterchange, parseInterchange } from '../../electron/services/interchange';
import { loadPlanInput } from '../../electron/services/quality/plan-report';
import { checkPlan } from '../../shared/quality';
import { syntheticPlan } from '../fixtures/synthetic-plan';
import { benchBackup } from './backup';
import { benchBundles } from './bundles';
import { benchCalendar } from './calendar';
import { benchCliStart } from './cli-start';
import { benchCycles } from './cycles';
import { benchFieldSave } from './field-save';
import { benchImportFloor } from './import-floor';
import { benchBundleAttachments } from './bundle-attachments';
import { benchEditorOpen } from './editor-open';
import { benchFirstScreen } from './first-screen';
import { benchIdeas } from './ideas';
import { benchPdf } from './pdf';
import { benchReports } from './reports';
import { benchQualityPlan } from './quality-plan';
import { benchSearch } from './search';
import { benchRounds } from './rounds';
import { measureScoreToRank } from './score-screen';
import { fmtMs, percentile, row, timed } from './stats';

/** A browser-mode case on its own, in a folder of its own. */
async function alone(bench: (root: string) => Promise<void>): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'plani-bench-'));
  try {
    await bench(root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

async function main() {
  const only = process.argv[2];
  if (only === 'pdf') return benchPdf();
  if (only === 'bundle-attachments') return benchBundleAttachments();
  if (only === 'cli-start') return benchCliStart();
  if (only === 'cycles') return benchCycles();
  if (only === 'calendar') return benchCalendar();
  if (only === 'field-save') return benchFieldSave();
  if (only === 'search') return benchSearch();
  if (only === 'quality-plan') return benchQualityPlan();
  if (only === 'import-floor') return benchImportFloor();
  if (only === 'backup') return benchBackup();
  if (only === 'editor-open') return alone(benchEditorOpen);
  if (only === 'first-screen') return alone(benchFirstScreen);
  if (only) throw new Error(`unknown bench case ${only} (known: pdf, bundle-attachments, cli-start, cycles, calendar, field-save, search, quality-plan, import-floor, backup, editor-open, first-screen)`);
  const root = mkdtempSync(join(tmpdir(), 'plani-bench-'));
  process.env.PLANI_KEYRING_DIR = join(root, 'keyring');
  const plani = createPlani({ mode: 'cli', workspaceDir: join(root, 'ws'), keyringDir: join(root, 'keyring'), onUnexpected: () => {} });
  try {
    const init = await plani.call('workspace.init', { role: 'lfp', institution: 'MD' });
    if (!init.ok) throw new Error(JSON.stringify(init.error));
    const ws = await plani.context.workspace();

    const doc = syntheticPlan({ commitments: 400, milestonesPer: 5, indicatorsPer: 3, owner: 'MD' });
    const text = JSON.stringify(doc);
    const counts = {
      commitments: doc.commitments.length,
      milestones: doc.commitments.reduce((n, c) => n + c.milestones.length, 0),
      indicators: doc.commitments.reduce((n, c) => n + c.indicators.length, 0),
    };
    console.log(`Synthetic plan: ${counts.commitments} commitments, ${counts.milestones} milestones, ${counts.indicators} indicators, ${(text.length / 1e6).toFixed(1)} MB of JSON`);
    console.log(`Node ${process.version}, ${process.platform}/${process.arch}\n`);

    console.log(row('measure', 'result', 'target'));
    const imp = await timed(async () => {
      const parsed = parseInterchange(text);
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues.slice(0, 3)));
      return importInterchange(ws.store, parsed.doc);
    });
    console.log(row('plan import (parse + validate + 1 transaction)', fmtMs(imp.ms), '< 1 s'));

    const exp = await timed(async () => JSON.stringify(await exportInterchange(ws.store, { role: 'lfp', institution: 'MD' }), null, 2));
    console.log(row('plan export (read + serialise)', fmtMs(exp.ms), '< 1 s'));

    // Quality checks (issue 3): the pure checks, and the whole quality.plan call with its reads.
    const input = await loadPlanInput(ws, { now: new Date('2021-01-15T10:00:00Z') });
    const checks: number[] = [];
    for (let i = 0; i < 20; i++) checks.push((await timed(() => checkPlan(input))).ms);
    const first = checks[0]!;
    checks.sort((a, b) => a - b);
    console.log(row('quality checks over the plan, first run', fmtMs(first), '< 50 ms'));
    console.log(row('quality checks over the plan, median of 20', fmtMs(percentile(checks, 50)), '< 50 ms'));
    await benchQualityPlan();

    await benchSearch();

    // Ideas (issue 13).
    await benchIdeas(plani);

    // Prioritization rounds (issue 13): 500 ideas, 8 criteria, 5 scorers.
    await benchRounds(plani, ws);

    // Consultation reports (issue 14): 40 events, 2,000 participants, 1,500 comments.
    await benchReports(plani, ws);

    await benchFieldSave();

    // Signed bundles (issue 4).
    await benchBundles(ws, root, join(root, 'keyring'));
    await benchImportFloor();
    await benchBundleAttachments();
    await benchCliStart();
    await benchCalendar();

    // Printed annexes (issue 5): the consolidated bilingual plan, realistic and synthetic.
    await benchPdf();

    // The editor (issue 3), in browser mode, in Chromium: 30 milestones and 30 indicators.
    await benchEditorOpen(root);
    await benchFirstScreen(root);

    const typed = await measureScoreToRank(root);
    const screen = percentile(typed.screen.sort((a, b) => a - b), 50);
    const table = percentile(typed.floor.sort((a, b) => a - b), 50);
    console.log(row('round: score typed → new rank on screen (median of 7)', fmtMs(screen), '< 100 ms'));
    console.log(row('  floor: Chromium laying out a static 500-row table', fmtMs(table), `${(screen / table).toFixed(1)}× floor`));
  } finally {
    await plani.close();
    rmSync(root, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
