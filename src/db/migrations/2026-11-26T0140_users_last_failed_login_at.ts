import type { Kysely } from 'kysely';

// When the newest failed login happened: failures older than the lockout window are forgotten, for real
// accounts exactly as for unknown identifiers (whose counters are purged after the same window).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('users').addColumn('last_failed_login_at', 'bigint').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('users').dropColumn('last_failed_login_at').execute();
}
