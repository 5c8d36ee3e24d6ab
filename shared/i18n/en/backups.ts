import type { Catalogue } from '../types';
import type { backups as sqBackups } from '../sq/backups';

export const backups: Catalogue<typeof sqBackups> = {
  nav: 'Backups',
  title: 'Backups',
  intro:
    'Plani backs up its database by itself the first time it opens each day (7 daily and 4 weekly copies are kept), and you can make one now (10 are kept). Each copy is verified once written. Backups are kept in the folder {{dir}}.',
  backUpNow: 'Back up now',
  made: 'Made the backup {{file}} ({{size, fileSize}}).',
  sizeValue: '{{size, fileSize}}',
  listHeading: 'Backups kept',
  none: 'No backups yet.',
  loading: 'Loading the backups…',
  columns: { date: 'Date', kind: 'Kind', size: 'Size', file: 'File', action: 'Action' },
  kind: { daily: 'Daily', weekly: 'Weekly', manual: 'Manual' },
  restore: 'Restore…',
  restoreLabel: 'Restore… (the backup of {{date}})',
  restoreTitle: 'Restore this backup?',
  restoreBody:
    'The current database is replaced with the copy of {{date}} ({{file}}). Anything written after that time will no longer be seen in the application.',
  restoreBodyKept:
    'The current database is not deleted: it is set aside as “replaced-…sqlite” in the backups folder, so it can be brought back if needed. Attached files are not touched. The application reloads after the restore.',
  restoreConfirm: 'Restore',
  restored: 'Restored {{file}}. The previous database is kept as {{replaced}}. Reloading…',
};
