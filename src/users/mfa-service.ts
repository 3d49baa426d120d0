import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import QRCode from 'qrcode';
import { type AttemptBudget, unevaluated } from '../account/attempt-budget.js';
import { lockedError, settleAccountSuccess } from '../account/lockout.js';
import { checkCurrentPassword } from '../account/password-check.js';
import { claimTotpStep, matchTotpStep, newTotpSecret, otpauthUri, replaceRecoveryCodes } from '../auth/mfa.js';
import type { PasswordHasher } from '../auth/passwords.js';
import { raiseSessionAssurance, revokeUserSessions } from '../auth/sessions.js';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { DatabaseKind } from '../db/connection.js';
import { inWriteTransaction } from '../db/transactions.js';
import type { Database, UserRow } from '../db/types.js';
import { AppError } from '../errors.js';
import { openSealed, seal } from '../keys.js';
import { audit } from '../logging.js';
import type { Enrolment } from '../schemas/mfa.js';
import { findUserById } from './repository.js';
import { type Actor, auditedActor } from './service.js';

/** An enrolment not confirmed within this time is forgotten. */
const PENDING_TTL_MS = 10 * 60_000;

/** The signed-in user acting on their own factor, the session they act through, and its assurance level. */
export interface Self {
  user: UserRow;
  sessionId: string;
  aal: number;
}

export interface MfaService {
  enrol(self: Self, currentPassword: string): Promise<Enrolment>;
  confirm(self: Self, code: string): Promise<string[]>;
  disable(self: Self, proof: { currentPassword: string; code: string }): Promise<void>;
  replaceRecoveryCodes(self: Self, proof: { currentPassword: string; code: string }): Promise<string[]>;
  /** An admin (or the CLI) removes a user's factor: they enrol again at their next login. */
  reset(options: { actor: Actor; id: number }): Promise<void>;
}

export interface MfaDeps {
  db: Kysely<Database>;
  kind: DatabaseKind;
  clock: Clock;
  config: Config;
  logger: Logger;
  passwords: PasswordHasher;
  budget: AttemptBudget;
  secrets: Buffer;
}

const NO_FACTOR = { mfa_secret: null, mfa_enabled_at: null, mfa_last_step: null, mfa_pending_secret: null, mfa_pending_expires_at: null } as const;

