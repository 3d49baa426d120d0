import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueEmailToken } from '../../src/account/email-tokens.js';
import { bearer, buildTestApp, PASSWORD, loginUser, perTestClock, registerAndLogin, type TestApp, uniqueIdentity } from '../helper.js';
import { APP, Browser, callbackFor, type Providers, queryOf, startProviders } from '../oauth-helper.js';

describe('account linking cannot be used to take accounts over', () => {
  const clock = perTestClock();
  let providers: Providers;
  let t: TestApp;
  let n = 0;
  const sub = () => `subject-${(n += 1)}`;

  beforeAll(async () => {
    providers = await startProviders();
    t = await buildTestApp({ env: { ...providers.env, SELF_SERVICE_RATE_LIMIT_MAX: '100000' }, clock });
  });
  afterAll(async () => {
    await t?.close();
    await providers?.close();
  });

  const verify = (id: number) => t.app.db.updateTable('users').set({ email_verified_at: clock.now() }).where('id', '=', id).execute();
  const identitiesOfUser = (id: number) => t.app.db.selectFrom('user_identities').selectAll().where('user_id', '=', id).execute();
  const userRow = (id: number) => t.app.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  it('does not link a verified account to a provider identity whose email the provider does not verify', async () => {
    const victim = await registerAndLogin(t.app);
    await verify(victim.id);
    const before = await userRow(victim.id);
    for (const claim of [{ email_verified: false }, {}]) {
      providers.as({ sub: sub(), email: victim.email, ...claim });
      const back = await new Browser(t.app).signIn('google');
      expect(Object.fromEntries(back.searchParams)).toEqual({ error: 'account_exists' });
    }
    expect(await identitiesOfUser(victim.id)).toEqual([]);
    expect(await userRow(victim.id)).toEqual(before);
  });

  it('does not link into an unverified local account (pre-account takeover), even for a verified provider email', async () => {
    // The attacker registered the victim's address first, with a password of their own, and never verified it.
    const { username, email } = uniqueIdentity('pre');
    const squatter = await registerAndLogin(t.app, { username, email });
    providers.as({ sub: sub(), email, email_verified: true });
    const back = await new Browser(t.app).signIn('google');
    expect(Object.fromEntries(back.searchParams)).toEqual({ error: 'account_exists' });
    expect(await identitiesOfUser(squatter.id)).toEqual([]);
    // Matched case-insensitively: a differently written address is the same account.
    providers.as({ sub: sub(), email: email.toUpperCase(), email_verified: true });
    expect(Object.fromEntries((await new Browser(t.app).signIn('google')).searchParams)).toEqual({ error: 'account_exists' });
  });

  it('answers account_exists alike whichever side is unverified, and says nothing more', async () => {
    const verified = await registerAndLogin(t.app);
    await verify(verified.id);
    const unverified = await registerAndLogin(t.app);
    providers.as({ sub: sub(), email: verified.email, email_verified: false });
    const one = await new Browser(t.app).signIn('google');
    providers.as({ sub: sub(), email: unverified.email, email_verified: true });
    const other = await new Browser(t.app).signIn('google');
    expect(one.href).toBe(other.href);
    expect(one.href).toBe(`${APP}/signed-in?error=account_exists`);
  });

  it('refuses to unlink the last way in, and allows it while a password or another identity remains', async () => {
    providers.as({ sub: sub(), email: uniqueIdentity('only').email, email_verified: true });
    const browser = new Browser(t.app);
    const back = await browser.signIn('google');
    const signedIn = (await browser.exchange(back.searchParams.get('code') as string)).json();
    const [google] = await identitiesOfUser(signedIn.user.id);
    const unlink = (id: string) => t.app.inject({ method: 'DELETE', url: `/api/users/me/identities/${id}`, headers: bearer(signedIn.access_token) });
    const refused = await unlink(google!.id);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('last_sign_in_method');

    providers.asGitHub({ id: 50_000 + n, login: 'second', emails: [] });
    const link = await browser.request('POST', '/api/users/me/identities/github/start', { payload: {}, headers: bearer(signedIn.access_token) });
    expect((await browser.request('GET', await Browser.authorize(link.json().authorization_url))).headers.location).toBe(`${APP}/?linked=github`);
    expect((await unlink(google!.id)).statusCode).toBe(204);
    const [github] = await identitiesOfUser(signedIn.user.id);
    expect((await unlink(github!.id)).json().code).toBe('last_sign_in_method');
    // Someone else's identity is not found, like an unknown one.
    const other = await registerAndLogin(t.app);
    const foreign = await t.app.inject({ method: 'DELETE', url: `/api/users/me/identities/${github!.id}`, headers: bearer(other.access) });
    expect(foreign.statusCode).toBe(404);
  });

  it('links nothing when another browser completes an explicit link someone started (link CSRF)', async () => {
    const attacker = await registerAndLogin(t.app);
    const attackerBrowser = new Browser(t.app);
    const started = await attackerBrowser.request('POST', '/api/users/me/identities/google/start', { payload: {}, headers: bearer(attacker.access) });
    providers.as({ sub: sub(), email: uniqueIdentity('victim').email, email_verified: true });
    const victimBrowser = new Browser(t.app);
    const res = await victimBrowser.request('GET', await Browser.authorize(started.json().authorization_url));
    expect(queryOf(res)).toEqual({ error: 'invalid_state' });
    expect(await identitiesOfUser(attacker.id)).toEqual([]);
  });

  it('refuses to link an identity that is already another user\'s', async () => {
    const identity = { sub: sub(), email: uniqueIdentity('owner').email, email_verified: true };
    providers.as(identity);
    const owner = new Browser(t.app);
    await owner.exchange((await owner.signIn('google')).searchParams.get('code') as string);
    const other = await registerAndLogin(t.app);
    const browser = new Browser(t.app);
    const started = await browser.request('POST', '/api/users/me/identities/google/start', { payload: {}, headers: bearer(other.access) });
    providers.as(identity);
    const res = await browser.request('GET', await Browser.authorize(started.json().authorization_url));
    expect(queryOf(res)).toEqual({ error: 'identity_taken' });
    expect(await identitiesOfUser(other.id)).toEqual([]);
  });

  it('ends a provider sign-in\'s second step when its identity is unlinked meanwhile', async () => {
    const user = await registerAndLogin(t.app);
    await verify(user.id);
    const { secret } = (await t.app.inject({ method: 'POST', url: '/api/users/me/mfa/totp', headers: bearer(user.access), payload: { current_password: user.password } })).json();
    const code = (at: number) => new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' }).generate({ timestamp: at });
    await t.app.inject({ method: 'POST', url: '/api/users/me/mfa/totp/confirm', headers: bearer(user.access), payload: { code: code(clock.now()) } });
    clock.advance(30_000);
    providers.as({ sub: sub(), email: user.email, email_verified: true });
    const browser = new Browser(t.app);
    const challenge = (await browser.exchange((await browser.signIn('google')).searchParams.get('code') as string)).json();
    expect(challenge.mfa_required).toBe(true);
    const [identity] = await identitiesOfUser(user.id);
    const fresh = await loginUser(t.app, { email: user.email, password: user.password });
    const second = await t.app.inject({ method: 'POST', url: '/api/auth/login/mfa', payload: { mfa_token: fresh.json().mfa_token, code: code(clock.now()) } });
    expect((await t.app.inject({ method: 'DELETE', url: `/api/users/me/identities/${identity!.id}`, headers: bearer(second.json().access_token) })).statusCode).toBe(204);
    clock.advance(30_000);
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login/mfa', payload: { mfa_token: challenge.mfa_token, code: code(clock.now()) } });
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('invalid_or_expired_token');
  });

  it('unlinks an identity that never proved the address once its owner resets the password (reverse pre-account takeover)', async () => {
    // The attacker signs up through a provider that does not verify addresses, with the victim's address.
    const { email } = uniqueIdentity('owner');
    providers.as({ sub: sub(), email, email_verified: false });
    const attacker = new Browser(t.app);
    const { user } = (await attacker.exchange((await attacker.signIn('google')).searchParams.get('code') as string)).json();
    // The owner of the mailbox cannot register, and takes the account back through a reset link.
    const token = await issueEmailToken(t.app.db, { userId: user.id, purpose: 'password_reset', email, now: clock.now(), ttlMs: 3_600_000 });
    const reset = await t.app.inject({ method: 'POST', url: '/api/auth/password/reset', payload: { token, password: PASSWORD } });
    expect(reset.statusCode).toBe(200);
    expect(await identitiesOfUser(user.id)).toEqual([]);
    // The attacker's next sign-in through that identity no longer reaches the account.
    const back = await new Browser(t.app).signIn('google');
    expect(Object.fromEntries(back.searchParams)).toEqual({ error: 'account_exists' });
  });

  it('refuses a disabled account signed in through its identity', async () => {
    providers.as({ sub: sub(), email: uniqueIdentity('off').email, email_verified: true });
    const first = new Browser(t.app);
    const { user } = (await first.exchange((await first.signIn('google')).searchParams.get('code') as string)).json();
    await t.app.db.updateTable('users').set({ is_active: 0 }).where('id', '=', user.id).execute();
    const back = await new Browser(t.app).signIn('google');
    expect(Object.fromEntries(back.searchParams)).toEqual({ error: 'account_disabled' });
  });

  it('starts nothing for an unknown provider, and links only from a callback of this browser', async () => {
    const user = await registerAndLogin(t.app);
    const res = await t.app.inject({ method: 'POST', url: '/api/users/me/identities/facebook/start', headers: bearer(user.access), payload: {} });
    expect(res.statusCode).toBe(404);
    const callback = await callbackFor(new Browser(t.app));
    expect(callback).toMatch(/\/api\/auth\/oauth\/google\/callback\?code=/);
  });
});
