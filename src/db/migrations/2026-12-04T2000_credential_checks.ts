import type { Kysely } from 'kysely';

// Credential checks in flight, one row each, on the attempt counter they hold a place on (an account's or a
// login identifier's): settled failures plus live places never exceed MAX_FAILED_LOGINS, so a check in flight
// is never counted as a wrong one. A place ends when its check settles (deleted), or by itself at
// `expires_at` when the process that held it died.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('credential_checks')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('counter', 'varchar(80)', (c) => c.notNull())
    .addColumn('expires_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('credential_checks_counter').on('credential_checks').columns(['counter', 'expires_at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('credential_checks').execute();
}
