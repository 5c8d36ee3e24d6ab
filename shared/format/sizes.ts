// A file's size as a person reads it, in the language of the message: "10 MB",
// "2,5 MB" in Albanian, "2.5 MB" in English, "640 KB" below a megabyte. The
// messages carry sizes as numbers of bytes and format them here, so a size
// written once in English cannot reach an Albanian screen with a decimal point.
import type { Lang } from '../model/primitives';
import { formatDecimal } from './decimals';

const KiB = 1024;
const MiB = 1024 * KiB;

export function formatFileSize(bytes: number, lang: Lang): string {
  if (!Number.isFinite(bytes) || bytes < 0) return String(bytes);
  if (bytes < MiB) return `${Math.max(1, Math.ceil(bytes / KiB))} KB`;
  const mb = bytes / MiB;
  // Whole megabytes print without a decimal (a limit of 25 MB, not 25,0 MB).
  return `${Number.isInteger(mb) ? String(mb) : formatDecimal(mb, lang, 1)} MB`;
}
