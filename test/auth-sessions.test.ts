import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, buildTestApp, perTestClock, registerAndLogin, type TestApp } from './helper.js';

describe('sessions: refresh rotation, reuse detection, logout', () => {
  let t: TestApp;
  const clock = perTestClock(Date.now());
  beforeAll(async () => {
    t = await buildTestApp({ clock });
  });
  afterAll(async () => t.close());

  const refresh = (token: string) => t.app.inject({ method: 'POST', url: '/api/auth/refresh', headers: bearer(token) });
  const logout = (token: string, payload?: object) => t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: bearer(token), payload });

  it('rotates: a new access token and a new refresh token of the next generation', async () => {
    const user = await registerAndLogin(t.app);
    const first = await refresh(user.refresh);
    expect(first.statusCode).toBe(200);
    const body = first.json();
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 900 });
    expect(body.refresh_token).not.toBe(user.refresh);
    const jti = (token: string) => JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()).jti;
    expect(jti(body.refresh_token)).not.toBe(jti(user.refresh));
    expect((await logout(body.access_token)).statusCode).toBe(200);
  });

  it('accepts the refresh token in the body too', async () => {
    const user = await registerAndLogin(t.app);
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/refresh', payload: { refresh_token: user.refresh } });
    expect(res.statusCode).toBe(200);
    const missing = await t.app.inject({ method: 'POST', url: '/api/auth/refresh' });
    expect(missing.statusCode).toBe(401);
    expect(missing.json().code).toBe('authorization_required');
  });

  it('gives a racing request inside the grace window a working token, not a revocation', async () => {
    const user = await registerAndLogin(t.app);
    const [a, b] = await Promise.all([refresh(user.refresh), refresh(user.refresh)]);
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    clock.advance(5_000);
    const again = await refresh(user.refresh);
    expect(again.statusCode).toBe(200);
    // Both handed-out refresh tokens carry the session's current generation and keep working.
    expect((await refresh(b.json().refresh_token)).statusCode).toBe(200);
  });

  it('revokes the whole family when a rotated refresh token comes back after the grace window', async () => {
    const user = await registerAndLogin(t.app);
    const rotated = (await refresh(user.refresh)).json();
    clock.advance(11_000);
    const reuse = await refresh(user.refresh);
    expect(reuse.statusCode).toBe(401);
    expect(reuse.json().code).toBe('refresh_reused');
    // Every token of the family is dead now: the legitimate new refresh token and the access token.
    const next = await refresh(rotated.refresh_token);
    expect(next.statusCode).toBe(401);
    expect(next.json().code).toBe('token_revoked');
    const access = await logout(rotated.access_token);
    expect(access.statusCode).toBe(401);
    expect(access.json().code).toBe('token_revoked');
    // Another session of the same user is untouched.
    const other = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: user.username, password: user.password } });
    expect(other.statusCode).toBe(200);
  });

  it('logout kills the access and the refresh token of the session at once', async () => {
    const user = await registerAndLogin(t.app);
    const out = await logout(user.access);
    expect(out.statusCode).toBe(200);
    expect(out.json()).toEqual({ message: 'Successfully logged out' });
    const reuseAccess = await logout(user.access);
    expect(reuseAccess.statusCode).toBe(401);
    expect(reuseAccess.json().code).toBe('token_revoked');
    const reuseRefresh = await refresh(user.refresh);
    expect(reuseRefresh.statusCode).toBe(401);
    expect(reuseRefresh.json().code).toBe('token_revoked');
  });

  it('logout revocation holds on every instance sharing the database', async () => {
    const other = await buildTestApp({ database: t.database, clock });
    try {
      const user = await registerAndLogin(t.app);
      expect((await logout(user.access)).statusCode).toBe(200);
      const elsewhere = await other.app.inject({ method: 'POST', url: '/api/auth/refresh', headers: bearer(user.refresh) });
      expect(elsewhere.json().code).toBe('token_revoked');
    } finally {
      await other.close();
    }
  });

  it('logout with a refresh_token of another own session revokes that one too, and ignores someone else\'s', async () => {
    const user = await registerAndLogin(t.app);
    const second = (await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: user.username, password: user.password } })).json();
    const stranger = await registerAndLogin(t.app);
    expect((await logout(user.access, { refresh_token: second.refresh_token })).statusCode).toBe(200);
    expect((await refresh(second.refresh_token)).json().code).toBe('token_revoked');
    const third = (await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: user.username, password: user.password } })).json();
    expect((await logout(third.access_token, { refresh_token: stranger.refresh })).statusCode).toBe(200);
    expect((await refresh(stranger.refresh)).statusCode).toBe(200);
  });

  it('logs out even when the optional refresh_token is garbage', async () => {
    const user = await registerAndLogin(t.app);
    expect((await logout(user.access, { refresh_token: 'not-a-token' })).statusCode).toBe(200);
    expect((await refresh(user.refresh)).json().code).toBe('token_revoked');
  });

  it('expires the refresh token after its lifetime', async () => {
    const user = await registerAndLogin(t.app);
    clock.advance(2_592_000_000 + 1000);
    const res = await refresh(user.refresh);
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('token_expired');
  });

  it('purges expired sessions', async () => {
    const { purgeExpired } = await import('../src/account/purge.js');
    const user = await registerAndLogin(t.app);
    const before = await t.app.db.selectFrom('sessions').select('id').where('user_id', '=', user.id).execute();
    expect(before).toHaveLength(1);
    const purged = await purgeExpired(t.app.db, t.config, clock.now() + 2_592_000_000 + 1);
    expect(purged.sessions).toBeGreaterThanOrEqual(1);
    expect(await t.app.db.selectFrom('sessions').select('id').where('user_id', '=', user.id).execute()).toEqual([]);
  });
});

describe('refresh for a user who may no longer act', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(async () => t.close());

  it('refuses a disabled user without rotating, so the family survives reactivation', async () => {
    const user = await registerAndLogin(t.app);
    await t.app.db.updateTable('users').set({ is_active: 0 }).where('id', '=', user.id).execute();
    const refused = await t.app.inject({ method: 'POST', url: '/api/auth/refresh', headers: bearer(user.refresh) });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('account_disabled');
    await t.app.db.updateTable('users').set({ is_active: 1 }).where('id', '=', user.id).execute();
    const again = await t.app.inject({ method: 'POST', url: '/api/auth/refresh', headers: bearer(user.refresh) });
    expect(again.statusCode).toBe(200);
  });

  it('refuses the tokens of a deleted user', async () => {
    const user = await registerAndLogin(t.app);
    await t.app.db.deleteFrom('users').where('id', '=', user.id).execute();
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/refresh', headers: bearer(user.refresh) });
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('token_revoked');
  });
});
