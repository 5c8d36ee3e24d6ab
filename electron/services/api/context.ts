// What handlers need from their surroundings: where the workspace is, the
// open workspace (opened lazily, once), and the clock. One context per
// running app (desktop window, browser mode or a CLI invocation).
import type { WorkspaceRole } from '../../../shared/model/reference';
import type { KeyProtector } from '../keys/protector';
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
}): PlaniContext {
  let open: Promise<Workspace> | null = null;
  const clock = opts.clock ?? (() => new Date());

  const ctx: PlaniContext = {
    ...opts,
    clock,
    printJobs: new PrintJobs({ workerFile: defaultWorkerFile({ allowEnvOverride: opts.mode !== 'electron' }), clock }),
    staging: new StagedFiles(opts.workspaceDir, clock),
    workspace() {
      if (!open) {
        open = openWorkspace(opts.workspaceDir, { nativeBinding: opts.nativeBinding });
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
      return ws;
    },
    async close() {
      await ctx.printJobs.close();
      ctx.staging.close();
      const ws = open ? await open.catch(() => null) : null;
      open = null;
      await ws?.store.close();
    },
  };
  return ctx;
}
