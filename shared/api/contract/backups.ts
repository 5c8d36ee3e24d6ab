// Backups of the workspace's database (electron/services/api/handlers/backups.ts):
// the daily, weekly and manual copies in <workspace>/backups/, and restoring one.
import { z } from 'zod';
import { Timestamp } from '../../model/primitives';
import { method, NoInput } from './method';

export const BACKUP_KIND_LIST = ['daily', 'weekly', 'manual'] as const;

/** A backup file's name in the backups folder; nothing else can be restored through the contract. */
export const BackupName = z.string().regex(/^plani-(daily|weekly|manual)-\d{8}T\d{6}Z(-\d+)?\.sqlite$/, { message: 'bad-backup-name' });

export const BackupEntry = z.strictObject({
  file: BackupName,
  kind: z.enum(BACKUP_KIND_LIST),
  createdAt: Timestamp,
  size: z.number().int().nonnegative(),
});
export type BackupEntry = z.infer<typeof BackupEntry>;

export const backupMethods = {
  /** Every backup, newest first, and the folder they are kept in. */
  'backup.list': method(NoInput, z.strictObject({ dir: z.string(), backups: z.array(BackupEntry) })),
  /** "Back up now": a manual backup through SQLite's online backup API, verified before it is listed. */
  'backup.create': method(NoInput, BackupEntry),
  /** Puts a backup in place of the database; the current one is set aside as `replaced` (in the backups folder), never deleted. */
  'backup.restore': method(z.strictObject({ file: BackupName }), z.strictObject({ file: BackupName, replaced: z.string() })),
} as const;
