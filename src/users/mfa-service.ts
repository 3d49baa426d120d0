import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import QRCode from 'qrcode';
import { lockedError, type LockoutPolicy, accountLockedUntil, reserveAccountAttempt, settleAccountSuccess } from '../auth/lockout.js';
import { claimTotpStep, matchTotpStep, newTotpSecret, otpauthUri, replaceRecoveryCodes } from '../auth/mfa.js';
import { verifyAccountPassword } from '../auth/password-check.js';
import type { PasswordHasher } from '../auth/passwords.js';
import { revokeUserSessions } from '../auth/sessions.js';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { DatabaseKind } from '../db/connection.js';
import { inWriteTransaction } from '../db/transactions.js';
import type { Database, UserRow } from '../db/types.js';
import { AppError } from '../errors.js';
import { openSealed, seal } from '../keys.js';
import { audit } from '../logging.js';
import { findUserById } from './repository.js';
import { type Actor, auditedActor } from './service.js';

/** An enrolment not confirmed within this time is forgotten. */
const PENDING_TTL_MS = 10 * 60_000;

export interface Enrolment {
  secret: string;
  otpauth_uri: string;
  qr_svg: string;
}

/** The signed-in user acting on their own factor, and the session they act through. */
export interface Self {
  user: UserRow;
  sessionId: string;
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
  lockout: LockoutPolicy;
  secrets: Buffer;
}

const NO_FACTOR = { mfa_secret: null, mfa_enabled_at: null, mfa_last_step: null, mfa_pending_secret: null, mfa_pending_expires_at: null } as const;

export function createMfaService({ db, kind, clock, config, logger, passwords, lockout, secrets }: MfaDeps): MfaService {
  const wrongCode = (): AppError => new AppError('invalid_mfa_code', { status: 400, errors: [{ field: 'code', message: 'is wrong, expired or already used' }] });

  /** The current password, within the account's attempt budget; a right one settles the count. */
  async function checkPassword(user: UserRow, password: string, now: number): Promise<void> {
    const otherwise = new AppError('invalid_current_password', { errors: [{ field: 'current_password', message: 'is wrong' }] });
    const { reservation } = await verifyAccountPassword({ db, logger, policy: lockout, passwords }, { user, password, now, otherwise });
    if (!(await settleAccountSuccess(db, { userId: user.id, now, reservation, passwordHash: user.password_hash }))) throw otherwise;
  }

  /**
   * A TOTP code of `secret` within the account's attempt budget, never a time step used before; `apply` runs in
   * the same transaction as the step's claim, so a refused change leaves the step unused.
   */
  async function checkCode<T>(user: UserRow, secret: string, code: string, now: number, apply: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
    const reservation = await reserveAccountAttempt(db, user.id, now, lockout);
    if (!reservation) throw lockedError((await accountLockedUntil(db, user.id)) ?? now + lockout.durationMs, now);
    const step = matchTotpStep(secret, code, now);
    const result = await inWriteTransaction(db, kind, async (trx) => {
      if (step === null || !(await claimTotpStep(trx, user.id, step))) return { passed: false as const };
      await settleAccountSuccess(trx, { userId: user.id, now, reservation, passwordHash: user.password_hash });
      return { passed: true as const, value: await apply(trx) };
    });
    if (result.passed) return result.value;
    audit(logger, 'login_failed', { user_id: user.id, attempts: reservation.attempts, via: 'totp' });
    if (reservation.lockedUntil !== null) throw lockedError(reservation.lockedUntil, now);
    throw wrongCode();
  }

  function enabledSecret(user: UserRow): string {
    if (user.mfa_secret === null) throw new AppError('invalid_mfa_code', { status: 400, detail: 'No second factor is enabled.' });
    return openSealed(secrets, user.mfa_secret);
  }

  return {
    async enrol({ user }, currentPassword) {
      if (user.mfa_enabled_at !== null) throw new AppError('mfa_already_enabled');
      const now = clock.now();
      await checkPassword(user, currentPassword, now);
      const secret = newTotpSecret();
      await db.updateTable('users').set({ mfa_pending_secret: seal(secrets, secret), mfa_pending_expires_at: now + PENDING_TTL_MS }).where('id', '=', user.id).execute();
      const uri = otpauthUri(secret, { issuer: config.mfa.issuer, label: user.username });
      return { secret, otpauth_uri: uri, qr_svg: await QRCode.toString(uri, { type: 'svg', margin: 1 }) };
    },

    async confirm({ user }, code) {
      if (user.mfa_enabled_at !== null) throw new AppError('mfa_already_enabled');
      const now = clock.now();
      const pending = user.mfa_pending_secret;
      if (pending === null || (user.mfa_pending_expires_at ?? 0) <= now) {
        throw new AppError('invalid_mfa_code', { status: 400, detail: 'No enrolment is pending (they last 10 minutes): start again.' });
      }
      const codes = await checkCode(user, openSealed(secrets, pending), code, now, async (trx) => {
        const enabled = await trx
          .updateTable('users')
          .set({ mfa_secret: pending, mfa_enabled_at: now, mfa_pending_secret: null, mfa_pending_expires_at: null })
          .where('id', '=', user.id)
          .where('mfa_pending_secret', '=', pending)
          .where('mfa_enabled_at', 'is', null)
          .returning('id')
          .executeTakeFirst();
        if (!enabled) throw new AppError('mfa_already_enabled');
        return replaceRecoveryCodes(trx, user.id, now);
      });
      audit(logger, 'mfa_enabled', { user_id: user.id });
      return codes;
    },

    async disable({ user, sessionId }, { currentPassword, code }) {
      const now = clock.now();
      const secret = enabledSecret(user);
      await checkPassword(user, currentPassword, now);
      await checkCode(user, secret, code, now, async (trx) => {
        await trx.updateTable('users').set({ ...NO_FACTOR, updated_at: now }).where('id', '=', user.id).execute();
        await trx.deleteFrom('mfa_recovery_codes').where('user_id', '=', user.id).execute();
        await revokeUserSessions(trx, user.id, { reason: 'mfa_changed', now, exceptSessionId: sessionId });
      });
      audit(logger, 'mfa_disabled', { user_id: user.id });
    },

    async replaceRecoveryCodes({ user }, { currentPassword, code }) {
      const now = clock.now();
      const secret = enabledSecret(user);
      await checkPassword(user, currentPassword, now);
      const codes = await checkCode(user, secret, code, now, (trx) => replaceRecoveryCodes(trx, user.id, now));
      audit(logger, 'mfa_recovery_codes_replaced', { user_id: user.id });
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
