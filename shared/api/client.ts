// The renderer's API object, made by one loop over the contract: each method
// sends its input through a transport (Electron IPC or loopback HTTP) and
// returns the Result envelope. Nothing here knows which transport it is.
import { METHOD_NAMES, type MethodInput, type MethodName, type MethodOutput } from './contract';
import type { Result } from './result';

export type Transport = (method: MethodName, input: unknown) => Promise<Result<unknown>>;

export type ApiClient = {
  [M in MethodName]: (input: MethodInput<M>) => Promise<Result<MethodOutput<M>>>;
};

export function createApiClient(transport: Transport): ApiClient {
  const client: Record<string, (input: unknown) => Promise<Result<unknown>>> = {};
  for (const name of METHOD_NAMES) {
    client[name] = (input: unknown) =>
      transport(name, input ?? {}).catch(() => ({ ok: false as const, error: { code: 'internal' as const } }));
  }
  return Object.freeze(client) as unknown as ApiClient;
}
