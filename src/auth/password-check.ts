import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Database, UserRow } from '../db/types.js';
import type { AppError } from '../errors.js';
import { audit } from '../logging.js';
import { accountLockedUntil, lockedError, type LockoutPolicy, type Reservation, reserveAccountAttempt } from './lockout.js';
import type { PasswordCheck, PasswordHasher } from './passwords.js';

export interface PasswordCheckDeps {
  db: Kysely<Database>;
  logger: Logger;
  policy: LockoutPolicy;
  passwords: PasswordHasher;
}

export interface BudgetedCheck extends PasswordCheck {
  reservation: Reservation;
}

/**
 * Checks a signed-in user's own password (`current_password`) within the account's attempt budget: the
 * attempt is reserved before the hash is spent, a locked account is refused without one, and a wrong
 * password answers 423 when it used the last attempt, else `otherwise`.
 */
export async function verifyAccountPassword(
  { db, logger, policy, passwords }: PasswordCheckDeps,
  { user, password, now, otherwise }: { user: UserRow; password: string; now: number; otherwise: AppError },
): Promise<BudgetedCheck> {
  const reservation = await reserveAccountAttempt(db, user.id, now, policy);
  if (!reservation) throw lockedError((await accountLockedUntil(db, user.id)) ?? now + policy.durationMs, now);
  const check = await passwords.verify(user.password_hash, password);
  if (check.valid) return { ...check, reservation };
  audit(logger, 'login_failed', { user_id: user.id, attempts: reservation.attempts, via: 'current_password' });
  if (reservation.lockedUntil !== null) {
    audit(logger, 'account_locked', { user_id: user.id, locked_until: reservation.lockedUntil });
    throw lockedError(reservation.lockedUntil, now);
  }
  throw otherwise;
}
