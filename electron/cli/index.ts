// ogp-drafter: the command line of Plani. `main` never exits the process; it
// returns the exit code (0 done, 1 refused or invalid input, or `check` found
// a blocking problem or a damaged database, or a bundle was refused, or an idea file has bad rows
// and --valid-only was not given, or there is no such consultation report,
// 2 usage error),
// so tests run it in-process and the bundled entry sets process.exitCode.
import { resolve } from 'node:path';
import { createI18n } from '../../shared/i18n';
import type { Lang } from '../../shared/model/primitives';
import { APP_VERSION } from '../services/version';
import { defaultKeyringDir, defaultWorkspaceDir } from '../services/workspace/paths';
import { readPreferences } from '../services/workspace/preferences';
import { DOCX_ANNEXES, langHint, type Parsed, parseCommandLine, PDF_ANNEXES } from './args';
import { type CliIo, type CommandContext, guardedSink, jsonLine, UsageError } from './io';
import { describeError } from './messages';

export type { CliIo } from './io';

/** The workspace named on the command line, for choosing a language before parsing has succeeded. */
function workspaceHint(argv: readonly string[]): string | undefined {
  const i = argv.findIndex((a) => a === '--workspace' || a.startsWith('--workspace='));
  if (i < 0) return undefined;
  return argv[i]!.includes('=') ? argv[i]!.slice('--workspace='.length) : argv[i + 1];
}

function context(io: CliIo, lang: Lang, json: boolean, workspaceDir: string): CommandContext {
  const lines = (sink: CliIo['stdout'], list: string[]) => {
    if (list.length > 0) sink.write(`${list.join('\n')}\n`);
  };
  return {
    io,
    t: createI18n(lang).t,
    lang,
    json,
    workspaceDir,
    keyringDir: defaultKeyringDir(io.env),
    report(human, value) {
      if (!json) lines(io.stdout, human);
      else if (value !== undefined) io.stdout.write(jsonLine(value));
    },
    note(human) {
      if (!json) lines(io.stderr, human);
    },
  };
}

// Each command's module is loaded when that command runs: `--help` or
// `key show` should not wait for exceljs, pdfkit or fontkit to load (esbuild
// keeps a dynamic import's module, and the packages it requires, lazy).
const load = {
  init: () => import('./commands/init'),
  planExport: () => import('./commands/plan-export'),
  planImport: () => import('./commands/plan-import'),
  serve: () => import('./commands/serve'),
  check: () => import('./commands/check'),
  keyShow: () => import('./commands/key-show'),
  keyRotate: () => import('./commands/key-rotate'),
  keyProtect: () => import('./commands/key-protect'),
  bundleExport: () => import('./commands/bundle-export'),
  bundleInspect: () => import('./commands/bundle-inspect'),
  bundleImport: () => import('./commands/bundle-import'),
  trust: () => import('./commands/trust'),
  pdf: () => import('./commands/pdf'),
  docx: () => import('./commands/docx'),
  idea: () => import('./commands/idea'),
  round: () => import('./commands/round'),
  calendar: () => import('./commands/calendar'),
  consultation: () => import('./commands/consultation'),
  cycle: () => import('./commands/cycle'),
  backup: () => import('./commands/backup'),
};

