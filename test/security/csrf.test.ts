import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backend, bearer, buildTestApp, perTestClock, registerUser, type TestApp } from '../helper.js';
import { APP_ORIGIN, type BrowserRequest, clearedCookies, COOKIE_ENV, cookieBrowser, type CookieBrowser, EVIL_ORIGIN } from '../cookie-browser.js';
import { FLASK_SECRET, mintFlaskToken } from '../flask-tokens.js';

// Attack: a page on another site, or a script holding one session's CSRF value, drives a signed-in browser's
// cookies (cookie mode). Every unsafe cookie-authenticated request needs the X-CSRF-TOKEN of that very session
// and an allowed Origin; sign-ins from other origins are refused (login CSRF). Nothing changes on a refusal.

const APP_URL = 'https://auth.example.com';

describe(`CSRF in cookie mode on ${backend}`, () => {
  let t: TestApp;
  const clock = perTestClock(Date.UTC(2026, 6, 2, 9, 0, 0));
  beforeAll(async () => {
    t = await buildTestApp({ clock, env: { ...COOKIE_ENV, JWT_TOKEN_LOCATION: 'headers,cookies', APP_URL, LEGACY_JWT_SECRET_KEY: FLASK_SECRET, LEGACY_JWT_ACCEPT_ACCESS_TOKENS: 'true' } });
  });
  afterAll(() => t.close());

  async function victim(): Promise<{ browser: CookieBrowser; user: Awaited<ReturnType<typeof registerUser>> }> {
    const user = await registerUser(t.app);
    const browser = cookieBrowser(t.app);
    const res = await browser.post('/api/auth/login', { payload: { username: user.username, password: user.password } });
    expect(res.statusCode, res.body).toBe(200);
    return { browser, user };
  }

  const refusedAsCsrf = (res: { statusCode: number; json(): { code: string } }, label: string) => {
    expect(res.statusCode, label).toBe(403);
    expect(res.json().code, label).toBe('csrf_failed');
  };

  /** The unsafe requests a forged page would aim at, each with a check that it changed nothing. */
  function forgeries(user: { id: number; username: string }) {
    return [
      { method: 'POST' as const, url: '/api/auth/logout' },
      { method: 'PUT' as const, url: `/api/users/${user.id}`, payload: { username: `${user.username}-pwned` } },
      { method: 'DELETE' as const, url: '/api/users/me/sessions' },
      { method: 'POST' as const, url: '/api/users/me/mfa/totp', payload: { current_password: 'guess-Password-1' } },
    ];
  }

  async function stillSignedIn(browser: CookieBrowser, user: { id: number; username: string }): Promise<void> {
    const me = await browser.get('/api/users/me');
    expect(me.statusCode).toBe(200);
    expect(me.json().user.username).toBe(user.username);
  }

  it('refuses unsafe cookie requests without the header, with a wrong one, with the refresh value, or with another session\'s', async () => {
    const { browser, user } = await victim();
    const second = cookieBrowser(t.app);
    await second.post('/api/auth/login', { payload: { username: user.username, password: user.password } });
    const { browser: stranger } = await victim();
    const wrongValues: Array<[string, BrowserRequest]> = [
      ['no header', { csrf: null }],
      ['empty header', { csrf: { value: '' } }],
      ['a made-up value', { csrf: { value: 'A'.repeat(43) } }],
      ['the refresh cookie\'s value', { csrf: { value: browser.cookie('csrf_refresh_token')!.value } }],
      ['the same user\'s other session', { csrf: { value: second.cookie('csrf_access_token')!.value } }],
      ['another user\'s session', { csrf: { value: stranger.cookie('csrf_access_token')!.value } }],
    ];
    for (const forged of forgeries(user)) {
      for (const [label, o] of wrongValues) refusedAsCsrf(await browser.request(forged.method, forged.url, { ...o, payload: forged.payload }), `${forged.method} ${forged.url}: ${label}`);
    }
    await stillSignedIn(browser, user);
    expect((await second.get('/api/users/me')).statusCode).toBe(200);
  });

  it('refuses the right header from a wrong origin: another site, a cross-site fetch, an opaque origin, or none at all', async () => {
    const { browser, user } = await victim();
    const origins: Array<[string, BrowserRequest]> = [
      ['another origin', { origin: EVIL_ORIGIN }],
      ['a sibling port', { origin: 'https://app.example.com:8443' }],
      ['Origin: null', { origin: 'null' }],
      ['Sec-Fetch-Site: cross-site', { headers: { 'sec-fetch-site': 'cross-site' } }],
      ['no Origin and no Referer', { origin: null }],
      ['a Referer on another site', { origin: null, headers: { referer: `${EVIL_ORIGIN}/page` } }],
      ['a malformed Referer', { origin: null, headers: { referer: 'not a url' } }],
    ];
    for (const forged of forgeries(user)) {
      for (const [label, o] of origins) refusedAsCsrf(await browser.request(forged.method, forged.url, { ...o, payload: forged.payload }), `${forged.method} ${forged.url}: ${label}`);
    }
    await stillSignedIn(browser, user);
  });

  it('accepts the listed app origin, Gatehouse\'s own (APP_URL), and a Referer of either when Origin is absent', async () => {
    const { browser, user } = await victim();
    for (const [i, o] of [{ origin: APP_ORIGIN }, { origin: APP_URL }, { origin: null, headers: { referer: `${APP_ORIGIN}/settings` } }].entries()) {
      const res = await browser.request('PUT', `/api/users/${user.id}`, { ...o, payload: { username: `${user.username}${i}` } });
      expect(res.statusCode, res.body).toBe(200);
    }
  });

  it('a forged refresh changes nothing: the refresh cookie is not rotated and still works', async () => {
    const { browser } = await victim();
    const before = browser.cookie('refresh_token_cookie')!.value;
    const forged: BrowserRequest[] = [{ csrf: null }, { csrf: 'access' }, { origin: EVIL_ORIGIN }, { headers: { 'sec-fetch-site': 'cross-site' } }];
    for (const o of forged) {
      const res = await browser.post('/api/auth/refresh', o);
      refusedAsCsrf(res, JSON.stringify(o));
      expect(clearedCookies(res)).toEqual([]);
    }
    expect(browser.cookie('refresh_token_cookie')!.value).toBe(before);
    const row = await t.app.db.selectFrom('sessions').select('refresh_jti').where('refresh_jti', '=', (JSON.parse(Buffer.from(before.split('.')[1]!, 'base64url').toString()) as { jti: string }).jti).executeTakeFirst();
    expect(row).toBeDefined();
    expect((await browser.post('/api/auth/refresh')).statusCode).toBe(200);
  });

  it('login CSRF: sign-ins from another origin are refused before any work, so nothing is created, counted or set', async () => {
    const user = await registerUser(t.app);
    const page = cookieBrowser(t.app);
    const foreign: BrowserRequest[] = [
      { origin: EVIL_ORIGIN }, { headers: { 'sec-fetch-site': 'cross-site' } }, { origin: null, headers: { referer: `${EVIL_ORIGIN}/x` } },
      // A browser's request (Sec-Fetch-Site) that names no origin.
      { origin: null, headers: { 'sec-fetch-site': 'same-site' } },
    ];
    for (const o of foreign) {
      const login = await page.post('/api/auth/login', { ...o, payload: { username: user.username, password: user.password } });
      refusedAsCsrf(login, `login ${JSON.stringify(o)}`);
      expect(login.cookies).toEqual([]);
      const forcedSignup = await page.post('/api/auth/register', { ...o, payload: { username: `${user.username}z`, email: `z${user.email}`, password: user.password } });
      refusedAsCsrf(forcedSignup, `register ${JSON.stringify(o)}`);
      const mfa = await page.post('/api/auth/login/mfa', { ...o, payload: { mfa_token: 'a'.repeat(32), code: '123456' } });
      refusedAsCsrf(mfa, `mfa ${JSON.stringify(o)}`);
    }
    expect(await t.app.db.selectFrom('users').select('id').where('username', '=', `${user.username}z`).executeTakeFirst()).toBeUndefined();
    expect(await t.app.db.selectFrom('sessions').select('id').where('user_id', '=', user.id).execute()).toEqual([]);
    // A client that is not a browser (no Origin, no Referer, no Sec-Fetch-Site) signs in as before.
    expect((await page.post('/api/auth/login', { origin: null, payload: { username: user.username, password: user.password } })).statusCode).toBe(200);
  });

  it('a request with an Authorization header is not cookie-authenticated: no CSRF header or Origin needed, and a bad bearer never falls back to the cookies', async () => {
    const { browser, user } = await victim();
    const token = browser.cookie('access_token_cookie')!.value;
    const put = await t.app.inject({ method: 'PUT', url: `/api/users/${user.id}`, headers: bearer(token), payload: { username: `${user.username}b` } });
    expect(put.statusCode, put.body).toBe(200);
    const bad = await browser.request('PUT', `/api/users/${user.id}`, { headers: bearer('not.a.token'), payload: { username: `${user.username}c` } });
    expect(bad.statusCode).toBe(401);
    expect(bad.json().code).toBe('invalid_token');
    expect(clearedCookies(bad)).toEqual([]);
    await stillSignedIn(browser, { ...user, username: `${user.username}b` });
  });

  it('a Flask-JWT-Extended access cookie carries its own csrf claim, checked the same way', async () => {
    const user = await registerUser(t.app);
    await t.app.db.insertInto('user_imports').values({ user_id: user.id, source: 'flask', digest: 'f'.repeat(64), imported_at: clock.now() }).execute();
    const flaskCsrf = 'flask-csrf-3f1c2b';
    const browser = cookieBrowser(t.app);
    browser.plant({ name: 'access_token_cookie', value: await mintFlaskToken(clock.now(), user.id, 'access', { csrf: flaskCsrf }), path: '/' });
    expect((await browser.get('/api/users/me')).statusCode).toBe(200);
    refusedAsCsrf(await browser.request('PUT', `/api/users/${user.id}`, { csrf: { value: 'other' }, payload: { username: `${user.username}f` } }), 'wrong value');
    expect((await browser.request('PUT', `/api/users/${user.id}`, { csrf: { value: flaskCsrf }, payload: { username: `${user.username}f` } })).statusCode).toBe(200);
    // A Flask token minted without the claim (a header-mode Flask app) cannot make a cookie change at all.
    const bare = cookieBrowser(t.app);
    bare.plant({ name: 'access_token_cookie', value: await mintFlaskToken(clock.now(), user.id, 'access'), path: '/' });
    refusedAsCsrf(await bare.request('PUT', `/api/users/${user.id}`, { csrf: { value: '' }, payload: { username: `${user.username}g` } }), 'no claim');
  });

  it('two tabs refreshing with the same cookie at once, for many rounds, keep the session alive (no reuse detected)', async () => {
    const { browser, user } = await victim();
    for (let round = 0; round < 20; round += 1) {
      clock.advance(1000);
      const tabs = await Promise.all([browser.post('/api/auth/refresh'), browser.post('/api/auth/refresh'), browser.post('/api/auth/refresh')]);
      expect(tabs.map((r) => r.statusCode), `round ${round}: ${tabs.map((r) => r.body).join(' ')}`).toEqual([200, 200, 200]);
    }
    await stillSignedIn(browser, user);
  });
});
