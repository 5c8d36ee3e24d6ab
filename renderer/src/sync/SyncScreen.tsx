// The bundle and trust pages, for the shell to show by route (only those the
// workspace's role has; anything else falls back to the plan overview).
import type { PlanOverview } from '../../../shared/api/contract';
import type { Route } from '../lib/route';
import { BundleImport } from '../screens/BundleImport';
import { Bundles } from '../screens/Bundles';
import { Consolidation } from '../screens/Consolidation';
import { Feedback } from '../screens/Feedback';
import { KeyTrust } from '../screens/KeyTrust';
import { PlanHome } from '../screens/PlanHome';
import type { ShellContext } from '../screens/Shell';
import { syncViewAllowed, type SyncView } from './nav';

export type SyncRoute = Extract<Route, { view: SyncView }>;

const SYNC_VIEWS: readonly string[] = ['bundles', 'bundle-import', 'consolidation', 'feedback', 'keys'] satisfies SyncView[];

export const isSyncRoute = (route: Route): route is SyncRoute => SYNC_VIEWS.includes(route.view);

export interface SyncScreenProps {
  view: SyncView;
  overview: PlanOverview;
  ctx: ShellContext;
  /** An import changed the plan: the shell reloads its overview. */
  onPlanChanged(): void;
}

export function SyncScreen({ view, overview, ctx, onPlanChanged }: SyncScreenProps) {
  if (!syncViewAllowed(view, ctx.workspace.role)) return <PlanHome overview={overview} ctx={ctx} />;
  switch (view) {
    case 'consolidation':
      return <Consolidation overview={overview} ctx={ctx} />;
    case 'bundle-import':
      return <BundleImport overview={overview} ctx={ctx} onApplied={onPlanChanged} />;
    case 'bundles':
      return <Bundles overview={overview} ctx={ctx} onApplied={onPlanChanged} />;
    case 'feedback':
      return <Feedback overview={overview} ctx={ctx} />;
    case 'keys':
      return <KeyTrust ctx={ctx} />;
  }
}
