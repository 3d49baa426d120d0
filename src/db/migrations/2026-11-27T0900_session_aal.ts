import type { Kysely } from 'kysely';

// The authenticator assurance level of the login that opened a session: 1 for a password alone, 2 once a
// second factor was checked. Sessions opened before this migration were password logins: 1.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('sessions').addColumn('aal', 'integer', (c) => c.notNull().defaultTo(1)).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('sessions').dropColumn('aal').execute();
}
