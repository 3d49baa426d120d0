import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { Database, SessionRow, UserRow, UserUpdate } from '../db/types.js';
import { AppError } from '../errors.js';
import type { AuditTrail } from '../admin/audit-trail.js';
import { inWriteTransaction } from '../db/transactions.js';
import type { LoginCredentials, LoginResult, MfaChallenge, TokenPair } from '../schemas/auth.js';
import { findUserById, findUserByLogin, lockUserRow } from '../account/user-lookup.js';
import { toPublicUser } from '../account/public-user.js';
import { openSealed } from '../keys.js';
import { type AuthMetrics, type LoginOutcome, noAuthMetrics } from '../metrics.js';
import { claimTotpStep, consumeMfaChallenge, findLiveMfaChallenge, firstStepMethod, matchTotpStep, mfaStepExpired, openMfaChallenge, secondStepMethods, useRecoveryCode } from '../account/second-factor.js';
import type { AttemptBudget, OpenAttempt } from '../account/attempt-budget.js';
import { identifierKeyer, isLockedOut, lockedError, replacePasswordHash, settleAccountSuccess, settleIdentifierSuccess } from '../account/lockout.js';
import type { PasswordHasher } from '../account/password-hasher.js';
import { type ClientInfo, mayAct, type UserActor } from '../account/actor.js';
import { findLegacySession, invalidateSession, openSession, sessionLifetime, validateSession } from '../account/sessions.js';
import { revokeLegacyToken } from '../account/legacy-revocations.js';
import { findIdentityOfUser } from '../account/identities.js';
import { findPasskeyOfUser } from '../account/passkeys.js';
import type { TokenClaims, TokenService } from './tokens.js';
import { type LegacyTokenVerifier, verifyAsLegacy } from './legacy-tokens.js';
import { createTokenPairs } from './token-pairs.js';
import { createRefresh } from './refresh.js';
import { assertCsrfProof, type CsrfProof } from './csrf.js';

export interface AuthDeps {
  db: Kysely<Database>;
  /** Keys the stored digests of login identifiers (HMAC). */
  identifierKey: Buffer;
  clock: Clock;
  config: Config;
  logger: Logger;
  audit: AuditTrail;
  passwords: PasswordHasher;
  tokens: TokenService;
  /** Seals and opens second-factor secrets. */
  secrets: Buffer;
  /** Counts login outcomes and refresh reuse where the audit events are written. */
  metrics?: AuthMetrics;
  /** Budgets every password and code check (attempt-budget.ts). */
  budget: AttemptBudget;
  /** Flask-JWT-Extended tokens (LEGACY_JWT_SECRET_KEY); null or absent: none is accepted. */
  legacy?: LegacyTokenVerifier | null;
}

/** The code step: a TOTP code, or one of the recovery codes. */
export type SecondFactor = { code: string; recoveryCode?: undefined } | { recoveryCode: string; code?: undefined };

export type { ClientInfo } from '../account/actor.js';

export interface AuthService {
  login(input: LoginCredentials & ClientInfo): Promise<LoginResult | MfaChallenge>;
  completeMfaLogin(input: { mfaToken: string } & SecondFactor & ClientInfo): Promise<LoginResult>;
  /** `csrf`: the token came in a cookie, and must match the header sent beside it (csrf.ts). */
  refresh(refreshToken: string, csrf?: CsrfProof, client?: ClientInfo): Promise<TokenPair>;
  logout(actor: UserActor, refreshToken?: string): Promise<void>;
  /**
   * The actor an access token speaks for, read from its live session and the user's row as they are now.
   * `csrf`: the token came in a cookie on an unsafe request; checked before the session is read.
   */
  authenticate(accessToken: string, csrf?: CsrfProof): Promise<UserActor>;
  /** The actor of a refresh token's live session: a logout through the refresh cookie once the access cookie expired. */
  authenticateRefresh(refreshToken: string, csrf?: CsrfProof): Promise<UserActor>;
}

/** Why a verified sign-in could not open its session: the account changed while it was checked. */
export async function refusalAfterRace(db: Kysely<Database>, userId: number, now: number): Promise<AppError> {
  const current = await findUserById(db, userId);
  if (!current) return new AppError('invalid_credentials');
  if (!mayAct(current)) return new AppError('account_disabled');
  if (isLockedOut(current.locked_until, now)) return lockedError(current.locked_until as number, now);
  return new AppError('invalid_credentials');
}

/** The account an unknown identifier's login is budgeted on: none has this id. */
const NO_ACCOUNT = 0;

/** How long the code step may take after the password step. */
export const MFA_CHALLENGE_TTL_MS = 5 * 60_000;

