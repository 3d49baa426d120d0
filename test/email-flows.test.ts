import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { backend, bearer, buildTestApp, loginUser, perTestClock, registerAndLogin, registerUser, type TestApp, uniqueIdentity } from './helper.js';
import { deliverMail, startSmtpServer, type TestSmtpServer } from './smtp-helper.js';
import { waitFor } from './wait-for.js';

const NEW_PASSWORD = 'amber-Falcon-93-river';

describe(`email flows through a real SMTP server on ${backend}`, () => {
  let t: TestApp;
  let smtp: TestSmtpServer;
  const clock = perTestClock(Date.now());
  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await buildTestApp({ clock, env: { SMTP_URL: smtp.url, APP_URL: 'https://auth.example.com', MAIL_POLL_INTERVAL: '600000' } });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  const deliver = () => deliverMail(t.app);
  const post = (url: string, payload: object, headers: Record<string, string> = {}) => t.app.inject({ method: 'POST', url, payload, headers });
  const forgot = (email: string) => post('/api/auth/password/forgot', { email });
  const reset = (token: string, password = NEW_PASSWORD) => post('/api/auth/password/reset', { token, password });
  const verify = (token: string) => post('/api/auth/email/verify', { token });
  const me = (token: string) => t.app.inject({ method: 'GET', url: '/api/users/me', headers: bearer(token) });

  it('registration mails a verification link to the built-in page; the token verifies the address once', async () => {
    const alice = await registerAndLogin(t.app);
    await deliver();
    const [mail] = await smtp.mailFor(alice.email);
    expect(mail!.subject).toBe('Confirm your email address');
    expect(mail!.text).toMatch(/https:\/\/auth\.example\.com\/verify-email#token=[A-Za-z0-9_-]{43}\b/);
    expect(mail!.html).toContain('href="https://auth.example.com/verify-email#token=');
    expect((await me(alice.access)).json().user).toMatchObject({ email_verified: false, email_verified_at: null });

    const token = await smtp.tokenFor(alice.email);
    const res = await verify(token);
    expect(res.statusCode).toBe(200);
    expect(res.json().user).toMatchObject({ id: alice.id, email_verified: true, email_verified_at: new Date(clock.now()).toISOString() });
    const again = await verify(token);
    expect(again.statusCode).toBe(400);
    expect(again.json().code).toBe('invalid_or_expired_token');
    const resend = await post('/api/auth/email/verify/resend', {}, bearer(alice.access));
    expect(resend.statusCode).toBe(409);
    expect(resend.json().code).toBe('already_verified');
  });

  it('resets a password from the mailed link: every session ends, the lock lifts, the address is verified, a notice follows', async () => {
    const bob = await registerAndLogin(t.app);
    for (let i = 0; i < 5; i++) await loginUser(t.app, { username: bob.username, password: 'Wrong-password-1' });
    expect((await loginUser(t.app, { username: bob.username, password: bob.password })).statusCode).toBe(423);

    const accepted = await forgot(bob.email.toUpperCase());
    expect(accepted.statusCode).toBe(202);
    await deliver();
    const mails = await smtp.mailFor(bob.email, { count: 2 });
    expect(mails.map((m) => m.subject)).toEqual(['Confirm your email address', 'Reset your password']);
    expect(mails[1]!.text).toMatch(/https:\/\/auth\.example\.com\/reset-password#token=/);
    const token = await smtp.tokenFor(bob.email, { count: 2 });

    const res = await reset(token);
    expect(res.statusCode).toBe(200);
    expect((await me(bob.access)).statusCode).toBe(401);
    const login = await loginUser(t.app, { username: bob.username, password: NEW_PASSWORD });
    expect(login.statusCode).toBe(200);
    expect(login.json().user).toMatchObject({ is_locked: false, email_verified: true });
    expect((await loginUser(t.app, { email: bob.email, password: bob.password })).statusCode).toBe(401);
    expect((await reset(token, 'another-Passphrase-88')).json().code).toBe('invalid_or_expired_token');
    await deliver();
    expect((await smtp.mailFor(bob.email, { count: 3 }))[2]!.subject).toBe('Your password was changed');
  });

  it('checks the policy before spending the token: a refused password leaves the link usable', async () => {
    const carol = await registerUser(t.app);
    await forgot(carol.email);
    await deliver();
    const token = await smtp.tokenFor(carol.email, { count: 2 });
    const weak = await reset(token, 'password123');
    expect(weak.statusCode).toBe(400);
    expect(weak.json().errors).toContainEqual({ field: 'password', message: expect.stringMatching(/common/) });
    expect((await reset(token)).statusCode).toBe(200);
  });

  it('answers known and unknown addresses alike, and mails nothing to the unknown one', async () => {
    const dave = await registerUser(t.app);
    const ghost = uniqueIdentity('ghost').email;
    const [known, unknown] = [await forgot(dave.email), await forgot(ghost)];
    expect(unknown.statusCode).toBe(known.statusCode);
    expect(unknown.body).toBe(known.body);
    expect(Object.keys(unknown.headers).sort()).toEqual(Object.keys(known.headers).sort());
    await deliver();
    expect(smtp.mailsTo(ghost)).toEqual([]);
  });

  // The answer must not take longer for a registered address. Rather than time it (a flaky measure on a loaded
  // machine; speed belongs to `npm run bench`), count the work: the request path spends no database work on the
  // address, known or not, so it is answered while every database connection is held.
  it('answers known and unknown addresses without any database work in the request', async () => {
    const known = (await registerUser(t.app)).email;
    const unknown = uniqueIdentity('ghost').email;
    await deliver();
    for (const [what, email] of [['a known address', known], ['an unknown address', unknown]] as const) {
      const executor = t.app.db.getExecutor();
      const provide = executor.provideConnection.bind(executor);
      let release!: () => void;
      const gate = new Promise<void>((resolve) => {
        release = resolve;
      });
      let asked = 0;
      vi.spyOn(executor, 'provideConnection').mockImplementation(async (consumer) => {
        asked += 1;
        await gate;
        return provide(consumer);
      });
      let answer: LightMyRequestResponse | undefined;
      const pending = forgot(email).then((res) => (answer = res));
      try {
        await waitFor(`the forgot-password answer for ${what} while the database is held`, () => answer, { detail: () => `database connections asked for: ${asked}` });
        // The hold is on the path the app's work takes: the address is looked up, after the answer.
        await waitFor(`the lookup of ${what} to ask for a database connection`, () => asked >= 1);
      } finally {
        release();
        vi.restoreAllMocks();
      }
      await pending;
      expect([answer!.statusCode, answer!.json().message], what).toEqual([202, expect.any(String)]);
      await deliver();
    }
    // The held work ran afterwards: the known address got its link, the unknown one nothing.
    expect(smtp.mailsTo(known).map((m) => m.subject)).toHaveLength(2);
    expect(smtp.mailsTo(unknown)).toEqual([]);
  });

  it('mails one address at most once per MAIL_RESEND_INTERVAL; a newer link voids the older', async () => {
    const erin = await registerUser(t.app);
    await forgot(erin.email);
    await forgot(erin.email);
    await deliver();
    expect(smtp.mailsTo(erin.email)).toHaveLength(2);
    const first = await smtp.tokenFor(erin.email, { count: 2 });
    clock.advance(61_000);
    await forgot(erin.email);
    await deliver();
    const second = await smtp.tokenFor(erin.email, { count: 3 });
    expect(second).not.toBe(first);
    expect((await reset(first)).json().code).toBe('invalid_or_expired_token');
    expect((await reset(second)).statusCode).toBe(200);
  });

  it('expires links: a reset link after PASSWORD_RESET_TTL, a verification link after EMAIL_VERIFY_TTL', async () => {
    const frank = await registerUser(t.app);
    await forgot(frank.email);
    await deliver();
    const verifyToken = await smtp.tokenFor(frank.email, { count: 1 });
    const resetToken = await smtp.tokenFor(frank.email, { count: 2 });
    clock.advance(3_600_000);
    expect((await reset(resetToken)).json().code).toBe('invalid_or_expired_token');
    expect((await verify(verifyToken)).statusCode).toBe(200);
    const grace = await registerUser(t.app);
    await deliver();
    const late = await smtp.tokenFor(grace.email);
    clock.advance(86_400_000);
    expect((await verify(late)).json().code).toBe('invalid_or_expired_token');
  });

  it('a password change voids reset links mailed before it', async () => {
    const hank = await registerAndLogin(t.app);
    await forgot(hank.email);
    await deliver();
    const token = await smtp.tokenFor(hank.email, { count: 2 });
    const change = await t.app.inject({ method: 'PUT', url: `/api/users/${hank.id}`, headers: bearer(hank.access), payload: { password: NEW_PASSWORD, current_password: hank.password } });
    expect(change.statusCode).toBe(200);
    expect((await reset(token, 'another-Passphrase-88')).json().code).toBe('invalid_or_expired_token');
    await deliver();
    expect((await smtp.mailFor(hank.email, { count: 3 }))[2]!.subject).toBe('Your password was changed');
  });

  it('spends a token once under 20 concurrent uses', async () => {
    for (const flow of ['reset', 'verify'] as const) {
      const ivan = await registerUser(t.app);
      if (flow === 'reset') await forgot(ivan.email);
      await deliver();
      const token = await smtp.tokenFor(ivan.email, { count: flow === 'reset' ? 2 : 1 });
      const results = await Promise.all(Array.from({ length: 20 }, (_, i) => (flow === 'reset' ? reset(token, `${NEW_PASSWORD}-${i}`) : verify(token))));
      expect(results.filter((r) => r.statusCode === 200), flow).toHaveLength(1);
      expect(results.filter((r) => r.statusCode === 400 && r.json().code === 'invalid_or_expired_token'), flow).toHaveLength(19);
    }
  });

  it('refuses malformed, unknown and wrong-purpose tokens alike', async () => {
    const judy = await registerUser(t.app);
    await deliver();
    const verifyToken = await smtp.tokenFor(judy.email);
    for (const token of ['A'.repeat(43), verifyToken]) expect((await reset(token)).json().code).toBe('invalid_or_expired_token');
    expect((await reset('short')).statusCode).toBe(400);
    expect((await verify('has spaces and !!')).statusCode).toBe(400);
  });

  it('changes one\'s own email only once the new address confirms; the old one gets a notice', async () => {
    const kim = await registerAndLogin(t.app);
    const next = uniqueIdentity('kimnew').email;
    const res = await t.app.inject({ method: 'PUT', url: `/api/users/${kim.id}`, headers: bearer(kim.access), payload: { email: next, current_password: kim.password } });
    expect(res.statusCode).toBe(200);
    expect(res.json().user).toMatchObject({ email: kim.email, pending_email: next });
    await deliver();
    expect((await smtp.mailFor(kim.email, { count: 2 }))[1]!.subject).toBe('Your email address is being changed');
    const [confirm] = await smtp.mailFor(next);
    expect(confirm!.subject).toBe('Confirm your new email address');
    const token = await smtp.tokenFor(next);
    const done = await verify(token);
    expect(done.statusCode).toBe(200);
    expect(done.json().user).toMatchObject({ email: next, pending_email: null, email_verified: true });
    expect((await loginUser(t.app, { email: next, password: kim.password })).statusCode).toBe(200);
  });

  it('an admin\'s email change applies at once and leaves the address unverified; an admin can mail a reset link', async () => {
    const admin = await registerAndLogin(t.app, { role: 'admin' });
    const leo = await registerUser(t.app);
    await deliver();
    await verify(await smtp.tokenFor(leo.email));
    const next = uniqueIdentity('leonew').email;
    const res = await t.app.inject({ method: 'PUT', url: `/api/users/${leo.id}`, headers: bearer(admin.access), payload: { email: next } });
    expect(res.json().user).toMatchObject({ email: next, pending_email: null, email_verified: false });
    const sent = await t.app.inject({ method: 'POST', url: `/api/users/${leo.id}/password-reset`, headers: bearer(admin.access) });
    expect(sent.statusCode).toBe(202);
    await deliver();
    const mails = await smtp.mailFor(next, { count: 2 });
    expect(mails.map((m) => m.subject)).toEqual(['Confirm your email address', 'Reset your password']);
    const missing = await t.app.inject({ method: 'POST', url: '/api/users/999999/password-reset', headers: bearer(admin.access) });
    expect(missing.statusCode).toBe(404);
    const user = await registerAndLogin(t.app);
    expect((await t.app.inject({ method: 'POST', url: `/api/users/${leo.id}/password-reset`, headers: bearer(user.access) })).statusCode).toBe(403);
  });

  it('resends a verification link at most once per MAIL_RESEND_INTERVAL', async () => {
    const mia = await registerAndLogin(t.app);
    const resend = () => post('/api/auth/email/verify/resend', {}, bearer(mia.access));
    const early = await resend();
    expect(early.statusCode).toBe(429);
    expect(Number(early.headers['retry-after'])).toBeGreaterThan(0);
    clock.advance(61_000);
    expect((await resend()).statusCode).toBe(202);
    await deliver();
    expect(await smtp.mailFor(mia.email, { count: 2 })).toHaveLength(2);
    expect((await post('/api/auth/email/verify/resend', {})).statusCode).toBe(401);
  });

  it('a GET of the built-in pages never spends a token', async () => {
    const ned = await registerUser(t.app);
    await forgot(ned.email);
    await deliver();
    const token = await smtp.tokenFor(ned.email, { count: 2 });
    for (const url of [`/reset-password?token=${token}`, `/verify-email?token=${token}`, '/reset-password', '/pages/recovery.js']) {
      const page = await t.app.inject({ method: 'GET', url });
      expect(page.statusCode, url).toBe(200);
      expect(page.headers['content-security-policy'], url).toMatch(/script-src 'self'/);
    }
    expect((await reset(token)).statusCode).toBe(200);
  });
});

describe(`REQUIRE_EMAIL_VERIFICATION on ${backend}`, () => {
  let t: TestApp;
  let smtp: TestSmtpServer;
  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await buildTestApp({ env: { SMTP_URL: smtp.url, REQUIRE_EMAIL_VERIFICATION: 'true', MAIL_POLL_INTERVAL: '600000' } });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('answers an unverified account 403 email_not_verified, only after the right password', async () => {
    const olga = await registerUser(t.app);
    const wrong = await loginUser(t.app, { username: olga.username, password: 'Wrong-password-1' });
    expect([wrong.statusCode, wrong.json().code]).toEqual([401, 'invalid_credentials']);
    const right = await loginUser(t.app, { username: olga.username, password: olga.password });
    expect([right.statusCode, right.json().code]).toEqual([403, 'email_not_verified']);
    await t.app.services.mailer.drain();
    const verified = await t.app.inject({ method: 'POST', url: '/api/auth/email/verify', payload: { token: await smtp.tokenFor(olga.email) } });
    expect(verified.statusCode).toBe(200);
    expect((await loginUser(t.app, { username: olga.username, password: olga.password })).statusCode).toBe(200);
  });
});
