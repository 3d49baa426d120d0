import { createHash, createPrivateKey, createPublicKey, randomUUID, type JsonWebKey, type KeyObject } from 'node:crypto';
import { createSigner, createVerifier, TokenError } from 'fast-jwt';
import type { Clock } from '../clock.js';
import { type Config, ConfigError } from '../config.js';
import { AppError } from '../errors.js';
import type { Role } from '../account/actor.js';
import { csrfClaimFor } from './csrf.js';

export type TokenType = 'access' | 'refresh';

export interface TokenClaims {
  iss: string;
  aud: string;
  sub: string;
  sid: string;
  jti: string;
  type: TokenType;
  role: Role;
  fresh: boolean;
  /** How the session was authenticated (RFC 8176): "pwd", "oauth" (an identity provider) or "webauthn" (a passkey), then "otp" or "webauthn" after a second factor. */
  amr: string[];
  /** Authenticator assurance level of the session: 1 (password) or 2 (password and a second factor). */
  aal: number;
  /** Cookie mode only: what the X-CSRF-TOKEN header must equal when the token comes in a cookie (csrf.ts). */
  csrf?: string;
  iat: number;
  nbf: number;
  exp: number;
}

export interface IssuedToken {
  token: string;
  claims: TokenClaims;
}

export interface TokenSubject {
  userId: number;
  sessionId: string;
  role: Role;
  aal: number;
  /** How the session was signed in (account/sessions.ts sessionAmr); absent: a password, with "otp" at aal 2. */
  amr?: readonly string[];
}

export interface Jwks {
  keys: Array<JsonWebKey & { kid: string; alg: string; use: 'sig' }>;
}

export interface TokenService {
  issueAccessToken(subject: TokenSubject, options: { fresh: boolean }): IssuedToken;
  /** `jti` and `expiresAt` (epoch ms) come from the session row, so the token can be re-minted. */
  issueRefreshToken(subject: TokenSubject, options: { jti: string; expiresAt: number }): IssuedToken;
  /**
   * Verifies signature (pinned algorithm), iss, aud, exp, nbf, iat and type; throws AppError otherwise. Time
   * claims allow JWT_CLOCK_TOLERANCE seconds of skew between the instance that issued and the one verifying.
   */
  verify(token: string, expectedType: TokenType): TokenClaims;
  jwks(): Jwks;
}

const REQUIRED_CLAIMS = ['iss', 'aud', 'sub', 'sid', 'jti', 'type', 'iat', 'nbf', 'exp'];

interface SigningKeys {
  signingKey: string;
  verifyKey: string;
  publicJwk: JsonWebKey | null;
}

const KEY_TYPE_FOR: Record<Exclude<Config['jwt']['algorithm'], 'HS256'>, { type: string; curve?: string }> = {
  EdDSA: { type: 'ed25519' },
  ES256: { type: 'ec', curve: 'prime256v1' },
  RS256: { type: 'rsa' },
};

function loadKeys(jwt: Config['jwt']): SigningKeys {
  if (jwt.algorithm === 'HS256') {
    const secret = jwt.secret ?? '';
    return { signingKey: secret, verifyKey: secret, publicJwk: null };
  }
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey(jwt.privateKeyPem ?? '');
  } catch (err) {
    throw new ConfigError('JWT_PRIVATE_KEY_FILE', `is not a PEM private key: ${(err as Error).message}`);
  }
  const expected = KEY_TYPE_FOR[jwt.algorithm];
  const details = privateKey.asymmetricKeyDetails;
  if (privateKey.asymmetricKeyType !== expected.type || (expected.curve && details?.namedCurve !== expected.curve)) {
    throw new ConfigError('JWT_PRIVATE_KEY_FILE', `holds a ${privateKey.asymmetricKeyType} key, which does not fit JWT_ALGORITHM=${jwt.algorithm}`);
  }
  if (expected.type === 'rsa' && (details?.modulusLength ?? 0) < 2048) {
    throw new ConfigError('JWT_PRIVATE_KEY_FILE', 'RSA keys must be at least 2048 bits');
  }
  const publicKey = createPublicKey(privateKey);
  return {
    signingKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    verifyKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    publicJwk: publicKey.export({ format: 'jwk' }),
  };
}

/** RFC 7638 thumbprint: the default `kid`, stable for a given key. */
function jwkThumbprint(jwk: JsonWebKey): string {
  const members: Record<string, string[]> = { OKP: ['crv', 'kty', 'x'], EC: ['crv', 'kty', 'x', 'y'], RSA: ['e', 'kty', 'n'] };
  const required = members[jwk.kty ?? ''] ?? [];
  const canonical = JSON.stringify(Object.fromEntries(required.map((k) => [k, jwk[k as keyof JsonWebKey]])));
  return createHash('sha256').update(canonical).digest('base64url');
}

