import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { type BrandingConfig, parseBranding } from './branding-settings.js';
import { ConfigError, type Env, MIN_SECRET_BYTES, readEnvFile, readers, withDevelopmentSecret } from './env.js';
import { type OAuthConfig, parseOAuth } from './oauth-settings.js';
import { parseWebAuthn, type WebAuthnConfig } from './webauthn-settings.js';
import { parseWebhooks, type WebhookConfig } from './webhook-settings.js';

export { ConfigError, type Env, readEnvFile, withDevelopmentSecret } from './env.js';

export type NodeEnv = 'development' | 'production' | 'test';
/** false, true, a list of trusted addresses/CIDRs, or a hop-count function (TRUST_PROXY=1). */
export type TrustProxy = boolean | string | ((address: string, hop: number) => boolean);
export type JwtAlgorithm = 'HS256' | 'EdDSA' | 'ES256' | 'RS256';
export type LegacyJwtAlgorithm = 'HS256' | 'HS384' | 'HS512';

export interface Config {
  nodeEnv: NodeEnv;
  host: string;
  port: number;
  databaseUrl: string;
  databasePoolSize: number;
  /** PostgreSQL: ms to open a connection or wait for a free one in the pool; 0 waits forever. */
  databaseConnectTimeoutMs: number;
  /** PostgreSQL: ms a statement may run (server statement_timeout, with a client-side backstop); 0 disables. */
  databaseStatementTimeoutMs: number;
  autoMigrate: boolean;
  /** Worker processes sharing the port (node:cluster); 1 runs the app in this process. */
  webConcurrency: number;
  redisUrl: string | null;
  /** Prefix of every Redis key: deployments sharing one Redis keep apart. */
  redisKeyPrefix: string;
  jwt: {
    algorithm: JwtAlgorithm;
    /** HS256 secret; null when signing with a private key. */
    secret: string | null;
    privateKeyPem: string | null;
    keyId: string | null;
    issuer: string;
    audience: string;
    accessTtlSeconds: number;
    refreshTtlSeconds: number;
    refreshReuseGraceSeconds: number;
    /** Seconds of clock skew between instances allowed on nbf, iat and exp. */
    clockToleranceSeconds: number;
    /** false: a refresh answers a new access token and keeps the refresh token (Flask-JWT-Extended's way). */
    refreshTokenRotation: boolean;
  };
  /** Tokens of the Flask service Gatehouse replaces (Flask-JWT-Extended); null: none is accepted. */
  legacyJwt: LegacyJwtConfig | null;
  /** Where tokens travel (JWT_TOKEN_LOCATION), and the cookies of cookie mode. */
  tokenLocation: TokenLocationConfig;
  passwords: { memoryCost: number; timeCost: number; parallelism: number };
  /** Password hashes computed at once per process (the rest wait their turn): one more than the CPUs, shared among the workers. */
  passwordHashConcurrency: number;
  lockout: { maxFailedLogins: number; durationSeconds: number };
  sessionPurgeIntervalSeconds: number;
  /** Absolute session lifetime: refresh rotation never extends a session past it. */
  sessionMaxLifetimeSeconds: number;
  /** Event-loop delay (ms) above which requests are shed with 503; 0 disables. */
  maxEventLoopDelayMs: number;
  /** GET /metrics (Prometheus): on the public listener when enabled, for the bearer `token`; on its own listener (no token) when port is set. */
  metrics: { enabled: boolean; port: number | null; host: string; token: string | null };
  log: { level: string; dir: string; toFile: boolean; fileSize: string; fileCount: number };
  mail: MailConfig;
  /** Social sign-in (OAUTH_*): the providers, where the callback may return, whether it may create accounts. */
  oauth: OAuthConfig;
  /** Passkeys (WEBAUTHN_*): the relying party and the origins allowed. */
  webauthn: WebAuthnConfig;
  /** AUDIT_RETENTION_DAYS: stored audit events older than this are purged. */
  audit: { retentionDays: number };
  /** Outbound webhooks (WEBHOOK_*): the private-address rule, the timeout, the dispatcher's poll. */
  webhooks: WebhookConfig;
  /** APP_NAME on every page a person sees; ADMIN_CONSOLE. */
  branding: BrandingConfig;
  mfa: {
    issuer: string;
    /** Admin-only endpoints need a session at aal 2. */
    requiredForAdmins: boolean;
    /** DATA_ENCRYPTION_KEY (32 bytes); null: a key derived with HKDF from the token signing key. */
    dataEncryptionKey: Buffer | null;
  };
  http: {
    corsOrigins: string[];
    trustProxy: TrustProxy;
    bodyLimit: number;
    authBodyLimit: number;
    /** ms a request (headers and body) may take to arrive; then 408 and the socket is closed. */
    requestTimeoutMs: number;
    /** ms an idle keep-alive connection is kept open between requests. */
    keepAliveTimeoutMs: number;
    authRateLimitMax: number;
    authRateLimitWindowSeconds: number;
    refreshRateLimitMax: number;
    selfServiceRateLimitMax: number;
    selfServiceRateLimitWindowSeconds: number;
  };
  /** Warnings gathered while parsing (e.g. a generated development secret), logged at start. */
  warnings: string[];
}

