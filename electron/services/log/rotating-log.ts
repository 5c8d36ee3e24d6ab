// The log file: <workspace>/logs/plani.log, one JSON object a line, at most
// `maxBytes` a file and `files` files (plani.log, plani.log.1 … .4: the
// oldest dropped when the current one is full). Written synchronously, a line
// at a time, so the last lines before a crash are there; every value goes
// through redact() first. A log that cannot be written never stops the app.
import { appendFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PRIVATE_DIR_MODE, PRIVATE_FILE_MODE, restrictMode } from '../security/private-files';
import { redact, redactError } from './redact';

export const LOGS_DIR = 'logs';
export const LOG_FILE = 'plani.log';
export const LOG_MAX_BYTES = 1024 * 1024;
export const LOG_FILES = 5;

export type LogLevel = 'info' | 'warn' | 'error';

export interface AppLog {
  /** The current log file (what Help → Log folder shows). */
  readonly file: string;
  /** One event: a code ("api.unexpected", "renderer.gone") and data that is redacted before it is written. */
  write(level: LogLevel, code: string, data?: Record<string, unknown>, err?: unknown): void;
}

export interface LogOptions {
  dir: string;
  maxBytes?: number;
  files?: number;
  clock?: () => Date;
}

export const logsDir = (workspaceDir: string) => join(workspaceDir, LOGS_DIR);

/** Moves plani.log → .1 → .2 …, dropping the oldest, so plani.log starts empty. */
export function rotate(file: string, files: number): void {
  rmSync(`${file}.${files - 1}`, { force: true });
  for (let n = files - 2; n >= 1; n--) if (existsSync(`${file}.${n}`)) renameSync(`${file}.${n}`, `${file}.${n + 1}`);
  if (existsSync(file)) renameSync(file, files > 1 ? `${file}.1` : `${file}.old`);
  if (files <= 1) rmSync(`${file}.old`, { force: true });
}

export function createLog(opts: LogOptions): AppLog {
  const file = join(opts.dir, LOG_FILE);
  const maxBytes = opts.maxBytes ?? LOG_MAX_BYTES;
  const files = opts.files ?? LOG_FILES;
  const clock = opts.clock ?? (() => new Date());
  let size: number | null = null;
  return {
    file,
    write(level, code, data = {}, err) {
      try {
        const entry: Record<string, unknown> = { t: clock().toISOString(), level, code: /^[a-z][a-z0-9.-]{0,63}$/.test(code) ? code : '<bad-code>', data: redact(data) };
        if (err !== undefined) entry.error = redactError(err);
        const line = `${JSON.stringify(entry)}\n`;
        const bytes = Buffer.byteLength(line);
        if (size === null) {
          mkdirSync(opts.dir, { recursive: true, mode: PRIVATE_DIR_MODE });
          restrictMode(opts.dir, PRIVATE_DIR_MODE);
          size = existsSync(file) ? statSync(file).size : 0;
        }
        if (size > 0 && size + bytes > maxBytes) {
          rotate(file, files);
          size = 0;
        }
        appendFileSync(file, line, { mode: PRIVATE_FILE_MODE });
        size += bytes;
      } catch {
        // A full disk or a read-only folder: the app goes on without its log.
        size = null;
      }
    },
  };
}

/** A log that writes nothing (the CLI, tests that do not look at it). */
export const NO_LOG: AppLog = { file: '', write: () => undefined };
