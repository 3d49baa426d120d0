import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import { consumeEmailToken, dropPendingEmailAndVoidTokens, findLiveEmailToken, newestEmailTokenAt } from '../account/email-tokens.js';
import { identifierKeyer, unlockAccount } from '../account/lockout.js';
import { assertPasswordPolicy } from '../account/password-policy.js';
import type { PasswordHasher } from '../account/password-hasher.js';
import type { Actor, ClientInfo } from '../account/actor.js';
import { invalidateUserSessions } from '../account/sessions.js';
import { unlinkIdentitiesNotProvingEmail } from '../account/identities.js';
import { deleteAllPasskeys } from '../account/passkeys.js';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import { inWriteTransaction } from '../db/transactions.js';
import type { Database, EmailTokenRow, UserRow } from '../db/types.js';
import { AppError } from '../errors.js';
import type { AuditTrail } from '../admin/audit-trail.js';
import type { Mailer } from '../mail/sender.js';
import type { PublicUser } from '../schemas/user.js';
import type { AccountMail } from './account-mail.js';
import { findUserById, findUserByLogin, lockUserRow } from '../account/user-lookup.js';
import { updateUser } from './repository.js';
import { toPublicUser } from '../account/public-user.js';

export interface RecoveryService {
  /** Schedules a reset mail and returns at once: known and unknown addresses are answered alike, in the same time. */
  forgotPassword(email: string, client?: ClientInfo): void;
  resetPassword(input: { token: string; password: string; client?: ClientInfo }): Promise<void>;
  /** Spends a verification or email-change token; the user as it now is. */
  verifyEmail(token: string, client?: ClientInfo): Promise<PublicUser>;
  resendVerification(user: UserRow): Promise<void>;
  /** An admin (or the CLI) mails a user a reset link. */
  sendPasswordReset(options: { actor: Actor; id: number }): Promise<void>;
  /** Resolves when the work scheduled by forgotPassword has finished (shutdown, tests). */
  settled(): Promise<void>;
}

export interface RecoveryDeps {
  db: Kysely<Database>;
  clock: Clock;
  config: Config;
  logger: Logger;
  audit: AuditTrail;
  passwords: PasswordHasher;
  mailer: Mailer;
  accountMail: AccountMail;
  identifierKey: Buffer;
}

const invalidToken = (): AppError => new AppError('invalid_or_expired_token');

/** A token acts only on the address it was mailed to: the account's (reset, verification) or its pending one (change). */
function stillBound(token: EmailTokenRow, user: UserRow | undefined): user is UserRow {
  if (!user || user.id !== token.user_id) return false;
  return token.purpose === 'email_change' ? user.pending_email === token.email : user.email === token.email;
}