export function createMfaService({ db, kind, clock, config, logger, passwords, budget, secrets }: MfaDeps): MfaService {
  const wrongCode = (): AppError => new AppError('invalid_mfa_code', { status: 400, errors: [{ field: 'code', message: 'is wrong, expired or already used' }] });
  const wrongPassword = (): AppError => new AppError('invalid_current_password', { errors: [{ field: 'current_password', message: 'is wrong' }] });

  /** Once a factor exists, changing it takes a session that passed one: a password alone cannot. */
  function assertSecondFactorSession({ aal }: Self): void {
    if (aal < 2) throw new AppError('mfa_required', { detail: 'Changing your second factor needs a session that passed it: log in again with a code.' });
  }

  /**
   * One check of the account's budget that needs the password and a TOTP code of the enabled factor (never a time step
   * used before): it counts as one failure unless both pass, and only both together clear the count. `apply`
   * runs in the transaction that claims the step, so a refused change leaves the step unused.
   */
  function withPasswordAndCode<T>(self: Self, { currentPassword, code }: { currentPassword: string; code: string }, apply: (trx: Kysely<Database>, now: number) => Promise<T>): Promise<T> {
    return budget.run({ kind: 'account', userId: self.user.id }, async (attempt) => {
      if (attempt.state !== 'open') throw unevaluated(attempt, wrongPassword());
      const { now } = attempt;
      // Read on the account's turn: a check before it may have rehashed the password.
      const user = await findUserById(db, self.user.id);
      if (!user) throw wrongPassword();
      const secret = enabledSecret(user);
      const passwordRight = (await passwords.verify(user.password_hash, currentPassword)).valid;
      const step = passwordRight ? matchTotpStep(secret, code, now) : null;
      budget.assertStillHeld(attempt);
      const result = step === null ? undefined : await inWriteTransaction(db, kind, async (trx) => {
        if (!(await claimTotpStep(trx, user.id, step))) return undefined;
        if (!(await settleAccountSuccess(trx, { userId: user.id, now, passwordHash: user.password_hash }))) {
          throw new AppError('invalid_current_password', { detail: 'The password changed, or the account was locked, while this request ran.' });
        }
        return { value: await apply(trx, now) };
      });
      if (result) return result.value;
      const failure = await budget.fail(attempt, { via: passwordRight ? 'totp' : 'current_password', userId: user.id });
      if (failure.lockedUntil !== null) throw lockedError(failure.lockedUntil, now);
      throw passwordRight ? wrongCode() : wrongPassword();
    });
  }

  function enabledSecret(user: UserRow): string {
    if (user.mfa_secret === null) throw new AppError('invalid_mfa_code', { status: 400, detail: 'No second factor is enabled.' });
    return openSealed(secrets, user.mfa_secret);
  }

  return {
    async enrol({ user }, currentPassword) {
      if (user.mfa_enabled_at !== null) throw new AppError('mfa_already_enabled');
      const { passwordHash } = await checkCurrentPassword({ db, budget, passwords }, { user, password: currentPassword, otherwise: wrongPassword() });
      const now = clock.now();
      if (!(await settleAccountSuccess(db, { userId: user.id, now, passwordHash }))) {
        throw new AppError('invalid_current_password', { detail: 'The password changed, or the account was locked, while this request ran.' });
      }
      const secret = newTotpSecret();
      await db.updateTable('users').set({ mfa_pending_secret: seal(secrets, secret), mfa_pending_expires_at: now + PENDING_TTL_MS }).where('id', '=', user.id).execute();
      const uri = otpauthUri(secret, { issuer: config.mfa.issuer, label: user.username });
      return { secret, otpauth_uri: uri, qr_svg: await QRCode.toString(uri, { type: 'svg', margin: 1 }) };
    },

    async confirm({ user, sessionId }, code) {
      if (user.mfa_enabled_at !== null) throw new AppError('mfa_already_enabled');
      const pending = user.mfa_pending_secret;
      if (pending === null || (user.mfa_pending_expires_at ?? 0) <= clock.now()) {
        throw new AppError('invalid_mfa_code', { status: 400, detail: 'No enrolment is pending (they last 10 minutes): start again.' });
      }
      // A wrong code counts; a right one proves the new factor, not the account: the count stays as it is.
      const codes = await budget.run({ kind: 'account', userId: user.id }, async (attempt) => {
        if (attempt.state !== 'open') throw unevaluated(attempt, wrongCode());
        const { now } = attempt;
        const step = matchTotpStep(openSealed(secrets, pending), code, now);
        budget.assertStillHeld(attempt);
        const enabled = step === null ? undefined : await inWriteTransaction(db, kind, async (trx) => {
          if (!(await claimTotpStep(trx, user.id, step))) return undefined;
          const row = await trx
            .updateTable('users')
            .set({ mfa_secret: pending, mfa_enabled_at: now, mfa_pending_secret: null, mfa_pending_expires_at: null, updated_at: now })
            .where('id', '=', user.id)
            .where('mfa_pending_secret', '=', pending)
            .where('mfa_enabled_at', 'is', null)
            .returning('id')
            .executeTakeFirst();
          if (!row) throw new AppError('mfa_already_enabled');
          // Sessions opened with the password alone would outlive the factor: they end, as after a password
          // change; the session that proved the new factor now stands at aal 2.
          await revokeUserSessions(trx, user.id, { reason: 'mfa_changed', now, exceptSessionId: sessionId });
          await raiseSessionAssurance(trx, sessionId, 2);
          return { codes: await replaceRecoveryCodes(trx, user.id, now) };
        });
        if (enabled) return enabled.codes;
        const failure = await budget.fail(attempt, { via: 'totp', userId: user.id });
        if (failure.lockedUntil !== null) throw lockedError(failure.lockedUntil, now);
        throw wrongCode();
      });
      audit(logger, 'mfa_enabled', { user_id: user.id, session_id: sessionId });
      return codes;
    },

    async disable(self, proof) {
      assertSecondFactorSession(self);
      const { user, sessionId } = self;
      enabledSecret(user); // no factor: a 400 before any budget is spent
      await withPasswordAndCode(self, proof, async (trx, now) => {
        await trx.updateTable('users').set({ ...NO_FACTOR, updated_at: now }).where('id', '=', user.id).execute();
        await trx.deleteFrom('mfa_recovery_codes').where('user_id', '=', user.id).execute();
        await revokeUserSessions(trx, user.id, { reason: 'mfa_changed', now, exceptSessionId: sessionId });
      });
      audit(logger, 'mfa_disabled', { user_id: user.id });
    },

    async replaceRecoveryCodes(self, proof) {
      assertSecondFactorSession(self);
      enabledSecret(self.user); // no factor: a 400 before any budget is spent
      const codes = await withPasswordAndCode(self, proof, (trx, now) => replaceRecoveryCodes(trx, self.user.id, now));
      audit(logger, 'mfa_recovery_codes_replaced', { user_id: self.user.id });
      return codes;
    },

    async reset({ actor, id }) {
      const now = clock.now();
      await inWriteTransaction(db, kind, async (trx) => {
        if (!(await findUserById(trx, id))) throw new AppError('user_not_found');
        await trx.updateTable('users').set({ ...NO_FACTOR, updated_at: now }).where('id', '=', id).execute();
        await trx.deleteFrom('mfa_recovery_codes').where('user_id', '=', id).execute();
        await revokeUserSessions(trx, id, { reason: 'admin', now });
      });
      audit(logger, 'mfa_reset', { ...auditedActor(actor), target_id: id });
    },
  };
}
