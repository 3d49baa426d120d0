import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database, UserIdentityRow, UserRow } from '../../db/types.js';
import { uniqueViolation } from '../../db/errors.js';
import { inWriteTransaction } from '../../db/transactions.js';
import { findIdentity, linkIdentity, type ProviderIdentity, touchIdentity } from '../../account/identities.js';
import { UNUSABLE_PASSWORD_HASH } from '../../account/password-formats.js';
import { findUserById, findUserByLogin } from '../../account/user-lookup.js';
import type { AuditTrail } from '../../admin/audit-trail.js';
import type { ClientInfo } from '../../account/actor.js';
import type { ProviderProfile } from './providers.js';

/** Why the callback signs no one in: each becomes `?error=<code>` on the way back. */
export type LinkRefusal = 'account_exists' | 'signup_disabled' | 'email_required';

export type Resolution = { user: UserRow; identity: UserIdentityRow } | { refused: LinkRefusal };

const USERNAME_CHARACTERS = /[^A-Za-z0-9_.-]/g;

/** A username from the provider's suggestion, made valid; a suffix is added when it is taken. */
function usernameFrom(suggestion: string | null, attempt: number): string {
  let base = (suggestion ?? '').replace(USERNAME_CHARACTERS, '').slice(0, 24);
  if (base.length < 3) base = `user${base}`;
  return attempt === 0 ? base : `${base}-${randomBytes(3).toString('hex')}`;
}

/**
 * The linking rules, in order:
 * 1. an identity already linked (provider + subject) signs in as its user;
 * 2. else a local account with the same email is linked only if the provider asserts the email verified and the
 *    local email is verified; otherwise refused with account_exists (nothing more is revealed);
 * 3. else a new user (no password, email verified only if the provider says so), unless sign-up is off.
 */
export async function resolveAccount(
  { db, audit, allowSignup, client }: { db: Kysely<Database>; audit: AuditTrail; allowSignup: boolean; client?: ClientInfo },
  provider: string,
  profile: ProviderProfile,
  now: number,
): Promise<Resolution> {
  const identity: ProviderIdentity = { provider, subject: profile.subject, email: profile.email, emailVerified: profile.emailVerified };
  const linked = await findIdentity(db, provider, profile.subject);
  if (linked) {
    const user = await findUserById(db, linked.user_id);
    if (user) {
      await touchIdentity(db, linked.id, identity, now);
      return { user, identity: linked };
    }
  }
  if (profile.email === null) return { refused: 'email_required' };

  const local = await findUserByLogin(db, { email: profile.email });
  if (local) {
    if (!profile.emailVerified || local.email_verified_at === null) {
      const details = { provider, provider_email_verified: profile.emailVerified, local_email_verified: local.email_verified_at !== null };
      await audit.record(db, { action: 'identity_link_refused', target: local.id, client, details }, now);
      return { refused: 'account_exists' };
    }
    const created = await inWriteTransaction(db, async (trx) => {
      const linkedNow = await linkIdentity(trx, local.id, identity, now);
      if (linkedNow) await audit.record(trx, { action: 'identity_linked', target: local.id, by: local.id, client, details: { provider, identity_id: linkedNow.id, via: 'verified_email' } }, now);
      return linkedNow;
    });
    // A sign-in beside this one linked it first: rule 1 then holds.
    const row = created ?? (await findIdentity(db, provider, profile.subject));
    if (!row || row.user_id !== local.id) return { refused: 'account_exists' };
    return { user: local, identity: row };
  }

  if (!allowSignup) return { refused: 'signup_disabled' };
  for (let attempt = 0; attempt < 5; attempt += 1) {
    try {
      const created = await inWriteTransaction(db, async (trx) => {
        const user = await trx.insertInto('users').values({
          username: usernameFrom(profile.username, attempt),
          email: profile.email as string,
          password_hash: UNUSABLE_PASSWORD_HASH,
          role: 'user',
          is_active: 1,
          email_verified_at: profile.emailVerified ? now : null,
          created_at: now,
          updated_at: now,
        }).returningAll().executeTakeFirstOrThrow();
        const row = await linkIdentity(trx, user.id, identity, now);
        if (!row) throw new Error('identity linked meanwhile');
        await audit.record(trx, { action: 'user_registered', target: user.id, by: user.id, client, details: { role: 'user', provider, identity_id: row.id }, user }, now);
        return { user, identity: row };
      });
      return created;
    } catch (err) {
      const which = uniqueViolation(err);
      if (which === 'email') return { refused: 'account_exists' };
      if (which !== 'username') throw err;
    }
  }
  return { refused: 'account_exists' };
}
