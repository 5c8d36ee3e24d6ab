import type { Transport } from '../../../shared/api/client';
import type { PlaniBridge } from './bridge';

export function ipcTransport(bridge: PlaniBridge): Transport {
  return (method, input) => bridge.invoke(method, input);
}
