import type { Kysely } from 'kysely';

// Credential checks in flight on each attempt counter (an account's, a login identifier's): they hold budget
// without being failures, so a check in flight is never counted as a wrong one, and the settled failures plus
// the checks in flight never exceed MAX_FAILED_LOGINS. `attempts_in_flight_until` frees the count if a
// process died mid-check.
const COUNTERS = ['users', 'login_failures'] as const;

export async function up(db: Kysely<any>): Promise<void> {
  for (const table of COUNTERS) {
    await db.schema.alterTable(table).addColumn('attempts_in_flight', 'integer', (c) => c.notNull().defaultTo(0)).execute();
    await db.schema.alterTable(table).addColumn('attempts_in_flight_until', 'bigint').execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of COUNTERS) {
    await db.schema.alterTable(table).dropColumn('attempts_in_flight_until').execute();
    await db.schema.alterTable(table).dropColumn('attempts_in_flight').execute();
  }
}
