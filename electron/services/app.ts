// The Node-side application, independent of Electron: the desktop main
// process, browser mode, the CLI and the tests all create one of these and
// talk to it through `call`, the same dispatcher that checks every input.
import { createContext, type PlaniContext, type RunMode } from './api/context';
import { type ApiCaller, dispatch, type Handlers } from './api/dispatch';
import type { KeyAccess } from './keys/protection';
import type { AppLog } from './log/rotating-log';
import { defaultKeyringDir } from './workspace/paths';
import { APP_VERSION } from './version';

export interface PlaniOptions {
  workspaceDir: string;
  keyringDir?: string;
  mode: RunMode;
  appVersion?: string;
  clock?: () => Date;
  /** Unexpected (non-AppError) failures; the caller only ever sees the 'internal' code. */
  onUnexpected?: (method: string, err: unknown) => void;
  /** Validate outputs against the contract as well as inputs (tests). */
  checkOutputs?: boolean;
  /**
   * better-sqlite3 compiled for Electron's ABI; the desktop app passes it,
   * Node (CLI, browser mode, tests) uses the module's own build.
   */
  nativeBinding?: string;
  /** See PlaniContext.deliverRotation. */
  deliverRotation?: PlaniContext['deliverRotation'];
  /** See PlaniContext.openWithViewer (the desktop app's shell.openPath). */
  openWithViewer?: PlaniContext['openWithViewer'];
  /** The daily and weekly backups at the first open of a day (default: the desktop app only; browser mode asks for them). */
  autoBackup?: boolean;
  onBackupError?: (err: unknown) => void;
  /** Where unexpected failures and the window's crashes are written (the desktop app and browser mode keep one). */
  log?: AppLog;
  /** A passphrase (the CLI's PLANI_KEY_PASSPHRASE) or the OS's safe storage (the desktop app) for keys sealed with them. */
  keyAccess?: KeyAccess;
}

export interface Plani extends ApiCaller {
  readonly context: PlaniContext;
  /** The handler table, built at the first call (with the handler modules and the contract they import): a command that only reads the workspace never builds it. */
  handlers(): Promise<Handlers>;
  close(): Promise<void>;
}

export function createPlani(opts: PlaniOptions): Plani {
  const context = createContext({
    mode: opts.mode,
    appVersion: opts.appVersion ?? APP_VERSION,
    workspaceDir: opts.workspaceDir,
    keyringDir: opts.keyringDir ?? defaultKeyringDir(),
    clock: opts.clock,
    nativeBinding: opts.nativeBinding,
    deliverRotation: opts.deliverRotation,
    openWithViewer: opts.openWithViewer,
    autoBackup: opts.autoBackup ?? opts.mode === 'electron',
    log: opts.log,
    keyAccess: opts.keyAccess,
    onBackupError: (err) => {
      opts.log?.write('error', 'backup.failed', { kind: 'automatic' }, err);
      if (opts.onBackupError) opts.onBackupError(err);
      else console.error('[plani] automatic backup failed:', err);
    },
  });
  let handlers: Promise<Handlers> | undefined;
  const loadHandlers = () => (handlers ??= import('./api/handlers').then((m) => m.createHandlers(context)));
  const report = opts.onUnexpected ?? ((method: string, err: unknown) => console.error(`[plani] ${method} failed:`, err));
  const onUnexpected = (method: string, err: unknown) => {
    opts.log?.write('error', 'api.unexpected', { method }, err);
    report(method, err);
  };
  return {
    context,
    handlers: loadHandlers,
    call: async (method, input) => dispatch(await loadHandlers(), method, input, { onUnexpected, checkOutputs: opts.checkOutputs }),
    close: () => context.close(),
  };
}
