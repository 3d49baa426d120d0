import { createHmac } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import { inWriteTransaction, lockRows } from '../db/transactions.js';
import type { Config } from '../config.js';
import type { Database, UserRow, UserUpdate } from '../db/types.js';
import { AppError } from '../errors.js';

/**
 * The SQL of the attempt counters. Two kinds share one shape: an account's (`users`), and a login
 * identifier's (`login_failures`, an email or username whether or not an account has it). A counter holds
 * settled wrong attempts and its lock; each check in flight on it holds a place (a `credential_checks` row),
 * reserved before it is evaluated, and settled failures plus live places never exceed MAX_FAILED_LOGINS. Only
 * attempt-budget.ts calls the reservation and failure statements; it is the one place that decides how a
 * check is budgeted.
 */

export interface LockoutPolicy {
  maxFailedLogins: number;
  durationMs: number;
}

export function lockoutPolicy(config: Config): LockoutPolicy {
  return { maxFailedLogins: config.lockout.maxFailedLogins, durationMs: config.lockout.durationSeconds * 1000 };
}

/**
 * How long a place lasts: a check still running past it is not answered (its place may have been taken), and
 * a place whose process died frees itself then.
 */
export const IN_FLIGHT_MS = 15_000;

export type CounterRef = { kind: 'account'; userId: number } | { kind: 'identifier'; key: string };

/** Where each kind of counter keeps its time of the newest failure. */
const LAST_FAILURE_COLUMN = { users: 'last_failed_login_at', login_failures: 'updated_at' } as const;
type CounterTable = keyof typeof LAST_FAILURE_COLUMN;

/** The failures of the current window (none after an expired lock, or when the newest is older than the window). */
function windowRestarts(table: CounterTable, now: number, policy: LockoutPolicy) {
  const lockedUntil = sql.ref(`${table}.locked_until`);
  const lastFailure = sql.ref(`${table}.${LAST_FAILURE_COLUMN[table]}`);
  return sql<boolean>`(${lockedUntil} is not null or ${lastFailure} is null or ${lastFailure} <= ${now - policy.durationMs})`;
}

/**
 * The counter after one more failure, computed by the database from the row's current values in the same
 * statement, so concurrent failures never lose a count.
 */
function failureUpdate(table: CounterTable, now: number, policy: LockoutPolicy) {
  const attempts = sql.ref(`${table}.failed_login_attempts`);
  const next = sql<number>`case when ${windowRestarts(table, now, policy)} then 1 else ${attempts} + 1 end`;
  return {
    failed_login_attempts: next,
    locked_until: sql<number | null>`case when ${next} >= ${policy.maxFailedLogins} then cast(${now + policy.durationMs} as bigint) else null end`,
    [LAST_FAILURE_COLUMN[table]]: now,
  } as const;
}

/** The counter is not locked at `now` (no lock, or one that has expired). */
const notLocked = (table: CounterTable, now: number) => sql<boolean>`(${sql.ref(`${table}.locked_until`)} is null or ${sql.ref(`${table}.locked_until`)} <= ${now})`;

export function isLockedOut(lockedUntil: number | null, now: number): boolean {
  return lockedUntil !== null && lockedUntil > now;
}

export function lockedError(lockedUntil: number, now: number): AppError {
  return new AppError('account_locked', { retryAfter: (lockedUntil - now) / 1000 });
}

export type Reservation =
  | { state: 'reserved'; attempts: number }
  | { state: 'locked'; lockedUntil: number }
  /** The budget is held by checks in flight: wait for one of them to settle. */
  | { state: 'full' }
  /** The account is gone. */
  | { state: 'missing' };

/** The key of a counter's places in `credential_checks`. */
export const placeKey = (counter: CounterRef): string => (counter.kind === 'account' ? `account:${counter.userId}` : `identifier:${counter.key}`);

/**
 * The counter's row, locked until the transaction ends (an identifier's is created first if need be), with the
 * failures of the current window.
 */
async function lockCounter(trx: Kysely<Database>, counter: CounterRef, now: number, policy: LockoutPolicy) {
  const windowFailures = (table: CounterTable) =>
    sql<number>`case when ${windowRestarts(table, now, policy)} then 0 else ${sql.ref(`${table}.failed_login_attempts`)} end`.as('window_failures');
  if (counter.kind === 'account') {
    return lockRows(trx.selectFrom('users').select(['failed_login_attempts', 'locked_until', windowFailures('users')]).where('id', '=', counter.userId)).executeTakeFirst();
  }
  await trx.insertInto('login_failures').values({ identifier: counter.key, failed_login_attempts: 0, locked_until: null, updated_at: now }).onConflict((oc) => oc.column('identifier').doNothing()).execute();
  return lockRows(trx.selectFrom('login_failures').select(['failed_login_attempts', 'locked_until', windowFailures('login_failures')]).where('identifier', '=', counter.key)).executeTakeFirst();
}

