// ogp-drafter serve: browser mode. The same services as the desktop app,
// behind the loopback bridge (127.0.0.1, a per-start token), until SIGINT or
// SIGTERM; then the bridge stops accepting requests and the database closes.
import { createPlani } from '../../services/app';
import { createLog, logsDir } from '../../services/log/rotating-log';
import { LOOPBACK_HOST, startWebBridge } from '../../web';
import { workspaceAttachments } from '../../web/downloads';
import { type CommandContext, CliError } from '../io';
import { findRendererDir, rendererCandidates } from '../renderer-dir';

function untilStopped(signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      signal?.removeEventListener('abort', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    if (signal?.aborted) stop();
    else signal?.addEventListener('abort', stop);
  });
}

export async function runServe(ctx: CommandContext, opts: { port: number | undefined }): Promise<void> {
  const rendererDir = findRendererDir(ctx.io.env);
  if (!rendererDir) throw new CliError('renderer-missing', { path: rendererCandidates(ctx.io.env)[0]! });
  const plani = createPlani({ mode: 'browser', workspaceDir: ctx.workspaceDir, keyringDir: ctx.keyringDir, autoBackup: true, log: createLog({ dir: logsDir(ctx.workspaceDir) }) });
  let bridge;
  try {
    bridge = await startWebBridge({ plani, rendererDir, port: opts.port, host: LOOPBACK_HOST, attachments: workspaceAttachments(plani) });
  } catch (err) {
    await plani.close();
    if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new CliError('port-in-use', { port: opts.port ?? 0 });
    throw err;
  }
  const { t } = ctx;
  // Set by `npm start` when it fell back to browser mode, so the reason is said in the user's language.
  if (ctx.io.env.PLANI_ELECTRON_MISSING === '1') ctx.note([t('cli.serve.electronMissing')]);
  ctx.report([t('cli.serve.listening', { url: bridge.url }), t('cli.serve.stop')], { url: bridge.url, port: bridge.port });
  await untilStopped(ctx.io.signal);
  try {
    await bridge.close();
  } finally {
    await plani.close();
  }
  ctx.report([t('cli.serve.stopped')]);
}

