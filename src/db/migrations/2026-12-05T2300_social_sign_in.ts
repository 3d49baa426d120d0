import type { Kysely } from 'kysely';

// Social sign-in: provider identities linked to users, the single-use state of a sign-in in flight (bound to the
// browser by a cookie whose digest keys it), the one-time codes the callback hands the app, and what a session
// and a second-factor challenge were opened through.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('user_identities')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('provider', 'varchar(32)', (c) => c.notNull())
    .addColumn('subject', 'varchar(255)', (c) => c.notNull())
    .addColumn('email', 'varchar(254)')
    .addColumn('email_verified', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('last_used_at', 'bigint')
    .addUniqueConstraint('user_identities_provider_subject', ['provider', 'subject'])
    .execute();
  await db.schema.createIndex('user_identities_user').on('user_identities').column('user_id').execute();

  await db.schema
    .createTable('oauth_logins')
    .addColumn('browser_hash', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('provider', 'varchar(32)', (c) => c.notNull())
    .addColumn('state', 'varchar(128)', (c) => c.notNull())
    .addColumn('nonce', 'varchar(128)', (c) => c.notNull())
    .addColumn('code_verifier', 'varchar(128)', (c) => c.notNull())
    .addColumn('redirect_to', 'text', (c) => c.notNull())
    .addColumn('link_user_id', 'integer', (c) => c.references('users.id').onDelete('cascade'))
    .addColumn('link_session_id', 'varchar(64)')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('expires_at', 'bigint', (c) => c.notNull())
    .addColumn('used_at', 'bigint')
    .execute();
  await db.schema.createIndex('oauth_logins_expires_at').on('oauth_logins').column('expires_at').execute();

  await db.schema
    .createTable('oauth_exchange_codes')
    .addColumn('code_hash', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('browser_hash', 'varchar(64)', (c) => c.notNull())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('identity_id', 'varchar(36)', (c) => c.notNull().references('user_identities.id').onDelete('cascade'))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('expires_at', 'bigint', (c) => c.notNull())
    .addColumn('used_at', 'bigint')
    .execute();
  await db.schema.createIndex('oauth_exchange_codes_expires_at').on('oauth_exchange_codes').column('expires_at').execute();

  await db.schema.alterTable('sessions').addColumn('provider', 'varchar(32)').execute();
  await db.schema.alterTable('mfa_challenges').addColumn('identity_id', 'varchar(36)').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('mfa_challenges').dropColumn('identity_id').execute();
  await db.schema.alterTable('sessions').dropColumn('provider').execute();
  await db.schema.dropTable('oauth_exchange_codes').execute();
  await db.schema.dropTable('oauth_logins').execute();
  await db.schema.dropTable('user_identities').execute();
}
