import type { Kysely } from 'kysely';
import type { PasswordHasher } from './password-hasher.js';
import type { Database, UserRow } from '../db/types.js';
import type { AppError } from '../errors.js';
import type { AttemptBudget } from './attempt-budget.js';
import type { UserActor } from './actor.js';

/**
 * A signed-in user's own password (`current_password`), checked within the account's attempt budget: a locked
 * account is refused without a hash, and a wrong password counts (423 when it locks, else `otherwise`). The hash
 * is read on the account's turn (a login before it may have rehashed it). A right password leaves the count to
 * the caller, who clears it with settleAccountSuccess, given the hash returned here, in the change's transaction.
 */
export async function checkCurrentPassword(
  { db, budget, passwords }: { db: Kysely<Database>; budget: AttemptBudget; passwords: PasswordHasher },
  { user, password, otherwise, actor }: { user: Pick<UserRow, 'id'>; password: string; otherwise: AppError; actor?: UserActor },
): Promise<{ passwordHash: string }> {
  return budget.check<{ passwordHash: string }>({ kind: 'account', userId: user.id }, { userId: user.id, actor, unavailable: otherwise }, async (attempt) => {
    const row = await db.selectFrom('users').select('password_hash').where('id', '=', user.id).executeTakeFirst();
    if (!row) throw otherwise;
    if (!(await passwords.verify(row.password_hash, password)).valid) return { wrong: 'current_password', answer: otherwise };
    budget.assertStillHeld(attempt);
    return { right: { passwordHash: row.password_hash } };
  });
}
