// The window's uncaught errors and unhandled rejections, sent to the log file
// through the contract (diagnostics.reportError); the Node side keeps only
// their class and stack frames. At most a few a minute, so a loop that throws
// cannot flood the log; a report that fails is dropped.
import type { ApiClient } from '../../../shared/api/client';

const MAX_PER_MINUTE = 10;

export function installCrashReports(api: ApiClient, target: Window = window): () => void {
  let sent: number[] = [];
  const send = (source: 'error' | 'unhandledrejection', reason: unknown) => {
    const now = Date.now();
    sent = sent.filter((t) => now - t < 60_000);
    if (sent.length >= MAX_PER_MINUTE) return;
    sent.push(now);
    const err = reason instanceof Error ? reason : new Error(String(reason));
    void api['diagnostics.reportError']({
      source,
      name: err.name.slice(0, 200),
      message: err.message.slice(0, 4000),
      stack: (err.stack ?? '').slice(0, 16000),
      route: target.location.hash.slice(0, 300),
    }).catch(() => undefined);
  };
  const onError = (e: ErrorEvent) => send('error', e.error ?? e.message);
  const onRejection = (e: PromiseRejectionEvent) => send('unhandledrejection', e.reason);
  target.addEventListener('error', onError);
  target.addEventListener('unhandledrejection', onRejection);
  return () => {
    target.removeEventListener('error', onError);
    target.removeEventListener('unhandledrejection', onRejection);
  };
}
