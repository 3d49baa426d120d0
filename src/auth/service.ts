import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { Database, SessionRow, UserRow, UserUpdate } from '../db/types.js';
import { AppError } from '../errors.js';
import { audit } from '../logging.js';
import { findUserById, findUserByLogin, insertUser, type PublicUser, toPublicUser } from '../users/repository.js';
import { clearFailuresUnlessLocked, isLockedOut, lockedError, lockoutPolicy, rejectWrongPassword, unknownLockedUntil } from './lockout.js';
import { type PasswordHasher, passwordPolicyErrors } from './passwords.js';
import { findSessionWithUser, openSession, revokeSession, rotateRefreshToken } from './sessions.js';
import type { TokenClaims, TokenService } from './tokens.js';

export interface AuthDeps {
  db: Kysely<Database>;
  clock: Clock;
  config: Config;
  logger: Logger;
  passwords: PasswordHasher;
  tokens: TokenService;
}

export interface TokenPair {
  access_token: string;
  refresh_token: string;
  token_type: 'Bearer';
  expires_in: number;
  refresh_expires_in: number;
}

export interface LoginResult extends TokenPair {
  user: PublicUser;
}

/** Who is calling: set by the authentication hook on every protected request. */
export interface AuthContext {
  user: UserRow;
  sessionId: string;
  claims: TokenClaims;
}

export interface ClientInfo {
  ip?: string;
  userAgent?: string;
}

export interface AuthService {
  register(input: { username: string; email: string; password: string }): Promise<PublicUser>;
  login(input: { email?: string; username?: string; password: string } & ClientInfo): Promise<LoginResult>;
  refresh(refreshToken: string): Promise<TokenPair>;
  logout(auth: AuthContext, refreshToken?: string): Promise<void>;
  authenticate(accessToken: string): Promise<AuthContext>;
}

/** Refuses sessions and users that may no longer act: revoked, expired, disabled, locked. */
export function assertUserMayAct(user: UserRow, now: number): void {
  if (user.is_active !== 1) throw new AppError('account_disabled');
  if (isLockedOut(user.locked_until, now)) throw lockedError(user.locked_until as number, now);
}

