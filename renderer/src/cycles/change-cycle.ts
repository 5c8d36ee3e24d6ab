// Switching the workspace's current cycle from the window: what is typed is
// saved first, the service records the choice, the window reads its
// workspace and reference data again and goes to the place asked for.
import type { AppErrorDto } from '../../../shared/api/errors';
import type { ApiClient } from '../../../shared/api/client';
import type { Route } from '../lib/route';
import type { SaveQueue } from '../services/autosave/save-queue';

export async function changeCycle(
  deps: { api: ApiClient; saves: SaveQueue; reload: () => Promise<void>; navigate: (to: Route) => void; notify: (e: AppErrorDto) => void },
  cycleId: string,
  then: Route = { view: 'home' },
): Promise<void> {
  await deps.saves.flushAll();
  const result = await deps.api['cycle.select']({ id: cycleId });
  if (!result.ok) return deps.notify(result.error);
  await deps.reload();
  deps.navigate(then);
}
