import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backend, bearer, buildTestApp, loginUser, perTestClock, registerAndLogin, registerUser, type TestApp, sessionIdOf } from '../helper.js';
import { deliverMail, startSmtpServer, type TestSmtpServer } from '../smtp-helper.js';

// Attack (auditor's view): the log must record every change, attribute it to who acted, and show a user only what
// is theirs to see. (1) A password reset through the mailed link verifies an unverified address
// (email_verified_at is set in the reset's transaction) but records no email_verified event (nor raises the
// user.email_verified webhook): the address changed state with nothing in the log. (2) GET /api/users/me/audit
// shows an ordinary user the admin's own session id, IP address and user agent on every admin action about them
// (role change, unlock, sessions ended, reset sent): the admin's network location and session handle leak to the
// account the admin acted on.

type Event = { action: string; actor_id: number | null; target_user_id: number | null; session_id: string | null; ip: string | null; user_agent: string | null; details: Record<string, unknown> };

describe(`review7: audit attribution and what a user sees, on ${backend}`, () => {
  let t: TestApp;
  let smtp: TestSmtpServer;
  const clock = perTestClock(Date.UTC(2026, 6, 1, 9, 0, 0));
  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await buildTestApp({ clock, env: { SMTP_URL: smtp.url, APP_URL: 'https://auth.example.com', MAIL_POLL_INTERVAL: '600000' } });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  const eventsAbout = async (id: number, token: string): Promise<Event[]> => {
    const res = await t.app.inject({ method: 'GET', url: `/api/users/${id}/audit?per_page=200`, headers: bearer(token) });
    expect(res.statusCode, res.body).toBe(200);
    return res.json().events;
  };

  it('a password reset that verifies the address records email_verified (as the verification link does)', async () => {
    const admin = await registerAndLogin(t.app, { role: 'admin' });
    for (let round = 0; round < 3; round++) {
      const bob = await registerUser(t.app);
      expect((await t.app.inject({ method: 'POST', url: '/api/auth/password/forgot', payload: { email: bob.email } })).statusCode).toBe(202);
      await deliverMail(t.app);
      const token = await smtp.tokenFor(bob.email, { count: 2 });
      const before = await t.app.db.selectFrom('users').select('email_verified_at').where('id', '=', bob.id).executeTakeFirstOrThrow();
      expect(before.email_verified_at).toBeNull();
      expect((await t.app.inject({ method: 'POST', url: '/api/auth/password/reset', payload: { token, password: `amber-Falcon-93-river-${round}` } })).statusCode).toBe(200);
      const after = await t.app.db.selectFrom('users').select('email_verified_at').where('id', '=', bob.id).executeTakeFirstOrThrow();
      expect(after.email_verified_at).not.toBeNull();
      const actions = (await eventsAbout(bob.id, admin.access)).map((e) => e.action);
      expect(actions).toContain('password_reset');
      expect(actions, 'the address became verified: the log must say so').toContain('email_verified');
    }
  });

  it('a user\'s own history does not show the admin\'s session id, IP address or user agent', async () => {
    const adminUa = 'AdminWorkstation/1.0 (staff-laptop-42)';
    const admin = await registerAndLogin(t.app, { role: 'admin' });
    const carol = await registerAndLogin(t.app);
    const asAdmin = { ...bearer(admin.access), 'user-agent': adminUa };
    for (let i = 0; i < 5; i++) await loginUser(t.app, { username: carol.username, password: 'Wrong-password-1' });
    const changes = [
      t.app.inject({ method: 'PUT', url: `/api/users/${carol.id}`, headers: asAdmin, payload: { unlock: true } }),
      t.app.inject({ method: 'DELETE', url: `/api/users/${carol.id}/sessions`, headers: asAdmin }),
      t.app.inject({ method: 'POST', url: `/api/users/${carol.id}/password-reset`, headers: asAdmin }),
    ];
    for (const change of changes) expect((await change).statusCode).toBeLessThan(300);
    const carolAgain = await loginUser(t.app, { username: carol.username, password: carol.password });
    expect(carolAgain.statusCode).toBe(200);
    const res = await t.app.inject({ method: 'GET', url: '/api/users/me/audit?per_page=200', headers: bearer(carolAgain.json().access_token) });
    expect(res.statusCode).toBe(200);
    const byAdmin = (res.json().events as Event[]).filter((e) => e.actor_id === admin.id);
    expect(byAdmin.map((e) => e.action).sort()).toEqual(['password_reset_sent', 'sessions_revoked', 'user_unlocked']);
    const adminSession = sessionIdOf(admin.access);
    const leaked = byAdmin.filter((e) => e.session_id === adminSession || e.user_agent === adminUa || e.ip !== null);
    expect(leaked.map((e) => ({ action: e.action, session_id: e.session_id, ip: e.ip, user_agent: e.user_agent })), 'the admin\'s client is not the user\'s to see').toEqual([]);
  });

  it('holds: with TRUST_PROXY off the event\'s ip is the socket\'s, not X-Forwarded-For; an oversized user agent is clipped', async () => {
    const dave = await registerUser(t.app);
    const ua = `Mozilla/5.0 ${'x'.repeat(8000)}`;
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'x-forwarded-for': '203.0.113.66', 'x-real-ip': '203.0.113.67', 'user-agent': ua, 'x-request-id': 'r'.repeat(5000) }, payload: { username: dave.username, password: dave.password } });
    expect(res.statusCode).toBe(200);
    const row = await t.app.db.selectFrom('audit_events').selectAll().where('target_user_id', '=', dave.id).where('action', '=', 'login_succeeded').executeTakeFirstOrThrow();
    expect(row.ip).not.toMatch(/203\.0\.113/);
    expect(row.user_agent!.length).toBeLessThanOrEqual(512);
    expect((row.request_id ?? '').length).toBeLessThanOrEqual(64);
  });
});
