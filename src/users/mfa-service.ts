import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import QRCode from 'qrcode';
import type { AttemptBudget } from '../account/attempt-budget.js';
import { settleAccountSuccess } from '../account/lockout.js';
import { checkCurrentPassword } from '../account/current-password.js';
import { claimTotpStep, enablePendingFactor, matchTotpStep, newTotpSecret, otpauthUri, removeFactor, replaceRecoveryCodes, storePendingFactor } from '../account/second-factor.js';
import type { PasswordHasher } from '../account/password-hasher.js';
import { invalidateUserSessions, raiseSessionAssurance } from '../account/sessions.js';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import { inWriteTransaction } from '../db/transactions.js';
import type { Database, UserRow } from '../db/types.js';
import { AppError } from '../errors.js';
import { openSealed, seal } from '../keys.js';
import type { AuditTrail } from '../admin/audit-trail.js';
import type { Enrolment } from '../schemas/mfa.js';
import { findUserById } from '../account/user-lookup.js';
import { hasPasskeys } from '../account/passkeys.js';
import { type Actor, assertActsThroughSession, type UserActor } from '../account/actor.js';

/** An enrolment not confirmed within this time is forgotten. */
const PENDING_TTL_MS = 10 * 60_000;

export interface MfaService {
  enrol(self: UserActor, currentPassword: string): Promise<Enrolment>;
  confirm(self: UserActor, code: string): Promise<string[]>;
  disable(self: UserActor, proof: { currentPassword: string; code: string }): Promise<void>;
  replaceRecoveryCodes(self: UserActor, proof: { currentPassword: string; code: string }): Promise<string[]>;
  /** An admin (or the CLI) removes a user's factor: they enrol again at their next login. */
  reset(options: { actor: Actor; id: number }): Promise<void>;
}

export interface MfaDeps {
  db: Kysely<Database>;
  clock: Clock;
  config: Config;
  logger: Logger;
  audit: AuditTrail;
  passwords: PasswordHasher;
  budget: AttemptBudget;
  secrets: Buffer;
}

