// The first screen's overview, asked for early: taken once, and only for the cycle it was asked for.
import { describe, expect, it } from 'vitest';
import { prefetchOverview, takePrefetchedOverview } from '../../../renderer/src/services/first-overview';

type Api = Parameters<typeof prefetchOverview>[0];

function fakeApi(): { api: Api; asked: string[] } {
  const asked: string[] = [];
  const api = {
    'plan.overview': (input: { cycleId: string }) => {
      asked.push(input.cycleId);
      return Promise.resolve({ ok: true as const, value: { cycleId: input.cycleId } });
    },
  } as unknown as Api;
  return { api, asked };
}

describe('first overview', () => {
  it('is asked for once and handed over once', async () => {
    const { api, asked } = fakeApi();
    prefetchOverview(api, 'ogp-2024');
    const taken = takePrefetchedOverview('ogp-2024');
    expect(taken).not.toBeNull();
    expect(await taken).toEqual({ ok: true, value: { cycleId: 'ogp-2024' } });
    expect(takePrefetchedOverview('ogp-2024')).toBeNull();
    expect(asked).toEqual(['ogp-2024']);
  });

  it('is not handed over for another cycle, and is then gone', () => {
    const { api } = fakeApi();
    prefetchOverview(api, 'ogp-2024');
    expect(takePrefetchedOverview('ogp-2026')).toBeNull();
    expect(takePrefetchedOverview('ogp-2024')).toBeNull();
  });
});
