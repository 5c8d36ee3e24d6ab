// Where things live on disk. The CLI and browser mode compute the same
// folder the desktop app gets from Electron's app.getPath('userData') for
// the product name "Plani", so all three share one workspace by default.
import { homedir } from 'node:os';
import { join } from 'node:path';

export const PRODUCT_NAME = 'Plani';
export const DB_FILE = 'plani.db';
export const PREFERENCES_FILE = 'preferences.json';

export function appDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', PRODUCT_NAME);
  return join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), PRODUCT_NAME);
}

/** The default workspace folder (database and preferences). */
export const defaultWorkspaceDir = (env: NodeJS.ProcessEnv = process.env) => join(appDataDir(env), 'workspace');

/** Key-encryption keys live beside, never inside, the workspace folder. */
export const defaultKeyringDir = (env: NodeJS.ProcessEnv = process.env) =>
  env.PLANI_KEYRING_DIR || join(appDataDir(env), 'keyring');

export const dbPath = (workspaceDir: string) => join(workspaceDir, DB_FILE);