/**
 * Reserves a place `placeId` for one check, if the counter is not locked and has room: settled failures of the
 * window plus live places stay under MAX_FAILED_LOGINS, or no place is live (after MAX_FAILED_LOGINS was
 * lowered: the next failure locks). The counter's row lock orders racing reservations, on every instance.
 */
export async function reserveAttempt(db: Kysely<Database>, counter: CounterRef, placeId: string, now: number, policy: LockoutPolicy): Promise<Reservation> {
  return inWriteTransaction(db, async (trx) => {
    const row = await lockCounter(trx, counter, now, policy);
    if (!row) return { state: 'missing' } as const;
    if (isLockedOut(row.locked_until, now)) return { state: 'locked', lockedUntil: row.locked_until as number } as const;
    const failures = Number(row.window_failures);
    const key = placeKey(counter);
    const { live } = await trx
      .selectFrom('credential_checks')
      .select((eb) => eb.fn.countAll<number | string>().as('live'))
      .where('counter', '=', key)
      .where('expires_at', '>', now)
      .executeTakeFirstOrThrow();
    if (Number(live) > 0 && failures + Number(live) >= policy.maxFailedLogins) return { state: 'full' } as const;
    await trx.insertInto('credential_checks').values({ id: placeId, counter: key, expires_at: now + IN_FLIGHT_MS }).execute();
    return { state: 'reserved', attempts: row.failed_login_attempts } as const;
  });
}

/** Gives a place back, whatever its check's outcome. */
export async function releaseAttempt(db: Kysely<Database>, placeId: string): Promise<void> {
  await db.deleteFrom('credential_checks').where('id', '=', placeId).execute();
}

