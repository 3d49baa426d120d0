import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { Secret, TOTP } from 'otpauth';
import type { Database, MfaChallengeRow } from '../db/types.js';
import { AppError } from '../errors.js';
import { hasPasskeys } from './passkeys.js';

/** RFC 6238 as every authenticator app does it: SHA-1, 6 digits, 30 s steps; ±1 step of clock drift accepted. */
export const TOTP_PERIOD_SECONDS = 30;
const TOTP_WINDOW = 1;
export const RECOVERY_CODE_COUNT = 10;

import { sha256Hex as sha256 } from '../digests.js';

function totp(secretBase32: string, { issuer, label }: { issuer: string; label: string }): TOTP {
  return new TOTP({ issuer, label, algorithm: 'SHA1', digits: 6, period: TOTP_PERIOD_SECONDS, secret: Secret.fromBase32(secretBase32) });
}

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function otpauthUri(secretBase32: string, who: { issuer: string; label: string }): string {
  return totp(secretBase32, who).toString();
}

/** The time step a code belongs to (within ±1 step of `now`), or null for a wrong code. */
export function matchTotpStep(secretBase32: string, code: string, now: number): number | null {
  const delta = totp(secretBase32, { issuer: '', label: '' }).validate({ token: code, timestamp: now, window: TOTP_WINDOW });
  return delta === null ? null : Math.floor(now / 1000 / TOTP_PERIOD_SECONDS) + delta;
}

/**
 * Accepts a time step for a user only if it is newer than every step accepted before, in one statement: a code
 * is refused the second time, even through a second login or a racing request.
 */
export async function claimTotpStep(trx: Kysely<Database>, userId: number, step: number): Promise<boolean> {
  const row = await trx
    .updateTable('users')
    .set({ mfa_last_step: step })
    .where('id', '=', userId)
    .where((eb) => eb.or([eb('mfa_last_step', 'is', null), eb('mfa_last_step', '<', step)]))
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

const NO_FACTOR = { mfa_secret: null, mfa_enabled_at: null, mfa_last_step: null, mfa_pending_secret: null, mfa_pending_expires_at: null } as const;

/** Keeps a sealed secret waiting for its confirming code until `expiresAt`; a newer enrolment replaces it. */
export async function storePendingFactor(db: Kysely<Database>, userId: number, { sealedSecret, expiresAt }: { sealedSecret: string; expiresAt: number }): Promise<void> {
  await db.updateTable('users').set({ mfa_pending_secret: sealedSecret, mfa_pending_expires_at: expiresAt }).where('id', '=', userId).execute();
}

/** Forgets a TOTP enrolment waiting for its confirming code. */
export async function dropPendingFactor(db: Kysely<Database>, userId: number): Promise<void> {
  await db.updateTable('users').set({ mfa_pending_secret: null, mfa_pending_expires_at: null }).where('id', '=', userId).where('mfa_pending_secret', 'is not', null).execute();
}

/** Turns on the pending factor, if it is still the one confirmed and no factor is on yet; false otherwise. */
export async function enablePendingFactor(trx: Kysely<Database>, userId: number, { sealedSecret, now }: { sealedSecret: string; now: number }): Promise<boolean> {
  const row = await trx
    .updateTable('users')
    .set({ mfa_secret: sealedSecret, mfa_enabled_at: now, mfa_pending_secret: null, mfa_pending_expires_at: null, updated_at: now })
    .where('id', '=', userId)
    .where('mfa_pending_secret', '=', sealedSecret)
    .where('mfa_enabled_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/** Removes a user's factor, pending enrolment and recovery codes. */
export async function removeFactor(trx: Kysely<Database>, userId: number, now: number): Promise<void> {
  await trx.updateTable('users').set({ ...NO_FACTOR, updated_at: now }).where('id', '=', userId).execute();
  await trx.deleteFrom('mfa_recovery_codes').where('user_id', '=', userId).execute();
}

/** "abcde-fghij": 50 random bits in a case-insensitive alphabet without look-alikes. */
function newRecoveryCode(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const bytes = randomBytes(10);
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length]);
  return `${chars.slice(0, 5).join('')}-${chars.slice(5).join('')}`;
}

const normalizeRecoveryCode = (code: string): string => code.trim().toLowerCase().replace(/[\s-]/g, '');

/** Replaces a user's recovery codes; only their digests are stored, the codes are shown once. */
export async function replaceRecoveryCodes(trx: Kysely<Database>, userId: number, now: number): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  await trx.deleteFrom('mfa_recovery_codes').where('user_id', '=', userId).execute();
  await trx.insertInto('mfa_recovery_codes').values(codes.map((code) => ({ code_hash: sha256(normalizeRecoveryCode(code)), user_id: userId, created_at: now }))).execute();
  return codes;
}

