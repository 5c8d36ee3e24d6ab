// What every screen inside the main window is told about the workspace it
// shows: who this workspace is, the institutions by code, and what it may
// change. The shell (shell/Shell.tsx) builds it once; screens receive it as a
// prop and import this type from here, never from the shell, so no screen
// depends on the window that shows it.
import type { PlanOverview, WorkspaceInfo } from '../../../shared/api/contract';
import type { Institution } from '../../../shared/model/reference';
import type { Route } from '../lib/route';

export type ComponentEntry = PlanOverview['components'][number];

export interface ShellContext {
  readonly workspace: WorkspaceInfo;
  readonly institutions: ReadonlyMap<string, Institution>;
  canCreateIn(entry: ComponentEntry): boolean;
  canEdit(owner: string): boolean;
  /** Set while the workspace shows an earlier cycle: read-only, drafting goes on in `open`. */
  readonly earlierCycle: { readonly cycle: string; readonly open: string } | null;
  /** Makes `cycleId` the workspace's current cycle and reloads the window on it, at `then` (the plan's home otherwise). */
  changeCycle(cycleId: string, then?: Route): Promise<void>;
}
