import { type Kysely, sql } from 'kysely';
import type { Database, UserRow } from '../db/types.js';
import { lockRows } from '../db/transactions.js';

/** The reads of a user row that sign-in and the account rules share; the rest of the table is users/repository.ts's. */

export async function findUserById(db: Kysely<Database>, id: number): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Usernames match case-insensitively (served by the lower(username) unique index); emails are stored lower-case. */
export async function findUserByLogin(db: Kysely<Database>, login: { email?: string; username?: string }): Promise<UserRow | undefined> {
  const query = db.selectFrom('users').selectAll();
  if (login.email !== undefined) return query.where('email', '=', login.email.toLowerCase()).executeTakeFirst();
  if (login.username !== undefined) return query.where(sql`lower(username)`, '=', login.username.toLowerCase()).executeTakeFirst();
  return undefined;
}

/** A user imported from `source` (its `user_imports` row): a native user with the same id is never returned. */
export async function findImportedUser(db: Kysely<Database>, id: number, source: string): Promise<UserRow | undefined> {
  return db
    .selectFrom('users')
    .innerJoin('user_imports', 'user_imports.user_id', 'users.id')
    .selectAll('users')
    .where('users.id', '=', id)
    .where('user_imports.source', '=', source)
    .executeTakeFirst();
}

/**
 * The user's row, locked until the transaction ends: a change to it waits for what is decided on it (every change
 * of a user's mailed tokens, and a Flask token's exchange or logout, take this lock first).
 */
export async function lockUserRow(trx: Kysely<Database>, id: number): Promise<UserRow | undefined> {
  return lockRows(trx.selectFrom('users').selectAll().where('id', '=', id)).executeTakeFirst();
}
