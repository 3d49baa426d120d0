import type { Kysely, SelectQueryBuilder } from 'kysely';
import type { Database } from './types.js';

/**
 * Runs `fn` in one write transaction; every query inside must go through the `trx` it is given. On PostgreSQL,
 * rows read through `lockRows` stay locked until it ends; SQLite's transactions take the database's write lock
 * before their first read (src/db/sqlite-dialect.ts), which covers the same ground.
 */
export async function inWriteTransaction<T>(db: Kysely<Database>, fn: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
  const committed: Array<() => void> = [];
  const result = await db.transaction().execute((trx) => {
    afterCommit.set(trx, committed);
    return fn(trx);
  });
  for (const callback of committed) callback();
  return result;
}

const afterCommit = new WeakMap<Kysely<Database>, Array<() => void>>();

/**
 * Runs `callback` once `trx` (a transaction of `inWriteTransaction`) has committed, never if it rolls back; at once
 * for anything else (a database handle outside a transaction commits each statement as it runs).
 */
export function onCommit(trx: Kysely<Database>, callback: () => void): void {
  const waiting = afterCommit.get(trx);
  if (waiting) waiting.push(callback);
  else callback();
}

/** Locks the rows read until the transaction ends (`SELECT ... FOR UPDATE`), on either database. */
export function lockRows<DB, TB extends keyof DB, O>(query: SelectQueryBuilder<DB, TB, O>): SelectQueryBuilder<DB, TB, O> {
  return query.forUpdate();
}

/** Like `lockRows`, passing over rows another transaction holds (a queue's workers share it out this way). */
export function lockRowsSkippingLocked<DB, TB extends keyof DB, O>(query: SelectQueryBuilder<DB, TB, O>): SelectQueryBuilder<DB, TB, O> {
  return query.forUpdate().skipLocked();
}
