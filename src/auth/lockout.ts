import { type Kysely, sql } from 'kysely';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { Database, UserRow, UserUpdate } from '../db/types.js';
import { AppError } from '../errors.js';
import { audit } from '../logging.js';

export interface LockoutPolicy {
  maxFailedLogins: number;
  durationMs: number;
}

export function lockoutPolicy(config: Config): LockoutPolicy {
  return { maxFailedLogins: config.lockout.maxFailedLogins, durationMs: config.lockout.durationSeconds * 1000 };
}

export interface FailureCount {
  attempts: number;
  lockedUntil: number | null;
}

/** Where each kind of counter keeps its time of the newest failure. */
const LAST_FAILURE_COLUMN = { users: 'last_failed_login_at', login_failures: 'updated_at' } as const;
type CounterTable = keyof typeof LAST_FAILURE_COLUMN;

/**
 * The new counter values, computed by the database from the row's current values in the same statement,
 * so concurrent failures never lose a count. The count starts again after an expired lock, or when the
 * previous failure is older than the lockout window: real accounts and unknown identifiers forget alike.
 */
function counterUpdate(table: CounterTable, now: number, policy: LockoutPolicy) {
  const attempts = sql.ref(`${table}.failed_login_attempts`);
  const lockedUntil = sql.ref(`${table}.locked_until`);
  const lastFailure = sql.ref(`${table}.${LAST_FAILURE_COLUMN[table]}`);
  const lockExpired = sql`(${lockedUntil} is not null and ${lockedUntil} <= ${now})`;
  const stale = sql`(${lockedUntil} is null and (${lastFailure} is null or ${lastFailure} <= ${now - policy.durationMs}))`;
  const next = sql<number>`case when ${lockExpired} or ${stale} then 1 else ${attempts} + 1 end`;
  return {
    failed_login_attempts: next,
    locked_until: sql<number | null>`case
      when ${next} >= ${policy.maxFailedLogins} and (${lockedUntil} is null or ${lockExpired}) then ${now + policy.durationMs}
      when ${lockExpired} then null
      else ${lockedUntil} end`,
    [LAST_FAILURE_COLUMN[table]]: now,
  } as const;
}

export function isLockedOut(lockedUntil: number | null, now: number): boolean {
  return lockedUntil !== null && lockedUntil > now;
}

export function lockedError(lockedUntil: number, now: number): AppError {
  return new AppError('account_locked', { retryAfter: (lockedUntil - now) / 1000 });
}

/**
 * Counts a wrong password (for an account, or an identifier that matches none) and throws: 423 once the
 * count locks, otherwise `otherwise`. Logs login_failed, and account_locked when this failure locks.
 */
export async function rejectWrongPassword(
  { db, logger, policy }: { db: Kysely<Database>; logger: Logger; policy: LockoutPolicy },
  { userId, identifier, now, otherwise, via }: { userId?: number; identifier?: string; now: number; otherwise: AppError; via: 'login' | 'current_password' },
): Promise<never> {
  const count = userId !== undefined ? await recordUserFailure(db, userId, now, policy) : await recordUnknownFailure(db, identifier ?? '', now, policy);
  audit(logger, 'login_failed', { user_id: userId ?? null, attempts: count.attempts, via });
  if (isLockedOut(count.lockedUntil, now)) {
    if (count.attempts === policy.maxFailedLogins) audit(logger, 'account_locked', { user_id: userId ?? null, locked_until: count.lockedUntil });
    throw lockedError(count.lockedUntil as number, now);
  }
  throw otherwise;
}

/** Counts one failed login for an existing account, atomically. */
export async function recordUserFailure(db: Kysely<Database>, userId: number, now: number, policy: LockoutPolicy): Promise<FailureCount> {
  const row = await db
    .updateTable('users')
    .set(counterUpdate('users', now, policy))
    .where('id', '=', userId)
    .returning(['failed_login_attempts', 'locked_until'])
    .executeTakeFirstOrThrow();
  return { attempts: row.failed_login_attempts, lockedUntil: row.locked_until };
}

/** Counts one failed login for an identifier that matches no account, exactly as for a real one. */
export async function recordUnknownFailure(db: Kysely<Database>, identifier: string, now: number, policy: LockoutPolicy): Promise<FailureCount> {
  const firstLock = policy.maxFailedLogins <= 1 ? now + policy.durationMs : null;
  const row = await db
    .insertInto('login_failures')
    .values({ identifier, failed_login_attempts: 1, locked_until: firstLock, updated_at: now })
    .onConflict((oc) => oc.column('identifier').doUpdateSet(counterUpdate('login_failures', now, policy)))
    .returning(['failed_login_attempts', 'locked_until'])
    .executeTakeFirstOrThrow();
  return { attempts: row.failed_login_attempts, lockedUntil: row.locked_until };
}

export async function unknownLockedUntil(db: Kysely<Database>, identifier: string): Promise<number | null> {
  const row = await db.selectFrom('login_failures').select('locked_until').where('identifier', '=', identifier).executeTakeFirst();
  return row?.locked_until ?? null;
}

/**
 * After a correct password: clears the counters (plus `changes`) only if no lock landed meanwhile, so
 * concurrent wrong guesses that locked the account cannot be erased by one lucky guess among them.
 * Undefined when the account is locked.
 */
export async function clearFailuresUnlessLocked(db: Kysely<Database>, userId: number, now: number, changes: UserUpdate): Promise<UserRow | undefined> {
  return db
    .updateTable('users')
    .set({ ...changes, failed_login_attempts: 0, locked_until: null })
    .where('id', '=', userId)
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', now)]))
    .returningAll()
    .executeTakeFirst();
}

export async function resetUserFailures(db: Kysely<Database>, userId: number): Promise<void> {
  await db.updateTable('users').set({ failed_login_attempts: 0, locked_until: null }).where('id', '=', userId).execute();
}

/** Forgets counters of unknown identifiers that are neither locked nor recent. */
export async function purgeStaleFailures(db: Kysely<Database>, now: number, policy: LockoutPolicy): Promise<number> {
  const result = await db
    .deleteFrom('login_failures')
    .where('updated_at', '<', now - policy.durationMs)
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', now)]))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