/** Verified tokens remembered per process (about 1 KB each). */
const VERIFIED_TOKEN_CACHE_SIZE = 4096;

/**
 * The claims of a token already checked (signature, iss, aud, required claims), remembered for the last
 * VERIFIED_TOKEN_CACHE_SIZE tokens under the token itself: an exact key, so only the very same bytes hit, and no
 * digest of every token to compute (fast-jwt's own cache hashes each token with SHA-256, which cost more per
 * request than the rest of the check). A hit skips the signature check and the JSON parse; time claims and
 * revocation are still checked on every request, by `verify` below and by the caller. Refusals are not kept.
 * The oldest entry goes first.
 */
function rememberVerified(decode: (token: string) => unknown): (token: string) => TokenClaims {
  const known = new Map<string, TokenClaims>();
  return (token) => {
    const hit = known.get(token);
    if (hit) return hit;
    const claims = decode(token) as TokenClaims;
    // Frozen, with its one array: every hit hands out the same object again.
    if (Array.isArray(claims.amr)) Object.freeze(claims.amr);
    Object.freeze(claims);
    if (known.size >= VERIFIED_TOKEN_CACHE_SIZE) known.delete(known.keys().next().value as string);
    known.set(token, claims);
    return claims;
  };
}

/** `csrfKey`: cookie mode is on, and tokens carry the `csrf` claim derived with it. */
export function createTokenService(jwt: Config['jwt'], clock: Clock, { csrfKey = null }: { csrfKey?: Buffer | null } = {}): TokenService {
  const { signingKey, verifyKey, publicJwk } = loadKeys(jwt);
  const kid = publicJwk ? (jwt.keyId ?? jwkThumbprint(publicJwk)) : undefined;
  // iat, nbf and exp are set explicitly from the injected clock; the signer keeps a given iat.
  const sign = createSigner({ key: signingKey, algorithm: jwt.algorithm, kid });
  const decodeVerified = rememberVerified(createVerifier({
    key: verifyKey,
    algorithms: [jwt.algorithm],
    allowedIss: jwt.issuer,
    allowedAud: jwt.audience,
    requiredClaims: REQUIRED_CLAIMS,
    // Time claims are checked below against the injected clock.
    ignoreExpiration: true,
    ignoreNotBefore: true,
  }));

  function issue(type: TokenType, subject: TokenSubject, extra: { jti: string; exp: number; fresh: boolean }): IssuedToken {
    const now = Math.floor(clock.now() / 1000);
    const claims: TokenClaims = {
      iss: jwt.issuer,
      aud: jwt.audience,
      sub: String(subject.userId),
      sid: subject.sessionId,
      jti: extra.jti,
      type,
      role: subject.role,
      fresh: extra.fresh,
      amr: subject.amr ? [...subject.amr] : ['pwd', ...(subject.aal >= 2 ? ['otp'] : [])],
      aal: subject.aal,
      ...(csrfKey ? { csrf: csrfClaimFor(csrfKey, type, subject.sessionId) } : {}),
      iat: now,
      nbf: now,
      exp: extra.exp,
    };
    return { token: sign(claims), claims };
  }

  return {
    issueAccessToken(subject, { fresh }) {
      const exp = Math.floor(clock.now() / 1000) + jwt.accessTtlSeconds;
      return issue('access', subject, { jti: randomUUID(), exp, fresh });
    },
    issueRefreshToken(subject, { jti, expiresAt }) {
      return issue('refresh', subject, { jti, exp: Math.floor(expiresAt / 1000), fresh: false });
    },
    verify(token, expectedType) {
      let claims: TokenClaims;
      try {
        claims = decodeVerified(token);
      } catch (err) {
        if (err instanceof TokenError) throw new AppError('invalid_token', { cause: err });
        throw err;
      }
      const now = Math.floor(clock.now() / 1000);
      // Like jose's clockTolerance: the token's clock may be up to `tolerance` seconds off ours, either way.
      const tolerance = jwt.clockToleranceSeconds;
      if (![claims.exp, claims.nbf, claims.iat].every(Number.isFinite)) throw new AppError('invalid_token');
      if (claims.exp + tolerance <= now) throw new AppError('token_expired');
      if (claims.nbf - tolerance > now) throw new AppError('invalid_token', { detail: 'The token is not valid yet.' });
      if (claims.iat - tolerance > now) throw new AppError('invalid_token', { detail: 'The token was issued in the future.' });
      if (claims.type !== expectedType) {
        throw new AppError('invalid_token', { detail: `A ${expectedType} token is required here, not a ${String(claims.type)} token.` });
      }
      if (typeof claims.sid !== 'string' || !/^\d+$/.test(String(claims.sub))) throw new AppError('invalid_token');
      return claims;
    },
    jwks() {
      if (!publicJwk || !kid) return { keys: [] };
      return { keys: [{ ...publicJwk, kid, alg: jwt.algorithm, use: 'sig' }] };
    },
  };
}
