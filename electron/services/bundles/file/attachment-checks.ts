// A carried attachment is checked again at the receiver as it was when it
// was attached: its bytes are of an allowed type, the type its record and
// the manifest state, and its file name's extension agrees. Only then may
// anything of the bundle be written; a receiver never opens a file that
// lied about itself. The type is judged from the bytes while they stream
// (read.ts): the first bytes, and for the ZIP-based documents ranges read back.
import { ATTACHMENT_TYPES } from '../../../../shared/api/contract/attachments';
import type { Manifest } from '../../../../shared/model/bundle';
import type { AttachmentKind } from '../../../../shared/api/contract/attachments';
import { extensionOf } from '../../attachments/sniff';
import { BundleRefusal, type BundlePayload } from '../types';

export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];

/** One entry's sniffed kind against the allowed types and the media type the manifest signs. */
export function checkAttachmentKind(f: Manifest['files'][number], kind: AttachmentKind | null): AttachmentType {
  const type = ATTACHMENT_TYPES.find((t) => t.ext === kind);
  if (!type) throw new BundleRefusal('attachment-type', { path: f.path, issue: 'not-allowed' });
  if (f.mediaType !== type.mimeType) throw new BundleRefusal('attachment-type', { path: f.path, issue: 'media-type' }, `${f.path} is ${type.mimeType}, the manifest says ${f.mediaType}`);
  return type;
}

/** Every attachment record against the type of the content it names (`kinds`: by SHA-256, from checkAttachmentKind). */
export function checkAttachmentRecords(payload: BundlePayload, kinds: ReadonlyMap<string, AttachmentType>): void {
  if (!('attachments' in payload)) return;
  for (const a of payload.attachments) {
    const type = kinds.get(a.sha256);
    if (!type) continue;
    const ext = extensionOf(a.fileName);
    if (a.mimeType !== type.mimeType || (ext !== type.ext && !(type.also as readonly string[]).includes(ext))) {
      throw new BundleRefusal('attachment-type', { path: `attachments.${a.id}`, issue: 'record-type' }, `${a.fileName} (${a.mimeType}) holds ${type.mimeType}`);
    }
  }
}
