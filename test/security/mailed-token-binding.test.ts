import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { backend, bearer, buildTestApp, loginUser, type LoggedInUser, registerAndLogin, registerUser, type TestApp, uniqueIdentity } from '../helper.js';
import { deliverMail, startSmtpServer, type TestSmtpServer } from '../smtp-helper.js';
import { waitFor } from '../wait-for.js';

// Finding 3: a reset link mailed to the old address still worked after an admin changed the email.
// Finding 6: a reset link still worked on a deactivated account (password set, lock lifted).
// A mailed token now acts only on the address it was mailed to, any email change and a deactivation void the
// user's mailed tokens, and a reset refuses a disabled account like any bad token.

const NEW_PASSWORD = 'amber-Falcon-93-river';

/** Holds the first password hash after it ran (a reset's, spent before its transaction) until `release()`. */
function holdNextHash(t: TestApp) {
  const passwords = t.app.services.passwords;
  const hash = passwords.hash.bind(passwords);
  let release!: () => void;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  let held = 0;
  vi.spyOn(passwords, 'hash').mockImplementation(async (password) => {
    const result = await hash(password);
    if (held === 0) {
      held += 1;
      await gate;
    }
    return result;
  });
  return {
    release,
    async waitUntilHeld(): Promise<void> {
      await waitFor('the reset\'s password hash to be held', () => held === 1);
    },
  };
}

