import { type Kysely, PostgresAdapter, sql } from 'kysely';
import type { Database } from './types.js';

/**
 * After rows were inserted with explicit ids (an import keeps the Flask ids), the next generated id must be above
 * the largest one. PostgreSQL's identity sequence does not follow explicit inserts; SQLite's AUTOINCREMENT does
 * (sqlite_sequence keeps the largest id ever inserted). Returns the largest id.
 * Not transactional on PostgreSQL (setval never rolls back): a dry run does not call it.
 */
export async function moveUserIdsPastLargest(db: Kysely<Database>): Promise<number | null> {
  const row = await db.selectFrom('users').select((eb) => eb.fn.max('id').as('largest')).executeTakeFirst();
  const largest = row?.largest === null || row?.largest === undefined ? null : Number(row.largest);
  if (largest !== null && db.getExecutor().adapter instanceof PostgresAdapter) {
    // Forward only: ids of deleted users above the largest one are never handed out again.
    await sql`select setval(s, greatest(nextval(s) - 1, ${largest}::bigint)) from (select pg_get_serial_sequence('users', 'id') as s) as seq`.execute(db);
  }
  return largest;
}