/** Flask-JWT-Extended's JWT_TOKEN_LOCATION and cookie settings, under its names. */
export interface TokenLocationConfig {
  /** `Authorization: Bearer` is read. */
  headers: boolean;
  /** Sign-ins and refreshes set HttpOnly cookies, and the cookies authenticate (with CSRF checks); null: off. */
  cookies: CookieConfig | null;
}

export interface CookieConfig {
  secure: boolean;
  sameSite: 'lax' | 'strict' | 'none';
  /** null: host-only cookies. */
  domain: string | null;
  /** The JSON answers still carry the tokens beside the cookies. */
  bodyTokens: boolean;
  names: { access: string; refresh: string; accessCsrf: string; refreshCsrf: string };
  /** Lower-case request header names holding the CSRF values. */
  csrfHeaders: { access: string; refresh: string };
}

export interface LegacyJwtConfig {
  /** The Flask app's JWT_SECRET_KEY. */
  secret: string;
  /** The one algorithm that verifies (pinned). */
  algorithm: LegacyJwtAlgorithm;
  /** Flask access tokens authenticate requests until they expire. */
  acceptAccessTokens: boolean;
}

export interface MailConfig {
  /** smtp:// or smtps://; null: .eml files under outboxDir (development), or 503 mail_unavailable (production). */
  smtpUrl: string | null;
  from: string;
  outboxDir: string;
  /** Templates a deployment overrides: NAME.subject.txt, NAME.txt, NAME.html. */
  templatesDir: string | null;
  appUrl: string;
  /** Link templates with {token}; the token rides in the fragment by default, so it never reaches a server log. */
  passwordResetUrl: string;
  emailVerifyUrl: string;
  /** The link an invitation mails (the accept-invitation page by default). */
  invitationUrl: string;
  passwordResetTtlSeconds: number;
  invitationTtlSeconds: number;
  emailVerifyTtlSeconds: number;
  resendIntervalSeconds: number;
  requireEmailVerification: boolean;
  pollIntervalMs: number;
  maxAttempts: number;
}

function parseNodeEnv(env: Env): NodeEnv {
  const { raw } = readers(env);
  // The Flask service used FLASK_ENV; honour it when NODE_ENV is absent. Empty counts as absent, as everywhere.
  const variable = raw('NODE_ENV') !== undefined ? 'NODE_ENV' : 'FLASK_ENV';
  const value = raw(variable) ?? 'development';
  if (value === 'production' || value === 'test' || value === 'development') return value;
  throw new ConfigError(variable, `must be development, production or test, got "${value}"`);
}

