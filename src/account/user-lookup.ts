import { type Kysely, sql } from 'kysely';
import type { Database, UserRow } from '../db/types.js';

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
