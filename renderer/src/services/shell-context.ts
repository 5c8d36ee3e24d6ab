// What every screen inside the main window is told about the workspace it
// shows: who this workspace is, the institutions by code, and what it may
// change. The shell (shell/Shell.tsx) builds it once; screens receive it as a
// prop and import this type from here, never from the shell, so no screen
// depends on the window that shows it.
import type { PlanOverview, WorkspaceInfo } from '../../../shared/api/contract';
import type { Institution } from '../../../shared/model/reference';

export type ComponentEntry = PlanOverview['components'][number];

export interface ShellContext {
  readonly workspace: WorkspaceInfo;
  readonly institutions: ReadonlyMap<string, Institution>;
  canCreateIn(entry: ComponentEntry): boolean;
  canEdit(owner: string): boolean;
}
