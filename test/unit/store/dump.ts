// A whole table's rows in its own Kysely type, for tests that compare a
// table before and after: a table name chosen at run time is a union to
// Kysely, whose rows it cannot tell apart, so the type is restored here once.
import type { Selectable } from 'kysely';
import type { AnyDb } from '../../../electron/services/store/database';
import type { DB, TableName } from '../../../electron/services/store/schema';

export const dumpTable = <T extends TableName>(db: AnyDb, table: T) =>
  db.selectFrom(table as TableName).selectAll().execute() as unknown as Promise<Selectable<DB[T]>[]>;
