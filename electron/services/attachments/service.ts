// Attachments of an institution's own events, ideas, reports and
// commitments: the bytes are checked (size, type from the content, the
// extension agreeing with it) before anything is written, stored once per
// content (content-store.ts), and the row names them. Only the owner of the
// record attaches or removes; everyone reads.
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { ATTACHMENT_TYPE_LIST, ATTACHMENT_TYPES, MAX_ATTACHMENT_BYTES, type AttachmentOwner } from '../../../shared/api/contract/attachments';
import { AppError } from '../../../shared/api/errors';
import type { Attachment } from '../../../shared/model/cocreation';
import { stripInvisible } from '../../../shared/model/invisible';
import { assertOwnReferences } from '../ownership/workspace-rules';
import { selectRecords, upsertRecords } from '../store/records';
import { ATTACHMENT } from '../store/tables';
import { WorkspaceService } from '../workspace/workspace-service';
import { ContentStore } from './content-store';
import { extensionOf, sniffKind } from './sniff';

type Owner = z.infer<typeof AttachmentOwner>;

// Sizes go out as bytes; the message formats them in its own language ("{{limit, fileSize}}").
const limitParams = { limit: MAX_ATTACHMENT_BYTES, types: ATTACHMENT_TYPE_LIST };

/** The type an attachment's bytes are, refused (translated, naming the limit and the types) unless they are allowed and the name agrees. */
export async function checkAttachmentBytes(fileName: string, bytes: Buffer): Promise<(typeof ATTACHMENT_TYPES)[number]> {
  if (bytes.length > MAX_ATTACHMENT_BYTES) throw new AppError('attachment-too-large', { params: { name: fileName, size: bytes.length, ...limitParams } });
  const ext = extensionOf(fileName);
  const named = ATTACHMENT_TYPES.find((t) => t.ext === ext || (t.also as readonly string[]).includes(ext));
  const kind = await sniffKind(bytes);
  const actual = ATTACHMENT_TYPES.find((t) => t.ext === kind);
  if (!actual || !named) throw new AppError('attachment-type-not-allowed', { params: { name: fileName, ...limitParams } });
  if (named !== actual) throw new AppError('attachment-type-mismatch', { params: { name: fileName, ext, actual: actual.ext.toUpperCase() } });
  return actual;
}

export class AttachmentService extends WorkspaceService {
  private get contents() {
    return new ContentStore(this.ws.dir);
  }

  async list(owner: Owner): Promise<Attachment[]> {
    const rows = await selectRecords<Attachment>(this.db, ATTACHMENT, [
      { column: 'owner_type', eq: owner.ownerType },
      { column: 'owner_id', eq: owner.ownerId },
    ]);
    return rows.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  }

  async get(id: string): Promise<Attachment> {
    const [a] = await selectRecords<Attachment>(this.db, ATTACHMENT, { column: 'id', eq: id });
    if (!a) throw new AppError('not-found', { params: { id } });
    return a;
  }

  async add(owner: Owner, file: { name: string; dataBase64: string }): Promise<Attachment> {
    const fileName = stripInvisible(file.name).trim().slice(0, 200) || 'file';
    const bytes = Buffer.from(file.dataBase64, 'base64');
    await assertOwnReferences(this.db, this.me, [{ path: ['ownerId'], id: owner.ownerId, kinds: [owner.ownerType] }]);
    const type = await checkAttachmentBytes(fileName, bytes);
    // The content first: a row never names bytes that are not on disk.
    const sha256 = this.contents.put(bytes);
    const now = this.now();
    const attachment: Attachment = {
      id: randomUUID(),
      owner: this.me,
      ownerType: owner.ownerType,
      ownerId: owner.ownerId,
      fileName,
      mimeType: type.mimeType,
      size: bytes.length,
      sha256,
      rev: 1,
      createdAt: now,
      updatedAt: now,
    };
    await upsertRecords(this.db, ATTACHMENT, [attachment]);
    return attachment;
  }

  /** Removes the row (with a tombstone for the next bundle) and the content once no row names it. */
  async remove(id: string): Promise<{ id: string }> {
    const a = await this.get(id);
    if (a.owner !== this.me) throw new AppError('not-owner', { params: { owner: a.owner } });
    const left = await this.db.transaction().execute(async (trx) => {
      const deletedAt = this.now();
      await trx
        .insertInto('tombstone')
        .values({ entity: 'attachment', id, owner: this.me, rev: a.rev + 1, deleted_at: deletedAt })
        .onConflict((oc) => oc.columns(['entity', 'id']).doUpdateSet({ rev: a.rev + 1, deleted_at: deletedAt }))
        .execute();
      await trx.deleteFrom('attachment').where('id', '=', id).execute();
      return trx.selectFrom('attachment').select('id').where('sha256', '=', a.sha256).executeTakeFirst();
    });
    if (!left) this.contents.remove(a.sha256);
    return { id };
  }

  /** Where the content is on disk, with what to call it (the download route, the desktop viewer). */
  async content(id: string): Promise<{ attachment: Attachment; path: string }> {
    const attachment = await this.get(id);
    const store = this.contents;
    if (!store.has(attachment.sha256)) throw new AppError('not-found', { params: { id } });
    return { attachment, path: store.path(attachment.sha256) };
  }
}