function parseDatabaseUrl(value: string): string {
  if (/^sqlite:\/\/\//.test(value) || /^postgres(ql)?:\/\//.test(value)) return value;
  throw new ConfigError('DATABASE_URL', `expected sqlite:///path.db, sqlite:///:memory: or postgres://…, got "${value}"`);
}

function parseMail(env: Env, nodeEnv: NodeEnv, listen: { host: string; port: number }): MailConfig {
  const { raw, str, int, bool } = readers(env);
  const smtpUrl = raw('SMTP_URL') ?? null;
  if (smtpUrl !== null && !/^smtps?:\/\/[^\s]+$/.test(smtpUrl)) throw new ConfigError('SMTP_URL', 'expected smtp://[user:pass@]host:port or smtps://…');
  const requireEmailVerification = bool('REQUIRE_EMAIL_VERIFICATION', false);
  if (requireEmailVerification && smtpUrl === null && nodeEnv === 'production') {
    throw new ConfigError('REQUIRE_EMAIL_VERIFICATION', 'needs SMTP_URL in production: nobody could verify their address');
  }
  const appUrl = str('APP_URL', `http://${listen.host}:${listen.port}`).replace(/\/+$/, '');
  if (!/^https?:\/\/[^\s]+$/.test(appUrl)) throw new ConfigError('APP_URL', `expected an http(s) URL, got "${appUrl}"`);
  const linkTemplate = (name: string, fallback: string): string => {
    const value = str(name, fallback);
    if (!value.includes('{token}')) throw new ConfigError(name, 'must contain {token}');
    return value;
  };
  return {
    smtpUrl,
    from: str('MAIL_FROM', 'Gatehouse <no-reply@localhost>'),
    outboxDir: str('MAIL_OUTBOX_DIR', 'mail'),
    templatesDir: raw('MAIL_TEMPLATES_DIR') ?? null,
    appUrl,
    passwordResetUrl: linkTemplate('PASSWORD_RESET_URL', `${appUrl}/reset-password#token={token}`),
    emailVerifyUrl: linkTemplate('EMAIL_VERIFY_URL', `${appUrl}/verify-email#token={token}`),
    invitationUrl: linkTemplate('INVITATION_URL', `${appUrl}/accept-invitation#token={token}`),
    passwordResetTtlSeconds: int('PASSWORD_RESET_TTL', 3600, { min: 60, max: 604_800 }),
    invitationTtlSeconds: int('INVITATION_TTL', 604_800, { min: 60, max: 2_592_000 }),
    emailVerifyTtlSeconds: int('EMAIL_VERIFY_TTL', 86_400, { min: 60, max: 2_592_000 }),
    resendIntervalSeconds: int('MAIL_RESEND_INTERVAL', 60, { max: 86_400 }),
    requireEmailVerification,
    pollIntervalMs: int('MAIL_POLL_INTERVAL', 1000, { min: 10, max: 600_000 }),
    maxAttempts: int('MAIL_MAX_ATTEMPTS', 10, { min: 1, max: 100 }),
  };
}

function mailAndOAuth(env: Env, nodeEnv: NodeEnv, listen: { host: string; port: number }): Pick<Config, 'mail' | 'oauth' | 'webauthn' | 'webhooks' | 'branding'> {
  const mail = parseMail(env, nodeEnv, listen);
  return { mail, oauth: parseOAuth(env, mail.appUrl), webauthn: parseWebAuthn(env, mail.appUrl), webhooks: parseWebhooks(env), branding: parseBranding(env) };
}

function parseMetrics(env: Env, nodeEnv: NodeEnv, warnings: string[]): Config['metrics'] {
  const { raw, str, int, bool } = readers(env);
  const enabled = bool('METRICS_ENABLED', false);
  const token = raw('METRICS_TOKEN') ?? null;
  if (token !== null && token.length < MIN_SECRET_BYTES) throw new ConfigError('METRICS_TOKEN', `must be at least ${MIN_SECRET_BYTES} characters`);
  if (enabled && token === null) {
    if (nodeEnv === 'production') throw new ConfigError('METRICS_TOKEN', 'is required in production with METRICS_ENABLED=true (or serve /metrics on METRICS_PORT)');
    warnings.push('METRICS_ENABLED=true without METRICS_TOKEN: /metrics on the public listener answers 401 to every request.');
  }
  return {
    enabled,
    port: raw('METRICS_PORT') === undefined ? null : int('METRICS_PORT', 0, { max: 65_535 }),
    host: str('METRICS_HOST', '127.0.0.1'),
    token,
  };
}

function parseDataEncryptionKey(value: string | undefined): Buffer | null {
  if (value === undefined) return null;
  const key = Buffer.from(value, 'base64');
  if (key.length !== 32) throw new ConfigError('DATA_ENCRYPTION_KEY', 'must be 32 random bytes in base64 (openssl rand -base64 32)');
  return key;
}

function parseTrustProxy(value: string | undefined): TrustProxy {
  if (value === undefined || ['false', '0', 'no', 'off'].includes(value.toLowerCase())) return false;
  if (['true', 'yes', 'on'].includes(value.toLowerCase())) return true;
  // A hop count ("1") or a list of trusted addresses/CIDRs ("10.0.0.0/8,127.0.0.1").
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    return (_address, hop) => hop < hops;
  }
  return value;
}

