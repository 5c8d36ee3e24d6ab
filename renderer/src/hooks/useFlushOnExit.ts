// Nothing typed may be lost when the window goes away. Browser mode: the page
// can only fire requests on its way out (keepalive). Electron: the main
// process asks the preload to run our flush and waits for it before closing.
import { useEffect } from 'react';
import type { PlaniBridge } from '../api/bridge';
import { flushRegistered } from '../services/autosave/exit-flush';
import type { SaveQueue } from '../services/autosave/save-queue';

export function useFlushOnExit(saves: SaveQueue, bridge: PlaniBridge | null): void {
  useEffect(() => {
    const urgent = () => {
      saves.flushUrgent();
      void flushRegistered();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') urgent();
    };
    window.addEventListener('pagehide', urgent);
    document.addEventListener('visibilitychange', onVisibility);
    bridge?.setFlushHandler(async () => {
      await Promise.all([saves.flushAll(), flushRegistered()]);
    });
    return () => {
      window.removeEventListener('pagehide', urgent);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [saves, bridge]);
}
