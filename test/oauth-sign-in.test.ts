import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, buildTestApp, loginUser, perTestClock, registerAndLogin, registerUser, type TestApp, uniqueIdentity } from './helper.js';
import { APP, APP_URL, Browser, claimsOf, type Providers, startProviders } from './oauth-helper.js';

const codeAt = (secret: string, at: number): string => new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' }).generate({ timestamp: at });

describe('social sign-in against a real OAuth 2.0 / OIDC server over HTTPS', () => {
  const clock = perTestClock();
  let providers: Providers;
  let t: TestApp;
  let sequence = 0;
  const subject = () => `sub-${(sequence += 1)}-${Math.random().toString(36).slice(2, 8)}`;

  beforeAll(async () => {
    providers = await startProviders();
    t = await buildTestApp({ env: { ...providers.env, SELF_SERVICE_RATE_LIMIT_MAX: '100000' }, clock });
  });
  afterAll(async () => {
    await t?.close();
    await providers?.close();
  });

  const verify = (id: number) => t.app.db.updateTable('users').set({ email_verified_at: clock.now() }).where('id', '=', id).execute();
  const identitiesOf = (access: string) => t.app.inject({ method: 'GET', url: '/api/users/me/identities', headers: bearer(access) });

  async function signInAndExchange(browser: Browser, provider = 'google') {
    const back = await browser.signIn(provider);
    expect(back.origin + back.pathname).toBe(`${APP}/signed-in`);
    expect([...back.searchParams.keys()]).toEqual(['code']);
    return browser.exchange(back.searchParams.get('code') as string);
  }

  it('creates an account from a Google-style (OIDC) sign-in and answers the usual login, amr ["oauth"]', async () => {
    const { username, email } = uniqueIdentity('g');
    providers.as({ sub: subject(), email, email_verified: true, preferred_username: username });
    const browser = new Browser(t.app);
    const start = await browser.request('GET', `/api/auth/oauth/google/start?redirect_to=${encodeURIComponent(`${APP}/signed-in`)}`);
    expect(start.statusCode).toBe(302);
    const to = new URL(start.headers.location as string);
    expect(to.origin).toBe(providers.issuer);
    expect(to.searchParams.get('code_challenge_method')).toBe('S256');
    expect(to.searchParams.get('redirect_uri')).toBe(`${APP_URL}/api/auth/oauth/google/callback`);
    for (const name of ['state', 'nonce', 'code_challenge']) expect(to.searchParams.get(name)).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const cookie = String(start.headers['set-cookie']);
    expect(cookie).toMatch(/^gatehouse_oauth=[A-Za-z0-9_-]{43}; Max-Age=600; Path=\/api\/auth\/oauth; HttpOnly; Secure; SameSite=Lax$/);

    const back = await browser.request('GET', await Browser.authorize(to.href));
    expect(back.statusCode).toBe(302);
    const app = new URL(back.headers.location as string);
    expect(app.searchParams.get('code')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(back.headers.location).not.toMatch(/token/);
    const res = await browser.exchange(app.searchParams.get('code') as string);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.user).toMatchObject({ username, email, email_verified: true });
    expect(claimsOf(body.access_token)).toMatchObject({ amr: ['oauth'], aal: 1 });
    expect(claimsOf(body.refresh_token)).toMatchObject({ amr: ['oauth'] });
    const row = await t.app.db.selectFrom('users').select('password_hash').where('id', '=', body.user.id).executeTakeFirstOrThrow();
    expect(row.password_hash).toBe('!unusable');
    const session = await t.app.db.selectFrom('sessions').select('provider').where('user_id', '=', body.user.id).executeTakeFirstOrThrow();
    expect(session.provider).toBe('google');
    // A refresh keeps saying how the session signed in.
    const refreshed = await t.app.inject({ method: 'POST', url: '/api/auth/refresh', payload: { refresh_token: body.refresh_token } });
    expect(claimsOf(refreshed.json().access_token)).toMatchObject({ amr: ['oauth'] });
    const listed = (await identitiesOf(body.access_token)).json().identities;
    expect(listed).toEqual([expect.objectContaining({ provider: 'google', email, email_verified: true })]);
  });

  it('signs the same identity in as the same user again (rule 1), and a new provider email is not a new account', async () => {
    const sub = subject();
    const { email } = uniqueIdentity('again');
    providers.as({ sub, email, email_verified: true });
    const first = (await signInAndExchange(new Browser(t.app))).json();
    providers.as({ sub, email: `changed-${email}`, email_verified: false });
    const second = (await signInAndExchange(new Browser(t.app))).json();
    expect(second.user.id).toBe(first.user.id);
  });

  it('links to a local account only when both emails are verified (rule 2), else account_exists', async () => {
    const local = await registerAndLogin(t.app);
    await verify(local.id);
    providers.as({ sub: subject(), email: local.email, email_verified: true });
    const res = await signInAndExchange(new Browser(t.app));
    expect(res.statusCode).toBe(200);
    expect(res.json().user.id).toBe(local.id);
    expect((await identitiesOf(local.access)).json().identities).toHaveLength(1);
    // The password still works beside it.
    expect((await loginUser(t.app, { email: local.email, password: local.password })).statusCode).toBe(200);
  });

  it('turns a sign-in into an unverified user when the provider does not verify the email, and never without OAUTH_ALLOW_SIGNUP', async () => {
    const { email } = uniqueIdentity('unverified');
    providers.as({ sub: subject(), email, email_verified: false });
    const res = await signInAndExchange(new Browser(t.app));
    expect(res.json().user).toMatchObject({ email, email_verified: false });

    const closed = await buildTestApp({ env: { ...providers.env, OAUTH_ALLOW_SIGNUP: 'false' }, clock });
    try {
      providers.as({ sub: subject(), email: uniqueIdentity('closed').email, email_verified: true });
      const back = await new Browser(closed.app).signIn('google');
      expect(Object.fromEntries(back.searchParams)).toEqual({ error: 'signup_disabled' });
      const users = await closed.app.db.selectFrom('users').select('id').execute();
      expect(users).toEqual([]);
    } finally {
      await closed.close();
    }
  });

  it('signs in through a GitHub-style (OAuth 2.0) provider, its verified primary email read from /user/emails', async () => {
    const { email } = uniqueIdentity('gh');
    providers.asGitHub({ id: 4242 + sequence, login: 'octo-cat', emails: [{ email: `other-${email}`, primary: false, verified: true }, { email, primary: true, verified: true }] });
    const res = await signInAndExchange(new Browser(t.app), 'github');
    expect(res.statusCode).toBe(200);
    expect(res.json().user).toMatchObject({ email, email_verified: true, username: expect.stringMatching(/^octo-cat/) });
    expect(claimsOf(res.json().access_token)).toMatchObject({ amr: ['oauth'] });
    // Its verified email links into the verified local account of a later GitHub user? No: an unverified primary does not.
    const local = await registerUser(t.app);
    await verify(local.id);
    providers.asGitHub({ id: 9000 + sequence, login: 'mallory', emails: [{ email: local.email, primary: true, verified: false }] });
    const back = await new Browser(t.app).signIn('github');
    expect(Object.fromEntries(back.searchParams)).toEqual({ error: 'account_exists' });
  });

  it('asks a user with a second factor for it after the provider, and the code step gives amr ["oauth","otp"]', async () => {
    const user = await registerAndLogin(t.app);
    await verify(user.id);
    const enrol = await t.app.inject({ method: 'POST', url: '/api/users/me/mfa/totp', headers: bearer(user.access), payload: { current_password: user.password } });
    const { secret } = enrol.json();
    expect((await t.app.inject({ method: 'POST', url: '/api/users/me/mfa/totp/confirm', headers: bearer(user.access), payload: { code: codeAt(secret, clock.now()) } })).statusCode).toBe(200);
    clock.advance(30_000);
    providers.as({ sub: subject(), email: user.email, email_verified: true });
    const res = await signInAndExchange(new Browser(t.app));
    expect(res.json()).toEqual({ mfa_required: true, mfa_token: expect.any(String), methods: ['totp', 'recovery_code'] });
    const done = await t.app.inject({ method: 'POST', url: '/api/auth/login/mfa', payload: { mfa_token: res.json().mfa_token, code: codeAt(secret, clock.now()) } });
    expect(done.statusCode).toBe(200);
    expect(claimsOf(done.json().access_token)).toMatchObject({ amr: ['oauth', 'otp'], aal: 2 });
    const session = await t.app.db.selectFrom('sessions').select(['provider', 'aal']).where('user_id', '=', user.id).where('provider', 'is not', null).execute();
    expect(session).toEqual([{ provider: 'google', aal: 2 }]);
  });

  it('links another provider explicitly from a fresh session, lists it, and unlinks it', async () => {
    const user = await registerAndLogin(t.app);
    const browser = new Browser(t.app);
    const started = await browser.request('POST', '/api/users/me/identities/github/start', { payload: { redirect_to: `${APP}/settings` }, headers: bearer(user.access) });
    expect(started.statusCode).toBe(200);
    // The GitHub account's email is not the user's, and not verified: an explicit link needs neither.
    providers.asGitHub({ id: 7000 + sequence, login: 'linked', emails: [{ email: 'elsewhere@example.org', primary: true, verified: false }] });
    const back = await browser.request('GET', await Browser.authorize(started.json().authorization_url));
    expect(back.headers.location).toBe(`${APP}/settings?linked=github`);
    const [identity] = (await identitiesOf(user.access)).json().identities;
    expect(identity).toMatchObject({ provider: 'github', email: 'elsewhere@example.org', email_verified: false });
    const admin = await registerAndLogin(t.app, { role: 'admin' });
    const seen = await t.app.inject({ method: 'GET', url: `/api/users/${user.id}/identities`, headers: bearer(admin.access) });
    expect(seen.json().identities).toEqual([identity]);
    expect((await t.app.inject({ method: 'GET', url: `/api/users/${admin.id}/identities`, headers: bearer(user.access) })).statusCode).toBe(403);
    const res = await t.app.inject({ method: 'DELETE', url: `/api/users/me/identities/${identity.id}`, headers: bearer(user.access) });
    expect(res.statusCode).toBe(204);
    expect((await identitiesOf(user.access)).json().identities).toEqual([]);
  });

  it('needs current_password to link from a session older than 10 minutes', async () => {
    const user = await registerAndLogin(t.app);
    clock.advance(11 * 60_000);
    const start = (payload: object) => t.app.inject({ method: 'POST', url: '/api/users/me/identities/google/start', headers: bearer(user.access), payload });
    expect((await start({})).json().code).toBe('invalid_current_password');
    expect((await start({ current_password: 'wrong-password-1' })).json().code).toBe('invalid_current_password');
    expect((await start({ current_password: user.password })).statusCode).toBe(200);
  });
});
