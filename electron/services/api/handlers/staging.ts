// Files handed over and fetched a chunk at a time (staging/staged-files.ts).
import type { PlaniContext } from '../context';
import type { Handlers } from '../dispatch';

type StagingMethods = 'staging.begin' | 'staging.append' | 'staging.read' | 'staging.discard';

export function stagingHandlers(ctx: PlaniContext): Pick<Handlers, StagingMethods> {
  return {
    'staging.begin': async ({ name, size }) => ({ stagedId: ctx.staging.begin(name, size) }),
    'staging.append': async ({ stagedId, offset, dataBase64 }) => ({
      received: ctx.staging.append(stagedId, offset, Buffer.from(dataBase64, 'base64')),
    }),
    'staging.read': async ({ stagedId, offset }) => {
      const { bytes, size } = ctx.staging.read(stagedId, offset);
      return { dataBase64: bytes.toString('base64'), size };
    },
    'staging.discard': async ({ stagedId }) => {
      ctx.staging.discard(stagedId);
      return {};
    },
  };
}
