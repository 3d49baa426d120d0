import type { UserRow } from '../db/types.js';
import { AppError } from '../errors.js';
import { assertMayAct } from './actor.js';
import { isLockedOut, lockedError } from './lockout.js';

/**
 * Whether an account may open a session now, once a sign-in without a password step proved who it is (a provider's
 * one-time code, a passkey): active, not locked, its address verified when REQUIRE_EMAIL_VERIFICATION asks for it.
 * `lockApplies: false` for an account whose lock guards nothing this sign-in could guess (a passkey's, with no usable
 * password). A password login checks the same, in the order its attempt budget sets.
 */
export function assertMaySignIn(
  user: Pick<UserRow, 'is_active' | 'locked_until' | 'email_verified_at'>,
  now: number,
  { requireVerifiedEmail, lockApplies = true }: { requireVerifiedEmail: boolean; lockApplies?: boolean },
): void {
  assertMayAct(user);
  if (lockApplies && isLockedOut(user.locked_until, now)) throw lockedError(user.locked_until as number, now);
  if (requireVerifiedEmail && user.email_verified_at === null) throw new AppError('email_not_verified');
}
