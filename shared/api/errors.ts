// Error codes are the only thing that crosses a boundary when something goes
// wrong: the receiving side translates them (errors.<code> in the catalogues).
// Thrown Error objects lose their shape over IPC; codes do not.
import { z } from 'zod';

export const ERROR_CODES = [
  'invalid-input',
  'unknown-method',
  'forbidden',
  'keyring-entry-missing',
  'keyring-entry-invalid',
  'key-passphrase-needed',
  'key-passphrase-too-short',
  'key-passphrase-wrong',
  'key-protection-unavailable',
  'not-found',
  'no-workspace',
  'workspace-exists',
  'unknown-institution',
  'role-mismatch',
  'not-owner',
  'not-lead',
  'status-reserved-for-poc',
  'status-held-by-poc',
  'poc-only',
  'unknown-component',
  'database-too-new',
  'database-corrupt',
  'database-damaged',
  'database-damaged-no-backup',
  'program-incomplete',
  'backup-failed',
  'backup-not-found',
  'backup-unusable',
  'restore-needs-confirmation',
  'trust-registry-unsafe',
  'foreign-reference',
  'invalid-interchange',
  'file-unreadable',
  'staged-file-too-large',
  'staged-file-out-of-order',
  'staged-file-incomplete',
  'bundle-refused',
  'not-a-bundle',
  'print-not-ready',
  'round-closed',
  'scorer-exists',
  'unknown-scorer',
  'score-outside-scale',
  'score-not-whole',
  'unknown-criterion',
  'idea-not-in-round',
  'idea-other-component',
  'idea-already-linked',
  'merge-foreign-commitment',
  'merge-needs-commitment',
  'sheet-not-score-sheet',
  'sheet-other-round',
  'sheet-ideas-changed',
  'sheet-criteria-changed',
  'sheet-bad-value',
  'unknown-target',
  'participants-invalid',
  'comment-not-decided',
  'report-undecided-comments',
  'report-not-draft',
  'attachment-too-large',
  'attachment-type-not-allowed',
  'attachment-type-mismatch',
  'feedback-poc-only',
  'feedback-lfp-only',
  'feedback-target-invalid',
  'feedback-item-unknown',
  'cycle-poc-only',
  'cycle-id-malformed',
  'cycle-id-mismatch',
  'cycle-exists',
  'cycle-period-end-before-start',
  'cycle-period-too-short',
  'cycle-period-too-long',
  'cycle-overlaps',
  'cycle-not-after',
  'cycle-number-taken',
  'cycle-read-only',
  'carry-forward-lfp-only',
  'carry-forward-same-cycle',
  'reference-poc-only',
  'reference-in-use',
  'reference-exists',
  'reference-invalid',
  'internal',
] as const;
export const ErrorCode = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCode>;

/** One located problem, e.g. a field of the input or a JSON path of an imported file. */
export const Issue = z.strictObject({ path: z.string(), code: z.string(), message: z.string() });
export type Issue = z.infer<typeof Issue>;

export const ErrorDetails = z
  .strictObject({
    issues: z.array(Issue).optional(),
    /** Values to interpolate into the translated message, e.g. { code: 'XYZ' }. */
    params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  })
  .optional();
export type ErrorDetails = z.infer<typeof ErrorDetails>;

export const AppErrorDto = z.strictObject({ code: ErrorCode, details: ErrorDetails });
export type AppErrorDto = z.infer<typeof AppErrorDto>;

/** What services throw; the boundary turns it into `{ ok:false, error }`. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetails;
  constructor(code: ErrorCode, details?: ErrorDetails, message?: string) {
    super(message ?? code);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }
  toDto(): AppErrorDto {
    return this.details === undefined ? { code: this.code } : { code: this.code, details: this.details };
  }
}

/** Turns zod issues into located issues ("commitments[3].title.sq"). */
export function issuesFromZod(error: z.ZodError, prefix = ''): Issue[] {
  return error.issues.map((i) => ({
    path: formatPath(prefix, i.path),
    code: i.code,
    message: i.message,
  }));
}

function formatPath(prefix: string, path: readonly PropertyKey[]): string {
  let out = prefix;
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out === '' ? String(p) : `.${String(p)}`;
  }
  return out === '' ? '(root)' : out;
}
