// The digest bundles name their files and manifests by (lower-case hex, as
// docs/bundle-format.md writes it), in one place so every side agrees.
import { createHash } from 'node:crypto';

export const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
