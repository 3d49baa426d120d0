import { isLockedOut } from './lockout.js';
import { toIso } from '../clock.js';
import type { UserRow } from '../db/types.js';
import type { PublicUser } from '../schemas/user.js';

/** The user as the API shows it: never the hash; lock details only to admins. */
export function toPublicUser(user: UserRow, { now, forAdmin = false }: { now: number; forAdmin?: boolean }): PublicUser {
  const locked = isLockedOut(user.locked_until, now);
  const view: PublicUser = {
    id: user.id,
    username: user.username,
    email: user.email,
    role: user.role,
    is_active: user.is_active === 1,
    is_locked: locked,
    email_verified: user.email_verified_at !== null,
    email_verified_at: toIso(user.email_verified_at),
    pending_email: user.pending_email,
    mfa_enabled: user.mfa_enabled_at !== null,
    created_at: new Date(user.created_at).toISOString(),
    updated_at: new Date(user.updated_at).toISOString(),
    last_login_at: toIso(user.last_login_at),
  };
  if (forAdmin) {
    view.locked_until = locked ? toIso(user.locked_until) : null;
    view.failed_login_attempts = user.failed_login_attempts;
  }
  return view;
}
