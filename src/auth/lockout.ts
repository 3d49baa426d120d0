import { createHmac } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import type { Config } from '../config.js';
import type { Database, UserRow, UserUpdate } from '../db/types.js';
import { AppError } from '../errors.js';

export interface LockoutPolicy {
  maxFailedLogins: number;
  durationMs: number;
}

export function lockoutPolicy(config: Config): LockoutPolicy {
  return { maxFailedLogins: config.lockout.maxFailedLogins, durationMs: config.lockout.durationSeconds * 1000 };
}

/**
 * One attempt, counted before its hash is spent. `lockedUntil` is set when this very attempt used the last
 * one the window allows: it locked the counter, and is still evaluated.
 */
export interface Reservation {
  attempts: number;
  lockedUntil: number | null;
}

/** Where each kind of counter keeps its time of the newest attempt. */
const LAST_FAILURE_COLUMN = { users: 'last_failed_login_at', login_failures: 'updated_at' } as const;
type CounterTable = keyof typeof LAST_FAILURE_COLUMN;

/**
 * The counter after one more attempt, computed by the database from the row's current values in the same
 * statement, so concurrent attempts never lose a count. The count starts again after an expired lock, or
 * when the previous attempt is older than the lockout window.
 */
function counterUpdate(table: CounterTable, now: number, policy: LockoutPolicy) {
  const attempts = sql.ref(`${table}.failed_login_attempts`);
  const lockedUntil = sql.ref(`${table}.locked_until`);
  const lastFailure = sql.ref(`${table}.${LAST_FAILURE_COLUMN[table]}`);
  const restart = sql`(${lockedUntil} is not null or ${lastFailure} is null or ${lastFailure} <= ${now - policy.durationMs})`;
  const next = sql<number>`case when ${restart} then 1 else ${attempts} + 1 end`;
  return {
    failed_login_attempts: next,
    locked_until: sql<number | null>`case when ${next} >= ${policy.maxFailedLogins} then cast(${now + policy.durationMs} as bigint) else null end`,
    [LAST_FAILURE_COLUMN[table]]: now,
  } as const;
}

/** The counter is not locked at `now` (no lock, or one that has expired). */
const notLocked = (table: CounterTable, now: number) => sql<boolean>`(${sql.ref(`${table}.locked_until`)} is null or ${sql.ref(`${table}.locked_until`)} <= ${now})`;

/** Unlocked, or locked by `reservation` itself: a correct password may settle only then. */
const unlockedOrMine = (table: CounterTable, now: number, reservation: Reservation) =>
  reservation.lockedUntil === null
    ? notLocked(table, now)
    : sql<boolean>`(${notLocked(table, now)} or ${sql.ref(`${table}.locked_until`)} = ${reservation.lockedUntil})`;

export function isLockedOut(lockedUntil: number | null, now: number): boolean {
  return lockedUntil !== null && lockedUntil > now;
}

export function lockedError(lockedUntil: number, now: number): AppError {
  return new AppError('account_locked', { retryAfter: (lockedUntil - now) / 1000 });
}

/**
 * Reserves one password (or code) check on an account, atomically, before any hash is spent: at most
 * MAX_FAILED_LOGINS checks are evaluated per lock window, however many requests race, on every instance.
 * Undefined when the account is locked (no check may run).
 */
export async function reserveAccountAttempt(db: Kysely<Database>, userId: number, now: number, policy: LockoutPolicy): Promise<Reservation | undefined> {
  const row = await db
    .updateTable('users')
    .set(counterUpdate('users', now, policy))
    .where('id', '=', userId)
    .where(notLocked('users', now))
    .returning(['failed_login_attempts', 'locked_until'])
    .executeTakeFirst();
  return row && { attempts: row.failed_login_attempts, lockedUntil: row.locked_until };
}

