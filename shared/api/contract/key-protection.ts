// How this workspace's private keys are sealed (electron/services/api/handlers/key-protection.ts):
// the keyring file outside the workspace (CLI, browser mode), a passphrase
// (PLANI_KEY_PASSPHRASE, for a workspace that moves between computers), or
// the OS's safe storage (the desktop app: DPAPI on Windows).
import { z } from 'zod';
import { method } from './method';

export const KEY_PROTECTIONS = ['keyring', 'passphrase', 'safe-storage'] as const;

export const keyProtectionMethods = {
  /** Moves every private key of the workspace to `to`; each is checked to open again before the one transaction that writes them. */
  'key.protect': method(z.strictObject({ to: z.enum(KEY_PROTECTIONS) }), z.strictObject({ scheme: z.string(), moved: z.number().int().nonnegative() })),
} as const;
