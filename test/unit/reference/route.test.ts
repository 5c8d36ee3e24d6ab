import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref } from '../../../renderer/src/lib/route';

describe('the reference-data route', () => {
  it('lives at #/reference and survives a reload', () => {
    expect(parseRoute('#/reference')).toEqual({ view: 'reference' });
    expect(routeHref({ view: 'reference' })).toBe('#/reference');
    expect(parseRoute('#/reference/x')).toEqual({ view: 'home' });
  });
});
