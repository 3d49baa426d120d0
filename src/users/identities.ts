import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Clock } from '../clock.js';
import type { Database, UserIdentityRow } from '../db/types.js';
import { inWriteTransaction } from '../db/transactions.js';
import { AppError } from '../errors.js';
import { audit } from '../logging.js';
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

export function createIdentityService({ db, clock, logger, passwords, budget }: { db: Kysely<Database>; clock: Clock; logger: Logger; passwords: PasswordHasher; budget: AttemptBudget }): IdentityService {
  return {
    async list(userId) {
      if (!(await findUserById(db, userId))) throw new AppError('user_not_found');
      return (await listIdentities(db, userId)).map(view);
    },

    assertMayLink: (self, currentPassword) => assertRecentlyAuthenticated({ db, clock, budget, passwords }, self, { currentPassword, what: 'Linking an identity' }),

    async unlink(self, identityId) {
      const removed = await inWriteTransaction(db, (trx) => unlinkIdentity(trx, self.user.id, identityId));
      audit(logger, 'identity_unlinked', { user_id: self.user.id, provider: removed.provider, identity_id: removed.id, session_id: self.sessionId });
    },
  };
}