/** Workers share one database: an in-memory SQLite one would be a separate, empty database in each. */
function parseWebConcurrency(workers: number, databaseUrl: string): number {
  if (workers > 1 && /^sqlite:\/\/\/(:memory:)?$/.test(databaseUrl.trim())) {
    throw new ConfigError('WEB_CONCURRENCY', 'needs a database the workers share; sqlite:///:memory: would give each worker its own, empty one');
  }
  return workers;
}

function parseJwt(env: Env, nodeEnv: NodeEnv, warnings: string[]): Config['jwt'] {
  const { raw, str, int, bool, oneOf } = readers(env);
  const keyFile = raw('JWT_PRIVATE_KEY_FILE');
  // The key itself (a container secret, or what the cluster primary hands its workers so they all sign alike).
  const keyPem = raw('JWT_PRIVATE_KEY');
  if (keyFile && keyPem) throw new ConfigError('JWT_PRIVATE_KEY', 'set it or JWT_PRIVATE_KEY_FILE, not both');
  const algorithm = oneOf<JwtAlgorithm>('JWT_ALGORITHM', ['HS256', 'EdDSA', 'ES256', 'RS256'], keyFile || keyPem ? 'EdDSA' : 'HS256');
  let secret: string | null = null;
  let privateKeyPem: string | null = null;

  if (algorithm === 'HS256') {
    secret = raw('JWT_SECRET_KEY') ?? null;
    // Refused in every mode: a deployment that forgets NODE_ENV=production must not run on a guessable key.
    if (secret !== null && Buffer.byteLength(secret) < MIN_SECRET_BYTES) {
      throw new ConfigError('JWT_SECRET_KEY', `must be at least ${MIN_SECRET_BYTES} bytes`);
    }
    if (secret === null) {
      if (nodeEnv === 'production') throw new ConfigError('JWT_SECRET_KEY', 'is required in production (at least 32 random bytes)');
      secret = randomBytes(48).toString('base64url');
      warnings.push('JWT_SECRET_KEY is not set: generated a random secret for this process. Tokens will not survive a restart and are not shared between instances. Set JWT_SECRET_KEY before going to production.');
    }
  } else if (keyPem) {
    // A PEM in one line of .env may carry its line breaks as \n.
    privateKeyPem = keyPem.replaceAll('\\n', '\n');
  } else {
    if (!keyFile) throw new ConfigError('JWT_PRIVATE_KEY_FILE', `is required when JWT_ALGORITHM=${algorithm}`);
    try {
      privateKeyPem = readFileSync(keyFile, 'utf8');
    } catch (err) {
      throw new ConfigError('JWT_PRIVATE_KEY_FILE', `cannot read "${keyFile}": ${(err as Error).message}`);
    }
  }

  const accessTtlSeconds = int('JWT_ACCESS_TOKEN_EXPIRES', 900, { min: 30, max: 86_400 });
  return {
    algorithm,
    secret,
    privateKeyPem,
    keyId: raw('JWT_KEY_ID') ?? null,
    issuer: str('JWT_ISSUER', 'gatehouse'),
    audience: str('JWT_AUDIENCE', 'gatehouse'),
    accessTtlSeconds,
    refreshTtlSeconds: int('JWT_REFRESH_TOKEN_EXPIRES', 2_592_000, { min: accessTtlSeconds, max: 31_536_000 }),
    refreshReuseGraceSeconds: int('REFRESH_REUSE_GRACE', 10, { max: 300 }),
    clockToleranceSeconds: int('JWT_CLOCK_TOLERANCE', 5, { max: 300 }),
    refreshTokenRotation: bool('REFRESH_TOKEN_ROTATION', true),
  };
}

