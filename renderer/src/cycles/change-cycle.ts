// Switching the workspace's current cycle from the window: what is typed is
// saved first, the service records the choice, and the window reloads its
// workspace and reference data on the new cycle at the place asked for.
import type { AppErrorDto } from '../../../shared/api/errors';
import type { ApiClient } from '../../../shared/api/client';
import { routeHref, type Route } from '../lib/route';
import type { SaveQueue } from '../services/autosave/save-queue';

export async function changeCycle(
  deps: { api: ApiClient; saves: SaveQueue; reload: () => void; notify: (e: AppErrorDto) => void },
  cycleId: string,
  then: Route = { view: 'home' },
): Promise<void> {
  await deps.saves.flushAll();
  const result = await deps.api['cycle.select']({ id: cycleId });
  if (!result.ok) return deps.notify(result.error);
  window.history.replaceState(null, '', routeHref(then));
  deps.reload();
}
