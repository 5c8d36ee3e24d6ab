// Is this database file whole, and why could it not be opened? Two different
// answers call for different help: a damaged file is restored from a backup,
// a missing or wrong-ABI better-sqlite3 build is fixed by reinstalling the
// program (and must never send a person to delete a healthy database).
import type Database from 'better-sqlite3';

export type IntegrityMode = 'quick' | 'full';

/**
 * SQLite's own check: `quick_check` (pages, records, free list; fast, what
 * every open runs) or `integrity_check` (also every index against its table).
 * Returns the problems it reports, at most `max`; [] when the file is sound.
 * A file so damaged that the check itself cannot run reports that failure.
 */
export function integrityProblems(sqlite: Database.Database, mode: IntegrityMode = 'quick', max = 20): string[] {
  const pragma = mode === 'quick' ? 'quick_check' : 'integrity_check';
  try {
    const rows = sqlite.pragma(`${pragma}(${Math.max(1, Math.floor(max))})`) as Record<string, unknown>[];
    const lines = rows.map((r) => String(Object.values(r)[0] ?? ''));
    return lines.length === 1 && lines[0] === 'ok' ? [] : lines;
  } catch (err) {
    return [(err as Error).message];
  }
}

/** What an error thrown while opening a database says about its cause. */
export type OpenFailure = 'program-incomplete' | 'damaged';

// Shapes of a better-sqlite3 build that cannot load: built for another
// Node/Electron ABI, for another platform, or not there at all.
const NATIVE_MODULE_PATTERNS = [
  /NODE_MODULE_VERSION/,
  /was compiled against a different Node\.js version/,
  /was compiled against/,
  /Cannot find module .*better_sqlite3(\.node)?/,
  /Could not locate the bindings file/,
  /better_sqlite3\.node/,
  /invalid ELF header/,
  /is not a valid Win32 application/,
  /wrong ELF class/,
  /Module did not self-register/,
];

export function isNativeModuleError(err: unknown): boolean {
  const e = err as { message?: unknown; code?: unknown } | null;
  const message = typeof e?.message === 'string' ? e.message : String(err);
  if (e?.code === 'ERR_DLOPEN_FAILED') return true;
  return NATIVE_MODULE_PATTERNS.some((p) => p.test(message));
}

export const classifyOpenError = (err: unknown): OpenFailure => (isNativeModuleError(err) ? 'program-incomplete' : 'damaged');

/** The first line of a native loader's message, without the path of the build machine's folders. */
export function shortNativeReason(err: unknown): string {
  const message = String((err as Error)?.message ?? err).split('\n')[0] ?? '';
  return message.length > 300 ? `${message.slice(0, 300)}…` : message;
}
