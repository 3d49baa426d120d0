import type { Kysely } from 'kysely';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { Database, UserRow } from '../db/types.js';
import { inWriteTransaction } from '../db/transactions.js';
import { AppError } from '../errors.js';
import type { AuditTrail } from '../admin/audit-trail.js';
import type { ClientInfo } from '../account/actor.js';
import type { AuthMetrics } from '../metrics.js';
import type { TokenPair } from '../schemas/auth.js';
import { lockUserRow } from '../account/user-lookup.js';
import { isLegacyTokenRevoked } from '../account/legacy-revocations.js';
import { findLegacySession, invalidateSession, keepRefreshToken, openLegacySession, rotate, sessionLifetime, validateSession } from '../account/sessions.js';
import type { TokenClaims, TokenService } from './tokens.js';
import type { TokenPairs } from './token-pairs.js';
import { assertCsrfProof, type CsrfProof } from './csrf.js';
import { type LegacyToken, type LegacyTokenVerifier, userAcceptsLegacyToken, verifyAsLegacy } from './legacy-tokens.js';

export interface RefreshDeps {
  db: Kysely<Database>;
  clock: Clock;
  config: Config;
  audit: AuditTrail;
  tokens: TokenService;
  pairs: TokenPairs;
  metrics: AuthMetrics;
  legacy: LegacyTokenVerifier | null;
}

/**
 * POST /api/auth/refresh: a Gatehouse refresh token rotates (or, with REFRESH_TOKEN_ROTATION=false, is kept);
 * a Flask refresh token is exchanged for the session that then owns it.
 */
export function createRefresh({ db, clock, config, audit, tokens, pairs, metrics, legacy }: RefreshDeps): (refreshToken: string, csrf?: CsrfProof, client?: ClientInfo) => Promise<TokenPair> {
  const lifetime = sessionLifetime(config);
  const rotation = config.jwt.refreshTokenRotation;

  /** A live session's refresh: rotated (with its grace window and reuse detection), or kept without rotation. */
  async function continueSession(user: UserRow, { sessionId, jti, token, expiresAt }: { sessionId: string; jti: string; token: string; expiresAt: number }, client: ClientInfo | undefined): Promise<TokenPair> {
    const now = clock.now();
    if (!rotation) {
      const kept = await keepRefreshToken(db, { sessionId, presentedJti: jti, now });
      if (kept.kind === 'revoked') throw new AppError('token_revoked');
      if (kept.kind === 'expired') throw new AppError('token_expired');
      return pairs.keep(user, kept.session, { token, expiresAt });
    }
    const outcome = await rotate(db, { sessionId, presentedJti: jti, now, lifetime });
    if (outcome.kind === 'revoked') throw new AppError('token_revoked');
    if (outcome.kind === 'expired') throw new AppError('token_expired');
    if (outcome.kind === 'reused') {
      await inWriteTransaction(db, async (trx) => {
        // Recorded by the replay that ended the session: one that lost the race to another (or to a logout) changed nothing.
        if (await invalidateSession(trx, { sessionId: outcome.session.id, userId: outcome.session.user_id, reason: 'refresh_reused', now })) {
          await audit.record(trx, { action: 'refresh_reused', target: outcome.session.user_id, sessionId: outcome.session.id, client }, now);
        }
      });
      metrics.refreshReused();
      throw new AppError('refresh_reused');
    }
    return pairs.issue(user, outcome.session, { fresh: false });
  }

  /**
   * A Flask refresh token: the first exchange opens the session that owns it (the unique `legacy_jti` lets one
   * request win); every later one, racing or not, goes through that session like its own refresh token.
   */
  async function exchangeLegacyRefreshToken(token: string, flask: LegacyToken, rejection: unknown, client: ClientInfo | undefined): Promise<TokenPair> {
    const now = clock.now();
    const userId = flask.user.id;
    // The user's row is locked while the session opens, so a password change or deactivation racing this
    // exchange either refuses it or ends the session it opened.
    const opened = await inWriteTransaction(db, async (trx) => {
      const user = await lockUserRow(trx, userId);
      // Re-read under the lock: a logout of this token (which takes the same lock) may have blacklisted it since.
      if (!user || !userAcceptsLegacyToken(user, flask.issuedAt) || (await isLegacyTokenRevoked(trx, flask.jti))) return 'refused' as const;
      const session = await openLegacySession(trx, { userId, now, lifetime, legacyJti: flask.jti, rotation });
      if (session) await audit.record(trx, { action: 'legacy_token_exchanged', target: userId, by: userId, sessionId: session.id, client, user }, now);
      return session && { user, session };
    });
    if (opened === 'refused') throw rejection;
    if (opened) {
      return rotation ? pairs.issue(opened.user, opened.session, { fresh: false }) : pairs.keep(opened.user, opened.session, { token, expiresAt: flask.expiresAt });
    }
    const owner = await findLegacySession(db, flask.jti);
    // Purged after it expired: the token cannot open a second session.
    if (!owner) throw new AppError('token_revoked');
    const { user } = await validateSession(db, { sessionId: owner.id, subject: String(userId) }, now);
    return continueSession(user, { sessionId: owner.id, jti: flask.jti, token, expiresAt: flask.expiresAt }, client);
  }

  return async (refreshToken, csrf, client) => {
    let claims: TokenClaims;
    try {
      claims = tokens.verify(refreshToken, 'refresh');
    } catch (rejection) {
      const flask = await verifyAsLegacy(legacy, refreshToken, 'refresh', rejection);
      assertCsrfProof(flask.csrf, csrf);
      return exchangeLegacyRefreshToken(refreshToken, flask, rejection, client);
    }
    // Before anything is read or rotated: a forged cross-site refresh changes nothing.
    assertCsrfProof(claims.csrf, csrf);
    // The session and its user are checked before rotating, so a refused refresh leaves the family as it was.
    const { user } = await validateSession(db, { sessionId: claims.sid, subject: claims.sub }, clock.now());
    return continueSession(user, { sessionId: claims.sid, jti: claims.jti, token: refreshToken, expiresAt: claims.exp * 1000 }, client);
  };
}
