// Keys, signed bundles, trust, the consolidated plan, reviews and feedback.
// Uploads arrive base64-encoded (the bridge carries JSON); a refusal is
// AppError('bundle-refused', { params: { reason: <code>, ... } }), see
// electron/services/bundles/workspace/import.ts for how to show it.
import { BundleService } from '../../bundles/workspace/service';
import type { PlaniContext } from '../context';
import type { Handlers } from '../dispatch';

type BundleMethods =
  | 'key.show'
  | 'key.rotate'
  | 'bundle.export'
  | 'bundle.preview'
  | 'bundle.import'
  | 'bundle.log'
  | 'trust.list'
  | 'trust.revoke'
  | 'consolidation.overview'
  | 'review.set'
  | 'feedback.get';

const bytesOf = (file: { dataBase64: string }) => Buffer.from(file.dataBase64, 'base64');

export function bundleHandlers(ctx: PlaniContext): Pick<Handlers, BundleMethods> {
  const bundles = async () => new BundleService(await ctx.workspace(), ctx.keyringDir, ctx.clock);
  return {
    'key.show': async () => (await bundles()).showKey(),
    'key.rotate': async () => {
      const out = await (await bundles()).rotateKey(ctx.deliverRotation);
      return { fileName: out.fileName, dataBase64: out.bytes.toString('base64'), keyId: out.newKeyId, safetyCode: out.safetyCode };
    },
    'bundle.export': async ({ to }) => {
      const out = await (await bundles()).export(to);
      return { fileName: out.fileName, dataBase64: out.bytes.toString('base64'), summary: out.summary };
    },
    'bundle.preview': async ({ file }) => (await bundles()).preview(bytesOf(file)),
    'bundle.import': async ({ file, trustCode }) => {
      const out = await (await bundles()).import(bytesOf(file), trustCode);
      return { result: out.result, summary: out.summary, changes: out.changes, signer: out.signer, sequence: out.sequence, enrolled: out.enrolled };
    },
    'bundle.log': async ({ limit }) => ({ entries: await (await bundles()).log(limit) }),
    'trust.list': async () => ({ signers: await (await bundles()).trustList() }),
    'trust.revoke': async ({ safetyCode }) => (await bundles()).trustRevoke(safetyCode),
    'consolidation.overview': async ({ cycleId }) => (await bundles()).consolidation(cycleId),
    'review.set': async (input) => (await bundles()).setReview(input),
    'feedback.get': async () => (await bundles()).feedback(),
  };
}