describe(`mailed tokens bound to their address and to an active account on ${backend}`, () => {
  let t: TestApp;
  let smtp: TestSmtpServer;
  let admin: LoggedInUser;
  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await buildTestApp({ env: { SMTP_URL: smtp.url, MAIL_POLL_INTERVAL: '600000', MAX_FAILED_LOGINS: '1000' } });
    admin = await registerAndLogin(t.app, { role: 'admin' });
  });
  afterEach(() => vi.restoreAllMocks());
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  const deliver = () => deliverMail(t.app);
  const post = (url: string, payload: object) => t.app.inject({ method: 'POST', url, payload });
  const reset = (token: string) => post('/api/auth/password/reset', { token, password: NEW_PASSWORD });
  const verify = (token: string) => post('/api/auth/email/verify', { token });
  const adminPut = (id: number, payload: object) => t.app.inject({ method: 'PUT', url: `/api/users/${id}`, headers: bearer(admin.access), payload });
  const refusedAsBadToken = (res: { statusCode: number; json(): { code: string } }) => expect([res.statusCode, res.json().code]).toEqual([400, 'invalid_or_expired_token']);
  const userRow = (id: number) => t.app.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  /** A user with a verification link (from registration) and a reset link, both mailed to their address. */
  async function userWithMailedLinks() {
    const user = await registerUser(t.app);
    await post('/api/auth/password/forgot', { email: user.email });
    await deliver();
    return { user, verifyToken: await smtp.tokenFor(user.email, { count: 1 }), resetToken: await smtp.tokenFor(user.email, { count: 2 }) };
  }

  it('refuses a reset link mailed to the old address once an admin changed the email', async () => {
    const { user, resetToken } = await userWithMailedLinks();
    const next = uniqueIdentity('moved').email;
    expect((await adminPut(user.id, { email: next })).statusCode).toBe(200);
    refusedAsBadToken(await reset(resetToken));
    expect((await loginUser(t.app, { email: next, password: user.password })).statusCode).toBe(200);
    expect((await loginUser(t.app, { email: next, password: NEW_PASSWORD })).statusCode).toBe(401);
  });

  it('voids links on any email change: changed away and back, the old links stay dead', async () => {
    const { user, verifyToken, resetToken } = await userWithMailedLinks();
    expect((await adminPut(user.id, { email: uniqueIdentity('away').email })).statusCode).toBe(200);
    expect((await adminPut(user.id, { email: user.email })).statusCode).toBe(200);
    refusedAsBadToken(await reset(resetToken));
    refusedAsBadToken(await verify(verifyToken));
    expect((await userRow(user.id)).email_verified_at).toBeNull();
  });

  it('refuses an email-change link once the pending address is no longer pending (an admin set another)', async () => {
    const alice = await registerAndLogin(t.app);
    const wanted = uniqueIdentity('wanted').email;
    expect((await t.app.inject({ method: 'PUT', url: `/api/users/${alice.id}`, headers: bearer(alice.access), payload: { email: wanted, current_password: alice.password } })).statusCode).toBe(200);
    await deliver();
    const token = await smtp.tokenFor(wanted);
    const chosen = uniqueIdentity('chosen').email;
    expect((await adminPut(alice.id, { email: chosen })).json().user).toMatchObject({ email: chosen, pending_email: null });
    refusedAsBadToken(await verify(token));
    expect((await userRow(alice.id)).email).toBe(chosen);
  });

  it('refuses a reset link on a deactivated account, and after reactivation: no password set, no lock lifted', async () => {
    const { user, resetToken } = await userWithMailedLinks();
    for (let i = 0; i < 5; i++) await loginUser(t.app, { username: user.username, password: 'Wrong-password-1' });
    await t.app.db.updateTable('users').set({ locked_until: Date.now() + 3_600_000 }).where('id', '=', user.id).execute();
    expect((await adminPut(user.id, { is_active: false })).statusCode).toBe(200);
    const before = await userRow(user.id);
    refusedAsBadToken(await reset(resetToken));
    const after = await userRow(user.id);
    expect(after).toMatchObject({ password_hash: before.password_hash, locked_until: before.locked_until, failed_login_attempts: before.failed_login_attempts });
    expect((await adminPut(user.id, { is_active: true })).statusCode).toBe(200);
    refusedAsBadToken(await reset(resetToken));
    expect((await userRow(user.id)).password_hash).toBe(before.password_hash);
  });

  it('refuses a reset link an admin mails to a deactivated account', async () => {
    const user = await registerUser(t.app);
    expect((await adminPut(user.id, { is_active: false })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'POST', url: `/api/users/${user.id}/password-reset`, headers: bearer(admin.access) })).statusCode).toBe(202);
    await deliver();
    refusedAsBadToken(await reset(await smtp.tokenFor(user.email, { count: 2 })));
  });

  it('a reset held after its checks while the account is deactivated (or its email changed) is refused, 5 rounds each', async () => {
    for (const change of ['deactivate', 'email'] as const) {
      for (let round = 0; round < 5; round++) {
        const { user, resetToken } = await userWithMailedLinks();
        const hold = holdNextHash(t);
        const pending = reset(resetToken);
        await hold.waitUntilHeld();
        expect((await adminPut(user.id, change === 'deactivate' ? { is_active: false } : { email: uniqueIdentity('moved').email })).statusCode).toBe(200);
        const before = await userRow(user.id);
        hold.release();
        refusedAsBadToken(await pending);
        expect((await userRow(user.id)).password_hash, `${change} round ${round}`).toBe(before.password_hash);
        vi.restoreAllMocks();
      }
    }
  });

  it('a reset racing a deactivation, free-running: wholly before it or refused, over 10 rounds', async () => {
    for (let round = 0; round < 10; round++) {
      const { user, resetToken } = await userWithMailedLinks();
      const [res, deactivated] = await Promise.all([reset(resetToken), adminPut(user.id, { is_active: false })]);
      expect(deactivated.statusCode, `round ${round}`).toBe(200);
      const row = await userRow(user.id);
      expect(row.is_active, `round ${round}`).toBe(0);
      const passwords = t.app.services.passwords;
      if (res.statusCode === 200) expect((await passwords.verify(row.password_hash, NEW_PASSWORD)).valid, `round ${round}`).toBe(true);
      else {
        refusedAsBadToken(res);
        expect((await passwords.verify(row.password_hash, user.password)).valid, `round ${round}`).toBe(true);
      }
      const live = await t.app.db.selectFrom('email_tokens').select('token_hash').where('user_id', '=', user.id).where('used_at', 'is', null).where('voided_at', 'is', null).execute();
      expect(live, `round ${round}`).toEqual([]);
      const sessions = await t.app.db.selectFrom('sessions').select('id').where('user_id', '=', user.id).where('revoked_at', 'is', null).execute();
      expect(sessions, `round ${round}`).toEqual([]);
    }
  });
});
