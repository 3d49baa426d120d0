import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uniqueClientIp } from '../edge-helper.js';
import { backend, bearer, buildTestApp, type LoggedInUser, loginUser, perTestClock, registerAndLogin, type TestApp, uniqueIdentity } from '../helper.js';

// Finding 5: 20 PUT /api/users/:id {email: victim, current_password} from one IP sent 19 mails to one outside
// address in 4 s. Email-change mail to one recipient is now spaced by MAIL_RESEND_INTERVAL across all accounts:
// a second request within it is refused 429 rate_limited with Retry-After, changes nothing and mails nothing.

const INTERVAL_SECONDS = 60;

describe(`email-change mail to one recipient on ${backend}`, () => {
  let t: TestApp;
  const clock = perTestClock(Date.now());
  beforeAll(async () => {
    t = await buildTestApp({ clock, env: { SELF_SERVICE_RATE_LIMIT_MAX: '100000', MAIL_RESEND_INTERVAL: String(INTERVAL_SECONDS), MAIL_POLL_INTERVAL: '600000' } });
  });
  afterAll(async () => t.close());

  const askFor = (user: LoggedInUser, email: string, ip = uniqueClientIp()) =>
    t.app.inject({ method: 'PUT', url: `/api/users/${user.id}`, headers: bearer(user.access), payload: { email, current_password: user.password }, remoteAddress: ip });
  const mailsTo = async (recipient: string) =>
    (await t.app.db.selectFrom('mail_outbox').select('template').where('recipient', '=', recipient).execute()).map((m) => m.template);

  it('one account asking 20 times from one IP mails the victim once per MAIL_RESEND_INTERVAL', async () => {
    const attacker = await registerAndLogin(t.app);
    const victim = uniqueIdentity('victim').email;
    const ip = uniqueClientIp();
    const answers = [];
    for (let i = 0; i < 20; i++) answers.push(await askFor(attacker, i % 2 === 0 ? victim : victim.toUpperCase(), ip));
    expect(answers.map((a) => a.statusCode)).toEqual([200, ...Array(19).fill(429)]);
    for (const refused of answers.slice(1)) {
      expect(refused.json().code).toBe('rate_limited');
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(INTERVAL_SECONDS);
    }
    expect(await mailsTo(victim)).toEqual(['email_change_confirm']);
    // A refused request is not a wrong password: the right one leaves no failed attempt behind.
    const row = await t.app.db.selectFrom('users').select(['failed_login_attempts', 'pending_email']).where('id', '=', attacker.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ failed_login_attempts: 0, pending_email: victim });
    expect((await loginUser(t.app, { username: attacker.username, password: attacker.password })).statusCode).toBe(200);

    clock.advance(INTERVAL_SECONDS * 1000);
    expect((await askFor(attacker, victim, ip)).statusCode).toBe(200);
    expect(await mailsTo(victim)).toEqual(['email_change_confirm', 'email_change_confirm']);
  });

  it('the interval holds across accounts: a refused request changes nothing for its account', async () => {
    const [first, second] = [await registerAndLogin(t.app), await registerAndLogin(t.app)];
    const victim = uniqueIdentity('victim').email;
    expect((await askFor(first, victim)).statusCode).toBe(200);
    const refused = await askFor(second, victim);
    expect([refused.statusCode, refused.json().code]).toEqual([429, 'rate_limited']);
    const me = await t.app.inject({ method: 'GET', url: '/api/users/me', headers: bearer(second.access) });
    expect(me.json().user.pending_email).toBeNull();
    expect(await mailsTo(victim)).toEqual(['email_change_confirm']);
    // The notice to the refused account's own address was not sent either: only registration's mail.
    expect(await mailsTo(second.email)).toEqual(['email_verify']);
  });

  it('of 10 accounts asking for one recipient at once, exactly one is answered and mails it, over 10 rounds', async () => {
    const accounts = await Promise.all(Array.from({ length: 10 }, () => registerAndLogin(t.app)));
    for (let round = 0; round < 10; round++) {
      const victim = uniqueIdentity('victim').email;
      const answers = await Promise.all(accounts.map((account) => askFor(account, victim)));
      expect(answers.map((a) => a.statusCode).sort(), `round ${round}`).toEqual([200, ...Array(9).fill(429)]);
      expect(await mailsTo(victim), `round ${round}`).toEqual(['email_change_confirm']);
      const pending = await t.app.db.selectFrom('users').select('id').where('pending_email', '=', victim).execute();
      expect(pending, `round ${round}`).toHaveLength(1);
    }
  });
});
