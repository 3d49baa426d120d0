import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailStatus } from '../src/schemas/mail.js';
import { backend, bearer, buildTestApp, type LoggedInUser, registerAndLogin, type TestApp } from './helper.js';
import { freePort } from './services/private-servers.js';

describe(`GET /api/admin/mail on ${backend}`, () => {
  let t: TestApp;
  let admin: LoggedInUser;
  beforeAll(async () => {
    // Nothing listens on the SMTP port: every delivery attempt fails at once.
    t = await buildTestApp({ env: { SMTP_URL: `smtp://127.0.0.1:${await freePort()}`, MAIL_POLL_INTERVAL: '600000' } });
    admin = await registerAndLogin(t.app, { role: 'admin' });
  });
  afterAll(async () => t.close());

  const status = (access = admin.access) => t.app.inject({ method: 'GET', url: '/api/admin/mail', headers: bearer(access) });

  it('counts messages by status and lists the newest failures with recipient, template, attempts and error, never a body', async () => {
    const before: MailStatus = (await status()).json();
    const user = await registerAndLogin(t.app);
    const reset = await t.app.inject({ method: 'POST', url: `/api/users/${user.id}/password-reset`, headers: bearer(admin.access) });
    expect(reset.statusCode, reset.body).toBe(202);
    await t.app.services.recovery.settled();
    await t.app.services.mailer.drain();

    const res = await status();
    expect(res.statusCode, res.body).toBe(200);
    const body: MailStatus = res.json();
    expect(body.counts.sent).toBe(before.counts.sent);
    expect(body.counts.pending).toBeGreaterThan(before.counts.pending);
    expect(body.oldest_pending_at).toMatch(/^\d{4}-\d\d-\d\dT/);
    const failure = body.failures.find((f) => f.recipient === user.email && f.template === 'password_reset');
    expect(failure).toMatchObject({ status: 'pending', attempts: 1 });
    expect(failure?.last_error).not.toBe('');
    expect(failure?.created_at).toMatch(/Z$/);
    expect(res.body).not.toMatch(/sealed_body|token=/);
  });

  it('is for admins only', async () => {
    const user = await registerAndLogin(t.app);
    expect((await status(user.access)).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/admin/mail' })).statusCode).toBe(401);
  });
});
