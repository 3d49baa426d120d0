import { type Kysely, sql } from 'kysely';

// The user list's status filter: the rare statuses (deactivated, locked) walk small partial indexes in id order,
// so a keyset page over a million users reads about one page of rows.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('users_disabled_id').on('users').column('id').where(sql.ref('is_active'), '=', sql.lit(0)).execute();
  await db.schema.createIndex('users_locked_id').on('users').column('id').where(sql.ref('locked_until'), 'is not', null).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('users_locked_id').execute();
  await db.schema.dropIndex('users_disabled_id').execute();
}
