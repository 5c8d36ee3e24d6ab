// GET /attachments/<id>: an attachment's content for the browser to save,
// streamed from the workspace's content store (never read whole). Sent as a
// download (Content-Disposition: attachment) with the type its bytes were
// found to be and nosniff, so the browser never renders it in the app's origin.
import { createReadStream } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { AppError } from '../../shared/api/errors';
import type { Plani } from '../services/app';
import { AttachmentService } from '../services/attachments/service';

export const ATTACHMENT_ROUTE = /^\/attachments\/([0-9a-f-]{36})$/;

export interface AttachmentContent {
  path: string;
  fileName: string;
  mimeType: string;
  size: number;
}
/** The content of attachment `id`, or null when there is none. */
export type AttachmentSource = (id: string) => Promise<AttachmentContent | null>;

/** RFC 6266: an ASCII fallback name and the UTF-8 one (ë and ç survive). */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export async function sendAttachment(res: ServerResponse, id: string, source: AttachmentSource): Promise<boolean> {
  const content = await source(id);
  if (!content) return false;
  res.writeHead(200, {
    'Content-Type': content.mimeType,
    'Content-Length': String(content.size),
    'Content-Disposition': contentDisposition(content.fileName),
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
    'Content-Security-Policy': "default-src 'none'; sandbox",
  });
  await new Promise<void>((resolve, reject) => {
    const stream = createReadStream(content.path);
    stream.on('error', (e) => (res.destroy(e), reject(e)));
    res.on('close', () => stream.destroy());
    stream.pipe(res).on('finish', () => resolve());
  });
  return true;
}

/** The download route's view of a workspace: an attachment's file, or null (unknown id, content missing). */
export function workspaceAttachments(plani: Plani): AttachmentSource {
  return async (id) => {
    try {
      const { attachment, path } = await new AttachmentService(await plani.context.workspace()).content(id);
      return { path, fileName: attachment.fileName, mimeType: attachment.mimeType, size: attachment.size };
    } catch (e) {
      if (e instanceof AppError) return null;
      throw e;
    }
  };
}
