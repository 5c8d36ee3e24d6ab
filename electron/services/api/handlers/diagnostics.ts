// The window's uncaught errors, into the log file (log/rotating-log.ts).
import type { PlaniContext } from '../context';
import type { Handlers } from '../dispatch';

export function diagnosticsHandlers(ctx: PlaniContext): Pick<Handlers, 'diagnostics.reportError'> {
  return {
    'diagnostics.reportError': async ({ source, name, message, stack, route }) => {
      // Rebuilt as an Error so redaction keeps its class and frames and drops its message.
      const err = Object.assign(new Error(message), { name });
      err.stack = stack;
      // The route's ids stay; its free parts (a focus path) are only measured.
      const view = /^#\/([a-z-]+)/.exec(route)?.[1] ?? 'home';
      ctx.log.write('error', 'renderer.error', { source, view }, err);
      return {};
    },
  };
}
