// Pure decisions the bootstrap makes before any window exists: command-line
// options, where the workspace and keyring live, which native binding to load.
import { isAbsolute, join, resolve } from 'node:path';

export interface DesktopArgs {
  /** --workspace DIR: use this folder instead of userData/workspace. */
  workspaceDir?: string;
  /** --user-data-dir DIR: a separate profile (tests run beside a real install). */
  userDataDir?: string;
}

const OPTIONS = { '--workspace': 'workspaceDir', '--user-data-dir': 'userDataDir' } as const;
type OptionName = keyof typeof OPTIONS;
const isOption = (s: string): s is OptionName => Object.prototype.hasOwnProperty.call(OPTIONS, s);

/**
 * Reads our options from process.argv; accepts "--opt DIR" and "--opt=DIR".
 * Everything else (Chromium switches, the script path in development) is
 * ignored. Relative folders are taken from cwd.
 */
export function parseDesktopArgs(argv: readonly string[], cwd: string = process.cwd()): DesktopArgs {
  const out: DesktopArgs = {};
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg : arg.slice(0, eq);
    if (!isOption(name)) continue;
    let value: string | undefined;
    if (eq !== -1) value = arg.slice(eq + 1);
    else if (!(argv[i + 1] ?? '--').startsWith('--')) value = argv[++i];
    if (value === undefined || value === '') continue;
    out[OPTIONS[name]] = isAbsolute(value) ? value : resolve(cwd, value);
  }
  return out;
}

export interface ServiceLocations {
  workspaceDir: string;
  keyringDir: string;
}

/**
 * userData/workspace is what defaultWorkspaceDir() computes for the CLI, so
 * the desktop app, the CLI and browser mode share one workspace by default.
 * The keyring stays beside, never inside, the workspace.
 */
export function serviceLocations(args: DesktopArgs, userData: string, env: NodeJS.ProcessEnv = process.env): ServiceLocations {
  return {
    workspaceDir: args.workspaceDir ?? join(userData, 'workspace'),
    keyringDir: env.PLANI_KEYRING_DIR || join(userData, 'keyring'),
  };
}

export const NATIVE_BINDING_FILE = 'better_sqlite3.node';

/**
 * better-sqlite3 built for Electron's ABI (scripts/rebuild-electron-native.mjs),
 * kept apart from node_modules so Node-side tests and the CLI keep theirs.
 * Packaged: copied next to app.asar by electron-builder's extraResources.
 * Returns undefined when the file is absent (better-sqlite3 then loads its own).
 */
export function electronNativeBinding(
  where: { isPackaged: boolean; resourcesPath: string; mainDir: string },
  exists: (file: string) => boolean,
): string | undefined {
  const file = where.isPackaged
    ? join(where.resourcesPath, 'electron-native', NATIVE_BINDING_FILE)
    : join(where.mainDir, '..', '..', 'build', 'electron-native', NATIVE_BINDING_FILE);
  return exists(file) ? file : undefined;
}

/**
 * The portable build (electron-builder's "portable" target) runs from a USB
 * stick and keeps its data beside the executable, in Plani-data/, rather than
 * in the computer's profile. PORTABLE_EXECUTABLE_DIR is set by its launcher.
 */
export function portableUserDataDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const dir = env.PORTABLE_EXECUTABLE_DIR;
  return dir && isAbsolute(dir) ? join(dir, 'Plani-data') : undefined;
}
