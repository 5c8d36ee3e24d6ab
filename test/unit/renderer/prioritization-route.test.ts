// The prioritization screen's place in the URL (component, round, an idea
// opened in it) survives a reload, and a round's quality finding leads there.
import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref, type Route } from '../../../renderer/src/lib/route';
import { findingRoute } from '../../../renderer/src/quality/findings';

const ROUND = '0b7c8a3e-1d2f-4a5b-9c6d-7e8f9a0b1c2d';
const IDEA = '00000000-0000-4000-8000-000000000001';

describe('the prioritization route', () => {
  it('round-trips every level through the URL hash', () => {
    const routes: Route[] = [
      { view: 'prioritization' },
      { view: 'prioritization', component: 'anti-corruption' },
      { view: 'prioritization', component: 'anti-corruption', round: ROUND },
      { view: 'prioritization', component: 'anti-corruption', round: ROUND, idea: IDEA },
    ];
    for (const r of routes) expect(parseRoute(routeHref(r))).toEqual(r);
    expect(routeHref(routes[3]!)).toBe(`#/prioritization/anti-corruption/round/${ROUND}?idea=${IDEA}`);
    expect(parseRoute('#/prioritization/anti-corruption/round/not-a-uuid')).toEqual({ view: 'home' });
  });

  it('takes a round-weights finding to its round', () => {
    const finding = {
      checkId: 'round-weights',
      severity: 'warning' as const,
      target: { type: 'prioritization-round' as const, id: ROUND, commitmentId: null, componentCode: 'anti-corruption', field: 'criteria', lang: null },
      params: { sum: 90 },
    };
    expect(findingRoute(finding)).toEqual({ view: 'prioritization', component: 'anti-corruption', round: ROUND });
  });
});