function parseLegacyJwt(env: Env, ownSecret: string | null, warnings: string[]): LegacyJwtConfig | null {
  const { raw, bool, oneOf } = readers(env);
  const secret = raw('LEGACY_JWT_SECRET_KEY');
  const algorithm = oneOf<LegacyJwtAlgorithm>('LEGACY_JWT_ALGORITHM', ['HS256', 'HS384', 'HS512'], 'HS256');
  const acceptAccessTokens = bool('LEGACY_JWT_ACCEPT_ACCESS_TOKENS', false);
  if (secret === undefined) {
    if (acceptAccessTokens) throw new ConfigError('LEGACY_JWT_ACCEPT_ACCESS_TOKENS', 'needs LEGACY_JWT_SECRET_KEY');
    return null;
  }
  // Gatehouse's own tokens must never pass as Flask ones: the Flask key only verifies, and is no one's signing key.
  if (secret === ownSecret) throw new ConfigError('LEGACY_JWT_SECRET_KEY', 'must differ from JWT_SECRET_KEY: give Gatehouse a signing key of its own');
  // The Flask app's key is what it is: a short one is accepted, and named, since its tokens can be guessed offline.
  if (Buffer.byteLength(secret) < MIN_SECRET_BYTES) warnings.push(`LEGACY_JWT_SECRET_KEY is shorter than ${MIN_SECRET_BYTES} bytes: Flask tokens signed with it can be forged by brute force.`);
  return { secret, algorithm, acceptAccessTokens };
}

/** A cookie or header name: an RFC 9110 token. */
const TOKEN_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

