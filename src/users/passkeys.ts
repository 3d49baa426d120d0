import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Clock } from '../clock.js';
import type { Database, PasskeyRow, UserRow } from '../db/types.js';
import { inWriteTransaction } from '../db/transactions.js';
import { AppError } from '../errors.js';
import type { AuditTrail } from '../admin/audit-trail.js';
import { type Actor, assertActsThroughSession, isSelf, type UserActor } from '../account/actor.js';
import type { AttemptBudget } from '../account/attempt-budget.js';
import { deletePasskey, findPasskeyOfUser, hasPasskeys, insertPasskey, listPasskeys, renamePasskey, saveChallenge, takeChallenge, userHandleOf } from '../account/passkeys.js';
import type { PasswordHasher } from '../account/password-hasher.js';
import { assertRecentlyAuthenticated } from '../account/reauthentication.js';
import { invalidateUserSessions, raiseSessionAssurance } from '../account/sessions.js';
import { dropPendingFactor } from '../account/second-factor.js';
import { findUserById, lockUserRow } from '../account/user-lookup.js';
import { assertAnotherWayIn } from '../account/ways-in.js';
import { type Ceremonies, CeremonyRefusal, challengeOf, type PublicKeyCredentialCreationOptionsJSON } from '../auth/webauthn.js';
import type { PasskeyView, RegistrationInput } from '../schemas/passkey.js';

/** Passkeys as the account sees them: register (a WebAuthn creation ceremony), list, rename, remove. */
export interface PasskeyService {
  /** Creation options bound to this session; needs a fresh session or `currentPassword`, and aal 2 once a factor exists. */
  creationOptions(self: UserActor, currentPassword: string | undefined): Promise<PublicKeyCredentialCreationOptionsJSON>;
  register(self: UserActor, input: { response: RegistrationInput; name: string | undefined }): Promise<PasskeyView>;
  list(userId: number): Promise<PasskeyView[]>;
  rename(self: UserActor, id: string, name: string): Promise<PasskeyView>;
  /** One's own (at aal 2 once a factor exists), or any user's by an admin; never the last way in. */
  remove(actor: Actor, userId: number, id: string): Promise<void>;
}

export interface PasskeyDeps {
  db: Kysely<Database>;
  clock: Clock;
  logger: Logger;
  audit: AuditTrail;
  passwords: PasswordHasher;
  budget: AttemptBudget;
  ceremonies: Ceremonies;
}

const view = (row: PasskeyRow): PasskeyView => ({
  id: row.id,
  name: row.name,
  created_at: new Date(row.created_at).toISOString(),
  last_used_at: row.last_used_at === null ? null : new Date(row.last_used_at).toISOString(),
  aaguid: row.aaguid,
  transports: row.transports === '' ? [] : row.transports.split(' '),
  backup_eligible: row.backup_eligible === 1,
  backed_up: row.backed_up === 1,
  user_verified: row.user_verified === 1,
});

const rejected = (detail: string) => new AppError('passkey_rejected', { detail });

