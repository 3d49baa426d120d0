import type { Kysely } from 'kysely';

// An email-change token is bound to the session that asked for it (no foreign key: SQLite cannot drop a column
// that has one, and a purged session must refuse the token all the same). Mail to one address is spaced by
// MAIL_RESEND_INTERVAL across all accounts: one row per recipient, claimed by one conditional upsert.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('email_tokens').addColumn('session_id', 'varchar(36)').execute();
  await db.schema
    .createTable('mail_recipient_intervals')
    .addColumn('recipient', 'varchar(254)', (c) => c.primaryKey())
    .addColumn('last_mailed_at', 'bigint', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('mail_recipient_intervals').execute();
  await db.schema.alterTable('email_tokens').dropColumn('session_id').execute();
}
