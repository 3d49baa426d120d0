import type { Kysely } from 'kysely';
import type { Clock } from '../clock.js';
import type { Database } from '../db/types.js';
import { AppError } from '../errors.js';
import type { UserActor } from './actor.js';
import type { AttemptBudget } from './attempt-budget.js';
import { checkCurrentPassword } from './current-password.js';
import { settleAccountSuccess } from './lockout.js';
import type { PasswordHasher } from './password-hasher.js';

/** A session signed in this recently may add a way in (an identity, a passkey) without its password. */
export const FRESH_SESSION_MS = 10 * 60_000;

/**
 * Adding a way in needs the current password (budgeted like any password check) or a session signed in within
 * FRESH_SESSION_MS (a sign-in, not the exchange of a Flask refresh token): a stolen, old token cannot add one. `what`
 * names the change in the refusal.
 */
export async function assertRecentlyAuthenticated(
  { db, clock, budget, passwords }: { db: Kysely<Database>; clock: Clock; budget: AttemptBudget; passwords: PasswordHasher },
  self: UserActor,
  { currentPassword, what }: { currentPassword: string | undefined; what: string },
): Promise<void> {
  if (currentPassword !== undefined) {
    const otherwise = new AppError('invalid_current_password', { errors: [{ field: 'current_password', message: 'is wrong' }] });
    const { passwordHash } = await checkCurrentPassword({ db, budget, passwords }, { user: self.user, actor: self, password: currentPassword, otherwise });
    await settleAccountSuccess(db, { userId: self.user.id, now: clock.now(), passwordHash });
    return;
  }
  // A session opened by exchanging a Flask refresh token (legacy_jti) proves nothing new: that token may be weeks old.
  const session = self.sessionId === null ? undefined : await db.selectFrom('sessions').select(['created_at', 'legacy_jti']).where('id', '=', self.sessionId).executeTakeFirst();
  if (!session || session.legacy_jti !== null || session.created_at < clock.now() - FRESH_SESSION_MS) {
    throw new AppError('invalid_current_password', { detail: `${what} needs current_password, or a session signed in within the last 10 minutes.`, errors: [{ field: 'current_password', message: 'is required' }] });
  }
}