/** Spends one recovery code in one statement: of racing uses exactly one succeeds. */
export async function useRecoveryCode(trx: Kysely<Database>, userId: number, code: string, now: number): Promise<boolean> {
  const result = await trx
    .updateTable('mfa_recovery_codes')
    .set({ used_at: now })
    .where('code_hash', '=', sha256(normalizeRecoveryCode(code)))
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export type SecondStepMethod = 'totp' | 'recovery_code' | 'webauthn';

/** What may complete the second step of the user's login: the TOTP factor's codes, and a passkey when they have one. */
export async function secondStepMethods(db: Kysely<Database>, userId: number): Promise<SecondStepMethod[]> {
  return ['totp', 'recovery_code', ...((await hasPasskeys(db, userId)) ? (['webauthn'] as const) : [])];
}

/** The answer to a second step whose login step is unknown, expired, spent, or lost what it was bound to. */
export const mfaStepExpired = (): AppError => new AppError('invalid_or_expired_token', { status: 401, detail: 'The login step expired or was used: log in again.' });

/** How the first step of a login waiting for its second was passed (RFC 8176): a password, a provider or a passkey. */
export function firstStepMethod(challenge: Pick<MfaChallengeRow, 'identity_id' | 'passkey_id'>): 'pwd' | 'oauth' | 'webauthn' {
  if (challenge.passkey_id !== null) return 'webauthn';
  return challenge.identity_id !== null ? 'oauth' : 'pwd';
}

/** Hands the code step a single-use token bound to this password check (the hash that was verified). */
export async function openMfaChallenge(
  db: Kysely<Database>,
  { userId, passwordHash, identityId, passkeyId, now, ttlMs, ip, userAgent }: { userId: number; passwordHash: string; identityId?: string; passkeyId?: string; now: number; ttlMs: number; ip?: string; userAgent?: string },
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db
    .insertInto('mfa_challenges')
    .values({ token_hash: sha256(token), user_id: userId, password_hash: passwordHash, identity_id: identityId ?? null, passkey_id: passkeyId ?? null, created_at: now, expires_at: now + ttlMs, ip: ip?.slice(0, 64) ?? null, user_agent: userAgent?.slice(0, 512) ?? null })
    .execute();
  return token;
}

export async function findLiveMfaChallenge(db: Kysely<Database>, token: string, now: number): Promise<MfaChallengeRow | undefined> {
  return db.selectFrom('mfa_challenges').selectAll().where('token_hash', '=', sha256(token)).where('used_at', 'is', null).where('expires_at', '>', now).executeTakeFirst();
}

/** Spends the challenge in one statement, so one password check completes at most one login. */
export async function consumeMfaChallenge(trx: Kysely<Database>, token: string, now: number): Promise<boolean> {
  const result = await trx.updateTable('mfa_challenges').set({ used_at: now }).where('token_hash', '=', sha256(token)).where('used_at', 'is', null).where('expires_at', '>', now).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function purgeExpiredMfaChallenges(db: Kysely<Database>, now: number): Promise<number> {
  const result = await db.deleteFrom('mfa_challenges').where('expires_at', '<=', now).executeTakeFirst();
  return Number(result.numDeletedRows);
}
