// Where the renderer finds the preload's bridge (shape: shared/api/bridge.ts).
import type { PlaniBridge } from '../../../shared/api/bridge';

export type { PlaniBridge };

declare global {
  interface Window {
    readonly plani?: PlaniBridge;
  }
}

/** The preload bridge when running inside Electron, otherwise null (browser mode). */
export function electronBridge(): PlaniBridge | null {
  const bridge = window.plani;
  if (bridge && bridge.runtime === 'electron' && typeof bridge.invoke === 'function') return bridge;
  return null;
}
