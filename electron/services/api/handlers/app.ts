// Workspace identity, preferences and reference data.
import { SEED_REFERENCE } from '../../../../shared/reference/seed';
import { protectorFor } from '../../keys/protection';
import { readReference } from '../../reference/reference-store';
import { readPreferences, writePreferences } from '../../workspace/preferences';
import type { PlaniContext } from '../context';
import type { Handlers } from '../dispatch';

type AppMethods = 'app.info' | 'preferences.get' | 'preferences.set' | 'reference.get' | 'workspace.init';

export function appHandlers(ctx: PlaniContext): Pick<Handlers, AppMethods> {
  return {
    'app.info': async () => ({
      appVersion: ctx.appVersion,
      mode: ctx.mode === 'electron' ? 'electron' : 'browser',
      workspace: (await ctx.workspaceIfExists())?.info ?? null,
    }),
    'preferences.get': async () => readPreferences(ctx.workspaceDir),
    'preferences.set': async (changes) => writePreferences(ctx.workspaceDir, changes),
    // Before a workspace exists, the first screen still needs the institutions to choose from.
    'reference.get': async () => {
      const ws = await ctx.workspaceIfExists();
      return ws ? readReference(ws.store.db) : SEED_REFERENCE;
    },
    'workspace.init': async ({ role, institution }) => {
      // The desktop app seals a new key with the OS's safe storage (DPAPI) when it has one; elsewhere the keyring file outside the workspace.
      const protection = ctx.keyAccess.safeStorage?.isEncryptionAvailable() ? 'safe-storage' : 'keyring';
      const ws = await ctx.initWorkspace({ role, institution, protectorFor: (id) => protectorFor(protection, { ...ctx.keyAccess, keyringDir: ctx.keyringDir, workspaceId: id }) });
      return ws.info;
    },
  };
}
