import { decodeJwt } from 'jose';
import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backend, bearer, buildTestApp, PASSWORD, perTestClock, registerUser, type TestApp } from './helper.js';
import { APP_ORIGIN, clearedCookies, COOKIE_ENV, cookieBrowser, type CookieBrowser, SESSION_COOKIES, type SetCookie } from './cookie-browser.js';

const codeAt = (secret: string, at: number): string => new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' }).generate({ timestamp: at });

describe(`cookie mode (JWT_TOKEN_LOCATION=cookies) on ${backend}`, () => {
  let t: TestApp;
  const clock = perTestClock(Date.UTC(2026, 6, 1, 9, 0, 0));
  beforeAll(async () => {
    t = await buildTestApp({ clock, env: { ...COOKIE_ENV, MAX_FAILED_LOGINS: '3' } });
  });
  afterAll(() => t.close());

  async function signedIn(): Promise<{ browser: CookieBrowser; user: Awaited<ReturnType<typeof registerUser>> }> {
    const user = await registerUser(t.app);
    const browser = cookieBrowser(t.app);
    const res = await browser.post('/api/auth/login', { payload: { username: user.username, password: user.password } });
    expect(res.statusCode, res.body).toBe(200);
    return { browser, user };
  }

  it('a login sets HttpOnly, Secure, SameSite=Lax token cookies and readable CSRF cookies that equal the tokens\' signed csrf claims', async () => {
    const user = await registerUser(t.app);
    const browser = cookieBrowser(t.app);
    const res = await browser.post('/api/auth/login', { payload: { email: user.email, password: user.password } });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.user.id).toBe(user.id);
    const cookies = Object.fromEntries((res.cookies as SetCookie[]).map((c) => [c.name, c]));
    expect(Object.keys(cookies).sort()).toEqual(SESSION_COOKIES);
    const access = cookies.access_token_cookie!;
    const refresh = cookies.refresh_token_cookie!;
    expect(access).toMatchObject({ value: body.access_token, path: '/', httpOnly: true, secure: true, sameSite: 'Lax', maxAge: body.expires_in });
    expect(refresh).toMatchObject({ value: body.refresh_token, path: '/api/auth', httpOnly: true, secure: true, sameSite: 'Lax', maxAge: body.refresh_expires_in });
    for (const name of ['csrf_access_token', 'csrf_refresh_token']) {
      expect(cookies[name]).toMatchObject({ path: '/', secure: true, sameSite: 'Lax' });
      expect(cookies[name]!.httpOnly).toBeFalsy();
    }
    expect(cookies.csrf_access_token!.value).toBe(decodeJwt(access.value).csrf);
    expect(cookies.csrf_refresh_token!.value).toBe(decodeJwt(refresh.value).csrf);
    expect(cookies.csrf_access_token!.value).not.toBe(cookies.csrf_refresh_token!.value);
    expect(cookies.csrf_access_token!.maxAge).toBe(body.expires_in);
    expect(cookies.csrf_refresh_token!.maxAge).toBe(body.refresh_expires_in);
  });

  it('the cookies authenticate reads without a CSRF header, and changes with one', async () => {
    const { browser, user } = await signedIn();
    const me = await browser.get('/api/users/me', { origin: null });
    expect(me.statusCode).toBe(200);
    expect(me.json().user.id).toBe(user.id);
    const sessions = await browser.get('/api/users/me/sessions');
    expect(sessions.json().sessions).toHaveLength(1);
    const renamed = await browser.request('PUT', `/api/users/${user.id}`, { payload: { username: `${user.username}x` } });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json().user.username).toBe(`${user.username}x`);
  });

  it('refresh reads the refresh cookie, rotates it, keeps the session\'s CSRF values, and a replayed old cookie revokes the session and clears the cookies', async () => {
    const { browser } = await signedIn();
    const before = browser.cookie('refresh_token_cookie')!;
    const csrfBefore = browser.cookie('csrf_access_token')!.value;
    clock.advance(60_000);
    const refreshed = await browser.post('/api/auth/refresh');
    expect(refreshed.statusCode, refreshed.body).toBe(200);
    expect(browser.cookie('refresh_token_cookie')!.value).not.toBe(before.value);
    expect(browser.cookie('csrf_access_token')!.value).toBe(csrfBefore);
    expect((await browser.get('/api/users/me')).statusCode).toBe(200);

    // After the grace window, the old refresh cookie (stolen earlier) is reuse: the whole session dies.
    clock.advance(60_000);
    const thief = cookieBrowser(t.app);
    thief.plant(before);
    thief.plant(browser.cookie('csrf_refresh_token')!);
    const reused = await thief.post('/api/auth/refresh');
    expect(reused.statusCode).toBe(401);
    expect(reused.json().code).toBe('refresh_reused');
    expect(clearedCookies(reused)).toEqual(SESSION_COOKIES);
    const victim = await browser.get('/api/users/me');
    expect(victim.json().code).toBe('token_revoked');
    expect(clearedCookies(victim)).toEqual(SESSION_COOKIES);
    expect(browser.names()).toEqual([]);
  });

  it('logout ends the session and clears the cookies; the old access cookie is refused afterwards', async () => {
    const { browser } = await signedIn();
    const access = browser.cookie('access_token_cookie')!;
    const out = await browser.post('/api/auth/logout');
    expect(out.statusCode, out.body).toBe(200);
    expect(clearedCookies(out)).toEqual(SESSION_COOKIES);
    const replay = cookieBrowser(t.app);
    replay.plant(access);
    expect((await replay.get('/api/users/me')).json().code).toBe('token_revoked');
  });

  it('a password change through the cookies ends this session too and clears them; other sessions end as always', async () => {
    const { browser, user } = await signedIn();
    const other = cookieBrowser(t.app);
    await other.post('/api/auth/login', { payload: { username: user.username, password: user.password } });
    const res = await browser.request('PUT', `/api/users/${user.id}`, { payload: { password: 'new-Harbor-72-quartz', current_password: PASSWORD } });
    expect(res.statusCode, res.body).toBe(200);
    expect(clearedCookies(res)).toEqual(SESSION_COOKIES);
    expect((await other.get('/api/users/me')).json().code).toBe('token_revoked');
    const again = cookieBrowser(t.app);
    expect((await again.post('/api/auth/login', { payload: { username: user.username, password: 'new-Harbor-72-quartz' } })).statusCode).toBe(200);
  });

  it('ending the current session clears the cookies; ending another one does not', async () => {
    const { browser, user } = await signedIn();
    const other = cookieBrowser(t.app);
    await other.post('/api/auth/login', { payload: { username: user.username, password: user.password } });
    const sessions = (await browser.get('/api/users/me/sessions')).json().sessions as Array<{ id: string; current: boolean }>;
    const otherId = sessions.find((s) => !s.current)!.id;
    const currentId = sessions.find((s) => s.current)!.id;
    const endOther = await browser.request('DELETE', `/api/users/me/sessions/${otherId}`);
    expect(endOther.statusCode).toBe(204);
    expect(clearedCookies(endOther)).toEqual([]);
    const endOwn = await browser.request('DELETE', `/api/users/me/sessions/${currentId}`);
    expect(endOwn.statusCode).toBe(204);
    expect(clearedCookies(endOwn)).toEqual(SESSION_COOKIES);
  });

  it('a second factor: the password step sets no cookie, the code step sets them at aal 2', async () => {
    const { browser, user } = await signedIn();
    const started = await browser.post('/api/users/me/mfa/totp', { payload: { current_password: user.password } });
    expect(started.statusCode, started.body).toBe(200);
    const { secret } = started.json();
    expect((await browser.post('/api/users/me/mfa/totp/confirm', { payload: { code: codeAt(secret, clock.now()) } })).statusCode).toBe(200);
    clock.advance(30_000);

    const fresh = cookieBrowser(t.app);
    const step = await fresh.post('/api/auth/login', { payload: { username: user.username, password: user.password } });
    expect(step.json().mfa_required).toBe(true);
    expect(step.cookies).toEqual([]);
    const done = await fresh.post('/api/auth/login/mfa', { payload: { mfa_token: step.json().mfa_token, code: codeAt(secret, clock.now()) } });
    expect(done.statusCode, done.body).toBe(200);
    const claims = decodeJwt(fresh.cookie('access_token_cookie')!.value);
    expect(claims).toMatchObject({ aal: 2, amr: ['pwd', 'otp'] });
    expect((await fresh.get('/api/users/me')).statusCode).toBe(200);
  });

  it('lockout answers the same in cookie mode, and a locked account gets no cookie', async () => {
    const user = await registerUser(t.app);
    const browser = cookieBrowser(t.app);
    const codes: number[] = [];
    for (let i = 0; i < 3; i += 1) codes.push((await browser.post('/api/auth/login', { payload: { username: user.username, password: 'wrong-Password-1' } })).statusCode);
    expect(codes).toEqual([401, 401, 423]);
    const locked = await browser.post('/api/auth/login', { payload: { username: user.username, password: user.password } });
    expect(locked.statusCode).toBe(423);
    expect(locked.cookies).toEqual([]);
  });

  it('an admin ending a user\'s sessions is immediate for cookies too, and their answer clears them', async () => {
    const { browser, user } = await signedIn();
    const admin = cookieBrowser(t.app);
    const adminUser = await registerUser(t.app);
    await t.app.db.updateTable('users').set({ role: 'admin' }).where('id', '=', adminUser.id).execute();
    await admin.post('/api/auth/login', { payload: { username: adminUser.username, password: adminUser.password } });
    expect((await admin.request('DELETE', `/api/users/${user.id}/sessions`)).statusCode).toBe(200);
    const refused = await browser.get('/api/users/me');
    expect(refused.json().code).toBe('token_revoked');
    expect(clearedCookies(refused)).toEqual(SESSION_COOKIES);
  });

  it('cookies only: a bearer header is not a token location, so it authenticates nothing', async () => {
    const { browser } = await signedIn();
    const token = browser.cookie('access_token_cookie')!.value;
    const res = await t.app.inject({ method: 'GET', url: '/api/users/me', headers: bearer(token) });
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('authorization_required');
  });

  it('the OpenAPI document names the access cookie as the way in (cookies only: not the bearer header)', async () => {
    const document = (await t.app.inject({ method: 'GET', url: '/docs/json' })).json();
    expect(document.components.securitySchemes.cookieAuth).toMatchObject({ type: 'apiKey', in: 'cookie', name: 'access_token_cookie' });
    expect(document.paths['/api/users/me'].get.security).toEqual([{ cookieAuth: [] }]);
    expect(document.paths['/api/auth/login'].post.security).toBeUndefined();
  });

  it('CORS: credentials and the CSRF header are allowed for the listed origin only', async () => {
    const preflight = (origin: string) => t.app.inject({
      method: 'OPTIONS', url: '/api/auth/refresh',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'x-csrf-token,content-type' },
    });
    const allowed = await preflight(APP_ORIGIN);
    expect(allowed.headers['access-control-allow-origin']).toBe(APP_ORIGIN);
    expect(allowed.headers['access-control-allow-credentials']).toBe('true');
    expect(String(allowed.headers['access-control-allow-headers']).toLowerCase()).toContain('x-csrf-token');
    const other = await preflight('https://evil.example.net');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
    expect(other.headers['access-control-allow-credentials']).toBeUndefined();
  });
});