export function createMfaService({ db, clock, config, audit, passwords, budget, secrets }: MfaDeps): MfaService {
  const wrongCode = (): AppError => new AppError('invalid_mfa_code', { status: 400, errors: [{ field: 'code', message: 'is wrong, expired or already used' }] });
  const wrongPassword = (): AppError => new AppError('invalid_current_password', { errors: [{ field: 'current_password', message: 'is wrong' }] });

  /** Once a factor exists, changing it takes a session that passed one: a password alone cannot. */
  function assertSecondFactorSession({ aal }: UserActor): void {
    if (aal < 2) throw new AppError('mfa_required', { detail: 'Changing your second factor needs a session that passed it: log in again with a code or a passkey.' });
  }

  /**
   * One check of the account's budget that needs the password and a TOTP code of the enabled factor (never a time step
   * used before): it counts as one failure unless both pass, and only both together clear the count. `apply`
   * runs in the transaction that claims the step, so a refused change leaves the step unused.
   */
  function withPasswordAndCode<T>(self: UserActor, { currentPassword, code }: { currentPassword: string; code: string }, apply: (trx: Kysely<Database>, now: number) => Promise<T>): Promise<T> {
    return budget.check<T>({ kind: 'account', userId: self.user.id }, { userId: self.user.id, actor: self, unavailable: wrongPassword() }, async (attempt) => {
      const { now } = attempt;
      // Read on the account's turn: a check before it may have rehashed the password.
      const user = await findUserById(db, self.user.id);
      if (!user) throw wrongPassword();
      const secret = enabledSecret(user);
      const passwordRight = (await passwords.verify(user.password_hash, currentPassword)).valid;
      const step = passwordRight ? matchTotpStep(secret, code, now) : null;
      budget.assertStillHeld(attempt);
      const result = step === null ? undefined : await inWriteTransaction(db, async (trx) => {
        if (!(await claimTotpStep(trx, user.id, step))) return undefined;
        if (!(await settleAccountSuccess(trx, { userId: user.id, now, passwordHash: user.password_hash }))) {
          throw new AppError('invalid_current_password', { detail: 'The password changed, or the account was locked, while this request ran.' });
        }
        return { value: await apply(trx, now) };
      });
      if (result) return { right: result.value };
      return passwordRight ? { wrong: 'totp', answer: wrongCode() } : { wrong: 'current_password', answer: wrongPassword() };
    });
  }

  function enabledSecret(user: UserRow): string {
    if (user.mfa_secret === null) throw new AppError('invalid_mfa_code', { status: 400, detail: 'No second factor is enabled.' });
    return openSealed(secrets, user.mfa_secret);
  }

  return {
    async enrol(self, currentPassword) {
      const { user } = self;
      if (user.mfa_enabled_at !== null) throw new AppError('mfa_already_enabled');
      // A passkey is a factor already: adding a second one needs a session that passed it.
      if (self.aal < 2 && (await hasPasskeys(db, user.id))) assertSecondFactorSession(self);
      // The session that confirms the factor rises to aal 2: a Flask access token has none to raise.
      assertActsThroughSession(self);
      const { passwordHash } = await checkCurrentPassword({ db, budget, passwords }, { user, actor: self, password: currentPassword, otherwise: wrongPassword() });
      const now = clock.now();
      if (!(await settleAccountSuccess(db, { userId: user.id, now, passwordHash }))) {
        throw new AppError('invalid_current_password', { detail: 'The password changed, or the account was locked, while this request ran.' });
      }
      const secret = newTotpSecret();
      await storePendingFactor(db, user.id, { sealedSecret: seal(secrets, secret), expiresAt: now + PENDING_TTL_MS });
      const uri = otpauthUri(secret, { issuer: config.mfa.issuer, label: user.username });
      return { secret, otpauth_uri: uri, qr_svg: await QRCode.toString(uri, { type: 'svg', margin: 1 }) };
    },

    async confirm(self, code) {
      assertActsThroughSession(self);
      const { user, sessionId } = self;
      if (user.mfa_enabled_at !== null) throw new AppError('mfa_already_enabled');
      // An enrolment started before a passkey was added is a second factor now: it needs a session that passed one.
      if (self.aal < 2 && (await hasPasskeys(db, user.id))) assertSecondFactorSession(self);
      const pending = user.mfa_pending_secret;
      if (pending === null || (user.mfa_pending_expires_at ?? 0) <= clock.now()) {
        throw new AppError('invalid_mfa_code', { status: 400, detail: 'No enrolment is pending (they last 10 minutes): start again.' });
      }
      // A wrong code counts; a right one proves the new factor, not the account: the count stays as it is.
      const codes = await budget.check<string[]>({ kind: 'account', userId: user.id }, { userId: user.id, actor: self, unavailable: wrongCode() }, async (attempt) => {
        const { now } = attempt;
        const step = matchTotpStep(openSealed(secrets, pending), code, now);
        budget.assertStillHeld(attempt);
        const enabled = step === null ? undefined : await inWriteTransaction(db, async (trx) => {
          if (!(await claimTotpStep(trx, user.id, step))) return undefined;
          if (!(await enablePendingFactor(trx, user.id, { sealedSecret: pending, now }))) throw new AppError('mfa_already_enabled');
          // Sessions opened with the password alone would outlive the factor: they end, as after a password
          // change; the session that proved the new factor now stands at aal 2.
          await invalidateUserSessions(trx, user.id, { reason: 'mfa_changed', now, except: sessionId });
          await raiseSessionAssurance(trx, sessionId, 2);
          await audit.record(trx, { action: 'mfa_enabled', target: user.id, by: self, details: { method: 'totp' } }, now);
          return { codes: await replaceRecoveryCodes(trx, user.id, now) };
        });
        return enabled ? { right: enabled.codes } : { wrong: 'totp', answer: wrongCode() };
      });
      return codes;
    },

    async disable(self, proof) {
      assertSecondFactorSession(self);
      const { user, sessionId } = self;
      enabledSecret(user); // no factor: a 400 before any budget is spent
      await withPasswordAndCode(self, proof, async (trx, now) => {
        await removeFactor(trx, user.id, now);
        await invalidateUserSessions(trx, user.id, { reason: 'mfa_changed', now, except: sessionId });
        await audit.record(trx, { action: 'mfa_disabled', target: user.id, by: self, details: { method: 'totp' } }, now);
      });
    },

    async replaceRecoveryCodes(self, proof) {
      assertSecondFactorSession(self);
      enabledSecret(self.user); // no factor: a 400 before any budget is spent
      return withPasswordAndCode(self, proof, async (trx, now) => {
        const codes = await replaceRecoveryCodes(trx, self.user.id, now);
        await audit.record(trx, { action: 'mfa_recovery_codes_replaced', target: self.user.id, by: self }, now);
        return codes;
      });
    },

    async reset({ actor, id }) {
      const now = clock.now();
      await inWriteTransaction(db, async (trx) => {
        const user = await findUserById(trx, id);
        if (!user) throw new AppError('user_not_found');
        await removeFactor(trx, id, now);
        await invalidateUserSessions(trx, id, { reason: 'admin', now });
        // Recorded when there was a factor (enabled or pending) to remove: nothing else changed.
        if (user.mfa_secret !== null || user.mfa_pending_secret !== null) await audit.record(trx, { action: 'mfa_reset', target: id, by: actor, details: { method: 'totp' } }, now);
      });
    },
  };
}
