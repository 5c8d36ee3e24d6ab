// The screens the first one does not need, each in a chunk of its own: the
// plan's home page shows without first loading the editor, the print
// screen, the idea register and the rest. Once the first screen is up they
// are fetched while the browser is idle, so opening one later does not wait.
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

const loaders: (() => Promise<unknown>)[] = [];

function lazyNamed<M extends Record<K, ComponentType<any>>, K extends keyof M & string>(load: () => Promise<M>, name: K): LazyExoticComponent<M[K]> {
  loaders.push(load);
  return lazy(async () => ({ default: (await load())[name] }));
}

export const CommitmentEditor = lazyNamed(() => import('../editor/CommitmentEditor'), 'CommitmentEditor');
export const PlanQuality = lazyNamed(() => import('../quality/PlanQuality'), 'PlanQuality');
export const PrioritizationScreen = lazyNamed(() => import('../prioritization/PrioritizationScreen'), 'PrioritizationScreen');
export const Print = lazyNamed(() => import('../print/Print'), 'Print');
export const FrontMatterScreen = lazyNamed(() => import('../front-matter/FrontMatterScreen'), 'FrontMatterScreen');
export const IdeasRegister = lazyNamed(() => import('../ideas/IdeasRegister'), 'IdeasRegister');
export const ConsultationScreen = lazyNamed(() => import('../consultation/ConsultationScreen'), 'ConsultationScreen');
export const CalendarScreen = lazyNamed(() => import('../calendar/CalendarScreen'), 'CalendarScreen');
export const ReferenceScreen = lazyNamed(() => import('../reference/ReferenceScreen'), 'ReferenceScreen');
export const FeedbackOverviewScreen = lazyNamed(() => import('../feedback/FeedbackOverview'), 'FeedbackOverviewScreen');
export const FeedbackPanel = lazyNamed(() => import('../feedback/FeedbackPanel'), 'FeedbackPanel');
export const BackupsScreen = lazyNamed(() => import('../backups/BackupsScreen'), 'BackupsScreen');

/** Fetches every screen's chunk when the browser is next idle; the returned function cancels. */
export function preloadScreens(): () => void {
  const start = () => {
    for (const load of loaders) void load().catch(() => {});
  };
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(start, { timeout: 3000 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(start, 500);
  return () => clearTimeout(handle);
}
