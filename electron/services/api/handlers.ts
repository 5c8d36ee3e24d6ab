// The implementation of every contract method. Each handler receives input
// already parsed by the contract's schema (see dispatch.ts) and either
// returns the output or throws an AppError.
import { SEED_REFERENCE } from '../../../shared/reference/seed';
import { keyringProtector } from '../keys/protector';
import { CommitmentService } from '../plan/commitments';
import { readReference } from '../reference/reference-store';
import { readPreferences, writePreferences } from '../workspace/preferences';
import type { Handlers } from './dispatch';
import type { PlaniContext } from './context';

export function createHandlers(ctx: PlaniContext): Handlers {
  const commitments = async () => new CommitmentService(await ctx.workspace(), ctx.clock);
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
      const ws = await ctx.initWorkspace({ role, institution, protectorFor: (id) => keyringProtector(ctx.keyringDir, id) });
      return ws.info;
    },
    'plan.overview': async ({ cycleId }) => (await commitments()).overview(cycleId),
    'commitment.get': async ({ id }) => (await commitments()).get(id),
    'commitment.create': async (input) => (await commitments()).create(input),
    'commitment.update': async ({ id, changes }) => (await commitments()).update(id, changes),
    'commitment.delete': async ({ id }) => (await commitments()).delete(id),
  };
}
