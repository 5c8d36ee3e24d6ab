// A carried attachment is checked again at the receiver as it was when it
// was attached: its bytes are of an allowed type, the type its record and
// the manifest state, and its file name's extension agrees. Only then may
// anything of the bundle be written; a receiver never opens a file that
// lied about itself.
import { ATTACHMENT_TYPES } from '../../../../shared/api/contract/attachments';
import type { Manifest } from '../../../../shared/model/bundle';
import { extensionOf, sniffKind } from '../../attachments/sniff';
import { BundleRefusal, type BundlePayload } from '../types';
import { ATTACHMENT_NAME } from './limits';

export async function checkCarriedAttachments(payload: BundlePayload, files: Manifest['files'], contents: ReadonlyMap<string, Buffer>): Promise<void> {
  if (!('attachments' in payload)) return;
  const kinds = new Map<string, (typeof ATTACHMENT_TYPES)[number]>();
  for (const f of files) {
    const m = ATTACHMENT_NAME.exec(f.path);
    if (m === null) continue;
    const kind = await sniffKind(contents.get(f.sha256)!);
    const type = ATTACHMENT_TYPES.find((t) => t.ext === kind);
    if (!type) throw new BundleRefusal('attachment-type', { path: f.path, issue: 'not-allowed' });
    if (f.mediaType !== type.mimeType) throw new BundleRefusal('attachment-type', { path: f.path, issue: 'media-type' }, `${f.path} is ${type.mimeType}, the manifest says ${f.mediaType}`);
    kinds.set(f.sha256, type);
  }
  for (const a of payload.attachments) {
    const type = kinds.get(a.sha256);
    if (!type) continue;
    const ext = extensionOf(a.fileName);
    if (a.mimeType !== type.mimeType || (ext !== type.ext && !(type.also as readonly string[]).includes(ext))) {
      throw new BundleRefusal('attachment-type', { path: `attachments.${a.id}`, issue: 'record-type' }, `${a.fileName} (${a.mimeType}) holds ${type.mimeType}`);
    }
  }
}
