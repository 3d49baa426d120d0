import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { backend, bearer, buildTestApp, type LoggedInUser, registerAndLogin, registerUser, type TestApp } from '../helper.js';
import { startSmtpServer, type TestSmtpServer } from '../smtp-helper.js';
import { holdNextWriteTransaction } from './hold-checks.js';

// Review (findings 2 and 6): "deactivation voids every outstanding mailed token", "disabled addresses get
// nothing", and a reset link outstanding at a deactivation stays dead after a reactivation. The reset mail of
// POST /api/auth/password/forgot is queued by a background task that reads the user (active) first and
// issues the token in a later transaction that never looks at is_active again: a deactivation landing between
// the two leaves a fresh reset link for the disabled account, which works as soon as an admin reactivates it.

const NEW_PASSWORD = 'amber-Falcon-93-river';


describe(`a reset mail racing a deactivation on ${backend}`, () => {
  let t: TestApp;
  let smtp: TestSmtpServer;
  let admin: LoggedInUser;
  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await buildTestApp({ env: { SMTP_URL: smtp.url, MAIL_POLL_INTERVAL: '600000' } });
    admin = await registerAndLogin(t.app, { role: 'admin' });
  });
  afterEach(() => vi.restoreAllMocks());
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  const adminPut = (id: number, payload: object) => t.app.inject({ method: 'PUT', url: `/api/users/${id}`, headers: bearer(admin.access), payload });

  it('a forgot-password request whose mail is queued just after the deactivation leaves no usable link, even after reactivation', async () => {
    for (let round = 0; round < 3; round++) {
      const user = await registerUser(t.app);
      const hold = holdNextWriteTransaction(t);
      expect((await t.app.inject({ method: 'POST', url: '/api/auth/password/forgot', payload: { email: user.email } })).statusCode).toBe(202);
      // The background task read the user (active) and waits to open its transaction.
      await hold.waitUntilHeld();
      expect((await adminPut(user.id, { is_active: false })).statusCode).toBe(200);
      hold.release();
      await t.app.services.recovery.settled();
      await t.app.services.mailer.drain();
      const mails = await smtp.mailFor(user.email, { count: 2, timeoutMs: 1000 });
      // Registration mailed the verification link; a reset mail to the disabled account is already one too many.
      expect.soft(mails.map((m) => m.subject), `round ${round}: mail to the deactivated account`).toHaveLength(1);
      // And if one went out, it must be dead after a reactivation.
      expect((await adminPut(user.id, { is_active: true })).statusCode).toBe(200);
      const match = mails[1] && /[#?&]token=([A-Za-z0-9_-]+)/.exec(mails[1].text);
      if (match) {
        const used = await t.app.inject({ method: 'POST', url: '/api/auth/password/reset', payload: { token: match[1], password: NEW_PASSWORD } });
        expect([used.statusCode, used.json().code], `round ${round}: the racing link after reactivation`).toEqual([400, 'invalid_or_expired_token']);
      }
      vi.restoreAllMocks();
    }
  });
});
