import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backend, bearer, buildTestApp, perTestClock, registerAndLogin, type TestApp } from '../helper.js';

// Attack: Flask tokens whose claims are of odd types or sizes (signed with the Flask key: a Flask app with a
// custom claims callback, or a key that leaked) must never reach a 500, at refresh, on a protected route, or at
// logout (which writes the token's expiry to a bigint column).

const FLASK_SECRET = 'the-flask-apps-JWT_SECRET_KEY-0123456789abcdef';

async function sign(claims: Record<string, unknown>): Promise<string> {
  return new SignJWT(claims).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).sign(new TextEncoder().encode(FLASK_SECRET));
}

describe(`Flask tokens with odd claims on ${backend}`, () => {
  const clock = perTestClock();
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ clock, env: { LEGACY_JWT_SECRET_KEY: FLASK_SECRET, LEGACY_JWT_ACCEPT_ACCESS_TOKENS: 'true', REFRESH_RATE_LIMIT_MAX: '1000000', SELF_SERVICE_RATE_LIMIT_MAX: '100000' } });
  });
  afterAll(async () => t.close());

  it('answers 401 (or, for a token it accepts, works) and never 500', async () => {
    const user = await registerAndLogin(t.app);
    await t.app.db.insertInto('user_imports').values({ user_id: user.id, source: 'flask', digest: 'f'.repeat(64), imported_at: clock.now() }).execute();
    const now = Math.floor(clock.now() / 1000);
    const base = { sub: String(user.id), iat: now, nbf: now, exp: now + 900, fresh: false };
    const odd: Record<string, unknown>[] = [
      { sub: user.id + 0.5 }, { sub: 1e308 }, { sub: [user.id] }, { sub: { id: user.id } }, { sub: `${user.id}.0` }, { sub: -user.id }, { sub: '0'.repeat(20) + user.id },
      { jti: 42 }, { jti: ['a'] }, { jti: '' }, { jti: 'x'.repeat(65) }, { jti: null },
      { exp: String(now + 900) }, { exp: 1e300 }, { exp: 9e15 }, { exp: now + 0.5 + 900 }, { exp: null },
      { iat: String(now) }, { iat: -1e300 }, { iat: 1e300 }, { nbf: '0' }, { nbf: -1e300 }, { type: ['access'] },
    ];
    for (const type of ['access', 'refresh'] as const) {
      for (const change of odd) {
        const token = await sign({ ...base, type, jti: randomUUID(), ...change });
        const label = `${type} ${JSON.stringify(change)}`;
        const used = type === 'refresh'
          ? await t.app.inject({ method: 'POST', url: '/api/auth/refresh', headers: bearer(token) })
          : await t.app.inject({ method: 'GET', url: '/api/users/me', headers: bearer(token) });
        expect(used.statusCode, label).toBeLessThan(500);
        const out = type === 'refresh'
          ? await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: bearer(user.access), payload: { refresh_token: token } })
          : await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: bearer(token) });
        expect(out.statusCode, `logout ${label}`).toBeLessThan(500);
      }
    }
  });
});
