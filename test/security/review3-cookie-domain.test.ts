import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backend, buildTestApp, perTestClock, registerUser, type TestApp } from '../helper.js';
import { APP_ORIGIN, COOKIE_ENV, cookieBrowser, type SetCookie } from '../cookie-browser.js';

// Attack: a page (and server) on a sibling subdomain. docs/cookie-mode.md has apps set
// JWT_COOKIE_DOMAIN=example.com so the app can read the CSRF cookies; today that Domain goes on all four
// cookies, so the HttpOnly access and refresh tokens are also sent to every other host under example.com
// (user-content.example.com, a forgotten staging host...), whose server simply reads them: token theft, and in
// headers,cookies mode a stolen access token is a bearer token that needs no CSRF value at all. Only the two
// readable CSRF cookies need the parent domain. Second, cookie tossing: that sibling can also set an
// access_token_cookie (and csrf_access_token) of its own account for Domain=example.com and a longer Path; the
// browser then sends two access_token_cookie values, the tossed one first, and Gatehouse takes the first, so
// the victim's app silently works in the attacker's account (login CSRF that no origin check sees).

describe(`review3: cookie scope under JWT_COOKIE_DOMAIN, on ${backend}`, () => {
  let t: TestApp;
  const clock = perTestClock(Date.UTC(2026, 6, 2, 9, 0, 0));
  beforeAll(async () => {
    t = await buildTestApp({ clock, env: { ...COOKIE_ENV, JWT_COOKIE_DOMAIN: 'example.com' } });
  });
  afterAll(() => t.close());

  it('the token cookies stay host-only (no Domain); only the readable CSRF cookies get Domain=example.com', async () => {
    const user = await registerUser(t.app);
    const res = await cookieBrowser(t.app).post('/api/auth/login', { payload: { username: user.username, password: user.password } });
    expect(res.statusCode).toBe(200);
    const domains = Object.fromEntries((res.cookies as SetCookie[]).map((c) => [c.name, c.domain ?? 'host-only']));
    expect(domains).toEqual({ access_token_cookie: 'host-only', refresh_token_cookie: 'host-only', csrf_access_token: 'example.com', csrf_refresh_token: 'example.com' });
  });

  it('two access_token_cookie values (one tossed by a sibling subdomain) are not resolved in favour of the first', async () => {
    const victimUser = await registerUser(t.app);
    const victim = cookieBrowser(t.app);
    await victim.post('/api/auth/login', { payload: { username: victimUser.username, password: victimUser.password } });
    const attackerUser = await registerUser(t.app);
    const attacker = cookieBrowser(t.app);
    await attacker.post('/api/auth/login', { payload: { username: attackerUser.username, password: attackerUser.password } });
    const tossed = attacker.cookie('access_token_cookie')!.value;
    const tossedCsrf = attacker.cookie('csrf_access_token')!.value;
    // The more specific (tossed, Path=/api) cookie comes first in the browser's Cookie header.
    const cookie = `access_token_cookie=${tossed}; csrf_access_token=${tossedCsrf}; access_token_cookie=${victim.cookie('access_token_cookie')!.value}; csrf_access_token=${victim.cookie('csrf_access_token')!.value}`;
    const me = await t.app.inject({ method: 'GET', url: '/api/users/me', headers: { cookie, origin: APP_ORIGIN } });
    expect(me.statusCode === 200 ? me.json().user.username : me.statusCode, 'the victim\'s browser is answered as the attacker').not.toBe(attackerUser.username);
    // The victim's app, copying the first csrf_access_token it reads, makes changes in the attacker's account.
    const put = await t.app.inject({ method: 'PUT', url: `/api/users/${attackerUser.id}`, headers: { cookie, origin: APP_ORIGIN, 'x-csrf-token': tossedCsrf }, payload: { email: `victim-typed-${victimUser.email}` } });
    expect(put.statusCode, put.body.slice(0, 160)).not.toBe(200);
  });
});