describe(`cookie mode beside headers, tokens only in cookies, on ${backend}`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ env: { ...COOKIE_ENV, JWT_TOKEN_LOCATION: 'headers,cookies', JWT_COOKIE_BODY_TOKENS: 'false', JWT_COOKIE_SECURE: 'false', JWT_COOKIE_SAMESITE: 'Strict', JWT_COOKIE_DOMAIN: 'example.com' } });
  });
  afterAll(() => t.close());

  it('answers the user without tokens, with cookies as configured; a bearer request needs no CSRF header or Origin', async () => {
    const user = await registerUser(t.app);
    const browser = cookieBrowser(t.app);
    const res = await browser.post('/api/auth/login', { payload: { username: user.username, password: user.password } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).not.toHaveProperty('access_token');
    expect(res.json()).not.toHaveProperty('refresh_token');
    expect(res.json()).toMatchObject({ token_type: 'Bearer', user: { id: user.id } });
    const access = browser.cookie('access_token_cookie')!;
    // The tokens stay host-only; the readable CSRF values take the domain, for the app on a sibling host.
    expect(access.domain).toBeUndefined();
    expect(access.sameSite).toBe('Strict');
    expect(access.secure).toBeFalsy();
    expect(browser.cookie('csrf_access_token')).toMatchObject({ domain: 'example.com', sameSite: 'Strict' });

    const refreshed = await browser.post('/api/auth/refresh');
    expect(refreshed.statusCode, refreshed.body).toBe(200);
    expect(refreshed.json()).not.toHaveProperty('access_token');

    const document = (await t.app.inject({ method: 'GET', url: '/docs/json' })).json();
    expect(document.paths['/api/users/me'].get.security).toEqual([{ bearerAuth: [] }, { cookieAuth: [] }]);

    const viaHeader = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: bearer(browser.cookie('access_token_cookie')!.value) });
    expect(viaHeader.statusCode).toBe(200);
    expect(clearedCookies(viaHeader)).toEqual(SESSION_COOKIES);
  });
});
