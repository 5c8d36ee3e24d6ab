// Which record a place in the app holds open: the shell asks before leaving
// it when it holds values that could not be saved, whatever kind it is.
import { describe, expect, it } from 'vitest';
import { openRecord, parseRoute, routeHref, type Route } from '../../../renderer/src/lib/route';

const ID = '00000000-0000-4000-8000-000000000001';

describe('openRecord', () => {
  it('names the commitment or the idea a route holds open', () => {
    expect(openRecord({ view: 'commitment', component: 'anti-corruption', commitment: ID, focus: 'title' })).toEqual({ kind: 'commitment', id: ID });
    expect(openRecord({ view: 'ideas', idea: ID })).toEqual({ kind: 'idea', id: ID });
    // Deciding an idea in a round: its reasoned response waits for "Save decision".
    expect(openRecord({ view: 'prioritization', component: 'anti-corruption', round: ID, idea: ID })).toEqual({ kind: 'idea', id: ID });
  });

  it('holds nothing open on a list or an overview', () => {
    expect(openRecord({ view: 'ideas' })).toBeNull();
    expect(openRecord({ view: 'component', component: 'anti-corruption' })).toBeNull();
    expect(openRecord({ view: 'prioritization', component: 'anti-corruption', round: ID })).toBeNull();
    expect(openRecord({ view: 'home' })).toBeNull();
    expect(openRecord({ view: 'consultation', tab: 'reports' })).toBeNull();
  });

  it('holds a consultation report open, and its address reads back the same', () => {
    const open: Route = { view: 'consultation', tab: 'reports', report: ID, focus: `consultation-report:${ID}:purpose:sq` };
    expect(openRecord(open)).toEqual({ kind: 'consultation-report', id: ID });
    expect(routeHref(open)).toBe(`#/consultation/report/${ID}?focus=${encodeURIComponent(`consultation-report:${ID}:purpose:sq`)}`);
    expect(parseRoute(routeHref(open))).toEqual(open);
    expect(parseRoute('#/consultation/reports')).toEqual({ view: 'consultation', tab: 'reports' });
    expect(routeHref({ view: 'consultation', tab: 'reports' })).toBe('#/consultation/reports');
    expect(parseRoute(`#/consultation/report/${ID}`)).toEqual({ view: 'consultation', tab: 'reports', report: ID });
  });
});
