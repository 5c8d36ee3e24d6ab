// Pure helpers over the final print's obstacles (print.readiness): where each
// one's link goes, as the quality page's "go to the field" links do, and how
// many the screen lists before it points to the quality page for the rest.
import type { PrintObstacle } from '../../../shared/quality/print-readiness';
import { fieldKey } from '../lib/field-key';
import type { Route } from '../lib/route';

/** Beyond this many, the list stops and links to the quality page (a plan far from ready can have hundreds). */
export const SHOWN_OBSTACLES = 100;

/**
 * The commitment an obstacle is about, focused on its field when it names
 * one; the component for what concerns a component as a whole (an idea, a
 * consultation); null for what concerns the whole plan.
 */
export function obstacleRoute(o: PrintObstacle): Route | null {
  switch (o.kind) {
    case 'returned':
    case 'undecided':
      return { view: 'commitment', component: o.commitment.componentCode, commitment: o.commitment.id };
    case 'blocking-finding': {
      if (o.commitment) {
        const route = { view: 'commitment', component: o.commitment.componentCode, commitment: o.commitment.id } as const;
        return o.field ? { ...route, focus: fieldKey(o.field) } : route;
      }
      return o.target.componentCode ? { view: 'component', component: o.target.componentCode } : null;
    }
    case 'no-commitments':
      return o.component ? { view: 'component', component: o.component } : null;
  }
}

/** A stable React key for an obstacle (a finding's check, record, field and language make it unique). */
export function obstacleKey(o: PrintObstacle, index: number): string {
  switch (o.kind) {
    case 'returned':
    case 'undecided':
      return `${o.kind}:${o.commitment.id}`;
    case 'blocking-finding':
      return `f:${o.checkId}:${o.target.type}:${o.target.id ?? '-'}:${o.target.field ?? '-'}:${o.target.lang ?? '-'}:${index}`;
    case 'no-commitments':
      return 'none';
  }
}
