// Picks the transport once at start: the preload bridge inside Electron, the
// loopback HTTP bridge otherwise. Everything else sees only the ApiClient.
import { createApiClient, type ApiClient } from '../../../shared/api/client';
import { electronBridge, type PlaniBridge } from './bridge';
import { ipcTransport } from './transport-ipc';
import { httpTransport, readToken } from './transport-http';

export interface Connection {
  readonly api: ApiClient;
  /** Present only in Electron; used to register the close-time flush. */
  readonly bridge: PlaniBridge | null;
}

export function connect(): Connection {
  const bridge = electronBridge();
  const transport = bridge ? ipcTransport(bridge) : httpTransport(readToken());
  return { api: createApiClient(transport), bridge };
}
