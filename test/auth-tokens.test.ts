import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createSigner } from 'fast-jwt';
import { createLocalJWKSet, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, buildTestApp, perTestClock, registerAndLogin, TEST_SECRET, type TestApp } from './helper.js';

const b64 = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');
const decode = (token: string): Record<string, unknown> => JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString());

function keyFile(type: 'ed25519' | 'ec' | 'rsa'): string {
  const { privateKey, publicKey } =
    type === 'ec' ? generateKeyPairSync('ec', { namedCurve: 'prime256v1' }) : type === 'rsa' ? generateKeyPairSync('rsa', { modulusLength: 2048 }) : generateKeyPairSync('ed25519');
  const dir = mkdtempSync(path.join(tmpdir(), 'gatehouse-key-'));
  writeFileSync(path.join(dir, 'private.pem'), privateKey.export({ type: 'pkcs8', format: 'pem' }));
  writeFileSync(path.join(dir, 'public.pem'), publicKey.export({ type: 'spki', format: 'pem' }));
  return path.join(dir, 'private.pem');
}

/** GET /api/users/me with the token: behind the authentication hook, and it changes nothing when accepted. */
async function getMe(t: TestApp, token: string) {
  return t.app.inject({ method: 'GET', url: '/api/users/me', headers: bearer(token) });
}

describe('HS256 tokens (default)', () => {
  let t: TestApp;
  const clock = perTestClock(Date.now());
  beforeAll(async () => {
    t = await buildTestApp({ clock });
  });
  afterAll(async () => t.close());

  it('remembers a verified token by its exact bytes only: altered copies are refused, expiry and revocation still apply', async () => {
    const user = await registerAndLogin(t.app);
    expect((await getMe(t, user.access)).statusCode).toBe(200); // verified once: now remembered
    const [header, payload, signature = ''] = user.access.split('.');
    const flipped = `${signature.slice(0, -2)}${signature.at(-2) === 'A' ? 'B' : 'A'}${signature.at(-1)}`;
    const promoted = b64({ ...decode(user.access), role: 'admin', sub: '1' });
    for (const forged of [`${header}.${payload}.${flipped}`, `${header}.${promoted}.${signature}`, `${header}.${payload}.`, `${header}.${payload}`]) {
      const res = await getMe(t, forged);
      expect(res.statusCode, forged).toBe(401);
      expect(res.json().code, forged).toBe('invalid_token');
    }
    expect((await getMe(t, user.access)).statusCode).toBe(200);
    // Expiry is checked on every request, remembered or not.
    clock.advance(16 * 60_000);
    expect((await getMe(t, user.access)).json().code).toBe('token_expired');
    clock.advance(-16 * 60_000);
    // And so is revocation: logged out, the remembered token is refused.
    await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: bearer(user.access) });
    expect((await getMe(t, user.access)).json().code).toBe('token_revoked');
  });

  it('issues tokens with every contract claim', async () => {
    const user = await registerAndLogin(t.app);
    const claims = decode(user.access);
    expect(Object.keys(claims).sort()).toEqual(['aal', 'amr', 'aud', 'exp', 'fresh', 'iat', 'iss', 'jti', 'nbf', 'role', 'sid', 'sub', 'type'].sort());
    expect(claims).toMatchObject({ amr: ['pwd'], aal: 1 });
    expect(claims).toMatchObject({ iss: 'gatehouse', aud: 'gatehouse', sub: String(user.id), type: 'access', role: 'user', fresh: true });
    expect((claims.exp as number) - (claims.iat as number)).toBe(900);
    const refresh = decode(user.refresh);
    expect(refresh).toMatchObject({ type: 'refresh', sid: claims.sid });
    expect((refresh.exp as number) - (refresh.iat as number)).toBe(2_592_000);
  });

  it('refuses alg:none', async () => {
    const user = await registerAndLogin(t.app);
    const none = `${b64({ alg: 'none', typ: 'JWT' })}.${user.access.split('.')[1]}.`;
    const res = await getMe(t, none);
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('invalid_token');
  });

  it('refuses a tampered payload', async () => {
    const user = await registerAndLogin(t.app);
    const [header, , signature] = user.access.split('.');
    const tampered = `${header}.${b64({ ...decode(user.access), role: 'admin', sub: '1' })}.${signature}`;
    expect((await getMe(t, tampered)).json().code).toBe('invalid_token');
  });

  it('refuses a token signed with another key', async () => {
    const user = await registerAndLogin(t.app);
    const forged = createSigner({ key: 'another-secret-another-secret-another-secret', algorithm: 'HS256' })(decode(user.access));
    expect((await getMe(t, forged)).json().code).toBe('invalid_token');
  });

  it('refuses an expired token with token_expired', async () => {
    const user = await registerAndLogin(t.app);
    // 900 s of lifetime, plus the 5 s JWT_CLOCK_TOLERANCE granted to skewed clocks, plus one.
    clock.advance(906_000);
    try {
      const res = await getMe(t, user.access);
      expect(res.statusCode).toBe(401);
      expect(res.json().code).toBe('token_expired');
    } finally {
      clock.advance(-906_000);
    }
  });

  it('refuses a token whose nbf is in the future', async () => {
    const user = await registerAndLogin(t.app);
    const now = Math.floor(clock.now() / 1000);
    const early = createSigner({ key: TEST_SECRET, algorithm: 'HS256' })({ ...decode(user.access), iat: now, nbf: now + 60, exp: now + 600 });
    expect((await getMe(t, early)).json().code).toBe('invalid_token');
    // The same claims with nbf now pass: the refusal above is about nbf alone.
    const onTime = createSigner({ key: TEST_SECRET, algorithm: 'HS256' })({ ...decode(user.access), iat: now, nbf: now, exp: now + 600 });
    const accepted = await getMe(t, onTime);
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().user.id).toBe(user.id);
  });

  it.each([['iss', 'someone-else'], ['aud', 'another-service']])('refuses a wrong %s', async (claim, value) => {
    const user = await registerAndLogin(t.app);
    const wrong = createSigner({ key: TEST_SECRET, algorithm: 'HS256' })({ ...decode(user.access), [claim]: value });
    expect((await getMe(t, wrong)).json().code).toBe('invalid_token');
  });

  it('refuses a refresh token used as an access token, and the reverse', async () => {
    const user = await registerAndLogin(t.app);
    const asAccess = await getMe(t, user.refresh);
    expect(asAccess.statusCode).toBe(401);
    expect(asAccess.json().code).toBe('invalid_token');
    const asRefresh = await t.app.inject({ method: 'POST', url: '/api/auth/refresh', headers: bearer(user.access) });
    expect(asRefresh.statusCode).toBe(401);
    expect(asRefresh.json().code).toBe('invalid_token');
  });

  it('answers authorization_required without a token and for a non-Bearer scheme', async () => {
    const none = await t.app.inject({ method: 'POST', url: '/api/auth/logout' });
    expect(none.statusCode).toBe(401);
    expect(none.json().code).toBe('authorization_required');
    const basic = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { authorization: 'Basic dXNlcjpwYXNz' } });
    expect(basic.json().code).toBe('authorization_required');
    const garbage = await getMe(t, 'not.a.jwt');
    expect(garbage.json().code).toBe('invalid_token');
  });

  it('serves an empty JWKS under HS256', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/.well-known/jwks.json' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ keys: [] });
  });
});

