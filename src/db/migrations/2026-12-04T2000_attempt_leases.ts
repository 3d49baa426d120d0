import type { Kysely } from 'kysely';

// A lease on each attempt counter (an account's, a login identifier's): the one credential check being
// evaluated on it, so checks in flight are never counted as failures, and which holder gave it back.
// `attempt_lease_until` frees the counter if the holder died mid-check.
const COUNTERS = ['users', 'login_failures'] as const;

export async function up(db: Kysely<any>): Promise<void> {
  for (const table of COUNTERS) {
    await db.schema.alterTable(table).addColumn('attempt_lease', 'varchar(64)').execute();
    await db.schema.alterTable(table).addColumn('attempt_lease_until', 'bigint').execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of COUNTERS) {
    await db.schema.alterTable(table).dropColumn('attempt_lease_until').execute();
    await db.schema.alterTable(table).dropColumn('attempt_lease').execute();
  }
}
