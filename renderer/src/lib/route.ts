// Where the person is, kept in the URL hash so a reload (or Electron's
// reload) returns to the same component and commitment.
import { parseStagedBundleQuery, type StagedBundle, stagedBundleQuery } from '../../../shared/route/staged-bundle';

export type { StagedBundle };
export type Route =
  | { readonly view: 'home' }
  /** The plan-wide quality checks and completeness. */
  | { readonly view: 'quality' }
  /** Print / Export PDF (renderer/src/print/Print.tsx). */
  | { readonly view: 'print' }
  /** The plan's front matter, written by the POC (renderer/src/front-matter). */
  | { readonly view: 'front-matter' }
  /** The POC's feedback follow-up: open, overdue and resolved items per institution (renderer/src/feedback). */
  | { readonly view: 'poc-feedback' }
  /** The reference data, edited by the POC, read by an institution (renderer/src/reference). */
  | { readonly view: 'reference' }
  /** The database's backups and restoring one (renderer/src/backups). */
  | { readonly view: 'backups' }
  /** Bundles and trust (renderer/src/sync): an LFP's export and feedback import, the POC's import and consolidated plan, keys. */
  | {
      readonly view: 'bundles' | 'bundle-import' | 'consolidation' | 'feedback' | 'keys';
      /**
       * A bundle already handed to the service (dropped on the window, opened
       * by double-click or given at launch), whose check starts at once on the
       * import screen ('bundle-import' for the POC, 'bundles' for an LFP).
       */
      readonly staged?: StagedBundle;
    }
  /**
   * The prioritization exercise (renderer/src/prioritization): a component's
   * rounds, one round open, and in it an idea to decide.
   */
  | { readonly view: 'prioritization'; readonly component?: string; readonly round?: string; readonly idea?: string }
  | { readonly view: 'component'; readonly component: string }
  /**
   * Consultation events and comments (renderer/src/consultation): one event
   * open, or the table of every comment, or the reports with one report open.
   */
  | { readonly view: 'consultation'; readonly event?: string; readonly tab?: 'comments' | 'reports'; readonly report?: string; readonly focus?: string }
  /** The process calendar (renderer/src/calendar): timeline or table, with one item open and a field to focus in it. */
  | { readonly view: 'calendar'; readonly item?: string; readonly focus?: string }
  /** The ideas register (renderer/src/ideas), with one idea open and a field to focus in it. */
  | { readonly view: 'ideas'; readonly idea?: string; readonly focus?: string }
  | {
      readonly view: 'commitment';
      readonly component: string;
      readonly commitment: string;
      /** A field to focus when the editor opens (see field-key.ts), e.g. from a quality finding or a search hit. */
      readonly focus?: string;
    };

const QUALITY = '#/quality';
const PRINT = '#/print';
const FRONT_MATTER = '#/front-matter';
const POC_FEEDBACK = '#/poc-feedback';
const REFERENCE = '#/reference';
const BACKUPS = '#/backups';
const SYNC_VIEWS = {
  bundles: '#/bundles',
  'bundle-import': '#/import',
  consolidation: '#/consolidated',
  feedback: '#/feedback',
  keys: '#/keys',
} as const;
type SyncView = keyof typeof SYNC_VIEWS;
const COMPONENT = /^#\/component\/([a-z0-9-]+)$/;
const CALENDAR = /^#\/calendar(?:\/([0-9a-f-]{36})(?:\?focus=([^&]+))?)?$/i;
const IDEAS = /^#\/ideas(?:\/([0-9a-f-]{36})(?:\?focus=([^&]+))?)?$/i;
const CONSULTATION = /^#\/consultation(?:\/(comments|reports|[0-9a-f-]{36})(?:\?focus=([^&]+))?)?$/i;
const REPORT = /^#\/consultation\/report\/([0-9a-f-]{36})(?:\?focus=([^&]+))?$/i;
const PRIORITIZATION = /^#\/prioritization(?:\/([a-z0-9-]+)(?:\/round\/([0-9a-f-]{36})(?:\?idea=([0-9a-f-]{36}))?)?)?$/i;
const COMMITMENT = /^#\/component\/([a-z0-9-]+)\/commitment\/([0-9a-f-]{36})(?:\?focus=([^&]+))?$/i;

