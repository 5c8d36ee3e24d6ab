// What a command needs from its surroundings: where to write, the
// environment, the chosen language, and one way to report a result, so that
// every command honours --json the same way and tests can capture it all.
import type { TFunction } from 'i18next';
import type { Lang } from '../../shared/model/primitives';

export interface TextSink {
  write(chunk: string): unknown;
  /** A terminal a person watches (process.stderr has it): worth a progress line. */
  isTTY?: boolean;
}

export interface CliIo {
  stdout: TextSink;
  stderr: TextSink;
  env: NodeJS.ProcessEnv;
  /** Ends a long-running command (serve) as SIGINT/SIGTERM would; tests use it. */
  signal?: AbortSignal;
}

export interface CommandContext {
  io: CliIo;
  t: TFunction;
  lang: Lang;
  json: boolean;
  workspaceDir: string;
  keyringDir: string;
  /** Human lines on stdout, or one JSON value with --json (nothing if none is given). */
  report(lines: string[], json?: unknown): void;
  /** Human lines on stderr (for when stdout carries data); silent with --json. */
  note(lines: string[]): void;
}

/** A refusal the CLI itself detects (not a service error); `code` is what --json shows. */
export class CliError extends Error {
  constructor(
    readonly code: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(code);
    this.name = 'CliError';
  }
}

/** Wrong use of the command line: exit code 2. */
export class UsageError extends Error {
  constructor(
    readonly key: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(key);
    this.name = 'UsageError';
  }
}

export const jsonLine = (value: unknown) => `${JSON.stringify(value)}\n`;