export function createRecoveryService({ db, clock, config, logger, audit, passwords, mailer, accountMail, identifierKey }: RecoveryDeps): RecoveryService {
  const keyFor = identifierKeyer(identifierKey);
  const resendIntervalMs = config.mail.resendIntervalSeconds * 1000;
  const background = new Set<Promise<void>>();

  function assertMailAvailable(): void {
    if (!mailer.available) throw new AppError('mail_unavailable', { retryAfter: 3600 });
  }

  /**
   * Mails a token of `purpose` unless one went out less than MAIL_RESEND_INTERVAL ago; the check and the new
   * token share one transaction under the user's row lock, so racing requests send one mail, not two.
   * Resolves with the seconds still to wait (0 when it was sent).
   */
  async function mailUnlessRecent(user: UserRow, purpose: 'password_reset' | 'email_verify', now: number, client?: ClientInfo): Promise<number | 'inactive'> {
    const wait = await inWriteTransaction(db, async (trx) => {
      // Read again under the lock: an account deactivated since (or its address changed) gets no link.
      const current = await lockUserRow(trx, user.id);
      if (!current || current.is_active !== 1) return 'inactive' as const;
      const newest = await newestEmailTokenAt(trx, user.id, purpose);
      const seconds = newest === null ? 0 : Math.max(0, newest + resendIntervalMs - now) / 1000;
      if (seconds > 0) return seconds;
      await (purpose === 'password_reset' ? accountMail.passwordReset(trx, current, now) : accountMail.verification(trx, current, now));
      if (purpose === 'password_reset') await audit.record(trx, { action: 'password_reset_requested', target: current.id, client }, now);
      return 0;
    });
    if (wait === 0) mailer.kick();
    return wait;
  }

  async function mailResetLink(email: string, client: ClientInfo | undefined): Promise<void> {
    const user = await findUserByLogin(db, { email });
    // Unknown and disabled addresses get nothing; a known one at most one link per MAIL_RESEND_INTERVAL.
    if (!user || user.is_active !== 1) return;
    await mailUnlessRecent(user, 'password_reset', clock.now(), client);
  }

  return {
    forgotPassword(email, client) {
      assertMailAvailable();
      // Started after the answer is on its way: no database work for known addresses runs inside the request.
      const task = new Promise<void>((resolve) => setImmediate(resolve))
        .then(() => mailResetLink(email.toLowerCase(), client))
        .catch((err) => logger.error({ err }, 'password reset mail could not be queued'))
        .finally(() => background.delete(task));
      background.add(task);
    },

    async resetPassword({ token, password, client }) {
      const now = clock.now();
      const live = await findLiveEmailToken(db, { token, purposes: ['password_reset'], now });
      const user = live && (await findUserById(db, live.user_id));
      // A disabled account, or an address it no longer has, looks like any bad token.
      if (!live || !stillBound(live, user) || user.is_active !== 1) throw invalidToken();
      // The policy first: a refused password leaves the token usable, and no hash is spent on it.
      assertPasswordPolicy(password, { username: user.username, email: user.email });
      const passwordHash = await passwords.hash(password);
      await inWriteTransaction(db, async (trx) => {
        // Locked before the token is spent, so a racing deactivation or email change is wholly before or after.
        const current = await lockUserRow(trx, live.user_id);
        const spent = await consumeEmailToken(trx, { token, purposes: ['password_reset'], now });
        if (!spent || !stillBound(spent, current) || current.is_active !== 1) throw invalidToken();
        // The mailbox that received the link is proven.
        await updateUser(trx, current.id, { password_hash: passwordHash, email_verified_at: current.email_verified_at ?? now, updated_at: now });
        await unlockAccount(trx, current, keyFor);
        await invalidateUserSessions(trx, current.id, { reason: 'password_changed', now });
        await dropPendingEmailAndVoidTokens(trx, { userId: current.id, now });
        await accountMail.passwordChanged(trx, current, now);
        // Whoever knew the old password could have added a passkey (the first factor needs only the password):
        // a reset ends that way in too, as it ends the sessions. The owner registers theirs again.
        const unlinked = await unlinkIdentitiesNotProvingEmail(trx, current);
        const passkeys = await deleteAllPasskeys(trx, current.id);
        // The link's holder proved the mailbox: they act on the account.
        const by = { target: current.id, by: current.id, client };
        await audit.record(trx, { action: 'password_reset', ...by }, now);
        if (current.email_verified_at === null) await audit.record(trx, { action: 'email_verified', ...by, details: { via: 'password_reset' } }, now);
        for (const identity of unlinked) await audit.record(trx, { action: 'identity_unlinked', ...by, details: { provider: identity.provider, identity_id: identity.id, reason: 'password_reset' } }, now);
        for (const passkeyId of passkeys) await audit.record(trx, { action: 'passkey_removed', ...by, details: { passkey_id: passkeyId, reason: 'password_reset' } }, now);
      });
      mailer.kick();
    },

    async verifyEmail(token, client) {
      const now = clock.now();
      const live = await findLiveEmailToken(db, { token, purposes: ['email_verify', 'email_change'], now });
      if (!live) throw invalidToken();
      const user = await inWriteTransaction(db, async (trx) => {
        const current = await lockUserRow(trx, live.user_id);
        const spent = await consumeEmailToken(trx, { token, purposes: ['email_verify', 'email_change'], now });
        if (!spent || !stillBound(spent, current)) throw invalidToken();
        if (spent.purpose === 'email_verify') {
          // The mailbox owner proves the address now: identities linked while it was unproven that do not assert
          // it verified (a provider sign-in that squatted the address) lose the account.
          const squatters = current.email_verified_at === null ? await unlinkIdentitiesNotProvingEmail(trx, current) : [];
          const verified = (await updateUser(trx, current.id, { email_verified_at: current.email_verified_at ?? now, updated_at: now })) as UserRow;
          await audit.record(trx, { action: 'email_verified', target: current.id, by: current.id, client, user: verified }, now);
          for (const identity of squatters) {
            await audit.record(trx, { action: 'identity_unlinked', target: current.id, by: current.id, client, details: { provider: identity.provider, identity_id: identity.id, reason: 'email_verified' } }, now);
          }
          return verified;
        }
        // Links mailed to the old address must not act on the new one.
        await dropPendingEmailAndVoidTokens(trx, { userId: current.id, now });
        const changed = (await updateUser(trx, current.id, { email: spent.email, pending_email: null, email_verified_at: now, updated_at: now })) as UserRow;
        await audit.record(trx, { action: 'email_changed', target: current.id, by: current.id, client, user: changed }, now);
        await audit.record(trx, { action: 'email_verified', target: current.id, by: current.id, client, user: changed }, now);
        return changed;
      });
      return toPublicUser(user, { now });
    },

    async resendVerification(user) {
      assertMailAvailable();
      if (user.email_verified_at !== null) throw new AppError('already_verified');
      const wait = await mailUnlessRecent(user, 'email_verify', clock.now());
      // 'inactive': deactivated during this request, whose session the deactivation already ended.
      if (wait === 'inactive') throw new AppError('token_revoked');
      if (wait > 0) throw new AppError('rate_limited', { detail: 'A verification mail was sent moments ago; wait before asking again.', retryAfter: wait });
    },

    async sendPasswordReset({ actor, id }) {
      const user = await findUserById(db, id);
      if (!user) throw new AppError('user_not_found');
      assertMailAvailable();
      const now = clock.now();
      await inWriteTransaction(db, async (trx) => {
        await accountMail.passwordReset(trx, user, now);
        await audit.record(trx, { action: 'password_reset_sent', target: id, by: actor }, now);
      });
      mailer.kick();
    },

    async settled() {
      while (background.size > 0) await Promise.all([...background]);
    },
  };
}