/** Forgets places whose checks never settled (their processes died). */
export async function purgeExpiredPlaces(db: Kysely<Database>, now: number): Promise<number> {
  const result = await db.deleteFrom('credential_checks').where('expires_at', '<=', now).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** The counter after a settled wrong attempt: attempts in the window, and the lock this failure set (if any). */
export interface Failure {
  attempts: number;
  lockedUntil: number | null;
}

/**
 * Counts one wrong credential. A counter that another check locked meanwhile (possible only after a place
 * ran out, and then `fail` refuses first) keeps its lock: the failure reports it.
 */
export async function recordFailure(db: Kysely<Database>, counter: CounterRef, now: number, policy: LockoutPolicy): Promise<Failure> {
  const row =
    counter.kind === 'account'
      ? await db
        .updateTable('users')
        .set(failureUpdate('users', now, policy))
        .where('id', '=', counter.userId)
        .where(notLocked('users', now))
        .returning(['failed_login_attempts', 'locked_until'])
        .executeTakeFirst()
      : await db
        .insertInto('login_failures')
        .values({ identifier: counter.key, failed_login_attempts: 1, locked_until: policy.maxFailedLogins <= 1 ? now + policy.durationMs : null, updated_at: now })
        .onConflict((oc) => oc.column('identifier').doUpdateSet(failureUpdate('login_failures', now, policy)).where(notLocked('login_failures', now)))
        .returning(['failed_login_attempts', 'locked_until'])
        .executeTakeFirst();
  if (row) return { attempts: row.failed_login_attempts, lockedUntil: row.locked_until };
  const current = await readCounter(db, counter);
  return { attempts: current?.failed_login_attempts ?? policy.maxFailedLogins, lockedUntil: current?.locked_until ?? now + policy.durationMs };
}

async function readCounter(db: Kysely<Database>, counter: CounterRef) {
  const columns = ['failed_login_attempts', 'locked_until'] as const;
  return counter.kind === 'account'
    ? db.selectFrom('users').select(columns).where('id', '=', counter.userId).executeTakeFirst()
    : db.selectFrom('login_failures').select(columns).where('identifier', '=', counter.key).executeTakeFirst();
}

/**
 * After a correct credential: clears the account's counter (and applies `changes`) in one statement, only if
 * the account is not locked and the password checked is still the stored one (a change that landed meanwhile
 * wins); with `activeOnly`, only while the account is active; with `withoutFactor`, only while it has no second
 * factor. Undefined otherwise.
 * On PostgreSQL the row stays locked until the surrounding transaction ends.
 */
export async function settleAccountSuccess(
  db: Kysely<Database>,
  { userId, now, passwordHash, changes = {}, activeOnly = false, withoutFactor = false, evenIfLocked = false }: {
    userId: number;
    now: number;
    passwordHash: string;
    changes?: UserUpdate;
    activeOnly?: boolean;
    /** Only while the account has no second factor (a session opened by a password alone). */
    withoutFactor?: boolean;
    /** Also while locked, lifting the lock: a passkey sign-in of an account with no password to guess. */
    evenIfLocked?: boolean;
  },
): Promise<UserRow | undefined> {
  let query = db
    .updateTable('users')
    .set({ ...changes, failed_login_attempts: 0, locked_until: null })
    .where('id', '=', userId)
    .where('password_hash', '=', passwordHash);
  if (!evenIfLocked) query = query.where(notLocked('users', now));
  if (activeOnly) query = query.where('is_active', '=', 1);
  if (withoutFactor) query = query.where('mfa_enabled_at', 'is', null);
  return query.returningAll().executeTakeFirst();
}

/** After a correct password: clears the identifier's count, unless another check locked it meanwhile. */
export async function settleIdentifierSuccess(db: Kysely<Database>, key: string, now: number): Promise<boolean> {
  const cleared = await db
    .updateTable('login_failures')
    .set({ failed_login_attempts: 0, locked_until: null })
    .where('identifier', '=', key)
    .where(notLocked('login_failures', now))
    .returning('identifier')
    .executeTakeFirst();
  if (cleared) return true;
  const row = await readCounter(db, { kind: 'identifier', key });
  return !row || !isLockedOut(row.locked_until, now);
}

/** A rehash after a correct password: stored only if the password was not changed meanwhile. */
export async function replacePasswordHash(db: Kysely<Database>, userId: number, oldHash: string, newHash: string): Promise<boolean> {
  const row = await db.updateTable('users').set({ password_hash: newHash }).where('id', '=', userId).where('password_hash', '=', oldHash).returning('id').executeTakeFirst();
  return row !== undefined;
}

/** Identifier keys are HMACs under a server key: a stolen table cannot be reversed with a dictionary. */
export function identifierKeyer(serverKey: Buffer): (login: { email?: string; username?: string }) => string {
  return ({ email, username }) => {
    const identifier = email !== undefined ? `email:${email.toLowerCase()}` : `username:${(username ?? '').toLowerCase()}`;
    return createHmac('sha256', serverKey).update(identifier).digest('hex');
  };
}

/** The counters of an account's two identifiers, its email and its username. */
function identifierCountersOf(user: Pick<UserRow, 'email' | 'username'>, keyFor: ReturnType<typeof identifierKeyer>): string[] {
  return [keyFor({ email: user.email }), keyFor({ username: user.username })];
}

async function forgetIdentifierCounters(db: Kysely<Database>, user: Pick<UserRow, 'email' | 'username'>, keyFor: ReturnType<typeof identifierKeyer>): Promise<void> {
  await db.deleteFrom('login_failures').where('identifier', 'in', identifierCountersOf(user, keyFor)).execute();
}

/** An admin's unlock: the account's counter and those of its email and username. */
export async function unlockAccount(db: Kysely<Database>, user: Pick<UserRow, 'id' | 'email' | 'username'>, keyFor: ReturnType<typeof identifierKeyer>): Promise<void> {
  await db.updateTable('users').set({ failed_login_attempts: 0, locked_until: null }).where('id', '=', user.id).execute();
  await forgetIdentifierCounters(db, user, keyFor);
}

/**
 * An imported account's lock (set by the Flask service), carried to its email's and username's counters as
 * failures here would have set them: a login by either answers 423 until it expires. `lockedUntil` null clears them.
 */
export async function carryImportedLock(
  trx: Kysely<Database>,
  user: Pick<UserRow, 'email' | 'username' | 'locked_until' | 'failed_login_attempts'>,
  keyFor: ReturnType<typeof identifierKeyer>,
  now: number,
): Promise<void> {
  if (user.locked_until === null) {
    await forgetIdentifierCounters(trx, user, keyFor);
    return;
  }
  const counter = { failed_login_attempts: user.failed_login_attempts, locked_until: user.locked_until, updated_at: now };
  await trx
    .insertInto('login_failures')
    .values(identifierCountersOf(user, keyFor).map((identifier) => ({ identifier, ...counter })))
    .onConflict((oc) => oc.column('identifier').doUpdateSet(counter))
    .execute();
}

/** Forgets identifier counters that are neither locked nor recent (a check in flight recreates its own). */
export async function purgeStaleFailures(db: Kysely<Database>, now: number, policy: LockoutPolicy): Promise<number> {
  const result = await db
    .deleteFrom('login_failures')
    .where('updated_at', '<', now - policy.durationMs)
    .where(notLocked('login_failures', now))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
