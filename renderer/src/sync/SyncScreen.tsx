// The bundle and trust pages, for the shell to show by route: only those the
// workspace's role has (isSyncRoute); for any other the shell shows the plan
// overview.
import type { PlanOverview } from '../../../shared/api/contract';
import type { WorkspaceRole } from '../../../shared/model/reference';
import type { Route, StagedBundle } from '../lib/route';
import type { ShellContext } from '../services/shell-context';
import { BundleImport } from './BundleImport';
import { Bundles } from './Bundles';
import { Consolidation } from './Consolidation';
import { Feedback } from './Feedback';
import { KeyTrust } from './KeyTrust';
import { syncViewAllowed, type SyncView } from './nav';

export type SyncRoute = Extract<Route, { view: SyncView }>;

const SYNC_VIEWS: readonly string[] = ['bundles', 'bundle-import', 'consolidation', 'feedback', 'keys'] satisfies SyncView[];

/** A bundle or trust page that a workspace of this role has. */
export const isSyncRoute = (route: Route, role: WorkspaceRole): route is SyncRoute =>
  SYNC_VIEWS.includes(route.view) && syncViewAllowed(route.view as SyncView, role);

export interface SyncScreenProps {
  view: SyncView;
  /** A bundle staged by a drop on the window or the system's "open with": its import starts at once. */
  staged?: StagedBundle;
  overview: PlanOverview;
  ctx: ShellContext;
  /** An import changed the plan: the shell reloads its overview. */
  onPlanChanged(): void;
}

export function SyncScreen({ view, staged, overview, ctx, onPlanChanged }: SyncScreenProps) {
  if (!syncViewAllowed(view, ctx.workspace.role)) return null;
  switch (view) {
    case 'consolidation':
      return <Consolidation overview={overview} ctx={ctx} />;
    case 'bundle-import':
      return <BundleImport overview={overview} ctx={ctx} onApplied={onPlanChanged} staged={staged} />;
    case 'bundles':
      return <Bundles overview={overview} ctx={ctx} onApplied={onPlanChanged} staged={staged} />;
    case 'feedback':
      return <Feedback overview={overview} ctx={ctx} />;
    case 'keys':
      return <KeyTrust ctx={ctx} />;
  }
}
