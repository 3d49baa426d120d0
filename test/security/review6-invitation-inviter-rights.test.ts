import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { backend, bearer, buildTestApp, registerAndLogin, type TestApp, uniqueIdentity } from '../helper.js';
import { deliverMail, startSmtpServer, type TestSmtpServer } from '../smtp-helper.js';
import { waitFor } from '../wait-for.js';
import { holdNextWriteTransaction } from './hold-checks.js';

// Review 6: "An invitation speaks for the admin who sent it: when they are demoted, deactivated or deleted, their
// pending invitations are revoked in the same transaction" (docs/api.md, Invitations), and an admin acting must still
// be one when the change commits (the rule every admin write follows, e.g. createAccount, invite).
//
// 1. users.update decides whether to revoke from `target.role`, read BEFORE its write transaction. A deactivation
//    (or demotion) planned while the target was still a user, and committed after they were promoted and sent an
//    invitation, leaves that invitation pending: the deactivated admin's link still creates an admin account.
// 2. DELETE /api/admin/invitations/:id checks admin rights only on request: an admin demoted while the request runs
//    still revokes (no re-check in the write, unlike invite and every user-service admin write).
// Each race is lined up on the server side (a held write transaction, a held service call), no sleeps.

const PASSWORD = 'amber-Falcon-93-river';

describe(`review6: invitations outliving their inviter's rights on ${backend}`, () => {
  let t: TestApp;
  let smtp: TestSmtpServer;
  let admin: Awaited<ReturnType<typeof registerAndLogin>>;
  let otherAdmin: Awaited<ReturnType<typeof registerAndLogin>>;
  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await buildTestApp({ env: { SMTP_URL: smtp.url, MAIL_POLL_INTERVAL: '600000', SELF_SERVICE_RATE_LIMIT_MAX: '100000' } });
    admin = await registerAndLogin(t.app, { role: 'admin' });
    otherAdmin = await registerAndLogin(t.app, { role: 'admin' });
  });
  afterEach(() => vi.restoreAllMocks());
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  const invite = (access: string, email: string, role: 'user' | 'admin') =>
    t.app.inject({ method: 'POST', url: '/api/admin/invitations', headers: bearer(access), payload: { email, role } });
  const accept = (token: string) =>
    t.app.inject({ method: 'POST', url: '/api/auth/invitations/accept', payload: { token, username: uniqueIdentity('joiner').username, password: PASSWORD } });
  const statusOf = async (id: string) => (await t.app.db.selectFrom('invitations').select(['accepted_at', 'revoked_at']).where('id', '=', id).executeTakeFirstOrThrow());

  it('a deactivation planned before the target\'s promotion revokes nothing: the deactivated admin\'s invitation still makes an admin', async () => {
    const x = await registerAndLogin(t.app);
    // otherAdmin deactivates X: the request reads X (a user) and is held just before its write transaction.
    const hold = holdNextWriteTransaction(t);
    const deactivation = t.app.inject({ method: 'PUT', url: `/api/users/${x.id}`, headers: bearer(otherAdmin.access), payload: { is_active: false } });
    await hold.waitUntilHeld();
    // Meanwhile admin promotes X, and X at once invites someone as an admin.
    const promoted = await t.app.inject({ method: 'PUT', url: `/api/users/${x.id}`, headers: bearer(admin.access), payload: { role: 'admin' } });
    expect(promoted.statusCode, promoted.body).toBe(200);
    const { email } = uniqueIdentity('friend');
    const sent = await invite(x.access, email, 'admin');
    expect(sent.statusCode, sent.body).toBe(201);
    hold.release();
    const done = await deactivation;
    expect(done.statusCode, done.body).toBe(200);
    const row = await t.app.db.selectFrom('users').select(['role', 'is_active']).where('id', '=', x.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ role: 'admin', is_active: 0 });

    // X is a deactivated admin now: their pending invitation must have gone with the deactivation.
    expect.soft((await statusOf(sent.json().invitation.id)).revoked_at, 'the deactivated admin\'s invitation is revoked').not.toBeNull();
    await deliverMail(t.app);
    const res = await accept(await smtp.tokenFor(email));
    expect.soft(res.statusCode, `the link of a deactivated admin creates no account: ${res.body}`).toBe(400);
    expect.soft(res.json().user?.role, 'no admin account through it').toBeUndefined();
  });

  it('an admin demoted while their DELETE runs still revokes an invitation (rights checked on request only)', async () => {
    const x = await registerAndLogin(t.app, { role: 'admin' });
    const { email } = uniqueIdentity('guest');
    const sent = await invite(admin.access, email, 'user');
    expect(sent.statusCode, sent.body).toBe(201);
    const id = sent.json().invitation.id as string;

    // X's DELETE passed authentication and requireAdmin; it is held just before the service call.
    const service = t.app.services.invitations;
    const revoke = service.revoke.bind(service);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let held = false;
    vi.spyOn(service, 'revoke').mockImplementationOnce(async (options) => {
      held = true;
      await gate;
      return revoke(options);
    });
    const pending = t.app.inject({ method: 'DELETE', url: `/api/admin/invitations/${id}`, headers: bearer(x.access) });
    await waitFor('the DELETE to be held', () => held);
    const demoted = await t.app.inject({ method: 'PUT', url: `/api/users/${x.id}`, headers: bearer(admin.access), payload: { role: 'user' } });
    expect(demoted.statusCode, demoted.body).toBe(200);
    release();
    const res = await pending;

    // X is no admin when the revocation would commit: refused, and the invitation stays pending.
    expect(res.statusCode, res.body).toBe(403);
    expect((await statusOf(id)).revoked_at, 'the invitation is still pending').toBeNull();
  });
});
