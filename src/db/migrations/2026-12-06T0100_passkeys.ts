import type { Kysely } from 'kysely';

// Passkeys (WebAuthn): the credentials users registered, the single-use challenges of ceremonies in flight (bound to
// the session, the second-factor step or nothing, by purpose), how each session was signed in (amr), and the passkey
// that opened a second-factor step (which then takes a code, not a passkey again).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('passkeys')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('credential_id', 'varchar(1400)', (c) => c.notNull().unique())
    .addColumn('public_key', 'text', (c) => c.notNull())
    .addColumn('user_handle', 'varchar(128)', (c) => c.notNull())
    .addColumn('sign_count', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('transports', 'varchar(255)', (c) => c.notNull().defaultTo(''))
    .addColumn('aaguid', 'varchar(36)', (c) => c.notNull())
    .addColumn('backup_eligible', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('backed_up', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('user_verified', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('name', 'varchar(64)', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('last_used_at', 'bigint')
    .execute();
  await db.schema.createIndex('passkeys_user').on('passkeys').column('user_id').execute();

  await db.schema
    .createTable('webauthn_challenges')
    .addColumn('challenge', 'varchar(128)', (c) => c.primaryKey())
    .addColumn('purpose', 'varchar(16)', (c) => c.notNull())
    // No foreign key: a sign-in asked for an unknown username names user 0, which no one is (so no passkey answers it).
    .addColumn('user_id', 'integer')
    .addColumn('session_id', 'varchar(64)')
    .addColumn('mfa_token_hash', 'varchar(64)')
    .addColumn('user_handle', 'varchar(128)')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('expires_at', 'bigint', (c) => c.notNull())
    .addColumn('used_at', 'bigint')
    .execute();
  await db.schema.createIndex('webauthn_challenges_expires_at').on('webauthn_challenges').column('expires_at').execute();

  await db.schema.alterTable('sessions').addColumn('amr', 'varchar(64)').execute();
  await db.schema.alterTable('mfa_challenges').addColumn('passkey_id', 'varchar(36)').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('mfa_challenges').dropColumn('passkey_id').execute();
  await db.schema.alterTable('sessions').dropColumn('amr').execute();
  await db.schema.dropTable('webauthn_challenges').execute();
  await db.schema.dropTable('passkeys').execute();
}