export function createAuthService({ db, clock, config, logger, passwords, tokens }: AuthDeps): AuthService {
  const policy = lockoutPolicy(config);
  const failureDeps = { db, logger, policy };
  const refreshTtlMs = config.jwt.refreshTtlSeconds * 1000;

  function tokenPair(user: UserRow, session: SessionRow, { fresh }: { fresh: boolean }): TokenPair {
    const subject = { userId: user.id, sessionId: session.id, role: user.role };
    const now = clock.now();
    return {
      access_token: tokens.issueAccessToken(subject, { fresh }).token,
      refresh_token: tokens.issueRefreshToken(subject, { jti: session.refresh_jti, expiresAt: session.expires_at }).token,
      token_type: 'Bearer',
      expires_in: config.jwt.accessTtlSeconds,
      refresh_expires_in: Math.floor((session.expires_at - now) / 1000),
    };
  }

  function verifiedOrUndefined(refreshToken: string): TokenClaims | undefined {
    try {
      return tokens.verify(refreshToken, 'refresh');
    } catch {
      return undefined;
    }
  }

  return {
    async register({ username, email, password }) {
      const normalizedEmail = email.toLowerCase();
      const errors = passwordPolicyErrors(password, { username, email: normalizedEmail });
      if (errors.length > 0) throw new AppError('validation_failed', { detail: 'The password does not meet the policy.', errors });
      const now = clock.now();
      const user = await insertUser(db, { username, email: normalizedEmail, passwordHash: await passwords.hash(password), now });
      audit(logger, 'user_registered', { user_id: user.id });
      return toPublicUser(user, { now });
    },

    async login({ email, username, password, ip, userAgent }) {
      // Hashed: a fixed-size key, and no addresses stored for identifiers that match nobody.
      const identifier = createHash('sha256').update(email !== undefined ? `email:${email.toLowerCase()}` : `username:${(username ?? '').toLowerCase()}`).digest('hex');
      const user = await findUserByLogin(db, { email, username });
      const now = clock.now();
      // A lock answers the same for real and unknown accounts, before any hash is spent.
      const lockedUntil = user ? user.locked_until : await unknownLockedUntil(db, identifier);
      if (isLockedOut(lockedUntil, now)) throw lockedError(lockedUntil as number, now);

      if (!user) {
        await passwords.verifyAgainstDummy(password);
        return rejectWrongPassword(failureDeps, { identifier, now, otherwise: new AppError('invalid_credentials'), via: 'login' });
      }
      const check = await passwords.verify(user.password_hash, password);
      if (!check.valid) return rejectWrongPassword(failureDeps, { userId: user.id, now, otherwise: new AppError('invalid_credentials'), via: 'login' });
      if (user.is_active !== 1) throw new AppError('account_disabled');

      const changes: UserUpdate = { last_login_at: now };
      if (check.needsRehash) changes.password_hash = await passwords.hash(password);
      const updated = await clearFailuresUnlessLocked(db, user.id, now, changes);
      if (!updated) {
        const lockedUntil = (await findUserById(db, user.id))?.locked_until ?? now + policy.durationMs;
        throw lockedError(lockedUntil, now);
      }
      const session = await openSession(db, { userId: user.id, now, ttlMs: refreshTtlMs, ip, userAgent });
      audit(logger, 'login_succeeded', { user_id: user.id, session_id: session.id, rehashed: check.needsRehash });
      return { ...tokenPair(updated, session, { fresh: true }), user: toPublicUser(updated, { now }) };
    },

    async refresh(refreshToken) {
      const claims = tokens.verify(refreshToken, 'refresh');
      const now = clock.now();
      // The user is checked before rotating, so a refused refresh leaves the family as it was.
      const found = await findSessionWithUser(db, claims.sid);
      if (!found || String(found.user.id) !== claims.sub) throw new AppError('token_revoked');
      assertUserMayAct(found.user, now);
      const outcome = await rotateRefreshToken(db, {
        sessionId: claims.sid,
        presentedJti: claims.jti,
        now,
        ttlMs: refreshTtlMs,
        graceMs: config.jwt.refreshReuseGraceSeconds * 1000,
      });
      if (outcome.kind === 'revoked') throw new AppError('token_revoked');
      if (outcome.kind === 'expired') throw new AppError('token_expired');
      if (outcome.kind === 'reused') {
        await revokeSession(db, outcome.session.id, 'refresh_reused', now);
        audit(logger, 'refresh_reused', { user_id: outcome.session.user_id, session_id: outcome.session.id });
        throw new AppError('refresh_reused');
      }
      return tokenPair(found.user, outcome.session, { fresh: false });
    },

    async logout(auth, refreshToken) {
      const now = clock.now();
      // The caller's session dies first, whatever happens to the optional second token.
      await revokeSession(db, auth.sessionId, 'logout', now);
      audit(logger, 'logout', { user_id: auth.user.id, session_id: auth.sessionId });
      // Best effort: a second session named by a valid refresh token dies too, if it is the caller's own.
      const other = refreshToken ? verifiedOrUndefined(refreshToken) : undefined;
      if (other && other.sub === String(auth.user.id) && other.sid !== auth.sessionId) {
        await revokeSession(db, other.sid, 'logout', now);
        audit(logger, 'logout', { user_id: auth.user.id, session_id: other.sid });
      }
    },

    async authenticate(accessToken) {
      const claims = tokens.verify(accessToken, 'access');
      const found = await findSessionWithUser(db, claims.sid);
      const now = clock.now();
      if (!found || found.session.revoked_at !== null || String(found.user.id) !== claims.sub) throw new AppError('token_revoked');
      if (found.session.expires_at <= now) throw new AppError('token_expired');
      assertUserMayAct(found.user, now);
      return { user: found.user, sessionId: found.session.id, claims };
    },
  };
}
