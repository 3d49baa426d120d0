import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uniqueClientIp } from '../edge-helper.js';
import { backend, bearer, buildTestApp, perTestClock, registerAndLogin, type TestApp, uniqueIdentity } from '../helper.js';

// Review (finding 5): "Mail to one recipient address is limited by MAIL_RESEND_INTERVAL across all accounts".
// Only the confirmation to the *new* address claims the recipient interval; the notice every email-change
// request sends to the account's *current* address claims nothing. Registration does not prove the address
// (REQUIRE_EMAIL_VERIFICATION is false by default), so an attacker registers with the victim's address and
// asks to move to a fresh address of their own each time: every request mails the victim a notice.

const INTERVAL_SECONDS = 60;

describe(`email-change notices flooding the current address on ${backend}`, () => {
  let t: TestApp;
  const clock = perTestClock(Date.now());
  beforeAll(async () => {
    // Default self-service limits (10 per user per hour); only the mail sender is kept from sending.
    t = await buildTestApp({ clock, env: { MAIL_RESEND_INTERVAL: String(INTERVAL_SECONDS), MAIL_POLL_INTERVAL: '600000' } });
  });
  afterAll(async () => t.close());

  const mailsTo = async (recipient: string) =>
    (await t.app.db.selectFrom('mail_outbox').select('template').where('recipient', '=', recipient).execute()).map((m) => m.template);

  it('an account registered with the victim\'s address mails the victim at most once per MAIL_RESEND_INTERVAL', async () => {
    const victim = uniqueIdentity('victim').email;
    const attacker = await registerAndLogin(t.app, { email: victim });
    const answers: number[] = [];
    for (let i = 0; i < 8; i++) {
      const fresh = uniqueIdentity('throwaway').email;
      const res = await t.app.inject({
        method: 'PUT',
        url: `/api/users/${attacker.id}`,
        headers: bearer(attacker.access),
        payload: { email: fresh, current_password: attacker.password },
        remoteAddress: uniqueClientIp(),
      });
      answers.push(res.statusCode);
    }
    const notices = (await mailsTo(victim)).filter((template) => template === 'email_change_notice');
    expect(notices.length, `notices mailed to ${victim} within one interval (answers ${answers.join(',')})`).toBeLessThanOrEqual(1);
  });
});
