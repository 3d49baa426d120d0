import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, perTestClock, type TestApp, uniqueIdentity } from '../helper.js';
import { APP, Browser, callbackFor, type Providers, queryOf, startProviders } from '../oauth-helper.js';

/** A JWT signed with HS256 under the client secret: the classic algorithm-confusion forgery. */
function hs256(payload: object, secret: string): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const input = `${part({ alg: 'HS256', typ: 'JWT' })}.${part(payload)}`;
  return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
}
const payloadOf = (jwt: string) => JSON.parse(Buffer.from(jwt.split('.')[1] as string, 'base64url').toString()) as Record<string, unknown>;

describe('the callback checks state, PKCE, nonce and the ID token, and spends each once', () => {
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

  const someone = () => {
    const { email } = uniqueIdentity('victim');
    providers.as({ sub: `subject-${(n += 1)}`, email, email_verified: true });
    return email;
  };
  const userCount = async () => Number((await t.app.db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const codesIssued = async () => Number((await t.app.db.selectFrom('oauth_exchange_codes').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

  /** The callback answers only `?error=<code>` on the app's URL: no code, no account, nothing else said. */
  async function expectRefused(res: Awaited<ReturnType<Browser['request']>>, error: string, before: { users: number; codes: number }) {
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe(`${APP}/signed-in?error=${error}`);
    expect(await userCount()).toBe(before.users);
    expect(await codesIssued()).toBe(before.codes);
  }
  const counts = async () => ({ users: await userCount(), codes: await codesIssued() });

  it('refuses a callback without state, with a wrong state, or from a browser without the sign-in cookie', async () => {
    someone();
    const browser = new Browser(t.app);
    const callback = new URL(await callbackFor(browser));
    const before = await counts();
    const withoutState = new URL(callback);
    withoutState.searchParams.delete('state');
    // Without a state nothing is trusted, not even the row's redirect_to: the default way back.
    const missing = await browser.request('GET', withoutState.href);
    expect(queryOf(missing)).toEqual({ error: 'invalid_state' });
    // The first try spent the sign-in: even the right state fails now.
    expect(queryOf(await browser.request('GET', callback.href))).toEqual({ error: 'invalid_state' });

    const second = new Browser(t.app);
    const other = new URL(await callbackFor(second));
    other.searchParams.set('state', `${other.searchParams.get('state')?.slice(0, -2)}xx`);
    await expectRefused(await second.request('GET', other.href), 'invalid_state', before);

    const third = new Browser(t.app);
    const stolen = await callbackFor(third);
    const elsewhere = new Browser(t.app);
    expect(queryOf(await elsewhere.request('GET', stolen))).toEqual({ error: 'invalid_state' });
    expect(await counts()).toEqual(before);
  });

  it('spends the state once: the callback replayed, and the provider code replayed in a new sign-in, sign no one in', async () => {
    someone();
    const browser = new Browser(t.app);
    const callback = await callbackFor(browser);
    const first = await browser.request('GET', callback);
    expect(queryOf(first)).toEqual({ code: expect.any(String) });
    const before = await counts();
    expect(queryOf(await browser.request('GET', callback))).toEqual({ error: 'invalid_state' });
    expect(await counts()).toEqual(before);
    // A new sign-in of the same browser, given the old provider code with its own fresh state.
    const fresh = new URL(await callbackFor(browser));
    fresh.searchParams.set('code', new URL(callback).searchParams.get('code') as string);
    await expectRefused(await browser.request('GET', fresh.href), 'provider_error', before);
  });

  it('refuses a wrong PKCE verifier (the provider refuses the code)', async () => {
    someone();
    const browser = new Browser(t.app);
    const callback = await callbackFor(browser);
    await t.app.db.updateTable('oauth_logins').set({ code_verifier: 'x'.repeat(43) }).where('used_at', 'is', null).execute();
    const before = await counts();
    await expectRefused(await browser.request('GET', callback), 'provider_error', before);
  });

  it.each([
    ['a nonce of another sign-in', (_h: Record<string, unknown>, p: Record<string, unknown>) => { p.nonce = 'another-sign-ins-nonce'; }],
    ['no nonce', (_h: Record<string, unknown>, p: Record<string, unknown>) => { delete p.nonce; }],
    ['another audience', (_h: Record<string, unknown>, p: Record<string, unknown>) => { p.aud = 'another-client'; }],
    ['another issuer', (_h: Record<string, unknown>, p: Record<string, unknown>) => { p.iss = 'https://evil.example.net'; }],
    ['an expiry an hour ago', (_h: Record<string, unknown>, p: Record<string, unknown>) => { p.iat = Math.floor(Date.now() / 1000) - 7200; p.exp = Math.floor(Date.now() / 1000) - 3600; }],
    ['a key the issuer does not publish', (h: Record<string, unknown>) => { h.kid = 'unknown-key'; }],
  ])('refuses an ID token with %s', async (_name, change) => {
    someone();
    providers.tamperIdToken(change);
    const browser = new Browser(t.app);
    const callback = await callbackFor(browser);
    const before = await counts();
    await expectRefused(await browser.request('GET', callback), 'provider_error', before);
  });

  it.each([
    ['HS256 under the client secret', (token: string) => hs256(payloadOf(token), 'google-secret')],
    ['alg none', (token: string) => `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${token.split('.')[1]}.`],
    ['its payload changed after signing', (token: string) => {
      const [header, , signature] = token.split('.');
      const changed = Buffer.from(JSON.stringify({ ...payloadOf(token), email: 'admin@example.com' })).toString('base64url');
      return `${header}.${changed}.${signature}`;
    }],
  ])('refuses an ID token signed with another algorithm or forged: %s', async (_name, forge) => {
    someone();
    providers.replaceIdToken(forge);
    const browser = new Browser(t.app);
    const callback = await callbackFor(browser);
    const before = await counts();
    await expectRefused(await browser.request('GET', callback), 'provider_error', before);
  });

  it('passes the provider\'s refusal on as access_denied, and its other errors as provider_error', async () => {
    const browser = new Browser(t.app);
    const callback = new URL(await callbackFor(browser));
    const denied = new URL(callback.origin + callback.pathname);
    denied.searchParams.set('error', 'access_denied');
    denied.searchParams.set('error_description', '<script>alert(1)</script>');
    denied.searchParams.set('state', callback.searchParams.get('state') as string);
    const res = await browser.request('GET', denied.href);
    expect(res.headers.location).toBe(`${APP}/signed-in?error=access_denied`);
    expect(String(res.headers['set-cookie'])).toMatch(/^gatehouse_oauth=; Max-Age=0;/);
  });

  it('never lets the sign-in outlive 10 minutes at the provider', async () => {
    someone();
    const browser = new Browser(t.app);
    const callback = await callbackFor(browser);
    clock.advance(10 * 60_000);
    expect(queryOf(await browser.request('GET', callback))).toEqual({ error: 'invalid_state' });
  });
});
