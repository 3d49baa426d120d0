import { type Kysely, PostgresAdapter, sql } from 'kysely';
import type { Database } from './types.js';

/**
 * Brings the planner's row counts up to date after many inserts: PostgreSQL plans from statistics that autovacuum
 * refreshes only now and then, and while `users` grows from empty it kept planning scans of the whole table (an
 * import spent a quarter of its time there). SQLite plans from its indexes without statistics: nothing to do.
 */
export async function refreshPlannerStatistics(db: Kysely<Database>, tables: ReadonlyArray<keyof Database & string>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  await sql`analyze ${sql.join(tables.map((t) => sql.id(t)))}`.execute(db);
}
