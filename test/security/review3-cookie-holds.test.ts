import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backend, buildTestApp, perTestClock, registerUser, type TestApp } from '../helper.js';
import { APP_ORIGIN, clearedCookies, COOKIE_ENV, cookieBrowser, EVIL_ORIGIN } from '../cookie-browser.js';
import { FLASK_SECRET, mintFlaskToken } from '../flask-tokens.js';

// Attacks that hold (coverage test/security/csrf.test.ts lacks): origin spoofing with odd Origin/Referer
// values (case, trailing slash, path, userinfo, duplicated headers); odd Cookie headers that might crash the
// parser or the token checks into a 500; tokens leaking in bodies with JWT_COOKIE_BODY_TOKENS=false (refresh,
// errors); CORS credentials to unlisted origins; and logout racing cookie refreshes, many rounds: the session
// ends and no racing refresh resurrects it.

const APP_URL = 'https://auth.example.com';

describe(`review3: cookie attacks that hold, on ${backend}`, () => {
  let t: TestApp;
  const clock = perTestClock(Date.UTC(2026, 6, 2, 9, 0, 0));
  beforeAll(async () => {
    // Many refreshes in a few seconds of real time (the rate limit's window is not the test's clock): not what is tested here.
    t = await buildTestApp({ clock, env: { ...COOKIE_ENV, REFRESH_RATE_LIMIT_MAX: '100000', JWT_TOKEN_LOCATION: 'headers,cookies', JWT_COOKIE_BODY_TOKENS: 'false', APP_URL, LEGACY_JWT_SECRET_KEY: FLASK_SECRET, LEGACY_JWT_ACCEPT_ACCESS_TOKENS: 'true' } });
  });
  afterAll(() => t.close());

  async function signedIn() {
    const user = await registerUser(t.app);
    const browser = cookieBrowser(t.app);
    const login = await browser.post('/api/auth/login', { payload: { username: user.username, password: user.password } });
    expect(login.statusCode).toBe(200);
    return { user, browser, login };
  }

  it('near-miss origins are refused: case, trailing slash, a path, userinfo tricks, look-alike hosts, duplicated headers', async () => {
    const { browser, user } = await signedIn();
    const spoofs: Array<Record<string, string | string[]>> = [
      { origin: 'HTTPS://APP.EXAMPLE.COM' },
      { origin: `${APP_ORIGIN}/` },
      { origin: `${APP_ORIGIN}/settings` },
      { origin: 'http://app.example.com' },
      { origin: 'https://app.example.com.evil.example.net' },
      { origin: 'https://evil.example.net#https://app.example.com' },
      { origin: '' },
      { origin: ' https://app.example.com' },
      { origin: [EVIL_ORIGIN, APP_ORIGIN] },
      { origin: [APP_ORIGIN, EVIL_ORIGIN] },
      { referer: `https://app.example.com@${new URL(EVIL_ORIGIN).host}/` },
      { referer: `${EVIL_ORIGIN}/?${APP_ORIGIN}` },
      { referer: 'https://app.example.com.evil.example.net/' },
      { referer: '//app.example.com/' },
      { referer: [EVIL_ORIGIN, APP_ORIGIN] },
      { origin: APP_ORIGIN, 'sec-fetch-site': 'cross-site' },
    ];
    const csrf = browser.cookie('csrf_access_token')!.value;
    const cookie = `access_token_cookie=${browser.cookie('access_token_cookie')!.value}`;
    for (const headers of spoofs) {
      const res = await t.app.inject({ method: 'PUT', url: `/api/users/${user.id}`, headers: { cookie, 'x-csrf-token': csrf, ...headers }, payload: { username: `${user.username}x` } });
      expect(res.statusCode, JSON.stringify(headers)).toBe(403);
      expect(res.json().code, JSON.stringify(headers)).toBe('csrf_failed');
    }
    expect((await browser.get('/api/users/me')).json().user.username).toBe(user.username);
  });

  it('odd Cookie headers never cause a 500, on reads, changes, refresh and logout', async () => {
    const { user } = await signedIn();
    const flaskJunk = await mintFlaskToken(clock.now(), 987_654, 'access', { csrf: 'c' });
    const values = ['', '%E0%A4%A', 'a.b.c', '"quoted"', 'a'.repeat(12_000), `${Buffer.from('null').toString('base64url')}.${Buffer.from('[]').toString('base64url')}.x`,
      `eyJhbGciOiJub25lIn0.${Buffer.from('{"sub":"1","type":"access"}').toString('base64url')}.`, '\u00ff\u00fe', flaskJunk, `${flaskJunk}x`];
    const headersList = [...values.flatMap((v) => [`access_token_cookie=${v}`, `refresh_token_cookie=${v}`, `access_token_cookie=${v}; access_token_cookie=${v}`]), '=;;;==;', '__proto__=x; constructor=y; toString=z', ';'.repeat(2000)];
    const routes = [['GET', '/api/users/me'], ['PUT', `/api/users/${user.id}`], ['POST', '/api/auth/refresh'], ['POST', '/api/auth/logout'], ['DELETE', '/api/users/me/sessions']] as const;
    for (const cookie of headersList) {
      for (const [method, url] of routes) {
        const res = await t.app.inject({ method, url, headers: { cookie, origin: APP_ORIGIN, 'x-csrf-token': 'c' }, ...(method === 'PUT' ? { payload: { username: 'nobody' } } : {}) });
        expect(res.statusCode, `${method} ${url} ${JSON.stringify(cookie.slice(0, 60))}: ${res.body.slice(0, 120)}`).toBeLessThan(500);
        expect([401, 403], `${method} ${url} ${JSON.stringify(cookie.slice(0, 60))}`).toContain(res.statusCode);
      }
    }
  });

  it('JWT_COOKIE_BODY_TOKENS=false: no token in the login, refresh or error bodies', async () => {
    const { browser, login } = await signedIn();
    const tokens = () => [browser.cookie('access_token_cookie')!.value, browser.cookie('refresh_token_cookie')!.value];
    const bodies = [login.body];
    for (const token of tokens()) expect(login.body).not.toContain(token.split('.')[1]);
    const refreshed = await browser.post('/api/auth/refresh');
    expect(refreshed.statusCode).toBe(200);
    bodies.push(refreshed.body);
    bodies.push((await browser.post('/api/auth/refresh', { csrf: null })).body);
    bodies.push((await browser.post('/api/auth/refresh', { origin: EVIL_ORIGIN })).body);
    bodies.push((await browser.request('PUT', '/api/users/me', { payload: { username: 'x' } })).body);
    for (const body of bodies) {
      expect(body).not.toMatch(/"(access|refresh)_token"/);
      for (const token of tokens()) expect(body).not.toContain(token.split('.')[1]);
    }
  });

  it('CORS: an unlisted or null origin gets no credentials, preflight or not', async () => {
    for (const origin of [EVIL_ORIGIN, 'null', 'https://sub.app.example.com', `${APP_ORIGIN}.evil.example.net`]) {
      const preflight = await t.app.inject({ method: 'OPTIONS', url: '/api/auth/refresh', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'x-csrf-token,content-type' } });
      expect(preflight.headers['access-control-allow-origin'], origin).toBeUndefined();
      expect(preflight.headers['access-control-allow-credentials'], origin).toBeUndefined();
      const get = await t.app.inject({ method: 'GET', url: '/api/users/me', headers: { origin } });
      expect(get.headers['access-control-allow-origin'], origin).toBeUndefined();
    }
  });

  it('logout racing cookie refreshes, many rounds: the session ends, and nothing a racing refresh answered works afterwards', async () => {
    for (let round = 0; round < 15; round += 1) {
      const { browser, user } = await signedIn();
      const headers = { cookie: `access_token_cookie=${browser.cookie('access_token_cookie')!.value}; refresh_token_cookie=${browser.cookie('refresh_token_cookie')!.value}`, origin: APP_ORIGIN };
      const access = { ...headers, 'x-csrf-token': browser.cookie('csrf_access_token')!.value };
      const refresh = { ...headers, 'x-csrf-token': browser.cookie('csrf_refresh_token')!.value };
      const answers = await Promise.all([
        t.app.inject({ method: 'POST', url: '/api/auth/refresh', headers: refresh }),
        t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: access }),
        t.app.inject({ method: 'POST', url: '/api/auth/refresh', headers: refresh }),
        t.app.inject({ method: 'POST', url: '/api/auth/refresh', headers: refresh }),
      ]);
      expect(answers[1]!.statusCode, `round ${round}: ${answers[1]!.body}`).toBe(200);
      const live = await t.app.db.selectFrom('sessions').select('id').where('user_id', '=', user.id).where('revoked_at', 'is', null).execute();
      expect(live, `round ${round}`).toEqual([]);
      // Every cookie any racing answer set is dead now.
      const set = answers.flatMap((a) => (a.cookies as Array<{ name: string; value: string; maxAge?: number }>).filter((c) => c.maxAge !== 0));
      for (const c of set.filter((x) => x.name === 'access_token_cookie')) {
        expect((await t.app.inject({ method: 'GET', url: '/api/users/me', headers: { cookie: `access_token_cookie=${c.value}` } })).statusCode, `round ${round}`).toBe(401);
      }
      const csrf = set.find((x) => x.name === 'csrf_refresh_token')?.value ?? refresh['x-csrf-token'];
      for (const c of [...set.filter((x) => x.name === 'refresh_token_cookie'), { value: headers.cookie.split('refresh_token_cookie=')[1]! }]) {
        const again = await t.app.inject({ method: 'POST', url: '/api/auth/refresh', headers: { cookie: `refresh_token_cookie=${c.value}`, origin: APP_ORIGIN, 'x-csrf-token': csrf } });
        expect(again.statusCode, `round ${round}: ${again.body}`).toBe(401);
        expect(clearedCookies(again).length, `round ${round}`).toBe(4);
      }
      clock.advance(1000);
    }
  });
});
