// The one way a command reaches a workspace: through the same application
// object the desktop window and browser mode use (createPlani), so every
// change goes through the one dispatcher and the contract's input schemas,
// and the workspace is closed however the command ends.
import { AppError } from '../../shared/api/errors';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/api/contract';
import { createPlani, type PlaniOptions } from '../services/app';
import type { Workspace } from '../services/workspace/workspace';
import type { CommandContext } from './io';

export interface CliSession {
  /** The open workspace, for what only reads. */
  workspace(): Promise<Workspace>;
  /** A contract method through dispatch(); a refusal is thrown, as the service threw it, for the CLI's error report. */
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
}

export interface SessionOptions {
  /** init: there is no workspace to open yet; workspace.init makes it. */
  create?: boolean;
  /** false: the command reaches a workspace that may not open (backup list and restore repair a damaged one). */
  openFirst?: boolean;
  deliverRotation?: PlaniOptions['deliverRotation'];
}

export async function withWorkspace<T>(ctx: CommandContext, fn: (session: CliSession) => Promise<T>, opts: SessionOptions = {}): Promise<T> {
  // dispatch() answers 'internal' for anything that is not an AppError; the
  // CLI reports the error itself (and its stack under PLANI_DEBUG).
  let unexpected: { err: unknown } | null = null;
  const plani = createPlani({
    mode: 'cli',
    workspaceDir: ctx.workspaceDir,
    keyringDir: ctx.keyringDir,
    deliverRotation: opts.deliverRotation,
    // A key sealed with a passphrase opens with PLANI_KEY_PASSPHRASE (never a command-line argument: it would show in the process list).
    keyAccess: { passphrase: () => ctx.io.env.PLANI_KEY_PASSPHRASE || undefined },
    onUnexpected: (_method, err) => {
      unexpected = { err };
    },
  });
  const session: CliSession = {
    workspace: () => plani.context.workspace(),
    async call(method, input) {
      unexpected = null;
      const result = await plani.call(method, input);
      if (result.ok) return result.value as MethodOutput<typeof method>;
      const thrown = unexpected as { err: unknown } | null;
      if (result.error.code === 'internal' && thrown) throw thrown.err;
      throw new AppError(result.error.code, result.error.details);
    },
  };
  try {
    // Opened first, as every command always has: no workspace is said before anything about the input.
    if (!opts.create && opts.openFirst !== false) await session.workspace();
    return await fn(session);
  } finally {
    await plani.close();
  }
}

/** A file as the contract carries it (the same form the renderer uploads in). */
export const uploadOf = (name: string, bytes: Buffer) => ({ name: name.slice(-255), dataBase64: bytes.toString('base64') });
