import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, loadDatabaseConfig, withDevelopmentSecret } from '../src/config.js';
import { sqlitePathFromUrl } from '../src/db/connection.js';

describe('config', () => {
  it('has working defaults for development and generates a secret with a warning', () => {
    const config = loadConfig({});
    expect(config.port).toBe(8000);
    expect(config.host).toBe('127.0.0.1');
    expect(config.databaseUrl).toBe('sqlite:///app.db');
    expect(config.jwt.algorithm).toBe('HS256');
    expect(config.jwt.secret?.length).toBeGreaterThanOrEqual(32);
    expect(config.warnings.join(' ')).toMatch(/JWT_SECRET_KEY is not set/);
    expect(config.jwt.accessTtlSeconds).toBe(900);
    expect(config.jwt.refreshTtlSeconds).toBe(2_592_000);
    expect(config.lockout).toEqual({ maxFailedLogins: 5, durationSeconds: 900 });
  });

  it('keeps a generated development secret in a file, so a restart keeps tokens and second factors', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'gatehouse-dev-secret-')), '.gatehouse-dev-secret');
    const first = withDevelopmentSecret({}, file).JWT_SECRET_KEY as string;
    expect(Buffer.byteLength(first)).toBeGreaterThanOrEqual(32);
    expect(readFileSync(file, 'utf8').trim()).toBe(first);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(withDevelopmentSecret({}, file).JWT_SECRET_KEY).toBe(first);
    expect(loadConfig(withDevelopmentSecret({}, file)).jwt.secret).toBe(first);
    // Never in production or tests, and never over a configured key.
    for (const env of [{ NODE_ENV: 'production' }, { NODE_ENV: 'test' }, { JWT_SECRET_KEY: 'y'.repeat(40) }, { JWT_PRIVATE_KEY_FILE: 'key.pem' }]) {
      expect(withDevelopmentSecret(env, file)).toEqual(env);
    }
  });

  it('takes WEB_CONCURRENCY workers (default 1) only with a database they can share', () => {
    const env = { NODE_ENV: 'test', JWT_SECRET_KEY: 'x'.repeat(40) };
    expect(loadConfig(env).webConcurrency).toBe(1);
    expect(loadConfig({ ...env, WEB_CONCURRENCY: '4', DATABASE_URL: 'sqlite:///data/app.db' }).webConcurrency).toBe(4);
    for (const url of ['sqlite:///:memory:', 'sqlite:///']) {
      expect(() => loadConfig({ ...env, WEB_CONCURRENCY: '2', DATABASE_URL: url }), url).toThrow(/WEB_CONCURRENCY.*share/);
    }
    expect(() => loadConfig({ ...env, WEB_CONCURRENCY: '0' })).toThrow(/WEB_CONCURRENCY/);
  });

  it('computes one more password hash at once than the CPUs, shared among the workers, unless PASSWORD_HASH_CONCURRENCY says', () => {
    const env = { NODE_ENV: 'test', JWT_SECRET_KEY: 'x'.repeat(40), DATABASE_URL: 'sqlite:///data/app.db' };
    const cpus = availableParallelism();
    expect(loadConfig(env).passwordHashConcurrency).toBe(cpus + 1);
    expect(loadConfig({ ...env, WEB_CONCURRENCY: '2' }).passwordHashConcurrency).toBe(Math.ceil((cpus + 1) / 2));
    expect(loadConfig({ ...env, WEB_CONCURRENCY: '64' }).passwordHashConcurrency).toBe(1);
    expect(loadConfig({ ...env, PASSWORD_HASH_CONCURRENCY: '7' }).passwordHashConcurrency).toBe(7);
    expect(() => loadConfig({ ...env, PASSWORD_HASH_CONCURRENCY: '0' })).toThrow(/PASSWORD_HASH_CONCURRENCY/);
  });

  it('takes the private key itself from JWT_PRIVATE_KEY (line breaks written \\n), not together with a key file', () => {
    const pem = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const config = loadConfig({ NODE_ENV: 'production', JWT_PRIVATE_KEY: pem.replaceAll('\n', '\\n') });
    expect(config.jwt).toMatchObject({ algorithm: 'EdDSA', secret: null });
    expect(config.jwt.privateKeyPem?.trim()).toBe(pem.trim());
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_PRIVATE_KEY: pem, JWT_PRIVATE_KEY_FILE: '/some/key.pem' })).toThrow(/JWT_PRIVATE_KEY.*not both/);
  });

  it('needs METRICS_TOKEN (at least 32 characters) for /metrics on the public listener; production refuses to start without it', () => {
    const prod = { NODE_ENV: 'production', JWT_SECRET_KEY: 'x'.repeat(40) };
    expect(() => loadConfig({ ...prod, METRICS_ENABLED: 'true' })).toThrow(/^METRICS_TOKEN: is required in production/);
    expect(loadConfig({ ...prod, METRICS_ENABLED: 'true', METRICS_TOKEN: 't'.repeat(32) }).metrics).toMatchObject({ enabled: true, token: 't'.repeat(32) });
    // Its own listener needs no token.
    expect(loadConfig({ ...prod, METRICS_PORT: '9100' }).metrics).toMatchObject({ enabled: false, port: 9100, token: null });
    for (const env of [prod, {}]) expect(() => loadConfig({ ...env, METRICS_TOKEN: 't'.repeat(31) })).toThrow(/^METRICS_TOKEN: must be at least 32 characters/);
    expect(loadConfig({ METRICS_ENABLED: 'true' }).warnings.join(' ')).toMatch(/METRICS_TOKEN/);
  });

  it('refuses to start in production without a secret', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET_KEY: is required in production/);
  });

  it('refuses a secret shorter than 32 bytes, in production and in development alike', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET_KEY: 'short-secret' })).toThrow(/JWT_SECRET_KEY: must be at least 32 bytes/);
    expect(() => loadConfig({ JWT_SECRET_KEY: 'short-secret' })).toThrow(/JWT_SECRET_KEY: must be at least 32 bytes/);
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET_KEY: 'x'.repeat(32) }).jwt.secret).toBe('x'.repeat(32));
  });

  it('accepts the Flask service FLASK_ENV when NODE_ENV is absent', () => {
    expect(() => loadConfig({ FLASK_ENV: 'production' })).toThrow(ConfigError);
    expect(loadConfig({ FLASK_ENV: 'development' }).nodeEnv).toBe('development');
  });

  it('treats an empty NODE_ENV or FLASK_ENV as unset, like every other variable', () => {
    expect(loadConfig({ NODE_ENV: '' }).nodeEnv).toBe('development');
    expect(loadConfig({ NODE_ENV: '  ', FLASK_ENV: '' }).nodeEnv).toBe('development');
    expect(loadConfig({ NODE_ENV: '', FLASK_ENV: 'test' }).nodeEnv).toBe('test');
    expect(() => loadConfig({ NODE_ENV: '', FLASK_ENV: 'production' })).toThrow(/^JWT_SECRET_KEY: is required in production/);
    expect(() => loadConfig({ NODE_ENV: '', FLASK_ENV: 'staging' })).toThrow(/^FLASK_ENV: must be development, production or test/);
    expect(() => loadConfig({ NODE_ENV: 'staging', FLASK_ENV: 'production' })).toThrow(/^NODE_ENV: must be/);
  });

  it('loads the database settings alone, without the secrets the server needs', () => {
    expect(loadDatabaseConfig({ NODE_ENV: 'production' })).toEqual({ nodeEnv: 'production', databaseUrl: 'sqlite:///app.db' });
    expect(loadDatabaseConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/gatehouse', JWT_SECRET_KEY: 'short' }).databaseUrl).toBe('postgres://db/gatehouse');
    expect(loadDatabaseConfig({ DATABASE_URL: '' }).databaseUrl).toBe('sqlite:///app.db');
    expect(() => loadDatabaseConfig({ DATABASE_URL: 'mysql://db/x' })).toThrow(/^DATABASE_URL: /);
    expect(() => loadDatabaseConfig({ NODE_ENV: 'staging' })).toThrow(/^NODE_ENV: /);
  });

  it.each([
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://localhost/db'],
    ['AUTO_MIGRATE', 'maybe'],
    ['LOG_LEVEL', 'loud'],
    ['MAX_FAILED_LOGINS', '0'],
    ['CORS_ORIGINS', 'not an origin'],
    ['JWT_ALGORITHM', 'none'],
    ['LOG_FILE_SIZE', 'huge'],
  ])('names the variable when %s=%s is invalid', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`^${name}: `));
  });

  it('requires a key file for asymmetric algorithms', () => {
    expect(() => loadConfig({ JWT_ALGORITHM: 'EdDSA' })).toThrow(/JWT_PRIVATE_KEY_FILE/);
    expect(() => loadConfig({ JWT_PRIVATE_KEY_FILE: '/nonexistent/key.pem' })).toThrow(/JWT_PRIVATE_KEY_FILE: cannot read/);
  });

  it('maps the seed sqlite URL forms to paths', () => {
    expect(sqlitePathFromUrl('sqlite:///app.db')).toBe(`${process.cwd()}/app.db`);
    expect(sqlitePathFromUrl('sqlite:////var/data/app.db')).toBe('/var/data/app.db');
    expect(sqlitePathFromUrl('sqlite:///:memory:')).toBe(':memory:');
  });

  it('parses TRUST_PROXY as off, on, a hop count or an address list', () => {
    expect(loadConfig({}).http.trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'true' }).http.trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8' }).http.trustProxy).toBe('10.0.0.0/8');
    const hops = loadConfig({ TRUST_PROXY: '1' }).http.trustProxy as (a: string, i: number) => boolean;
    expect([hops('x', 0), hops('x', 1)]).toEqual([true, false]);
  });

  it('refuses REQUIRE_EMAIL_VERIFICATION without SMTP_URL in production only: nobody could verify', () => {
    const production = { NODE_ENV: 'production', JWT_SECRET_KEY: 'x'.repeat(32), REQUIRE_EMAIL_VERIFICATION: 'true' };
    let thrown: unknown;
    try {
      loadConfig(production);
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    expect((thrown as ConfigError).variable).toBe('REQUIRE_EMAIL_VERIFICATION');
    expect((thrown as ConfigError).message).toMatch(/^REQUIRE_EMAIL_VERIFICATION: .*SMTP_URL/);
    expect(loadConfig({ ...production, SMTP_URL: 'smtp://mail.example.com:587' }).mail.requireEmailVerification).toBe(true);
    expect(loadConfig({ ...production, REQUIRE_EMAIL_VERIFICATION: 'false' }).mail.smtpUrl).toBeNull();
    expect(loadConfig({ REQUIRE_EMAIL_VERIFICATION: 'true' }).mail.requireEmailVerification).toBe(true);
  });

  it('reads the Flask move-in settings: off by default, one pinned HMAC algorithm, rotation on', () => {
    const off = loadConfig({ JWT_SECRET_KEY: 'x'.repeat(32) });
    expect(off.legacyJwt).toBeNull();
    expect(off.jwt.refreshTokenRotation).toBe(true);
    const on = loadConfig({ JWT_SECRET_KEY: 'x'.repeat(32), LEGACY_JWT_SECRET_KEY: 'flask', LEGACY_JWT_ALGORITHM: 'HS512', LEGACY_JWT_ACCEPT_ACCESS_TOKENS: 'true', REFRESH_TOKEN_ROTATION: 'false' });
    expect(on.legacyJwt).toEqual({ secret: 'flask', algorithm: 'HS512', acceptAccessTokens: true });
    expect(on.jwt.refreshTokenRotation).toBe(false);
    expect(on.warnings.join(' ')).toMatch(/LEGACY_JWT_SECRET_KEY is shorter/);
    expect(() => loadConfig({ JWT_SECRET_KEY: 'x'.repeat(32), LEGACY_JWT_SECRET_KEY: 'flask', LEGACY_JWT_ALGORITHM: 'RS256' })).toThrow(ConfigError);
    expect(() => loadConfig({ JWT_SECRET_KEY: 'x'.repeat(32), LEGACY_JWT_ACCEPT_ACCESS_TOKENS: 'true' })).toThrow(/LEGACY_JWT_ACCEPT_ACCESS_TOKENS/);
    expect(() => loadConfig({ JWT_SECRET_KEY: 'x'.repeat(32), LEGACY_JWT_SECRET_KEY: 'x'.repeat(32) })).toThrow(/LEGACY_JWT_SECRET_KEY: must differ from JWT_SECRET_KEY/);
  });

  it('reads JWT_TOKEN_LOCATION and the cookie settings under Flask-JWT-Extended\'s names, and refuses unsafe combinations', () => {
    const base = { JWT_SECRET_KEY: 'x'.repeat(32) };
    expect(loadConfig(base).tokenLocation).toEqual({ headers: true, cookies: null });
    const cookies = loadConfig({ ...base, JWT_TOKEN_LOCATION: 'cookies', CORS_ORIGINS: 'https://app.example.com' }).tokenLocation;
    expect(cookies).toEqual({
      headers: false,
      cookies: {
        secure: true, sameSite: 'lax', domain: null, bodyTokens: true,
        names: { access: 'access_token_cookie', refresh: 'refresh_token_cookie', accessCsrf: 'csrf_access_token', refreshCsrf: 'csrf_refresh_token' },
        csrfHeaders: { access: 'x-csrf-token', refresh: 'x-csrf-token' },
      },
    });
    // The forms a Flask config writes: a list, in any case.
    for (const written of ['headers,cookies', '["headers", "cookies"]', " ['cookies','headers'] ", 'Headers, Cookies']) {
      expect(loadConfig({ ...base, JWT_TOKEN_LOCATION: written }).tokenLocation.headers, written).toBe(true);
      expect(loadConfig({ ...base, JWT_TOKEN_LOCATION: written }).tokenLocation.cookies, written).not.toBeNull();
    }
    const custom = loadConfig({ ...base, JWT_TOKEN_LOCATION: 'cookies', JWT_COOKIE_SAMESITE: 'Strict', JWT_COOKIE_DOMAIN: 'example.com', JWT_COOKIE_BODY_TOKENS: 'false', JWT_ACCESS_COOKIE_NAME: 'at', JWT_ACCESS_CSRF_HEADER_NAME: 'X-XSRF' }).tokenLocation.cookies;
    expect(custom).toMatchObject({ sameSite: 'strict', domain: 'example.com', bodyTokens: false, names: { access: 'at' }, csrfHeaders: { access: 'x-xsrf', refresh: 'x-csrf-token' } });

    const refusals: Array<[Record<string, string>, RegExp]> = [
      [{ JWT_TOKEN_LOCATION: 'query_string' }, /^JWT_TOKEN_LOCATION: "query_string" is not supported/],
      [{ JWT_TOKEN_LOCATION: ',' }, /^JWT_TOKEN_LOCATION/],
      [{ JWT_TOKEN_LOCATION: 'cookies', CORS_ORIGINS: '*' }, /^CORS_ORIGINS: cannot be \* with JWT_TOKEN_LOCATION=cookies/],
      [{ JWT_TOKEN_LOCATION: 'cookies', JWT_COOKIE_SECURE: 'false', NODE_ENV: 'production' }, /^JWT_COOKIE_SECURE: cannot be false in production/],
      [{ JWT_TOKEN_LOCATION: 'cookies', JWT_COOKIE_SAMESITE: 'None', JWT_COOKIE_SECURE: 'false' }, /^JWT_COOKIE_SAMESITE: None needs JWT_COOKIE_SECURE=true/],
      [{ JWT_TOKEN_LOCATION: 'cookies', JWT_COOKIE_SAMESITE: 'sometimes' }, /^JWT_COOKIE_SAMESITE/],
      [{ JWT_TOKEN_LOCATION: 'cookies', JWT_COOKIE_CSRF_PROTECT: 'false' }, /^JWT_COOKIE_CSRF_PROTECT: cannot be turned off/],
      [{ JWT_TOKEN_LOCATION: 'cookies', JWT_COOKIE_DOMAIN: 'https://example.com' }, /^JWT_COOKIE_DOMAIN/],
      [{ JWT_TOKEN_LOCATION: 'cookies', JWT_ACCESS_COOKIE_NAME: 'a b' }, /^JWT_ACCESS_COOKIE_NAME/],
      [{ JWT_TOKEN_LOCATION: 'cookies', JWT_REFRESH_COOKIE_NAME: 'access_token_cookie' }, /cookie names .* must differ/],
    ];
    for (const [env, message] of refusals) expect(() => loadConfig({ ...base, ...env }), JSON.stringify(env)).toThrow(message);
    // Development over plain HTTP may turn Secure off; a wildcard CORS without cookies stays allowed.
    expect(loadConfig({ ...base, JWT_TOKEN_LOCATION: 'cookies', JWT_COOKIE_SECURE: 'false' }).tokenLocation.cookies?.secure).toBe(false);
    expect(loadConfig({ ...base, CORS_ORIGINS: '*' }).http.corsOrigins).toEqual(['*']);
    // Origins as browsers write them, so CORS and the origin check both match the app.
    expect(loadConfig({ ...base, CORS_ORIGINS: 'https://App.Example.com:443, http://localhost:5173' }).http.corsOrigins).toEqual(['https://app.example.com', 'http://localhost:5173']);
  });
});
