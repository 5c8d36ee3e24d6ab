// Files attached to events, ideas, reports and commitments
// (electron/services/api/handlers/attachments.ts, electron/services/attachments/).
import { z } from 'zod';
import { ATTACHMENT_OWNER_TYPES, Attachment } from '../../model/cocreation';
import { Id } from '../../model/primitives';
import { method, upload } from './method';

/** The largest attachment, in bytes: a bundle entry's cap (bundles/file/limits.ts), so whatever is attached travels. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/** What may be attached, decided from the bytes; the extension must agree with them. */
export const ATTACHMENT_TYPES = [
  { ext: 'pdf', mimeType: 'application/pdf', also: [] },
  { ext: 'docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', also: [] },
  { ext: 'xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', also: [] },
  { ext: 'odt', mimeType: 'application/vnd.oasis.opendocument.text', also: [] },
  { ext: 'jpg', mimeType: 'image/jpeg', also: ['jpeg'] },
  { ext: 'png', mimeType: 'image/png', also: [] },
] as const satisfies readonly { ext: string; mimeType: string; also: readonly string[] }[];
export type AttachmentKind = (typeof ATTACHMENT_TYPES)[number]['ext'];

/** The list the refusal names ("PDF, DOCX, XLSX, ODT, JPG, PNG"). */
export const ATTACHMENT_TYPE_LIST = ATTACHMENT_TYPES.map((t) => t.ext.toUpperCase()).join(', ');

export const AttachmentOwnerType = z.enum(ATTACHMENT_OWNER_TYPES);
export const AttachmentOwner = z.strictObject({ ownerType: AttachmentOwnerType, ownerId: Id });

export const attachmentMethods = {
  /** Refused (nothing stored) over the limit, of a type not allowed, or when the bytes do not match the extension. */
  // The upload may be somewhat larger than the limit, so a file just over it gets the message naming the limit and the types.
  'attachment.add': method(AttachmentOwner.extend({ file: upload(2 * MAX_ATTACHMENT_BYTES) }), Attachment),
  'attachment.list': method(AttachmentOwner, z.array(Attachment)),
  /** Desktop: opens a copy with the system's viewer. Browser mode downloads from /attachments/<id> instead. */
  'attachment.open': method(z.strictObject({ id: Id }), z.strictObject({ opened: z.boolean() })),
  'attachment.remove': method(z.strictObject({ id: Id }), z.strictObject({ id: Id })),
} as const;
