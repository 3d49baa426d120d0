import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backend, buildTestApp, perTestClock, registerUser, type TestApp } from '../helper.js';
import { APP_ORIGIN, clearedCookies, COOKIE_ENV, cookieBrowser, SESSION_COOKIES } from '../cookie-browser.js';

// Attack: a stolen or left-behind cookie outlives the session it names. docs/cookie-mode.md promises that the
// answer expires all four cookies when the session behind them ends, including "a refresh refused as ... expired",
// and that POST /api/auth/logout ends the session. (1) A refresh cookie replayed after its session expired is
// refused with token_expired, but the cookies stay. (2) After the access cookie's Max-Age (15 minutes idle) the
// browser holds only the refresh cookie (30 days, Path=/api/auth) and the CSRF cookies: logout then answers 401
// and neither ends the session nor clears the refresh cookie, so "log out" on a shared computer leaves a
// refresh token that signs the next person in.

const ACCESS_TTL_MS = 900_000;
const REFRESH_TTL_MS = 30 * 86_400_000;
const jtiOf = (token: string): string => (JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as { jti: string }).jti;

describe(`review3: cookies of a dead session, on ${backend}`, () => {
  let t: TestApp;
  const clock = perTestClock(Date.UTC(2026, 6, 2, 9, 0, 0));
  beforeAll(async () => {
    t = await buildTestApp({ clock, env: { ...COOKIE_ENV } });
  });
  afterAll(() => t.close());

  async function signedIn() {
    const user = await registerUser(t.app);
    const browser = cookieBrowser(t.app);
    expect((await browser.post('/api/auth/login', { payload: { username: user.username, password: user.password } })).statusCode).toBe(200);
    return { user, browser, refresh: browser.cookie('refresh_token_cookie')!.value, refreshCsrf: browser.cookie('csrf_refresh_token')!.value };
  }

  it('a refresh refused because the session expired clears the cookies (as the docs say)', async () => {
    const { refresh, refreshCsrf } = await signedIn();
    // A refresh cookie kept past its Max-Age (a stolen copy, or a browser that ignored the expiry).
    clock.advance(REFRESH_TTL_MS + 60_000);
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/refresh', headers: { cookie: `refresh_token_cookie=${refresh}`, origin: APP_ORIGIN, 'x-csrf-token': refreshCsrf } });
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('token_expired');
    expect(clearedCookies(res)).toEqual(SESSION_COOKIES);
  });

  it('logout after the access cookie expired (only the refresh and CSRF cookies left) ends the session and clears the cookies', async () => {
    const { user, refresh, refreshCsrf } = await signedIn();
    clock.advance(ACCESS_TTL_MS + 60_000);
    // What the browser still sends to /api/auth/logout: the refresh cookie (Path=/api/auth) and the CSRF cookies.
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: `refresh_token_cookie=${refresh}; csrf_refresh_token=${refreshCsrf}`, origin: APP_ORIGIN, 'x-csrf-token': refreshCsrf },
    });
    const session = await t.app.db.selectFrom('sessions').select(['revoked_at']).where('user_id', '=', user.id).where('refresh_jti', '=', jtiOf(refresh)).executeTakeFirst();
    expect({ status: res.statusCode, revoked: session?.revoked_at !== null, cleared: clearedCookies(res) }, res.body).toEqual({ status: 200, revoked: true, cleared: SESSION_COOKIES });
  });

  it('holds: logout, a replayed (reused) refresh cookie and an ended current session all clear the four cookies', async () => {
    const a = await signedIn();
    expect(clearedCookies(await a.browser.post('/api/auth/logout'))).toEqual(SESSION_COOKIES);
    const b = await signedIn();
    expect((await b.browser.post('/api/auth/refresh')).statusCode).toBe(200);
    clock.advance(60_000);
    const replay = await t.app.inject({ method: 'POST', url: '/api/auth/refresh', headers: { cookie: `refresh_token_cookie=${b.refresh}`, origin: APP_ORIGIN, 'x-csrf-token': b.refreshCsrf } });
    expect(replay.json().code).toBe('refresh_reused');
    expect(clearedCookies(replay)).toEqual(SESSION_COOKIES);
    // The reuse killed the session: the browser's current cookies are refused and cleared too.
    const me = await b.browser.get('/api/users/me');
    expect(me.statusCode).toBe(401);
    expect(clearedCookies(me)).toEqual(SESSION_COOKIES);
  });
});