export function parseRoute(hash: string): Route {
  const c = COMMITMENT.exec(hash);
  if (c) {
    const route = { view: 'commitment' as const, component: c[1]!, commitment: c[2]! };
    return c[3] ? { ...route, focus: decodeURIComponent(c[3]) } : route;
  }
  const i = IDEAS.exec(hash);
  if (i) return { view: 'ideas', ...(i[1] ? { idea: i[1] } : {}), ...(i[1] && i[2] ? { focus: decodeURIComponent(i[2]) } : {}) };
  const r = REPORT.exec(hash);
  if (r) return { view: 'consultation', tab: 'reports', report: r[1]!, ...(r[2] ? { focus: decodeURIComponent(r[2]) } : {}) };
  const cal = CALENDAR.exec(hash);
  if (cal) return { view: 'calendar', ...(cal[1] ? { item: cal[1] } : {}), ...(cal[1] && cal[2] ? { focus: decodeURIComponent(cal[2]) } : {}) };
  const k = CONSULTATION.exec(hash);
  if (k) {
    if (k[1] === 'comments' || k[1] === 'reports') return { view: 'consultation', tab: k[1] };
    return { view: 'consultation', ...(k[1] ? { event: k[1] } : {}), ...(k[1] && k[2] ? { focus: decodeURIComponent(k[2]) } : {}) };
  }
  const m = COMPONENT.exec(hash);
  if (m) return { view: 'component', component: m[1]! };
  const p = PRIORITIZATION.exec(hash);
  if (p) return { view: 'prioritization', ...(p[1] ? { component: p[1] } : {}), ...(p[2] ? { round: p[2] } : {}), ...(p[3] ? { idea: p[3] } : {}) };
  if (hash === QUALITY) return { view: 'quality' };
  if (hash === PRINT) return { view: 'print' };
  if (hash === FRONT_MATTER) return { view: 'front-matter' };
  if (hash === POC_FEEDBACK) return { view: 'poc-feedback' };
  if (hash === REFERENCE) return { view: 'reference' };
  if (hash === BACKUPS) return { view: 'backups' };
  const [path = '', query = ''] = hash.split(/(?=\?)/, 2);
  const sync = (Object.keys(SYNC_VIEWS) as SyncView[]).find((v) => SYNC_VIEWS[v] === path);
  if (sync) {
    const staged = sync === 'bundle-import' || sync === 'bundles' ? parseStagedBundleQuery(query) : undefined;
    if (query === '' || staged) return staged ? { view: sync, staged } : { view: sync };
  }
  return { view: 'home' };
}

/** The record a route holds open for editing, if any: the one whose unsaved values leaving would strand. */
export interface OpenRecord {
  readonly kind: 'commitment' | 'idea' | 'consultation-event' | 'consultation-report' | 'calendar-item';
  readonly id: string;
}

export function openRecord(route: Route): OpenRecord | null {
  if (route.view === 'commitment') return { kind: 'commitment', id: route.commitment };
  if (route.view === 'ideas' && route.idea) return { kind: 'idea', id: route.idea };
  // Deciding an idea: its reasoned response is saved with the decision, and kept until then.
  if (route.view === 'prioritization' && route.idea) return { kind: 'idea', id: route.idea };
  if (route.view === 'consultation' && route.event) return { kind: 'consultation-event', id: route.event };
  if (route.view === 'consultation' && route.report) return { kind: 'consultation-report', id: route.report };
  if (route.view === 'calendar' && route.item) return { kind: 'calendar-item', id: route.item };
  return null;
}

export function routeHref(route: Route): string {
  switch (route.view) {
    case 'home':
      return '#/';
    case 'quality':
      return QUALITY;
    case 'print':
      return PRINT;
    case 'front-matter':
      return FRONT_MATTER;
    case 'poc-feedback':
      return POC_FEEDBACK;
    case 'reference':
      return REFERENCE;
    case 'backups':
      return BACKUPS;
    case 'bundles':
    case 'bundle-import':
    case 'consolidation':
    case 'feedback':
    case 'keys':
      return route.staged
        ? `${SYNC_VIEWS[route.view]}${stagedBundleQuery(route.staged)}`
        : SYNC_VIEWS[route.view];
    case 'prioritization': {
      if (!route.component) return '#/prioritization';
      const base = `#/prioritization/${route.component}`;
      if (!route.round) return base;
      return `${base}/round/${route.round}${route.idea ? `?idea=${route.idea}` : ''}`;
    }
    case 'component':
      return `#/component/${route.component}`;
    case 'consultation': {
      if (route.tab === 'comments') return '#/consultation/comments';
      if (route.report) {
        const report = `#/consultation/report/${route.report}`;
        return route.focus ? `${report}?focus=${encodeURIComponent(route.focus)}` : report;
      }
      if (route.tab === 'reports') return '#/consultation/reports';
      if (!route.event) return '#/consultation';
      const base = `#/consultation/${route.event}`;
      return route.focus ? `${base}?focus=${encodeURIComponent(route.focus)}` : base;
    }
    case 'calendar': {
      if (!route.item) return '#/calendar';
      const base = `#/calendar/${route.item}`;
      return route.focus ? `${base}?focus=${encodeURIComponent(route.focus)}` : base;
    }
    case 'ideas': {
      if (!route.idea) return '#/ideas';
      const base = `#/ideas/${route.idea}`;
      return route.focus ? `${base}?focus=${encodeURIComponent(route.focus)}` : base;
    }
    case 'commitment': {
      const base = `#/component/${route.component}/commitment/${route.commitment}`;
      return route.focus ? `${base}?focus=${encodeURIComponent(route.focus)}` : base;
    }
  }
}
