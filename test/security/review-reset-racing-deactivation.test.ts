import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { backend, bearer, buildTestApp, type LoggedInUser, registerAndLogin, registerUser, type TestApp } from '../helper.js';
import { startSmtpServer, type TestSmtpServer } from '../smtp-helper.js';
import { holdNextWriteTransaction } from './hold-checks.js';

// Review (findings 2 and 6): "deactivation voids every outstanding mailed token", "disabled addresses get
// nothing", and a reset link outstanding at a deactivation stays dead after a reactivation. The reset mail of
// POST /api/auth/password/forgot is queued by a background task that reads the user (active) first and
// issues the token in a later transaction that never looks at is_active again: a deactivation landing between
// the two leaves a fresh reset link for the disabled account, which works as soon as an admin reactivates it.



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
      // Everything queued is sent by now: registration mailed the verification link, and nothing else may follow.
      expect(smtp.mailsTo(user.email).map((m) => m.subject), `round ${round}: mail to the deactivated account`).toHaveLength(1);
      // Nor may a reset link exist unmailed that a reactivation would bring back to life.
      expect((await adminPut(user.id, { is_active: true })).statusCode).toBe(200);
      const liveResetTokens = await t.app.db.selectFrom('email_tokens').select('token_hash')
        .where('user_id', '=', user.id).where('purpose', '=', 'password_reset').where('used_at', 'is', null).where('voided_at', 'is', null).execute();
      expect(liveResetTokens, `round ${round}: a live reset token after reactivation`).toEqual([]);
      vi.restoreAllMocks();
    }
  });
});
