// Keys, signed bundles, trust, the consolidated plan, reviews and feedback.
// Uploads arrive base64-encoded (the bridge carries JSON) or as a file staged
// a chunk at a time (staging.*), read by path and streamed; a refusal is
// AppError('bundle-refused', { params: { reason: <code>, ... } }), see
// electron/services/bundles/workspace/import.ts for how to show it.
import { BundleService } from '../../bundles/workspace/service';
import type { MethodParsedInput } from '../../../../shared/api/contract';
import type { PlaniContext } from '../context';
import type { Handlers } from '../dispatch';

type BundleMethods =
  | 'key.show'
  | 'key.rotate'
  | 'bundle.export'
  | 'bundle.exportStaged'
  | 'bundle.preview'
  | 'bundle.import'
  | 'bundle.log'
  | 'trust.list'
  | 'trust.revoke'
  | 'consolidation.overview'
  | 'review.set'
  | 'feedback.get';

type FileInput = MethodParsedInput<'bundle.preview'>['file'];
/** The bundle's bytes, or the path of the file staged for it. */
const sourceOf = (ctx: PlaniContext, file: FileInput): { path: string } | { bytes: Buffer } =>
  'stagedId' in file ? { path: ctx.staging.completePath(file.stagedId) } : { bytes: Buffer.from(file.dataBase64, 'base64') };

export function bundleHandlers(ctx: PlaniContext): Pick<Handlers, BundleMethods> {
  const bundles = async () => new BundleService(await ctx.workspace(), ctx.keyringDir, ctx.clock, ctx.keyAccess);
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
    'bundle.exportStaged': async ({ to }) => {
      const service = await bundles();
      const { id, path } = ctx.staging.reserve('bundle');
      try {
        const out = await service.exportFile(path, to);
        return { stagedId: id, fileName: out.fileName, size: ctx.staging.sealWritten(id), summary: out.summary };
      } catch (err) {
        ctx.staging.discard(id);
        throw err;
      }
    },
    'bundle.preview': async ({ file }) => {
      const source = sourceOf(ctx, file);
      const service = await bundles();
      return 'path' in source ? service.previewFile(source.path) : service.preview(source.bytes);
    },
    'bundle.import': async ({ file, trustCode }) => {
      const source = sourceOf(ctx, file);
      const service = await bundles();
      const out = await ('path' in source ? service.importFile(source.path, trustCode) : service.import(source.bytes, trustCode));
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
