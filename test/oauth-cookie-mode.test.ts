import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, perTestClock, type TestApp, uniqueIdentity } from './helper.js';
import { COOKIE_ENV, cookieBrowser, EVIL_ORIGIN } from './cookie-browser.js';
import { APP, APP_URL, Browser, type Providers, startProviders } from './oauth-helper.js';

describe('social sign-in in cookie mode (JWT_TOKEN_LOCATION=cookies)', () => {
  const clock = perTestClock();
  let providers: Providers;
  let t: TestApp;
  let n = 0;

  beforeAll(async () => {
    providers = await startProviders();
    t = await buildTestApp({ env: { ...providers.env, ...COOKIE_ENV, JWT_COOKIE_BODY_TOKENS: 'false' }, clock });
  });
  afterAll(async () => {
    await t?.close();
    await providers?.close();
  });

  async function throughProvider(browser: ReturnType<typeof cookieBrowser>): Promise<string> {
    providers.as({ sub: `cookie-${(n += 1)}`, email: uniqueIdentity('c').email, email_verified: true });
    const start = await browser.get(`/api/auth/oauth/google/start?redirect_to=${encodeURIComponent(`${APP}/in`)}`, { origin: null });
    expect(browser.cookie('gatehouse_oauth')).toMatchObject({ path: '/api/auth/oauth', httpOnly: true, sameSite: 'Lax' });
    const callback = await Browser.authorize(start.headers.location as string);
    const back = await browser.get(callback.slice(APP_URL.length), { origin: null });
    return new URL(back.headers.location as string).searchParams.get('code') as string;
  }

  it('sets the session cookies on the exchange, never the tokens in its body, and the sign-in cookie goes', async () => {
    const browser = cookieBrowser(t.app);
    const code = await throughProvider(browser);
    const res = await browser.post('/api/auth/oauth/exchange', { payload: { code }, csrf: null });
    expect(res.statusCode).toBe(200);
    expect(res.json().access_token).toBeUndefined();
    expect(browser.names()).toEqual(['access_token_cookie', 'csrf_access_token', 'csrf_refresh_token', 'refresh_token_cookie']);
    expect(decodeJwt(browser.cookie('access_token_cookie')!.value)).toMatchObject({ amr: ['oauth'] });
    const me = await browser.get('/api/users/me');
    expect(me.statusCode).toBe(200);
    expect(me.json().user.id).toBe(res.json().user.id);
  });

  it('refuses the exchange from another origin (login CSRF)', async () => {
    const browser = cookieBrowser(t.app);
    const code = await throughProvider(browser);
    const res = await browser.post('/api/auth/oauth/exchange', { payload: { code }, csrf: null, origin: EVIL_ORIGIN });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('csrf_failed');
    expect(browser.names()).toEqual(['gatehouse_oauth']);
  });
});
