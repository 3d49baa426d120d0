import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backend, buildTestApp, perTestClock, registerUser, type TestApp } from '../helper.js';
import { type BrowserRequest, COOKIE_ENV, cookieBrowser, EVIL_ORIGIN, SESSION_COOKIES } from '../cookie-browser.js';

// Attack: login CSRF through the refresh route. The attacker signs into their own account, keeps their refresh
// token, and has a page of another site post it to POST /api/auth/refresh in the body. A body token skips the
// CSRF check (no cross-site page "can know" it, but the attacker knows their own), and every refresh answer
// sets the four cookies: the victim's browser is now signed into the attacker's account (their own session
// cookies overwritten), exactly what the origin check on /login, /login/mfa and /register is there to stop.
// Today a browser cannot send this JSON body cross-site without a CORS preflight, so the JSON-only parser is
// the only thing in the way; the origin rule should hold on its own, as it does for the sign-in routes.

describe(`review3: login CSRF through a refresh token in the body, on ${backend}`, () => {
  let t: TestApp;
  const clock = perTestClock(Date.UTC(2026, 6, 2, 9, 0, 0));
  beforeAll(async () => {
    t = await buildTestApp({ clock, env: { ...COOKIE_ENV } });
  });
  afterAll(() => t.close());

  it('a refresh token in the body from another origin is refused like a sign-in, and sets no cookie', async () => {
    const attacker = await registerUser(t.app);
    const attackersBrowser = cookieBrowser(t.app);
    expect((await attackersBrowser.post('/api/auth/login', { payload: { username: attacker.username, password: attacker.password } })).statusCode).toBe(200);
    const attackersRefreshToken = attackersBrowser.cookie('refresh_token_cookie')!.value;

    const victimUser = await registerUser(t.app);
    const victim = cookieBrowser(t.app);
    expect((await victim.post('/api/auth/login', { payload: { username: victimUser.username, password: victimUser.password } })).statusCode).toBe(200);

    const forgedOrigins: BrowserRequest[] = [{ origin: EVIL_ORIGIN }, { origin: 'null' }, { origin: null, headers: { 'sec-fetch-site': 'cross-site' } }, { origin: null, headers: { referer: `${EVIL_ORIGIN}/x` } }];
    for (const forged of forgedOrigins) {
      const res = await victim.post('/api/auth/refresh', { ...forged, csrf: null, payload: { refresh_token: attackersRefreshToken } });
      const label = JSON.stringify(forged);
      expect(res.cookies.map((c) => (c as { name: string }).name).filter((n) => SESSION_COOKIES.includes(n)), label).toEqual([]);
      expect(res.statusCode, `${label}: ${res.body.slice(0, 120)}`).toBe(403);
      expect(res.json().code, label).toBe('csrf_failed');
    }
    // The victim is still signed in as themselves.
    const me = await victim.get('/api/users/me');
    expect(me.statusCode).toBe(200);
    expect(me.json().user.username).toBe(victimUser.username);
  });

  it('holds: a non-browser client (no Origin, no Referer) still refreshes with a body token', async () => {
    const user = await registerUser(t.app);
    const client = cookieBrowser(t.app);
    await client.post('/api/auth/login', { payload: { username: user.username, password: user.password } });
    const token = client.cookie('refresh_token_cookie')!.value;
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/refresh', payload: { refresh_token: token } });
    expect(res.statusCode, res.body).toBe(200);
  });
});
