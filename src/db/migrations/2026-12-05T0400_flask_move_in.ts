import type { Kysely } from 'kysely';

// Moving in from Flask. `legacy_revoked_tokens` holds the Flask service's token blacklist (imported) and the
// Flask access tokens logged out here. A session opened by exchanging a Flask refresh token owns that token
// (`sessions.legacy_jti`, unique: one token opens one session at most). `users.tokens_revoked_before` refuses
// every Flask token issued before the user's sessions were last ended (password change, reset, deactivation).
// `user_imports` remembers where an imported row came from and a digest of what was imported, so a second
// import changes nothing and a later one brings only the rows that changed at the source.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('legacy_revoked_tokens')
    .addColumn('jti', 'varchar(255)', (c) => c.primaryKey())
    .addColumn('token_type', 'varchar(16)')
    .addColumn('user_id', 'integer')
    .addColumn('expires_at', 'bigint')
    .addColumn('revoked_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.alterTable('sessions').addColumn('legacy_jti', 'varchar(255)').execute();
  await db.schema.createIndex('sessions_legacy_jti_key').unique().on('sessions').column('legacy_jti').execute();
  await db.schema.alterTable('users').addColumn('tokens_revoked_before', 'bigint').execute();
  await db.schema
    .createTable('user_imports')
    .addColumn('user_id', 'integer', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('source', 'varchar(16)', (c) => c.notNull())
    .addColumn('digest', 'varchar(64)', (c) => c.notNull())
    .addColumn('imported_at', 'bigint', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('user_imports').execute();
  await db.schema.alterTable('users').dropColumn('tokens_revoked_before').execute();
  await db.schema.dropIndex('sessions_legacy_jti_key').execute();
  await db.schema.alterTable('sessions').dropColumn('legacy_jti').execute();
  await db.schema.dropTable('legacy_revoked_tokens').execute();
}
