import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backend, bearer, buildTestApp, loginUser, perTestClock, registerUser, type TestApp } from './helper.js';

// SESSION_MAX_LIFETIME: a session ends that long after its login, however often it is refreshed; rotation slides
// the refresh token's own lifetime (JWT_REFRESH_TOKEN_EXPIRES) but never past that absolute end.

const MAX_LIFETIME = 3600;
const REFRESH_TTL = 1800;

const claimsOf = (token: string): { exp: number; sid: string } => JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString());

describe(`absolute session lifetime on ${backend} (SESSION_MAX_LIFETIME=${MAX_LIFETIME}, JWT_REFRESH_TOKEN_EXPIRES=${REFRESH_TTL})`, () => {
  let t: TestApp;
  const clock = perTestClock();
  beforeAll(async () => {
    t = await buildTestApp({ clock, env: { SESSION_MAX_LIFETIME: String(MAX_LIFETIME), JWT_REFRESH_TOKEN_EXPIRES: String(REFRESH_TTL), REFRESH_RATE_LIMIT_MAX: '1000000', MAX_EVENT_LOOP_DELAY: '0' } });
  });
  afterAll(async () => t.close());

  const refresh = (token: string) => t.app.inject({ method: 'POST', url: '/api/auth/refresh', headers: bearer(token) });
  const me = (token: string) => t.app.inject({ method: 'GET', url: '/api/users/me', headers: bearer(token) });

  /** Logs a fresh user in at the clock's current time; returns its tokens and the absolute end of its session. */
  async function login() {
    const user = await registerUser(t.app);
    const res = await loginUser(t.app, { username: user.username, password: user.password });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    return { access: body.access_token as string, refresh: body.refresh_token as string, loginBody: body, end: clock.now() + MAX_LIFETIME * 1000 };
  }

  /** Refreshes at the current time and checks that nothing in the answer reaches past the session's end. */
  async function refreshWithin(token: string, end: number) {
    const res = await refresh(token);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    const secondsLeft = Math.floor((end - clock.now()) / 1000);
    expect(body.refresh_expires_in).toBe(Math.min(REFRESH_TTL, secondsLeft));
    expect(claimsOf(body.refresh_token).exp * 1000).toBeLessThanOrEqual(end);
    return body as { access_token: string; refresh_token: string; refresh_expires_in: number };
  }

  it('keeps a session refreshed every 20 minutes alive until 3600 s after login, then answers token_expired', async () => {
    const session = await login();
    expect(session.loginBody.refresh_expires_in).toBe(REFRESH_TTL);
    let tokens = { access: session.access, refresh: session.refresh };
    const seen: number[] = [];
    for (let elapsed = 1200; elapsed < MAX_LIFETIME; elapsed += 1200) {
      clock.set(session.end - (MAX_LIFETIME - elapsed) * 1000);
      const body = await refreshWithin(tokens.refresh, session.end);
      seen.push(body.refresh_expires_in);
      tokens = { access: body.access_token, refresh: body.refresh_token };
      expect((await me(tokens.access)).statusCode).toBe(200);
    }
    // 20 min: a full 30 min ahead; 40 min: only the 20 min left until the absolute end.
    expect(seen).toEqual([1800, 1200]);

    clock.set(session.end);
    const ended = await refresh(tokens.refresh);
    expect(ended.statusCode).toBe(401);
    expect(ended.json().code).toBe('token_expired');
  });

  it('ends at the same moment however busy the session is (a refresh every minute)', async () => {
    const session = await login();
    let token = session.refresh;
    for (let elapsed = 60; elapsed < MAX_LIFETIME; elapsed += 60) {
      clock.set(session.end - (MAX_LIFETIME - elapsed) * 1000);
      token = (await refreshWithin(token, session.end)).refresh_token;
    }
    clock.set(session.end - 1000);
    const last = await refreshWithin(token, session.end);
    expect(last.refresh_expires_in).toBe(1);
    clock.set(session.end);
    const ended = await refresh(last.refresh_token);
    expect(ended.statusCode).toBe(401);
    expect(ended.json().code).toBe('token_expired');
    // The access token issued a second before the end (its own exp 15 min later) dies with its session.
    expect((await me(last.access_token)).json()).toMatchObject({ status: 401, code: 'token_expired' });
    // A new login opens a new session with a lifetime of its own.
    const next = await login();
    expect((await refresh(next.refresh)).statusCode).toBe(200);
  });

  it('still ends a session left idle longer than the refresh-token lifetime, before the absolute end', async () => {
    const session = await login();
    clock.advance(REFRESH_TTL * 1000);
    const idle = await refresh(session.refresh);
    expect(idle.statusCode).toBe(401);
    expect(idle.json().code).toBe('token_expired');
  });
});

describe(`a SESSION_MAX_LIFETIME shorter than the refresh-token lifetime on ${backend}`, () => {
  let t: TestApp;
  const clock = perTestClock();
  beforeAll(async () => {
    t = await buildTestApp({ clock, env: { SESSION_MAX_LIFETIME: '3600', JWT_REFRESH_TOKEN_EXPIRES: '7200', MAX_EVENT_LOOP_DELAY: '0' } });
  });
  afterAll(async () => t.close());

  it('caps the first refresh token at the session end too', async () => {
    const user = await registerUser(t.app);
    const start = clock.now();
    const body = (await loginUser(t.app, { username: user.username, password: user.password })).json();
    expect(body.refresh_expires_in).toBe(3600);
    expect(claimsOf(body.refresh_token).exp * 1000).toBe(start + 3_600_000);
    clock.advance(1_000_000);
    const refreshed = (await t.app.inject({ method: 'POST', url: '/api/auth/refresh', headers: bearer(body.refresh_token) })).json();
    expect(refreshed.refresh_expires_in).toBe(2600);
    clock.set(start + 3_600_000);
    const ended = await t.app.inject({ method: 'POST', url: '/api/auth/refresh', headers: bearer(refreshed.refresh_token) });
    expect(ended.json().code).toBe('token_expired');
  });
});