/** The same reservation for a login identifier (an email or a username), whether or not an account has it. */
export async function reserveIdentifierAttempt(db: Kysely<Database>, key: string, now: number, policy: LockoutPolicy): Promise<Reservation | undefined> {
  const firstLock = policy.maxFailedLogins <= 1 ? now + policy.durationMs : null;
  const row = await db
    .insertInto('login_failures')
    .values({ identifier: key, failed_login_attempts: 1, locked_until: firstLock, updated_at: now })
    .onConflict((oc) => oc.column('identifier').doUpdateSet(counterUpdate('login_failures', now, policy)).where(notLocked('login_failures', now)))
    .returning(['failed_login_attempts', 'locked_until'])
    .executeTakeFirst();
  return row && { attempts: row.failed_login_attempts, lockedUntil: row.locked_until };
}

export async function identifierLockedUntil(db: Kysely<Database>, key: string): Promise<number | null> {
  const row = await db.selectFrom('login_failures').select('locked_until').where('identifier', '=', key).executeTakeFirst();
  return row?.locked_until ?? null;
}

export async function accountLockedUntil(db: Kysely<Database>, userId: number): Promise<number | null> {
  const row = await db.selectFrom('users').select('locked_until').where('id', '=', userId).executeTakeFirst();
  return row?.locked_until ?? null;
}

/**
 * After a correct password: clears the account's counter (and applies `changes`) in one statement, only if
 * no lock landed meanwhile from other attempts and the password checked is still the stored one (a change
 * that landed meanwhile wins); with `activeOnly`, only while the account is active. Undefined otherwise.
 * On PostgreSQL the row stays locked until the surrounding transaction ends.
 */
export async function settleAccountSuccess(
  db: Kysely<Database>,
  { userId, now, reservation, passwordHash, changes = {}, activeOnly = false }: {
    userId: number;
    now: number;
    reservation: Reservation;
    passwordHash: string;
    changes?: UserUpdate;
    activeOnly?: boolean;
  },
): Promise<UserRow | undefined> {
  let query = db
    .updateTable('users')
    .set({ ...changes, failed_login_attempts: 0, locked_until: null })
    .where('id', '=', userId)
    .where('password_hash', '=', passwordHash)
    .where(unlockedOrMine('users', now, reservation));
  if (activeOnly) query = query.where('is_active', '=', 1);
  return query.returningAll().executeTakeFirst();
}

/** A rehash after a correct password: stored only if the password was not changed meanwhile. */
export async function replacePasswordHash(db: Kysely<Database>, userId: number, oldHash: string, newHash: string): Promise<boolean> {
  const row = await db.updateTable('users').set({ password_hash: newHash }).where('id', '=', userId).where('password_hash', '=', oldHash).returning('id').executeTakeFirst();
  return row !== undefined;
}

/** After a correct password: forgets the identifier's counter, unless other attempts locked it meanwhile. */
export async function settleIdentifierSuccess(db: Kysely<Database>, key: string, now: number, reservation: Reservation): Promise<boolean> {
  const result = await db.deleteFrom('login_failures').where('identifier', '=', key).where(unlockedOrMine('login_failures', now, reservation)).executeTakeFirst();
  return Number(result.numDeletedRows) > 0 || (await identifierLockedUntil(db, key)) === null;
}

/** Identifier keys are HMACs under a server key: a stolen table cannot be reversed with a dictionary. */
export function identifierKeyer(serverKey: Buffer): (login: { email?: string; username?: string }) => string {
  return ({ email, username }) => {
    const identifier = email !== undefined ? `email:${email.toLowerCase()}` : `username:${(username ?? '').toLowerCase()}`;
    return createHmac('sha256', serverKey).update(identifier).digest('hex');
  };
}

/** An admin's unlock: the account's counter and those of its email and username. */
export async function unlockAccount(db: Kysely<Database>, user: Pick<UserRow, 'id' | 'email' | 'username'>, keyFor: ReturnType<typeof identifierKeyer>): Promise<void> {
  await db.updateTable('users').set({ failed_login_attempts: 0, locked_until: null }).where('id', '=', user.id).execute();
  await db.deleteFrom('login_failures').where('identifier', 'in', [keyFor({ email: user.email }), keyFor({ username: user.username })]).execute();
}

/** Forgets identifier counters that are neither locked nor recent. */
export async function purgeStaleFailures(db: Kysely<Database>, now: number, policy: LockoutPolicy): Promise<number> {
  const result = await db
    .deleteFrom('login_failures')
    .where('updated_at', '<', now - policy.durationMs)
    .where(notLocked('login_failures', now))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
