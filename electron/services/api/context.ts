// What handlers need from their surroundings: where the workspace is, the
// open workspace (opened lazily, once), and the clock. One context per
// running app (desktop window, browser mode or a CLI invocation).
import type { WorkspaceRole } from '../../../shared/model/reference';
import { backupOnOpen } from '../backup/backups';
import type { KeyAccess } from '../keys/protection';
import type { KeyProtector } from '../keys/protector';
import { type AppLog, NO_LOG } from '../log/rotating-log';
import { defaultWorkerFile, PrintJobs } from '../pdf/jobs';
import { StagedFiles } from '../staging/staged-files';
import { initWorkspace, openWorkspace, type Workspace, workspaceExists } from '../workspace/workspace';

export type RunMode = 'electron' | 'browser' | 'cli';

export interface PlaniContext {
  readonly mode: RunMode;
  readonly appVersion: string;
  readonly workspaceDir: string;
  readonly keyringDir: string;
  readonly clock: () => Date;
  /** PDF renderings under way or waiting to be fetched, each in a worker thread (pdf/jobs.ts). */
  readonly printJobs: PrintJobs;
  /** Files handed over or fetched a chunk at a time (bundles larger than one message). */
  readonly staging: StagedFiles;
  /**
   * Where key.rotate hands the rotation bundle before the workspace switches
   * keys. A transport that writes the file itself (the CLI) writes it here, so
   * a file that cannot be written leaves the old key in use; the others get
   * the bundle in key.rotate's answer.
   */
  readonly deliverRotation?: (bundle: { fileName: string; bytes: Buffer }) => void | Promise<void>;
  /** Desktop only (Electron's shell.openPath): shows a file with the system's viewer. Elsewhere attachments are downloaded. */
  readonly openWithViewer?: (path: string) => Promise<void>;
  /** Makes the backups the first open of a day owes (backup/backups.ts), after the workspace opens. */
  readonly autoBackup: boolean;
  /** The log file (log/rotating-log.ts); NO_LOG where none is kept (the CLI, most tests). */
  readonly log: AppLog;
  /** What opens keys sealed with a passphrase or the OS's safe storage (keys/protection.ts). */
  readonly keyAccess: KeyAccess;
  /** The automatic backup under way, if any (awaited before the database closes). */
  pendingBackup(): Promise<void>;
  /** Closes the open workspace's database (a restore replaces the file); the next workspace() opens it again. */
  closeWorkspace(): Promise<void>;
  /** The open workspace, or AppError('no-workspace'). */
  workspace(): Promise<Workspace>;
  workspaceIfExists(): Promise<Workspace | null>;
  initWorkspace(opts: { role: WorkspaceRole; institution: string; protectorFor: (id: string) => KeyProtector }): Promise<Workspace>;
  close(): Promise<void>;
}

export function createContext(opts: {
  mode: RunMode;
  appVersion: string;
  workspaceDir: string;
  keyringDir: string;
  clock?: () => Date;
  nativeBinding?: string;
  deliverRotation?: PlaniContext['deliverRotation'];
  openWithViewer?: PlaniContext['openWithViewer'];
  autoBackup?: boolean;
  log?: AppLog;
  keyAccess?: KeyAccess;
  /** An automatic backup that failed (the log hears of it; the person can still work). */
  onBackupError?: (err: unknown) => void;
}): PlaniContext {
  let open: Promise<Workspace> | null = null;
  let backup: Promise<void> = Promise.resolve();
  const clock = opts.clock ?? (() => new Date());
  const autoBackup = opts.autoBackup ?? false;
  /** The day's backup runs beside the work (the backup API steps between event-loop turns). */
  const afterOpen = (ws: Workspace) => {
    if (!autoBackup) return;
    backup = backupOnOpen(ws.store.sqlite, ws.dir, clock()).then(
      () => undefined,
      (err) => opts.onBackupError?.(err),
    );
  };

  const ctx: PlaniContext = {
    ...opts,
    clock,
    autoBackup,
    log: opts.log ?? NO_LOG,
    keyAccess: opts.keyAccess ?? {},
    pendingBackup: () => backup,
    async closeWorkspace() {
      await backup;
      const ws = open ? await open.catch(() => null) : null;
      open = null;
      await ws?.store.close();
    },
    printJobs: new PrintJobs({ workerFile: defaultWorkerFile({ allowEnvOverride: opts.mode !== 'electron' }), clock }),
    staging: new StagedFiles(opts.workspaceDir, clock),
    workspace() {
      if (!open) {
        open = openWorkspace(opts.workspaceDir, { nativeBinding: opts.nativeBinding });
        open.then(afterOpen, () => undefined);
        // A failed open (no workspace yet, newer database) must not stick.
        open.catch(() => {
          open = null;
        });
      }
      return open;
    },
    async workspaceIfExists() {
      return workspaceExists(opts.workspaceDir) ? ctx.workspace() : null;
    },
    async initWorkspace(init) {
      const ws = await initWorkspace({ dir: opts.workspaceDir, now: clock, nativeBinding: opts.nativeBinding, ...init });
      open = Promise.resolve(ws);
      afterOpen(ws);
      return ws;
    },
    async close() {
      await ctx.printJobs.close();
      ctx.staging.close();
      await ctx.closeWorkspace();
    },
  };
  return ctx;
}
