// Moving the workspace's keys from one protection to another (keys/protection.ts).
import { reprotectKeys } from '../../keys/protection';
import type { PlaniContext } from '../context';
import type { Handlers } from '../dispatch';

export function keyProtectionHandlers(ctx: PlaniContext): Pick<Handlers, 'key.protect'> {
  return {
    'key.protect': async ({ to }) => {
      const ws = await ctx.workspace();
      return reprotectKeys(ws.store, { ...ctx.keyAccess, keyringDir: ctx.keyringDir, workspaceId: ws.info.id }, to);
    },
  };
}