/** A command's own exit code, when it has one besides 0 (check: 1 when a blocking finding exists). */
async function run(parsed: Parsed, ctx: CommandContext): Promise<number | void> {
  switch (parsed.kind) {
    case 'help':
      ctx.io.stdout.write(`${ctx.t('cli.help', { workspace: defaultWorkspaceDir(ctx.io.env), annexes: PDF_ANNEXES.join('|'), docxAnnexes: DOCX_ANNEXES.join('|') })}\n`);
      return;
    case 'version':
      ctx.report([APP_VERSION], { version: APP_VERSION });
      return;
    case 'init':
      return (await load.init()).runInit(ctx, parsed);
    case 'plan export':
      return (await load.planExport()).runPlanExport(ctx, parsed);
    case 'plan import':
      return (await load.planImport()).runPlanImport(ctx, parsed);
    case 'serve':
      return (await load.serve()).runServe(ctx, parsed);
    case 'check':
      return (await load.check()).runCheck(ctx, parsed);
    case 'key show':
      return (await load.keyShow()).runKeyShow(ctx);
    case 'key rotate':
      return (await load.keyRotate()).runKeyRotate(ctx, parsed);
    case 'key protect':
      return (await load.keyProtect()).runKeyProtect(ctx, parsed);
    case 'bundle export':
      return (await load.bundleExport()).runBundleExport(ctx, parsed);
    case 'bundle inspect':
      return (await load.bundleInspect()).runBundleInspect(ctx, parsed);
    case 'bundle import':
      return (await load.bundleImport()).runBundleImport(ctx, parsed);
    case 'trust list':
      return (await load.trust()).runTrustList(ctx);
    case 'trust revoke':
      return (await load.trust()).runTrustRevoke(ctx, parsed);
    case 'pdf':
      return (await load.pdf()).runPdf(ctx, parsed);
    case 'docx':
      return (await load.docx()).runDocx(ctx, parsed);
    case 'idea import':
      return (await load.idea()).runIdeaImport(ctx, parsed);
    case 'idea list':
      return (await load.idea()).runIdeaList(ctx, parsed);
    case 'round sheet':
      return (await load.round()).runRoundSheet(ctx, parsed);
    case 'round scores':
      return (await load.round()).runRoundScores(ctx, parsed);
    case 'round results':
      return (await load.round()).runRoundResults(ctx, parsed);
    case 'calendar export':
    case 'calendar ics':
      return (await load.calendar()).runCalendarIcs(ctx, parsed);
    case 'calendar list':
      return (await load.calendar()).runCalendarList(ctx);
    case 'consultation report':
      return (await load.consultation()).runConsultationReport(ctx, parsed);
    case 'cycle start':
      return (await load.cycle()).runCycleStart(ctx, parsed);
    case 'cycle list':
      return (await load.cycle()).runCycleList(ctx);
    case 'backup create':
      return (await load.backup()).runBackupCreate(ctx);
    case 'backup list':
      return (await load.backup()).runBackupList(ctx);
    case 'backup restore':
      return (await load.backup()).runBackupRestore(ctx, parsed);
  }
}

let calledExplicitly = false;

export async function main(argv: string[], io: Partial<CliIo> = {}): Promise<number> {
  calledExplicitly = true;
  const stderr = io.stderr ?? guardedSink(process.stderr);
  // Written in the language of the moment the output failed (ctx is reassigned once parsing succeeds).
  const outputFailed = (err: NodeJS.ErrnoException) => stderr.write(`${ctx.t('cli.errors.output-failed', { code: err.code ?? err.message })}\n`);
  const full: CliIo = { stdout: io.stdout ?? guardedSink(process.stdout, outputFailed), stderr, env: io.env ?? process.env, signal: io.signal };
  const json = argv.includes('--json');
  // Until the command line is understood, speak the language it asks for, or the workspace's.
  const hintedDir = resolve(workspaceHint(argv) ?? defaultWorkspaceDir(full.env));
  let ctx = context(full, langHint(argv) ?? readPreferences(hintedDir).language, json, hintedDir);
  try {
    const parsed = parseCommandLine(argv);
    const workspaceDir = resolve(parsed.globals.workspace ?? defaultWorkspaceDir(full.env));
    ctx = context(full, parsed.globals.lang ?? readPreferences(workspaceDir).language, parsed.globals.json, workspaceDir);
    return (await run(parsed, ctx)) ?? 0;
  } catch (err) {
    const { t } = ctx;
    if (err instanceof UsageError) {
      const message = t(`cli.usage.${err.key}`, err.params);
      full.stderr.write(`${message}\n${t('cli.usage.hint')}\n`);
      if (json) full.stdout.write(jsonLine({ ok: false, error: { code: 'usage', message } }));
      return 2;
    }
    const report = describeError(t, err);
    const issueLines = (report.issues ?? []).map((i) => `  ${i.path}: ${i.message}\n`);
    full.stderr.write(`${report.message}\n${issueLines.join('')}`);
    if (report.code === 'internal' && full.env.PLANI_DEBUG) full.stderr.write(`${(err as Error)?.stack ?? String(err)}\n`);
    if (json) full.stdout.write(jsonLine({ ok: false, error: report }));
    return 1;
  }
}

/**
 * Runs when this file is the program: either the bundle itself
 * (`node dist/node/cli.cjs`) or required by bin/ogp-drafter.cjs. The start is
 * deferred one turn so that a bin script that calls main() itself is not run
 * twice.
 */
function launchedAsProgram(): boolean {
  if (typeof require === 'undefined' || typeof module === 'undefined') return false;
  const entry = require.main;
  return entry === module || /[\\/]ogp-drafter(\.c?js)?$/.test(entry?.filename ?? '');
}

if (launchedAsProgram()) {
  setImmediate(() => {
    if (calledExplicitly) return;
    void main(process.argv.slice(2)).then((code) => {
      process.exitCode = code;
    });
  });
}
