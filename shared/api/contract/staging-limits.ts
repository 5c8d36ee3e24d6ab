// The staging methods' size limits (staging.ts), apart from their schemas:
// the services that check sizes load these numbers without building any method.
const MiB = 1024 * 1024;
/** One chunk's bytes: small enough for one IPC or HTTP message, large enough that 500 MiB is ~125 of them. */
export const STAGE_CHUNK_BYTES = 4 * MiB;
/** A bundle file's limit (electron/services/bundles/file/limits.ts says why 500 MiB). */
export const MAX_BUNDLE_FILE_BYTES = 500 * MiB;
/**
 * One byte more than a bundle may have is accepted here, so that an oversized
 * file reaches the importer and is refused (and logged) with its own reason,
 * file-too-large, as the CLI reports it.
 */
export const MAX_STAGED_BYTES = MAX_BUNDLE_FILE_BYTES + 1;