export function createPasskeyService({ db, clock, logger, audit, passwords, budget, ceremonies }: PasskeyDeps): PasskeyService {
  /** The user's factors: TOTP or passkeys. Once one exists, adding or removing one needs a session that passed one. */
  async function assertMayChangeFactors(self: UserActor, user: Pick<UserRow, 'id' | 'mfa_enabled_at'>, trx: Kysely<Database> = db): Promise<void> {
    const hasFactor = user.mfa_enabled_at !== null || (await hasPasskeys(trx, user.id));
    if (hasFactor && self.aal < 2) throw new AppError('mfa_required', { detail: 'Changing your passkeys needs a session that passed a second factor: sign in with a passkey or a code.' });
  }

  return {
    async creationOptions(self, currentPassword) {
      assertActsThroughSession(self);
      await assertMayChangeFactors(self, self.user);
      await assertRecentlyAuthenticated({ db, clock, budget, passwords }, self, { currentPassword, what: 'Adding a passkey' });
      const userHandle = (await userHandleOf(db, self.user.id)) ?? randomBytes(32).toString('base64url');
      const options = await ceremonies.creationOptions({ userName: self.user.username, userHandle, exclude: await listPasskeys(db, self.user.id) });
      await saveChallenge(db, { challenge: options.challenge, purpose: 'registration', user_id: self.user.id, session_id: self.sessionId, user_handle: userHandle }, clock.now());
      return options;
    },

    async register(self, { response, name }) {
      assertActsThroughSession(self);
      const { user, sessionId } = self;
      const challenge = challengeOf(response);
      const now = clock.now();
      // Spent whatever follows: a response is answered once. Bound to the session (and user) that asked for it.
      const ceremony = challenge === undefined ? undefined : await takeChallenge(db, { challenge, purpose: 'registration', now });
      if (!ceremony || ceremony.user_id !== user.id || ceremony.session_id !== sessionId || ceremony.user_handle === null) {
        throw rejected('The registration expired, was used, or was started by another session: ask for new options.');
      }
      let verified;
      try {
        verified = await ceremonies.verifyCreation(response, ceremony.challenge);
      } catch (err) {
        if (!(err instanceof CeremonyRefusal)) throw err;
        logger.info({ user_id: user.id, refusal: err.message }, 'passkey registration refused');
        throw rejected('The passkey could not be verified (origin, RP ID, challenge or signature).');
      }
      const userHandle = ceremony.user_handle;
      const added = await inWriteTransaction(db, async (trx) => {
        const current = await lockUserRow(trx, user.id);
        if (!current) throw new AppError('user_not_found');
        // Checked again under the lock: a factor added meanwhile (by another session) raises the bar.
        await assertMayChangeFactors(self, current, trx);
        const passkey = await insertPasskey(trx, { ...verified, user_id: user.id, user_handle: userHandle, name: name ?? `Passkey ${new Date(now).toISOString().slice(0, 10)}`, created_at: now });
        if (!passkey) throw rejected('This passkey is already registered.');
        // As for a new second factor: the other sessions end, and this one proved the new factor. A TOTP enrolment
        // still pending was started without this factor (perhaps by whoever knows the password): it is dropped.
        await invalidateUserSessions(trx, user.id, { reason: 'mfa_changed', now, except: sessionId });
        await dropPendingFactor(trx, user.id);
        await raiseSessionAssurance(trx, sessionId, 2, 'webauthn');
        await audit.record(trx, { action: 'passkey_added', target: user.id, by: self, details: { passkey_id: passkey.id, aaguid: passkey.aaguid, backup_eligible: passkey.backup_eligible === 1 } }, now);
        return passkey;
      });
      return view(added);
    },

    async list(userId) {
      if (!(await findUserById(db, userId))) throw new AppError('user_not_found');
      return (await listPasskeys(db, userId)).map(view);
    },

    async rename(self, id, name) {
      const now = clock.now();
      const renamed = await inWriteTransaction(db, async (trx) => {
        const row = await renamePasskey(trx, self.user.id, id, name);
        if (row) await audit.record(trx, { action: 'passkey_renamed', target: self.user.id, by: self, details: { passkey_id: id } }, now);
        return row;
      });
      if (!renamed) throw new AppError('not_found', { detail: 'No such passkey.' });
      return view(renamed);
    },

    async remove(actor, userId, id) {
      const own = isSelf(actor, userId);
      const now = clock.now();
      await inWriteTransaction(db, async (trx) => {
        const user = await lockUserRow(trx, userId);
        if (!user) throw new AppError('user_not_found');
        if (own && actor.kind === 'user') await assertMayChangeFactors(actor, user, trx);
        if (!(await findPasskeyOfUser(trx, userId, id))) throw new AppError('not_found', { detail: 'No such passkey.' });
        await assertAnotherWayIn(trx, user, { passkeyId: id });
        await deletePasskey(trx, userId, id);
        // A lost or stolen passkey may have signed sessions in: they end (all but the caller's own).
        await invalidateUserSessions(trx, userId, { reason: own ? 'mfa_changed' : 'admin', now, except: own && actor.kind === 'user' ? actor.sessionId : null });
        await audit.record(trx, { action: 'passkey_removed', target: userId, by: actor, details: { passkey_id: id } }, now);
      });
    },
  };
}
