import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backend, bearer, buildTestApp, loginUser, perTestClock, registerAndLogin, registerUser, type TestApp, uniqueIdentity } from './helper.js';
import { deliverMail, startSmtpServer, type TestSmtpServer } from './smtp-helper.js';

const PASSWORD = 'amber-Falcon-93-river';
const DAY = 86_400_000;

describe(`invitations on ${backend}`, () => {
  let t: TestApp;
  let smtp: TestSmtpServer;
  let admin: Awaited<ReturnType<typeof registerAndLogin>>;
  const clock = perTestClock(Date.now());
  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await buildTestApp({ clock, env: { SMTP_URL: smtp.url, APP_URL: 'https://auth.example.com', MAIL_POLL_INTERVAL: '600000' } });
    admin = await registerAndLogin(t.app, { role: 'admin' });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  const invite = (email: string, role = 'user', access = admin.access) =>
    t.app.inject({ method: 'POST', url: '/api/admin/invitations', headers: bearer(access), payload: { email, role } });
  const list = (query = '', access = admin.access) => t.app.inject({ method: 'GET', url: `/api/admin/invitations${query}`, headers: bearer(access) });
  const revoke = (id: string, access = admin.access) => t.app.inject({ method: 'DELETE', url: `/api/admin/invitations/${id}`, headers: bearer(access) });
  const accept = (token: string, username: string, password = PASSWORD) =>
    t.app.inject({ method: 'POST', url: '/api/auth/invitations/accept', payload: { token, username, password } });
  /** Invites a fresh address and returns it with the invitation and the token of its mail. */
  async function invited(role = 'user', count = 1) {
    const { username, email } = uniqueIdentity('guest');
    const res = await invite(email, role);
    expect(res.statusCode, res.body).toBe(201);
    await deliverMail(t.app);
    return { username, email, invitation: res.json().invitation, token: await smtp.tokenFor(email, { count }) };
  }

  it('creates an invitation, mails a link to the built-in page, and lists it without any token', async () => {
    const { email } = uniqueIdentity('guest');
    const res = await invite(email.toUpperCase(), 'admin');
    expect(res.statusCode).toBe(201);
    const { invitation } = res.json();
    expect(res.headers.location).toBe(`/api/admin/invitations/${invitation.id}`);
    expect(invitation).toEqual({
      id: expect.any(String), email, role: 'admin', status: 'pending', invited_by: admin.id,
      created_at: new Date(clock.now()).toISOString(), expires_at: new Date(clock.now() + 7 * DAY).toISOString(), accepted_at: null, revoked_at: null,
    });
    await deliverMail(t.app);
    const [mail] = smtp.mailsTo(email);
    expect(mail!.text).toMatch(/https:\/\/auth\.example\.com\/accept-invitation#token=[A-Za-z0-9_-]{43}\b/);
    expect(mail!.text).toContain('168 hours');
    const listed = await list();
    expect(listed.statusCode).toBe(200);
    expect(listed.json().invitations[0]).toEqual(invitation);
    expect(listed.body).not.toContain(await smtp.tokenFor(email));
    expect(listed.body).not.toMatch(/token/);
  });

  it('refuses non-admins (403) and anonymous callers (401)', async () => {
    const user = await registerAndLogin(t.app);
    const { email } = uniqueIdentity('guest');
    expect((await invite(email, 'user', user.access)).statusCode).toBe(403);
    expect((await list('', user.access)).statusCode).toBe(403);
    expect((await revoke('00000000-0000-4000-8000-000000000000', user.access)).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/admin/invitations' })).statusCode).toBe(401);
  });

  it('refuses an address that already has an account (409 email_taken) and a role other than user or admin', async () => {
    const existing = await registerUser(t.app);
    const taken = await invite(existing.email.toUpperCase());
    expect(taken.statusCode).toBe(409);
    expect(taken.json().code).toBe('email_taken');
    expect((await invite(uniqueIdentity().email, 'owner')).json().code).toBe('validation_failed');
  });

  it('accepting creates an active account with the role and a verified email, which then logs in; no session is opened', async () => {
    const { username, email, token } = await invited('admin');
    const res = await accept(token, username);
    expect(res.statusCode, res.body).toBe(201);
    const { user } = res.json();
    expect(user).toMatchObject({ username, email, role: 'admin', is_active: true, email_verified: true });
    expect(res.headers.location).toBe(`/api/users/${user.id}`);
    expect(res.json().access_token).toBeUndefined();
    const sessions = await t.app.db.selectFrom('sessions').select('id').where('user_id', '=', user.id).execute();
    expect(sessions).toHaveLength(0);
    const login = await loginUser(t.app, { email, password: PASSWORD });
    expect(login.statusCode).toBe(200);
    expect(login.json().user.role).toBe('admin');
    const accepted = (await list('?status=accepted')).json().invitations.find((i: { email: string }) => i.email === email);
    expect(accepted).toMatchObject({ status: 'accepted', accepted_at: new Date(clock.now()).toISOString() });
  });

  it('answers expired, revoked, reused and unknown tokens alike: 400 invalid_or_expired_token', async () => {
    const expired = await invited();
    clock.advance(7 * DAY);
    const expiredAnswer = await accept(expired.token, expired.username);
    // The admin's access token has expired by now: the service lists.
    expect((await t.app.services.invitations.list({ status: 'expired' })).map((i) => i.id)).toContain(expired.invitation.id);
    clock.set(clock.now() - 7 * DAY);

    const revoked = await invited();
    expect((await revoke(revoked.invitation.id)).statusCode).toBe(204);
    expect((await revoke(revoked.invitation.id)).json().code).toBe('invitation_not_found');

    const used = await invited();
    expect((await accept(used.token, used.username)).statusCode).toBe(201);

    const answers = [expiredAnswer, await accept(revoked.token, revoked.username), await accept(used.token, uniqueIdentity().username), await accept('A'.repeat(43), uniqueIdentity().username)];
    for (const res of answers) {
      expect(res.statusCode).toBe(400);
      expect({ ...res.json(), request_id: null }).toEqual({ ...answers[0]!.json(), request_id: null });
    }
    expect(answers[0]!.json().code).toBe('invalid_or_expired_token');
  });

  it('checks the password policy before spending the token: a refused password leaves the link usable', async () => {
    const { username, email, token } = await invited();
    for (const weak of ['short', 'password123', email, username]) {
      const res = await accept(token, username, weak);
      expect(res.statusCode).toBe(400);
      expect(res.json().code).toBe('validation_failed');
    }
    expect((await accept(token, 'x!')).json().code).toBe('validation_failed');
    expect((await accept(token, username)).statusCode).toBe(201);
  });

  it('a username already taken is 409 and the link stays usable', async () => {
    const other = await registerUser(t.app);
    const { username, token } = await invited();
    const res = await accept(token, other.username.toUpperCase());
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('username_taken');
    expect((await accept(token, username)).statusCode).toBe(201);
  });

  it('an address registered after the invitation is 409 email_taken, and the invitation stays pending', async () => {
    const { username, email, token, invitation } = await invited();
    await registerUser(t.app, { email });
    const res = await accept(token, username);
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('email_taken');
    expect((await list()).json().invitations.map((i: { id: string }) => i.id)).toContain(invitation.id);
  });

  it('a newer invitation to the same address revokes the older one', async () => {
    const first = await invited('admin');
    clock.advance(1000);
    const second = await invite(first.email, 'user');
    expect(second.statusCode).toBe(201);
    await deliverMail(t.app);
    const newer = await smtp.tokenFor(first.email, { count: 2 });
    expect((await accept(first.token, first.username)).json().code).toBe('invalid_or_expired_token');
    const all = (await list('?status=all')).json().invitations.filter((i: { email: string }) => i.email === first.email);
    expect(all.map((i: { status: string }) => i.status)).toEqual(['pending', 'revoked']);
    const res = await accept(newer, first.username);
    expect(res.statusCode).toBe(201);
    expect(res.json().user.role).toBe('user');
  });

  it('lists newest first, filters by status, and revoking answers 404 for unknown ids', async () => {
    const a = await invited();
    clock.advance(1000);
    const b = await invited();
    const pending = (await list()).json().invitations.map((i: { id: string }) => i.id);
    expect(pending.indexOf(b.invitation.id)).toBeLessThan(pending.indexOf(a.invitation.id));
    expect((await revoke(a.invitation.id)).statusCode).toBe(204);
    expect((await list()).json().invitations.map((i: { id: string }) => i.id)).not.toContain(a.invitation.id);
    expect((await list('?status=revoked')).json().invitations.map((i: { id: string }) => i.id)).toContain(a.invitation.id);
    expect((await revoke('00000000-0000-4000-8000-000000000000')).json().code).toBe('invitation_not_found');
    expect((await revoke('not-a-uuid')).statusCode).toBe(400);
    expect((await list('?status=everything')).statusCode).toBe(400);
  });

  it('an admin who stops being one takes their pending invitations with them', async () => {
    const other = await registerAndLogin(t.app, { role: 'admin' });
    const { email } = uniqueIdentity('guest');
    const res = await invite(email, 'admin', other.access);
    expect(res.statusCode).toBe(201);
    await deliverMail(t.app);
    const token = await smtp.tokenFor(email);
    const demoted = await t.app.inject({ method: 'PUT', url: `/api/users/${other.id}`, headers: bearer(admin.access), payload: { role: 'user' } });
    expect(demoted.statusCode).toBe(200);
    expect((await accept(token, uniqueIdentity().username)).json().code).toBe('invalid_or_expired_token');
    expect((await list('?status=revoked')).json().invitations.map((i: { id: string }) => i.id)).toContain(res.json().invitation.id);
  });

  it('the page opens without spending the token, under the strict CSP', async () => {
    const { username, token } = await invited();
    const page = await t.app.inject({ method: 'GET', url: `/accept-invitation?token=${token}` });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.body).toContain('/pages/recovery.js');
    expect((await t.app.inject({ method: 'GET', url: '/pages/recovery.js' })).body).toContain('/api/auth/invitations/accept');
    expect((await accept(token, username)).statusCode).toBe(201);
  });

  it('the purge forgets invitations 30 days after they expire', async () => {
    const { invitation } = await invited();
    const { purgeExpired } = await import('../src/account/purge.js');
    await purgeExpired(t.app.db, t.config, clock.now() + 7 * DAY + 29 * DAY);
    expect(await t.app.db.selectFrom('invitations').select('id').where('id', '=', invitation.id).executeTakeFirst()).toBeDefined();
    await purgeExpired(t.app.db, t.config, clock.now() + 7 * DAY + 30 * DAY);
    expect(await t.app.db.selectFrom('invitations').select('id').where('id', '=', invitation.id).executeTakeFirst()).toBeUndefined();
  });
});

describe(`INVITATION_URL and INVITATION_TTL on ${backend}`, () => {
  let t: TestApp;
  let smtp: TestSmtpServer;
  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await buildTestApp({ env: { SMTP_URL: smtp.url, INVITATION_URL: 'https://app.example.com/join?invite={token}', INVITATION_TTL: '3600', MAIL_POLL_INTERVAL: '600000' } });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('mails the configured link and expiry', async () => {
    const admin = await registerAndLogin(t.app, { role: 'admin' });
    const { email } = uniqueIdentity('guest');
    const res = await t.app.inject({ method: 'POST', url: '/api/admin/invitations', headers: bearer(admin.access), payload: { email, role: 'user' } });
    expect(res.statusCode).toBe(201);
    const { created_at: created, expires_at: expires } = res.json().invitation;
    expect(Date.parse(expires) - Date.parse(created)).toBe(3_600_000);
    await deliverMail(t.app);
    const [mail] = smtp.mailsTo(email);
    expect(mail!.text).toMatch(/https:\/\/app\.example\.com\/join\?invite=[A-Za-z0-9_-]{43}\b/);
    expect(mail!.text).toContain('1 hour');
  });
});
