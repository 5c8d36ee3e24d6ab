// Files attached to records (attachments/service.ts).
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AttachmentService } from '../../attachments/service';
import type { PlaniContext } from '../context';
import type { Handlers } from '../dispatch';

type AttachmentMethods = 'attachment.add' | 'attachment.list' | 'attachment.open' | 'attachment.remove';

const safeName = (name: string) => name.replace(/[<>:"/\\|?*\u0000-\u001f]/g, '_') || 'file';

export function attachmentHandlers(ctx: PlaniContext): Pick<Handlers, AttachmentMethods> {
  const service = async () => new AttachmentService(await ctx.workspace(), ctx.clock);
  return {
    'attachment.add': async ({ ownerType, ownerId, file }) => (await service()).add({ ownerType, ownerId }, file),
    'attachment.list': async (owner) => (await service()).list(owner),
    'attachment.open': async ({ id }) => {
      const { attachment, path } = await (await service()).content(id);
      if (!ctx.openWithViewer) return { opened: false };
      // A copy under its own name: the viewer picks by extension, and nothing it does can touch the stored content.
      const copy = join(mkdtempSync(join(tmpdir(), 'plani-')), safeName(attachment.fileName));
      copyFileSync(path, copy);
      await ctx.openWithViewer(copy);
      return { opened: true };
    },
    'attachment.remove': async ({ id }) => (await service()).remove(id),
  };
}