export function createAuthService({ db, identifierKey: serverKey, clock, config, logger, audit, passwords, tokens, secrets, metrics = noAuthMetrics, budget, legacy = null }: AuthDeps): AuthService {
  const identifierKey = identifierKeyer(serverKey);
  const lifetime = sessionLifetime(config);
  const pairs = createTokenPairs({ tokens, config, clock });
  const tokenPair = pairs.issue;
  const refresh = createRefresh({ db, clock, config, audit, tokens, pairs, metrics, legacy });

  /**
   * Logout's optional Flask refresh token, if it is the caller's: blacklisted, and the session that owns it (an
   * exchange opened one) ends. Anything else is ignored, as an invalid Gatehouse token is.
   */
  async function logOutLegacyRefreshToken(token: string, actor: UserActor, now: number): Promise<void> {
    const userId = actor.user.id;
    if (!legacy) return;
    const flask = await legacy.verify(token, 'refresh').catch((err: unknown) => {
      if (err instanceof AppError) return undefined;
      throw err;
    });
    if (!flask || flask.user.id !== userId) return;
    // Under the user's row lock, as an exchange opens its session: a racing exchange either committed its
    // session (ended here) or finds the token blacklisted once it holds the lock.
    await inWriteTransaction(db, async (trx) => {
      await lockUserRow(trx, userId);
      await revokeLegacyToken(trx, { jti: flask.jti, type: 'refresh', userId, expiresAt: flask.expiresAt, now });
      const owner = await findLegacySession(trx, flask.jti);
      if (owner && (await invalidateSession(trx, { sessionId: owner.id, userId, reason: 'logout', now }))) {
        await audit.record(trx, { action: 'logout', target: userId, by: actor, sessionId: owner.id }, now);
      }
    });
  }

  /** The actor of a verified token's live session; a cookie-carried token's CSRF header is checked before the read. */
  async function sessionActor(claims: TokenClaims, csrf: CsrfProof | undefined): Promise<UserActor> {
    assertCsrfProof(claims.csrf, csrf);
    const { user, session } = await validateSession(db, { sessionId: claims.sid, subject: claims.sub }, clock.now());
    return { kind: 'user', user, sessionId: session.id, aal: session.aal };
  }

  type SessionOpening = { userId: number; now: number; passwordHash: string; changes: UserUpdate; aal: number; provider?: string; amr?: string[]; audited: Record<string, unknown> } & ClientInfo;

  /**
   * One atomic step: the session opens only if the verified hash is still the stored one, the user is still
   * active and not locked, and (for a password alone) still has no second factor; the row lock makes a racing password change or deactivation wait for
   * this session, then revoke it. 'refused' when the account changed meanwhile.
   */
  async function openLoginSessionIn(trx: Kysely<Database>, o: SessionOpening): Promise<{ updated: UserRow; session: SessionRow } | 'refused'> {
    const updated = await settleAccountSuccess(trx, { userId: o.userId, now: o.now, passwordHash: o.passwordHash, changes: o.changes, activeOnly: true, withoutFactor: o.aal < 2 });
    if (!updated) return 'refused';
    const session = await openSession(trx, { userId: o.userId, now: o.now, lifetime, ip: o.ip, userAgent: o.userAgent, aal: o.aal, provider: o.provider, amr: o.amr });
    const client = { ip: o.ip, userAgent: o.userAgent, requestId: o.requestId };
    await audit.record(trx, { action: 'login_succeeded', target: o.userId, by: o.userId, sessionId: session.id, client, details: o.audited, user: updated }, o.now);
    return { updated, session };
  }

  /**
   * The stored hash, if `password` (verified against `verifiedHash`) still matches it: the same hash, or the
   * password's rehash stored by a check beside this one. Undefined when the password changed meanwhile.
   */
  async function hashStillMatching(userId: number, password: string, verifiedHash: string): Promise<string | undefined> {
    const current = await findUserById(db, userId);
    if (!current) return undefined;
    if (current.password_hash === verifiedHash) return verifiedHash;
    return (await passwords.verify(current.password_hash, password)).valid ? current.password_hash : undefined;
  }

  /** Counts a login refused before its session opens, and returns the error to throw. */
  function refused(outcome: LoginOutcome, error: AppError): AppError {
    metrics.loginOutcome(outcome);
    return error;
  }

  function verifiedOrUndefined(refreshToken: string): TokenClaims | undefined {
    try {
      return tokens.verify(refreshToken, 'refresh');
    } catch {
      return undefined;
    }
  }

  /** A wrong password (or a locked account's, unchecked) through an identifier: counted, and answered by it. */
  async function wrongPassword(tried: OpenAttempt, userId: number | null, client: ClientInfo): Promise<AppError> {
    const failure = await budget.fail(tried, { via: 'login', userId, client });
    metrics.loginOutcome('wrong_password');
    return failure.lockedUntil !== null ? lockedError(failure.lockedUntil, tried.now) : new AppError('invalid_credentials');
  }

  /**
   * The password is right: the identifier's count is forgotten; the account's is cleared when the session
   * opens, or left as it was while a second factor's code is still to come (a password step alone neither
   * counts nor clears: the codes that follow are what the budget bounds).
   */
  async function passwordAccepted(
    { key, account, user, password, needsRehash, client }: { key: string; account: OpenAttempt; user: UserRow; password: string; needsRehash: boolean; client: ClientInfo },
  ): Promise<LoginResult | MfaChallenge> {
    budget.assertStillHeld(account);
    const { now } = account;
    if (!(await settleIdentifierSuccess(db, key, now))) throw refused('locked', lockedError(now + budget.policy.durationMs, now));
    if (!mayAct(user)) throw refused('disabled', new AppError('account_disabled'));
    if (config.mail.requireEmailVerification && user.email_verified_at === null) throw refused('email_not_verified', new AppError('email_not_verified'));

    const newHash = needsRehash ? await passwords.hash(password) : undefined;
    if (user.mfa_enabled_at !== null) {
      let checkedHash = user.password_hash;
      if (newHash !== undefined) {
        const stored = (await replacePasswordHash(db, user.id, user.password_hash, newHash)) ? newHash : await hashStillMatching(user.id, password, user.password_hash);
        if (stored === undefined) throw refused('wrong_password', new AppError('invalid_credentials'));
        checkedHash = stored;
      }
      const mfaToken = await inWriteTransaction(db, async (trx) => {
        const token = await openMfaChallenge(trx, { userId: user.id, passwordHash: checkedHash, now, ttlMs: MFA_CHALLENGE_TTL_MS, ip: client.ip, userAgent: client.userAgent });
        await audit.record(trx, { action: 'login_mfa_pending', target: user.id, client, details: { via: 'password' } }, now);
        return token;
      });
      metrics.loginOutcome('mfa_pending');
      return { mfa_required: true, mfa_token: mfaToken, methods: await secondStepMethods(db, user.id) };
    }
    const changes: UserUpdate = { last_login_at: now, ...(newHash !== undefined ? { password_hash: newHash } : {}) };
    const opening: SessionOpening = { userId: user.id, now, passwordHash: user.password_hash, changes, aal: 1, ...client, audited: { via: 'password', rehashed: needsRehash } };
    let opened = await inWriteTransaction(db, (trx) => openLoginSessionIn(trx, opening));
    if (opened === 'refused') {
      // A check beside this one may have rehashed the same password (a legacy hash upgraded): still right.
      const stored = await hashStillMatching(user.id, password, user.password_hash);
      if (stored !== undefined && stored !== user.password_hash) {
        opened = await inWriteTransaction(db, (trx) => openLoginSessionIn(trx, { ...opening, passwordHash: stored, changes: { last_login_at: now } }));
      }
    }
    if (opened === 'refused') throw await refusalAfterRace(db, user.id, now);
    const { updated, session } = opened;
    metrics.loginOutcome('success');
    return { ...tokenPair(updated, session, { fresh: true }), user: toPublicUser(updated, { now }) };
  }

  return {
    login({ email, username, password, ...client }) {
      // Answers follow the identifier's counter, the same for real and unknown accounts; the account's own
      // counter bounds the real hashes spent on it, whichever of its identifiers is tried.
      const key = identifierKey({ email, username });
      return budget.run({ kind: 'identifier', key }, async (tried) => {
        if (tried.state !== 'open') throw refused('locked', lockedError(tried.state === 'locked' ? tried.lockedUntil : tried.now + budget.policy.durationMs, tried.now));
        const user = await findUserByLogin(db, { email, username });
        // An unknown identifier goes the same way, on an account that does not exist (no id is 0): a reservation
        // that finds no row and a dummy hash, so the time of its answer stays close to a real account's.
        return budget.run({ kind: 'account', userId: user?.id ?? NO_ACCOUNT }, async (account) => {
          // Read again with the place reserved: a check beside this one may have changed the hash (a rehash, a
          // new password) or turned a second factor on.
          const current = user && account.state === 'open' ? await findUserById(db, user.id) : undefined;
          const check = current ? await passwords.verify(current.password_hash, password) : await passwords.verifyAgainstDummy(password, key).then(() => undefined);
          if (account.state !== 'open' || !current || !check?.valid) {
            if (account.state === 'open' && current) await budget.fail(account, { via: 'login', userId: current.id, client, quiet: true });
            throw await wrongPassword(tried, user?.id ?? null, client);
          }
          return passwordAccepted({ key, account, user: current, password, needsRehash: check.needsRehash, client });
        });
      });
    },

    async completeMfaLogin({ mfaToken, code, recoveryCode, ...client }) {
      const challenge = await findLiveMfaChallenge(db, mfaToken, clock.now());
      const user = challenge && (await findUserById(db, challenge.user_id));
      if (!challenge || !user?.mfa_secret) throw mfaStepExpired();
      const secret = user.mfa_secret;
      const via = code !== undefined ? 'totp' : 'recovery_code';
      // Codes are checked within the same attempt budget as passwords.
      const checks = { userId: user.id, client, unavailable: mfaStepExpired(), onRefused: (why: 'locked' | 'wrong') => metrics.loginOutcome(why === 'locked' ? 'locked' : 'mfa_failed') };
      return budget.check<LoginResult>({ kind: 'account', userId: user.id }, checks, async (attempt) => {
        const { now } = attempt;
        const step = code !== undefined ? matchTotpStep(openSealed(secrets, secret), code, now) : null;
        budget.assertStillHeld(attempt);
        const opened = await inWriteTransaction(db, async (trx) => {
          // A step newer than any used before (no replay), or an unused recovery code; nothing changes otherwise.
          const passed = code !== undefined ? step !== null && (await claimTotpStep(trx, user.id, step)) : await useRecoveryCode(trx, user.id, recoveryCode, now);
          if (!passed) return undefined;
          if (!(await consumeMfaChallenge(trx, mfaToken, now))) throw mfaStepExpired();
          // A provider sign-in's step holds only while its identity is still linked.
          const identity = challenge.identity_id === null ? undefined : await findIdentityOfUser(trx, user.id, challenge.identity_id);
          if (challenge.identity_id !== null && !identity) throw mfaStepExpired();
          // A passkey sign-in's step holds only while that passkey is still registered.
          if (challenge.passkey_id !== null && !(await findPasskeyOfUser(trx, user.id, challenge.passkey_id))) throw mfaStepExpired();
          const amr = [firstStepMethod(challenge), 'otp'];
          return openLoginSessionIn(trx, { userId: user.id, now, passwordHash: challenge.password_hash, changes: { last_login_at: now }, aal: 2, provider: identity?.provider, amr, ...client, audited: { via } });
        });
        if (!opened) return { wrong: via, answer: new AppError('invalid_mfa_code') };
        if (opened === 'refused') throw await refusalAfterRace(db, user.id, now);
        const { updated, session } = opened;
        metrics.loginOutcome('success');
        return { right: { ...tokenPair(updated, session, { fresh: true }), user: toPublicUser(updated, { now }) } };
      });
    },

    refresh,

    async logout(actor, refreshToken) {
      const now = clock.now();
      const userId = actor.user.id;
      // The caller's session dies first (a Flask access token, which has none, is blacklisted until it expires),
      // whatever happens to the optional second token.
      await inWriteTransaction(db, async (trx) => {
        if (actor.sessionId !== null) {
          if (await invalidateSession(trx, { sessionId: actor.sessionId, userId, reason: 'logout', now })) await audit.record(trx, { action: 'logout', target: userId, by: actor }, now);
        } else if (actor.legacyToken) {
          await revokeLegacyToken(trx, { jti: actor.legacyToken.jti, type: 'access', userId, expiresAt: actor.legacyToken.expiresAt, now });
          await audit.record(trx, { action: 'logout', target: userId, by: actor, details: { via: 'flask_access_token' } }, now);
        }
      });
      if (!refreshToken) return;
      // Best effort: a second session named by a valid refresh token dies too, if it is the caller's own.
      const other = verifiedOrUndefined(refreshToken);
      if (other && other.sub === String(userId) && other.sid !== actor.sessionId) {
        await inWriteTransaction(db, async (trx) => {
          if (await invalidateSession(trx, { sessionId: other.sid, userId, reason: 'logout', now })) await audit.record(trx, { action: 'logout', target: userId, by: actor, sessionId: other.sid }, now);
        });
      }
      if (!other) await logOutLegacyRefreshToken(refreshToken, actor, now);
    },

    async authenticate(accessToken, csrf) {
      let claims: TokenClaims;
      try {
        claims = tokens.verify(accessToken, 'access');
      } catch (rejection) {
        // Role and state come from the row read now, as for a session; the token itself has no session.
        const flask = await verifyAsLegacy(legacy, accessToken, 'access', rejection);
        assertCsrfProof(flask.csrf, csrf);
        return { kind: 'user', user: flask.user, sessionId: null, aal: 1, legacyToken: { jti: flask.jti, expiresAt: flask.expiresAt } };
      }
      return sessionActor(claims, csrf);
    },

    async authenticateRefresh(refreshToken, csrf) {
      return sessionActor(tokens.verify(refreshToken, 'refresh'), csrf);
    },
  };
}
