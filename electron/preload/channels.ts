// IPC channel names shared by the preload and the main process. API calls use
// one channel per contract method ('api:' + name) so a method can never be
// reached through a channel that skipped the sender check.
import type { MethodName } from '../../shared/api/contract';

export const API_CHANNEL_PREFIX = 'api:';
export const apiChannel = (method: MethodName): string => `${API_CHANNEL_PREFIX}${method}`;

/** Main → renderer: "save what you have, the window is closing". */
export const FLUSH_REQUEST_CHANNEL = 'app:flush-request';
/** Renderer → main: "saved". */
export const FLUSH_DONE_CHANNEL = 'app:flush-done';
