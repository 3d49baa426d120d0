import type { UserStatus } from '../schemas/user.js';
import { type Kysely, type SelectQueryBuilder, sql } from 'kysely';
import type { Database, UserRow, UserUpdate } from '../db/types.js';
import { uniqueViolation } from '../db/errors.js';
import { lockRows } from '../db/transactions.js';
import { AppError } from '../errors.js';

export interface NewUser {
  username: string;
  email: string;
  passwordHash: string;
  role?: UserRow['role'];
  /** Active unless said otherwise. */
  isActive?: boolean;
  emailVerifiedAt?: number | null;
  now: number;
}

function conflictError(err: unknown): never {
  const field = uniqueViolation(err);
  if (field === 'username') throw new AppError('username_taken', { errors: [{ field: 'username', message: 'is already taken' }] });
  if (field === 'email') throw new AppError('email_taken', { errors: [{ field: 'email', message: 'is already registered' }] });
  throw err;
}

/** Inserts a user; the database's unique indexes decide races, and the loser gets a 409 AppError. */
export async function insertUser(db: Kysely<Database>, user: NewUser): Promise<UserRow> {
  try {
    return await db
      .insertInto('users')
      .values({
        username: user.username,
        email: user.email,
        password_hash: user.passwordHash,
        role: user.role ?? 'user',
        is_active: user.isActive === false ? 0 : 1,
        email_verified_at: user.emailVerifiedAt ?? null,
        created_at: user.now,
        updated_at: user.now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  } catch (err) {
    conflictError(err);
  }
}

/** Applies a partial update; unique conflicts become 409 AppErrors. */
export async function updateUser(db: Kysely<Database>, id: number, changes: UserUpdate): Promise<UserRow | undefined> {
  try {
    return await db.updateTable('users').set(changes).where('id', '=', id).returningAll().executeTakeFirst();
  } catch (err) {
    conflictError(err);
  }
}

export async function deleteUser(db: Kysely<Database>, id: number): Promise<boolean> {
  const result = await db.deleteFrom('users').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export interface UserFilter {
  role?: UserRow['role'];
  /** Case-insensitive substring of the username or the email. */
  q?: string;
  /** The status and the instant (ms) a lock is judged at. */
  status?: { is: UserStatus; now: number };
}

/**
 * What `q` searches: the lowercased username and the email, joined by a newline so that no match spans both
 * (q refuses control characters). The PostgreSQL index of migration 2026-11-27T1100 is built on exactly this.
 */
const SEARCH_EXPRESSION = sql<string>`(lower(username) || ${sql.lit('\n')} || email)`;

/** `%`, `_` and `\` in a search term match themselves, not any character. */
function likePattern(term: string): string {
  return `%${term.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The users matching `filter`, before any select: shared by the page and the count (exported for the EXPLAIN test). */
export function filteredUsers(db: Kysely<Database>, { role, q, status }: UserFilter): SelectQueryBuilder<Database, 'users', object> {
  let query = db.selectFrom('users');
  // role = ? with ORDER BY id walks the (role, id) index; no role walks the primary key.
  if (role !== undefined) query = query.where('role', '=', role);
  if (status !== undefined) query = whereStatus(query, status);
  // A leading-wildcard LIKE cannot use a b-tree index. On PostgreSQL one pg_trgm GIN index on this very
  // expression serves it (migration 2026-11-27T1100); on SQLite the page query walks the id index and stops after
  // one page of matches, and the capped count reads at most COUNT_CAP + 1 matches.
  if (q !== undefined && q !== '') query = query.where(SEARCH_EXPRESSION, 'like', sql<string>`${likePattern(q)} escape '\\'`);
  return query;
}

/**
 * The rare statuses walk small partial indexes in id order (migration 2026-12-06T0530), with literal predicates
 * so PostgreSQL matches them to the index; active, most of the table, walks the primary key and stops after a page.
 */
function whereStatus(query: SelectQueryBuilder<Database, 'users', object>, { is, now }: NonNullable<UserFilter['status']>): SelectQueryBuilder<Database, 'users', object> {
  if (is === 'disabled') return query.where(sql<boolean>`is_active = ${sql.lit(0)}`);
  if (is === 'locked') return query.where(sql<boolean>`locked_until is not null and locked_until > ${now}`);
  return query.where(sql<boolean>`is_active = ${sql.lit(1)} and (locked_until is null or locked_until <= ${now})`);
}

/**
 * How many users match, counting at most `cap + 1` of them: `SELECT count(*) FROM (SELECT 1 … LIMIT cap + 1)`,
 * so a large table never costs a full count per page. `exact` is false when there are more than `cap`; `total`
 * is then `cap`.
 */
export async function countUsers(db: Kysely<Database>, filter: UserFilter, { cap }: { cap: number }): Promise<{ total: number; exact: boolean }> {
  const row = await db
    .selectFrom(filteredUsers(db, filter).select(sql<number>`1`.as('one')).limit(cap + 1).as('capped'))
    .select((eb) => eb.fn.countAll<number | string>().as('total'))
    .executeTakeFirstOrThrow();
  const counted = Number(row.total);
  return counted > cap ? { total: cap, exact: false } : { total: counted, exact: true };
}

/**
 * One page in id order, stable: keyset (`id > afterId ORDER BY id LIMIT …`, walking the primary key or the
 * (role, id) index, never an OFFSET) or, for compatibility, an offset. Ask for one row more than the page
 * holds to learn whether another page follows.
 */
export async function findUsersPage(
  db: Kysely<Database>,
  filter: UserFilter,
  { limit, offset = 0, afterId }: { limit: number; offset?: number; afterId?: number },
): Promise<UserRow[]> {
  let query = filteredUsers(db, filter).selectAll();
  if (afterId !== undefined) query = query.where('id', '>', afterId);
  query = query.orderBy('id', 'asc').limit(limit);
  return (offset > 0 ? query.offset(offset) : query).execute();
}

/** Ids of the active admins, locked until the surrounding write transaction ends. */
export async function lockActiveAdminIds(trx: Kysely<Database>): Promise<number[]> {
  const query = trx.selectFrom('users').select('id').where('role', '=', 'admin').where('is_active', '=', 1).orderBy('id');
  const rows = await lockRows(query).execute();
  return rows.map((r) => r.id);
}
