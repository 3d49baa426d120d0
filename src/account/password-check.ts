import type { PasswordHasher } from '../auth/passwords.js';
import type { UserRow } from '../db/types.js';
import type { AppError } from '../errors.js';
import { type AttemptBudget, unevaluated } from './attempt-budget.js';
import { lockedError } from './lockout.js';

/**
 * A signed-in user's own password (`current_password`), checked within the account's attempt budget: a locked
 * account is refused without a hash, and a wrong password counts (423 when it locks, else `otherwise`). A right
 * one leaves the count to the caller, who clears it with settleAccountSuccess in the transaction of the change.
 */
export async function checkCurrentPassword(
  { budget, passwords }: { budget: AttemptBudget; passwords: PasswordHasher },
  { user, password, otherwise }: { user: UserRow; password: string; otherwise: AppError },
): Promise<void> {
  await budget.run({ kind: 'account', userId: user.id }, async (attempt) => {
    if (attempt.state !== 'open') throw unevaluated(attempt, otherwise);
    if ((await passwords.verify(user.password_hash, password)).valid) return;
    const failure = await budget.fail(attempt, { via: 'current_password', userId: user.id });
    throw failure.lockedUntil !== null ? lockedError(failure.lockedUntil, attempt.now) : otherwise;
  });
}
