// The one entry point every transport uses (IPC, HTTP bridge, tests): check
// the method name, parse the untrusted input with the contract's schema,
// run the handler, and wrap whatever happens in the Result envelope.
import type { MethodName, MethodOutput, MethodParsedInput } from '../../../shared/api/contract';
import { AppError, issuesFromZod } from '../../../shared/api/errors';
import { fail, ok, type Result } from '../../../shared/api/result';

export type Handlers = {
  [M in MethodName]: (input: MethodParsedInput<M>) => Promise<MethodOutput<M>>;
};

/** What a transport (IPC, the HTTP bridge, the CLI) hands its calls to: dispatch() bound to one app's handlers. */
export interface ApiCaller {
  call(method: unknown, input: unknown): Promise<Result<unknown>>;
}

export interface DispatchOptions {
  /** Called with unexpected errors (not AppError) so they can be logged; the caller only sees 'internal'. */
  onUnexpected?: (method: string, err: unknown) => void;
  /** Check every output against the contract too (tests turn this on to keep handlers honest). */
  checkOutputs?: boolean;
}

// The contract's schemas are built at the first call, not when the program
// starts: a command that only reads the workspace (key show) never builds them.
let contractModule: Promise<typeof import('../../../shared/api/contract')> | undefined;
const loadContract = () => (contractModule ??= import('../../../shared/api/contract'));

export async function dispatch(handlers: Handlers, method: unknown, input: unknown, options: DispatchOptions = {}): Promise<Result<unknown>> {
  const { contract, isMethodName } = await loadContract();
  if (!isMethodName(method)) {
    return fail({ code: 'unknown-method', details: { params: { method: String(method).slice(0, 80) } } });
  }
  const parsed = contract[method].input.safeParse(input);
  if (!parsed.success) {
    return fail({ code: 'invalid-input', details: { issues: issuesFromZod(parsed.error) } });
  }
  try {
    const handler = handlers[method] as (i: unknown) => Promise<unknown>;
    const output = await handler(parsed.data);
    if (options.checkOutputs) contract[method].output.parse(output);
    return ok(output);
  } catch (err) {
    if (err instanceof AppError) return fail(err.toDto());
    options.onUnexpected?.(method, err);
    return fail({ code: 'internal' });
  }
}
