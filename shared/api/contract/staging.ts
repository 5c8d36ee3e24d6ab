// Files too large for one message (a bundle with its attachments), handed
// over a chunk at a time into a file the service then reads by path, and
// fetched back the same way (electron/services/staging/staged-files.ts).
// The renderer (both bridges) and the CLI use the same methods.
import { z } from 'zod';
import { Id } from '../../model/primitives';
import { base64Length, method } from './method';

import { MAX_STAGED_BYTES, STAGE_CHUNK_BYTES } from './staging-limits';

export { MAX_BUNDLE_FILE_BYTES, MAX_STAGED_BYTES, STAGE_CHUNK_BYTES } from './staging-limits';

export const StagedId = Id;
/** A file handed over with staging.begin/append, named where a method takes a file. */
export const StagedFile = z.strictObject({ stagedId: StagedId });

const Chunk = z
  .string()
  .max(base64Length(STAGE_CHUNK_BYTES))
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, { message: 'bad-file' });

export const stagingMethods = {
  /** Starts handing over a file of `size` bytes. */
  'staging.begin': method(
    z.strictObject({ name: z.string().max(255), size: z.int().min(0).max(MAX_STAGED_BYTES) }),
    z.strictObject({ stagedId: StagedId }),
  ),
  /** One chunk, at the offset where the previous one ended. */
  'staging.append': method(
    z.strictObject({ stagedId: StagedId, offset: z.int().min(0), dataBase64: Chunk }),
    z.strictObject({ received: z.int() }),
  ),
  /** Up to one chunk of a file the service wrote (an export), from `offset`. */
  'staging.read': method(z.strictObject({ stagedId: StagedId, offset: z.int().min(0) }), z.strictObject({ dataBase64: z.string(), size: z.int() })),
  /** Frees a file once it has been used or fetched. */
  'staging.discard': method(z.strictObject({ stagedId: StagedId }), z.strictObject({})),
} as const;
