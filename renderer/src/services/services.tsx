// What every screen needs from outside React: the API client and the
// autosave queue and the plan-changed signal, created once at start and
// handed down by context.
import { createContext, useContext } from 'react';
import type { ApiClient } from '../../../shared/api/client';
import type { SaveQueue } from './autosave/save-queue';
import type { PlanChanges } from './plan-changes';

export interface Services {
  readonly api: ApiClient;
  readonly saves: SaveQueue;
  readonly planChanges: PlanChanges;
}

const ServicesContext = createContext<Services | null>(null);
export const ServicesProvider = ServicesContext.Provider;

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices outside <ServicesProvider>');
  return services;
}
