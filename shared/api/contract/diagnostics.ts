// What the window reports about itself for the log file
// (electron/services/api/handlers/diagnostics.ts): an uncaught error or an
// unhandled rejection. Only its class, its length and its stack frames are
// written (electron/services/log/redact.ts), never its text.
import { z } from 'zod';
import { method } from './method';

export const diagnosticsMethods = {
  'diagnostics.reportError': method(
    z.strictObject({
      source: z.enum(['error', 'unhandledrejection', 'render']),
      name: z.string().max(200),
      message: z.string().max(4000),
      stack: z.string().max(16000),
      /** The screen's route (#/…), ids only. */
      route: z.string().max(300),
    }),
    z.strictObject({}),
  ),
} as const;
