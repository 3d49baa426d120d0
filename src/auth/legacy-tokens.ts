import type { Kysely } from 'kysely';
import { createVerifier } from 'fast-jwt';
import type { Clock } from '../clock.js';
import type { LegacyJwtConfig } from '../config.js';
import type { Database, UserRow } from '../db/types.js';
import { AppError } from '../errors.js';
import { mayAct } from '../account/actor.js';
import { isLegacyTokenRevoked } from '../account/legacy-revocations.js';
import { findImportedUser } from '../account/user-lookup.js';
import type { TokenType } from './tokens.js';

/** The `user_imports.source` of users the Flask service's tokens may speak for. */
const FLASK_SOURCE = 'flask';

/** What Flask-JWT-Extended always writes (no iss or aud). */
const REQUIRED_CLAIMS = ['sub', 'jti', 'type', 'exp'];

/** A Flask token's jti also serves as a session's refresh_jti (varchar(64)); Flask writes a 36-character uuid. */
const MAX_JTI_LENGTH = 64;

/** A Flask-JWT-Extended token that passed every check, and the imported user it speaks for, as stored now. */
export interface LegacyToken {
  jti: string;
  type: TokenType;
  /** Epoch ms. */
  expiresAt: number;
  /** Epoch ms; null when the token has no `iat`. */
  issuedAt: number | null;
  /** The `csrf` claim Flask-JWT-Extended signs into tokens it sets as cookies; undefined when absent. */
  csrf: unknown;
  user: UserRow;
}

/**
 * What the user's row must say for their Flask token to count: they may act, have no second factor (Flask knew
 * none: its tokens prove the password alone, which does not sign such an account in), and the token was issued
 * after their sessions were last ended (a token without `iat` cannot show it was).
 */
export function userAcceptsLegacyToken(user: UserRow, issuedAt: number | null): boolean {
  if (!mayAct(user) || user.mfa_enabled_at !== null) return false;
  return user.tokens_revoked_before === null || (issuedAt !== null && issuedAt > user.tokens_revoked_before);
}

export interface LegacyTokenVerifier {
  /**
   * Accepts a Flask token only if it is signed with the pinned algorithm under LEGACY_JWT_SECRET_KEY, of the
   * expected type, within its time claims, not blacklisted, issued after the user's sessions were last ended,
   * and names an imported Flask user who may act; an access token only with LEGACY_JWT_ACCEPT_ACCESS_TOKENS. Throws `invalid_token` otherwise: callers answer with
   * Gatehouse's own verification error, so a failing Flask token is told apart from no other invalid token.
   */
  verify(token: string, expectedType: TokenType): Promise<LegacyToken>;
}

/**
 * Tries a token that failed Gatehouse's own verification as a Flask token of `type`. Whatever makes that fail
 * too, the answer is Gatehouse's own error (`rejection`), so a Flask token is never told apart by its answer.
 */
export async function verifyAsLegacy(legacy: LegacyTokenVerifier | null, token: string, type: TokenType, rejection: unknown): Promise<LegacyToken> {
  if (!legacy) throw rejection;
  try {
    return await legacy.verify(token, type);
  } catch (err) {
    throw err instanceof AppError ? rejection : err;
  }
}

export interface LegacyTokenDeps {
  db: Kysely<Database>;
  clock: Clock;
  legacy: LegacyJwtConfig;
  clockToleranceSeconds: number;
}

interface FlaskClaims {
  sub: unknown;
  jti: unknown;
  type: unknown;
  exp: unknown;
  iat?: unknown;
  nbf?: unknown;
  csrf?: unknown;
}

/** Flask-JWT-Extended writes the identity as a string of digits (an integer in old versions). */
function userIdOf(sub: unknown): number | undefined {
  const id = typeof sub === 'number' ? sub : typeof sub === 'string' && /^\d{1,15}$/.test(sub) ? Number(sub) : NaN;
  return Number.isSafeInteger(id) && id > 0 ? id : undefined;
}

/** A time claim in epoch seconds whose milliseconds are a safe integer: what a bigint column and the clock take. */
const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value * 1000);
const optionalTime = (value: unknown): boolean => value === undefined || isTime(value);

export function createLegacyTokenVerifier({ db, clock, legacy, clockToleranceSeconds: tolerance }: LegacyTokenDeps): LegacyTokenVerifier {
  const decodeVerified = createVerifier({
    key: legacy.secret,
    algorithms: [legacy.algorithm],
    requiredClaims: REQUIRED_CLAIMS,
    // Time claims are checked below against the injected clock.
    ignoreExpiration: true,
    ignoreNotBefore: true,
  });
  const invalid = (): AppError => new AppError('invalid_token');

  function decode(token: string, expectedType: TokenType): { claims: FlaskClaims; userId: number } {
    let claims: FlaskClaims;
    try {
      claims = decodeVerified(token) as FlaskClaims;
    } catch {
      throw invalid();
    }
    const now = Math.floor(clock.now() / 1000);
    const { exp, iat, nbf, jti } = claims;
    if (!isTime(exp) || !optionalTime(iat) || !optionalTime(nbf)) throw invalid();
    if (exp + tolerance <= now) throw invalid();
    if (typeof nbf === 'number' && nbf - tolerance > now) throw invalid();
    if (typeof iat === 'number' && iat - tolerance > now) throw invalid();
    if (claims.type !== expectedType) throw invalid();
    if (typeof jti !== 'string' || jti.length === 0 || jti.length > MAX_JTI_LENGTH) throw invalid();
    const userId = userIdOf(claims.sub);
    if (userId === undefined) throw invalid();
    return { claims, userId };
  }

  return {
    async verify(token, expectedType) {
      if (expectedType === 'access' && !legacy.acceptAccessTokens) throw invalid();
      const { claims, userId } = decode(token, expectedType);
      const jti = claims.jti as string;
      if (await isLegacyTokenRevoked(db, jti)) throw invalid();
      const issuedAt = typeof claims.iat === 'number' ? claims.iat * 1000 : null;
      const user = await findImportedUser(db, userId, FLASK_SOURCE);
      if (!user || !userAcceptsLegacyToken(user, issuedAt)) throw invalid();
      return { jti, type: expectedType, expiresAt: (claims.exp as number) * 1000, issuedAt, csrf: claims.csrf, user };
    },
  };
}
