import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, perTestClock, type TestApp, uniqueIdentity } from '../helper.js';
import { APP, APP_URL, Browser, type Providers, startProviders } from '../oauth-helper.js';

describe('the one-time code and the way back', () => {
  const clock = perTestClock();
  let providers: Providers;
  let t: TestApp;
  let n = 0;

  beforeAll(async () => {
    providers = await startProviders();
    t = await buildTestApp({ env: providers.env, clock });
  });
  afterAll(async () => {
    await t?.close();
    await providers?.close();
  });

  async function signedIn(): Promise<{ browser: Browser; code: string }> {
    providers.as({ sub: `subject-${(n += 1)}`, email: uniqueIdentity('x').email, email_verified: true });
    const browser = new Browser(t.app);
    const back = await browser.signIn('google');
    return { browser, code: back.searchParams.get('code') as string };
  }

  it('exchanges the code once', async () => {
    const { browser, code } = await signedIn();
    expect((await browser.exchange(code)).statusCode).toBe(200);
    const again = await browser.exchange(code);
    expect(again.statusCode).toBe(400);
    expect(again.json().code).toBe('invalid_or_expired_token');
  });

  it('refuses the code from another browser (no cookie, or another sign-in\'s), and it stays the first browser\'s', async () => {
    const { browser, code } = await signedIn();
    const thief = new Browser(t.app);
    expect((await thief.exchange(code)).json().code).toBe('invalid_or_expired_token');
    await signedIn().then(async (other) => {
      expect((await other.browser.exchange(code)).json().code).toBe('invalid_or_expired_token');
    });
    expect((await browser.exchange(code)).statusCode).toBe(200);
  });

  it('refuses the code after 60 seconds', async () => {
    const { browser, code } = await signedIn();
    clock.advance(60_000);
    expect((await browser.exchange(code)).json().code).toBe('invalid_or_expired_token');
  });

  it('never puts a token in a URL, and the way back is not cached nor sent on as a Referer', async () => {
    providers.as({ sub: `subject-${(n += 1)}`, email: uniqueIdentity('y').email, email_verified: true });
    const browser = new Browser(t.app);
    const start = await browser.request('GET', `/api/auth/oauth/google/start?redirect_to=${encodeURIComponent(`${APP}/in?tab=2`)}`);
    const back = await browser.request('GET', await Browser.authorize(start.headers.location as string));
    const location = new URL(back.headers.location as string);
    expect([...location.searchParams.keys()]).toEqual(['tab', 'code']);
    expect(back.headers['cache-control']).toBe('no-store');
    expect(back.headers['referrer-policy']).toBe('no-referrer');
    const tokens = (await browser.exchange(location.searchParams.get('code') as string)).json();
    for (const token of [tokens.access_token, tokens.refresh_token]) expect(back.headers.location).not.toContain(token.split('.')[2]);
  });

  it.each([
    'https://evil.example.net/',
    '//evil.example.net/',
    'https://app.example.com.evil.example.net/',
    'https://app.example.com@evil.example.net/',
    'https://user:password@app.example.com/',
    'https://app.example.com\\@evil.example.net/',
    'https:\\\\evil.example.net/',
    'https://app.example.com\\.evil.example.net/',
    'http://app.example.com/',
    'https://app.example.com:8443/',
    '/relative/path',
    'javascript:alert(1)//https://app.example.com/',
    'https://app.example.com/#fragment',
    'https://app.example.com/%0d%0aSet-Cookie:x=1',
    ' https://app.example.com/',
    `${APP_URL}/done-elsewhere/`,
    `${APP_URL}/done`,
  ])('refuses redirect_to=%s with 400, before leaving for the provider', async (target) => {
    const browser = new Browser(t.app);
    const res = await browser.request('GET', `/api/auth/oauth/google/start?redirect_to=${encodeURIComponent(target)}`);
    expect(res.statusCode, target).toBe(target.includes('%0d') ? 302 : 400);
    if (res.statusCode === 302) {
      // Percent-encoded CR LF is only a path on the allowed origin; it never becomes a header.
      expect(new URL(res.headers.location as string).origin).toBe(providers.issuer);
      return;
    }
    expect(res.json().errors).toEqual([{ field: 'redirect_to', message: 'is not allowed by OAUTH_REDIRECT_ALLOWLIST' }]);
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('takes an allowed origin with any path, and a path prefix with what lies under it', async () => {
    for (const target of [`${APP}/`, `${APP}/a/b?c=d`, 'https://APP.example.com/x', `${APP_URL}/done/`, `${APP_URL}/done/page?x=1`]) {
      const res = await new Browser(t.app).request('GET', `/api/auth/oauth/google/start?redirect_to=${encodeURIComponent(target)}`);
      expect(res.statusCode, target).toBe(302);
    }
  });

  it('answers 404 for a provider that is not configured', async () => {
    const res = await new Browser(t.app).request('GET', '/api/auth/oauth/facebook/start');
    expect(res.statusCode).toBe(404);
    expect((await new Browser(t.app).request('GET', '/api/auth/oauth/facebook/callback?code=x&state=y')).statusCode).toBe(404);
  });
});
