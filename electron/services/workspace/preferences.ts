// Per-workspace preferences (interface language). A small JSON file rather
// than a table: the language is chosen on the first screen, before any
// database exists. Written atomically so a crash never leaves half a file.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Preferences } from '../../../shared/api/contract/preferences';
import { DEFAULT_LANG } from '../../../shared/i18n';
import { makePrivateDir, PRIVATE_FILE_MODE, restrictMode } from '../security/private-files';
import { PREFERENCES_FILE } from './paths';

const DEFAULTS: Preferences = { language: DEFAULT_LANG };

export function readPreferences(dir: string): Preferences {
  try {
    const parsed = Preferences.safeParse(JSON.parse(readFileSync(join(dir, PREFERENCES_FILE), 'utf8')));
    return parsed.success ? parsed.data : DEFAULTS;
  } catch {
    return DEFAULTS;
  }
}

export function writePreferences(dir: string, changes: Partial<Preferences>): Preferences {
  const next = Preferences.parse({ ...readPreferences(dir), ...changes });
  makePrivateDir(dir);
  const file = join(dir, PREFERENCES_FILE);
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(next, null, 2)}\n`, { encoding: 'utf8', mode: PRIVATE_FILE_MODE });
  restrictMode(tmp, PRIVATE_FILE_MODE);
  renameSync(tmp, file);
  return next;
}