function parseTokenLocation(env: Env, nodeEnv: NodeEnv, corsOrigins: readonly string[]): TokenLocationConfig {
  const { raw, bool, matching } = readers(env);
  // Flask-JWT-Extended's values, as a comma list ("headers,cookies") or a Python-style list (["headers", "cookies"]).
  const listed = (raw('JWT_TOKEN_LOCATION') ?? 'headers').replace(/[[\]'"]/g, '').split(',').map((v) => v.trim().toLowerCase()).filter(Boolean);
  for (const place of listed) {
    if (place !== 'headers' && place !== 'cookies') {
      throw new ConfigError('JWT_TOKEN_LOCATION', `"${place}" is not supported: use headers, cookies, or headers,cookies`);
    }
  }
  if (listed.length === 0) throw new ConfigError('JWT_TOKEN_LOCATION', 'use headers, cookies, or headers,cookies');
  const headers = listed.includes('headers');
  if (!listed.includes('cookies')) return { headers, cookies: null };

  if (!bool('JWT_COOKIE_CSRF_PROTECT', true)) throw new ConfigError('JWT_COOKIE_CSRF_PROTECT', 'cannot be turned off: cookie-authenticated requests are always checked against CSRF');
  if (corsOrigins.includes('*')) {
    throw new ConfigError('CORS_ORIGINS', 'cannot be * with JWT_TOKEN_LOCATION=cookies: credentialed cross-origin requests need the exact origins of your apps');
  }
  const secure = bool('JWT_COOKIE_SECURE', true);
  if (!secure && nodeEnv === 'production') throw new ConfigError('JWT_COOKIE_SECURE', 'cannot be false in production: session cookies must only travel over HTTPS');
  // Flask-JWT-Extended writes it capitalised (Lax); any case is taken.
  const sameSite = readers({ JWT_COOKIE_SAMESITE: raw('JWT_COOKIE_SAMESITE')?.toLowerCase() }).oneOf<CookieConfig['sameSite']>('JWT_COOKIE_SAMESITE', ['lax', 'strict', 'none'], 'lax');
  if (sameSite === 'none' && !secure) throw new ConfigError('JWT_COOKIE_SAMESITE', 'None needs JWT_COOKIE_SECURE=true (browsers drop SameSite=None cookies that are not Secure)');
  const domain = raw('JWT_COOKIE_DOMAIN') ?? null;
  if (domain !== null && !/^\.?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/i.test(domain)) {
    throw new ConfigError('JWT_COOKIE_DOMAIN', `"${domain}" is not a domain name like example.com`);
  }
  const expected = 'a cookie or header name (letters, digits and !#$%&\'*+-.^_`|~)';
  const names = {
    access: matching('JWT_ACCESS_COOKIE_NAME', TOKEN_NAME, 'access_token_cookie', expected),
    refresh: matching('JWT_REFRESH_COOKIE_NAME', TOKEN_NAME, 'refresh_token_cookie', expected),
    accessCsrf: matching('JWT_ACCESS_CSRF_COOKIE_NAME', TOKEN_NAME, 'csrf_access_token', expected),
    refreshCsrf: matching('JWT_REFRESH_CSRF_COOKIE_NAME', TOKEN_NAME, 'csrf_refresh_token', expected),
  };
  if (new Set(Object.values(names)).size !== 4) throw new ConfigError('JWT_ACCESS_COOKIE_NAME', 'the four cookie names (JWT_*_COOKIE_NAME) must differ');
  return {
    headers,
    cookies: {
      secure,
      sameSite,
      domain,
      bodyTokens: bool('JWT_COOKIE_BODY_TOKENS', true),
      names,
      csrfHeaders: {
        access: matching('JWT_ACCESS_CSRF_HEADER_NAME', TOKEN_NAME, 'X-CSRF-TOKEN', expected).toLowerCase(),
        refresh: matching('JWT_REFRESH_CSRF_HEADER_NAME', TOKEN_NAME, 'X-CSRF-TOKEN', expected).toLowerCase(),
      },
    },
  };
}

function jwtSettings(env: Env, nodeEnv: NodeEnv, warnings: string[]): Pick<Config, 'jwt' | 'legacyJwt'> {
  const jwt = parseJwt(env, nodeEnv, warnings);
  return { jwt, legacyJwt: parseLegacyJwt(env, jwt.secret, warnings) };
}

/** What the migration commands need: the database and nothing else (no JWT secret, no Redis). */
export interface DatabaseConfig {
  nodeEnv: NodeEnv;
  databaseUrl: string;
}

/** Reads only the database settings, so migrations run in production without the server's secrets. */
export function loadDatabaseConfig(env: Env = { ...readEnvFile(), ...process.env }): DatabaseConfig {
  const { str } = readers(env);
  return { nodeEnv: parseNodeEnv(env), databaseUrl: parseDatabaseUrl(str('DATABASE_URL', 'sqlite:///app.db')) };
}

/** Parses and validates every setting once. Throws ConfigError naming the bad variable. */
export function loadConfig(env: Env = withDevelopmentSecret({ ...readEnvFile(), ...process.env })): Config {
  const { raw, str, int, bool, oneOf, matching } = readers(env);
  const warnings: string[] = [];
  const nodeEnv = parseNodeEnv(env);
  const corsOrigins = (raw('CORS_ORIGINS') ?? '').split(',').map((o) => o.trim()).filter(Boolean).map((origin) => {
    if (origin === '*') return origin;
    if (!/^https?:\/\/[^/\s]+$/.test(origin) || !URL.canParse(origin)) throw new ConfigError('CORS_ORIGINS', `"${origin}" is not an origin like https://app.example.com`);
    // As browsers write an Origin header: lower-case scheme and host, no default port.
    return new URL(origin).origin;
  });

  const host = str('HOST', '127.0.0.1');
  const port = int('PORT', 8000, { max: 65_535 });
  const webConcurrency = parseWebConcurrency(int('WEB_CONCURRENCY', 1, { min: 1, max: 64 }), str('DATABASE_URL', 'sqlite:///app.db'));
  return {
    nodeEnv,
    host,
    port,
    databaseUrl: parseDatabaseUrl(str('DATABASE_URL', 'sqlite:///app.db')),
    databasePoolSize: int('DATABASE_POOL_SIZE', 10, { min: 1, max: 200 }),
    databaseConnectTimeoutMs: int('DATABASE_CONNECT_TIMEOUT', 5000, { max: 600_000 }),
    databaseStatementTimeoutMs: int('DATABASE_STATEMENT_TIMEOUT', 10_000, { max: 3_600_000 }),
    autoMigrate: bool('AUTO_MIGRATE', true),
    webConcurrency,
    redisUrl: raw('REDIS_URL') ?? null,
    redisKeyPrefix: str('REDIS_KEY_PREFIX', 'gatehouse:'),
    ...jwtSettings(env, nodeEnv, warnings),
    tokenLocation: parseTokenLocation(env, nodeEnv, corsOrigins),
    passwords: {
      memoryCost: int('ARGON2_MEMORY_COST', 19_456, { min: 8_192, max: 4_194_304 }),
      timeCost: int('ARGON2_TIME_COST', 2, { min: 1, max: 20 }),
      parallelism: int('ARGON2_PARALLELISM', 1, { min: 1, max: 16 }),
    },
    // One more than the CPUs (shared among the workers): a core never waits for the event loop to start the next hash.
    passwordHashConcurrency: int('PASSWORD_HASH_CONCURRENCY', Math.ceil((availableParallelism() + 1) / webConcurrency), { min: 1, max: 256 }),
    lockout: {
      maxFailedLogins: int('MAX_FAILED_LOGINS', 5, { min: 1, max: 1000 }),
      durationSeconds: int('LOCKOUT_DURATION', 900, { min: 1, max: 31_536_000 }),
    },
    sessionPurgeIntervalSeconds: int('SESSION_PURGE_INTERVAL', 3600, { max: 604_800 }),
    sessionMaxLifetimeSeconds: int('SESSION_MAX_LIFETIME', 7_776_000, { min: 60, max: 31_536_000 }),
    maxEventLoopDelayMs: int('MAX_EVENT_LOOP_DELAY', 1000, { max: 60_000 }),
    metrics: parseMetrics(env, nodeEnv, warnings),
    log: {
      level: oneOf('LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], 'info'),
      dir: str('LOG_DIR', 'logs'),
      toFile: bool('LOG_TO_FILE', true),
      fileSize: matching('LOG_FILE_SIZE', /^\d+[kmg]?$/, '10m', 'a size such as 512k, 10m or 1g'),
      fileCount: int('LOG_FILE_COUNT', 10, { min: 1, max: 1000 }),
    },
    http: {
      corsOrigins,
      trustProxy: parseTrustProxy(raw('TRUST_PROXY')),
      bodyLimit: int('BODY_LIMIT', 65_536, { min: 1024 }),
      authBodyLimit: int('AUTH_BODY_LIMIT', 16_384, { min: 1024 }),
      requestTimeoutMs: int('REQUEST_TIMEOUT', 30_000, { min: 1000, max: 600_000 }),
      keepAliveTimeoutMs: int('KEEP_ALIVE_TIMEOUT', 72_000, { min: 1000, max: 600_000 }),
      authRateLimitMax: int('AUTH_RATE_LIMIT_MAX', 20, { min: 1 }),
      authRateLimitWindowSeconds: int('AUTH_RATE_LIMIT_WINDOW', 60, { min: 1 }),
      refreshRateLimitMax: int('REFRESH_RATE_LIMIT_MAX', 120, { min: 1 }),
      selfServiceRateLimitMax: int('SELF_SERVICE_RATE_LIMIT_MAX', 10, { min: 1 }),
      selfServiceRateLimitWindowSeconds: int('SELF_SERVICE_RATE_LIMIT_WINDOW', 3600, { min: 1 }),
    },
    ...mailAndOAuth(env, nodeEnv, { host, port }),
    audit: { retentionDays: int('AUDIT_RETENTION_DAYS', 365, { min: 1, max: 36_500 }) },
    mfa: {
      issuer: str('MFA_ISSUER', 'Gatehouse'),
      requiredForAdmins: bool('MFA_REQUIRED_FOR_ADMINS', false),
      dataEncryptionKey: parseDataEncryptionKey(raw('DATA_ENCRYPTION_KEY')),
    },
    warnings,
  };
}
