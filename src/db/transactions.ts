import { type Kysely, type SelectQueryBuilder, sql } from 'kysely';
import type { DatabaseKind } from './connection.js';
import type { Database } from './types.js';

/**
 * Runs `fn` in one write transaction; every query inside must go through the `trx` it is given.
 * PostgreSQL: a plain transaction, and rows read through `lockRows` stay locked until it ends.
 * SQLite has no row locks: BEGIN IMMEDIATE takes the database write lock before the first read, so what we
 * read cannot change before we write, even for another process on the same file (the CLI, a second
 * instance). Inside one process Kysely's SQLite driver also serializes on its single connection.
 */
export async function inWriteTransaction<T>(
  db: Kysely<Database>,
  kind: DatabaseKind,
  fn: (trx: Kysely<Database>) => Promise<T>,
): Promise<T> {
  if (kind === 'postgres') return db.transaction().execute(fn);
  return db.connection().execute(async (conn) => {
    await sql`begin immediate`.execute(conn);
    try {
      const result = await fn(conn);
      await sql`commit`.execute(conn);
      return result;
    } catch (err) {
      await sql`rollback`.execute(conn);
      throw err;
    }
  });
}

/** `SELECT ... FOR UPDATE` on PostgreSQL; on SQLite the write lock of `inWriteTransaction` already covers it. */
export function lockRows<DB, TB extends keyof DB, O>(query: SelectQueryBuilder<DB, TB, O>, kind: DatabaseKind): SelectQueryBuilder<DB, TB, O> {
  return kind === 'postgres' ? query.forUpdate() : query;
}
