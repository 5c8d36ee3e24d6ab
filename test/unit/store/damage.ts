// Damaged database files for the tests: a page overwritten in a real file.
import Database from 'better-sqlite3';
import { closeSync, openSync, statSync, writeSync } from 'node:fs';

/** A database of a few hundred pages (one table with an index), closed, WAL folded in. */
export function sampleDb(file: string): void {
  const db = new Database(file);
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT); CREATE INDEX t_body ON t(body);');
  const insert = db.prepare('INSERT INTO t (body) VALUES (?)');
  db.transaction(() => {
    for (let i = 0; i < 3000; i++) insert.run(`row ${i} `.repeat(20));
  })();
  db.close();
}

/** Overwrites page `page` (1-based) of a closed database file with a pattern no page has. */
export function damagePage(file: string, page: number, pageSize = 4096): void {
  const fd = openSync(file, 'r+');
  try {
    writeSync(fd, Buffer.alloc(pageSize, 0x5a), 0, pageSize, (page - 1) * pageSize);
  } finally {
    closeSync(fd);
  }
}

/** Overwrites the page in the middle of a closed database file (a table or index page in any file of some size). */
export function damageMiddlePage(file: string, pageSize = 4096): number {
  const page = Math.max(2, Math.floor(statSync(file).size / pageSize / 2));
  damagePage(file, page, pageSize);
  return page;
}
