// An API client for the editing layer's tests: every call is recorded and
// answered as the service answers a save (the record's next revision), or
// with an empty list of kept values; the calls go nowhere else.
import type { ApiClient } from '../../../shared/api/client';

export type RecordedCall = { method: string; input: Record<string, unknown> };

export function recordingApi(updatedAt = '2021-01-01T00:00:00.000Z'): { api: ApiClient; calls: RecordedCall[] } {
  const calls: RecordedCall[] = [];
  const api = new Proxy(
    {},
    {
      get: (_, method: string) => async (input: Record<string, unknown>) => {
        calls.push({ method, input });
        return { ok: true, value: method === 'unsaved.list' ? { values: [] } : { id: input.id, rev: 2, updatedAt } };
      },
    },
  ) as ApiClient;
  return { api, calls };
}
