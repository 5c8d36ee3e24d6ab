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

/** What the process's own streams offer; tests hand in sockets of real pipes. */
export interface OutputStream {
  write(chunk: string, callback?: (err?: Error | null) => void): boolean;
  on(event: 'error', listener: (err: Error) => void): unknown;
  readonly destroyed?: boolean;
  readonly writableEnded?: boolean;
  readonly isTTY?: boolean;
}

// The reader went away (`| head -1`, a closed terminal): it chose to stop
// reading, which says nothing about whether the command succeeded.
const CLOSED_READER = new Set(['EPIPE', 'ECONNRESET', 'EOF', 'ERR_STREAM_DESTROYED', 'ERR_STREAM_WRITE_AFTER_END']);
export const isClosedReader = (err: unknown) => CLOSED_READER.has((err as NodeJS.ErrnoException | undefined)?.code ?? '');

/**
 * A sink over one of the process's streams that never lets a write error end
 * the run: an unhandled 'error' on stdout would otherwise kill the process
 * with a stack trace and exit code 1 ("refused") after the command has
 * already done its work. After the first error every later write is dropped.
 * `onFailure` hears errors other than a closed reader (a full disk under
 * `> file`), once, so the caller can say the output is incomplete.
 */
export function guardedSink(stream: OutputStream, onFailure?: (err: NodeJS.ErrnoException) => void): TextSink {
  let broken = false;
  const fail = (err: unknown) => {
    if (broken) return;
    broken = true;
    if (!isClosedReader(err)) onFailure?.(err as NodeJS.ErrnoException);
  };
  stream.on('error', fail);
  return {
    get isTTY() {
      return stream.isTTY;
    },
    write(chunk: string) {
      if (broken || stream.destroyed || stream.writableEnded) return false;
      try {
        return stream.write(chunk, (err) => {
          if (err) fail(err);
        });
      } catch (err) {
        fail(err);
        return false;
      }
    },
  };
}