describe.each([
  ['EdDSA', 'ed25519'],
  ['ES256', 'ec'],
  ['RS256', 'rsa'],
] as const)('%s tokens with a private key file', (algorithm, keyType) => {
  let t: TestApp;
  const privateKeyFile = keyFile(keyType);
  beforeAll(async () => {
    t = await buildTestApp({ env: { JWT_ALGORITHM: algorithm, JWT_PRIVATE_KEY_FILE: privateKeyFile, JWT_SECRET_KEY: '' } });
  });
  afterAll(async () => t.close());

  it('publishes the public key in JWKS and a client verifies an issued token with jose', async () => {
    const user = await registerAndLogin(t.app);
    const jwks = (await t.app.inject({ method: 'GET', url: '/.well-known/jwks.json' })).json();
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).toMatchObject({ alg: algorithm, use: 'sig', kid: expect.any(String) });
    expect(jwks.keys[0].d).toBeUndefined();
    const header = JSON.parse(Buffer.from(user.access.split('.')[0] ?? '', 'base64url').toString());
    expect(header).toMatchObject({ alg: algorithm, kid: jwks.keys[0].kid });
    const { payload } = await jwtVerify(user.access, createLocalJWKSet(jwks), { issuer: 'gatehouse', audience: 'gatehouse', algorithms: [algorithm] });
    expect(payload.sub).toBe(String(user.id));
    expect((await getMe(t, user.access)).statusCode).toBe(200);
  });

  it('refuses an HS256 token, even one signed with the public key (algorithm confusion)', async () => {
    const user = await registerAndLogin(t.app);
    const claims = decode(user.access);
    const withSecret = createSigner({ key: TEST_SECRET, algorithm: 'HS256' })(claims);
    expect((await getMe(t, withSecret)).json().code).toBe('invalid_token');
    const publicPem = readFileSync(path.join(path.dirname(privateKeyFile), 'public.pem'), 'utf8');
    const withPublicKey = createSigner({ key: publicPem, algorithm: 'HS256' })(claims);
    expect((await getMe(t, withPublicKey)).json().code).toBe('invalid_token');
  });
});
