import type { Kysely } from 'kysely';
import type { Clock } from '../clock.js';
import type { Database, UserIdentityRow } from '../db/types.js';
import { inWriteTransaction } from '../db/transactions.js';
import { AppError } from '../errors.js';
import type { AuditTrail } from '../admin/audit-trail.js';
import type { UserActor } from '../account/actor.js';
import type { AttemptBudget } from '../account/attempt-budget.js';
import { assertRecentlyAuthenticated } from '../account/reauthentication.js';
import { listIdentities, unlinkIdentity } from '../account/identities.js';
import { findUserById } from '../account/user-lookup.js';
import type { PasswordHasher } from '../account/password-hasher.js';
import type { IdentityView } from '../schemas/identity.js';

export interface IdentityService {
  list(userId: number): Promise<IdentityView[]>;
  /** Linking needs a fresh session or the current password (a stolen, old token cannot add a way in). */
  assertMayLink(self: UserActor, currentPassword: string | undefined): Promise<void>;
  unlink(self: UserActor, identityId: string): Promise<void>;
}

const view = (row: UserIdentityRow): IdentityView => ({
  id: row.id,
  provider: row.provider,
  email: row.email,
  email_verified: row.email_verified === 1,
  created_at: new Date(row.created_at).toISOString(),
  last_used_at: row.last_used_at === null ? null : new Date(row.last_used_at).toISOString(),
});

export function createIdentityService({ db, clock, audit, passwords, budget }: { db: Kysely<Database>; clock: Clock; audit: AuditTrail; passwords: PasswordHasher; budget: AttemptBudget }): IdentityService {
  return {
    async list(userId) {
      if (!(await findUserById(db, userId))) throw new AppError('user_not_found');
      return (await listIdentities(db, userId)).map(view);
    },

    assertMayLink: (self, currentPassword) => assertRecentlyAuthenticated({ db, clock, budget, passwords }, self, { currentPassword, what: 'Linking an identity' }),

    async unlink(self, identityId) {
      const now = clock.now();
      await inWriteTransaction(db, async (trx) => {
        const removed = await unlinkIdentity(trx, self.user.id, identityId);
        await audit.record(trx, { action: 'identity_unlinked', target: self.user.id, by: self, details: { provider: removed.provider, identity_id: removed.id } }, now);
      });
    },
  };
}
