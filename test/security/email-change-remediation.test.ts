import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { backend, bearer, buildTestApp, loginUser, perTestClock, type LoggedInUser, registerAndLogin, type TestApp, uniqueIdentity } from '../helper.js';
import { deliverMail, startSmtpServer, type TestSmtpServer } from '../smtp-helper.js';
import { holdNextWriteTransaction } from './hold-checks.js';

// Finding 2: with the password and a session, an attacker set the email to their own address; the owner,
// notified, reset the password by mail, changed it, or ended all other sessions, and the attacker still
// confirmed the change and owned the account. Each remediation now drops the pending email and voids every
// mailed token, and an email-change token dies with the session that asked for it.

const NEW_PASSWORD = 'amber-Falcon-93-river';
const SESSION_TTL_SECONDS = 3600;

describe(`an attacker's pending email change against the owner's remediation on ${backend}`, () => {
  let t: TestApp;
  let smtp: TestSmtpServer;
  let admin: LoggedInUser;
  const clock = perTestClock(Date.now());
  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await buildTestApp({
      clock,
      env: { SMTP_URL: smtp.url, MAIL_POLL_INTERVAL: '600000', SELF_SERVICE_RATE_LIMIT_MAX: '100000', JWT_REFRESH_TOKEN_EXPIRES: String(SESSION_TTL_SECONDS) },
    });
    admin = await registerAndLogin(t.app, { role: 'admin' });
  });
  afterEach(() => vi.restoreAllMocks());
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  const deliver = () => deliverMail(t.app);
  const post = (url: string, payload: object, headers: Record<string, string> = {}) => t.app.inject({ method: 'POST', url, payload, headers });
  const put = (id: number, token: string, payload: object) => t.app.inject({ method: 'PUT', url: `/api/users/${id}`, headers: bearer(token), payload });
  const verify = (token: string) => post('/api/auth/email/verify', { token });
  const userRow = (id: number) => t.app.db.selectFrom('users').select(['email', 'pending_email', 'is_active']).where('id', '=', id).executeTakeFirstOrThrow();

  /**
   * The owner's account; the attacker logs in with the stolen password from a session of their own and asks for
   * their address; the owner is notified. Resolves with the attacker's confirmation token.
   */
  async function attackerAsksForTheirAddress() {
    const owner = await registerAndLogin(t.app);
    const login = await loginUser(t.app, { username: owner.username, password: owner.password });
    const attacker = { access: login.json().access_token as string, sessionId: '', email: uniqueIdentity('attacker').email };
    const asked = await put(owner.id, attacker.access, { email: attacker.email, current_password: owner.password });
    expect(asked.statusCode).toBe(200);
    expect(asked.json().user.pending_email).toBe(attacker.email);
    await deliver();
    expect((await smtp.mailFor(owner.email, { count: 2 }))[1]!.subject).toBe('Your email address is being changed');
    const token = await smtp.tokenFor(attacker.email);
    const sessions = await t.app.db.selectFrom('sessions').select('id').where('user_id', '=', owner.id).orderBy('created_at').orderBy('id').execute();
    const own = await t.app.inject({ method: 'GET', url: '/api/users/me/sessions', headers: bearer(owner.access) });
    attacker.sessionId = sessions.map((s) => s.id).find((id) => id !== own.json().sessions.find((s: { current: boolean }) => s.current).id)!;
    return { owner, attacker, token };
  }

  /** The attacker's confirmation is refused, the owner keeps their address, and nothing is pending. */
  async function expectAttackFoiled(owner: LoggedInUser, attacker: { email: string }, token: string): Promise<void> {
    const confirm = await verify(token);
    expect([confirm.statusCode, confirm.json().code]).toEqual([400, 'invalid_or_expired_token']);
    expect(await userRow(owner.id)).toMatchObject({ email: owner.email, pending_email: null });
    // Nor can the attacker's mailbox receive a reset link for the account.
    await post('/api/auth/password/forgot', { email: attacker.email });
    await deliver();
    expect(smtp.mailsTo(attacker.email)).toHaveLength(1);
  }

  it('the owner resets the password by mail: the attacker can no longer confirm', async () => {
    const { owner, attacker, token } = await attackerAsksForTheirAddress();
    await post('/api/auth/password/forgot', { email: owner.email });
    await deliver();
    const reset = await post('/api/auth/password/reset', { token: await smtp.tokenFor(owner.email, { count: 3 }), password: NEW_PASSWORD });
    expect(reset.statusCode).toBe(200);
    await expectAttackFoiled(owner, attacker, token);
  });

  it('the attacker\'s request does not void a reset link the owner already holds; using it foils the attack', async () => {
    const owner = await registerAndLogin(t.app);
    await post('/api/auth/password/forgot', { email: owner.email });
    await deliver();
    const resetToken = await smtp.tokenFor(owner.email, { count: 2 });
    const stolen = await loginUser(t.app, { username: owner.username, password: owner.password });
    const attacker = { email: uniqueIdentity('attacker').email };
    expect((await put(owner.id, stolen.json().access_token, { email: attacker.email, current_password: owner.password })).statusCode).toBe(200);
    await deliver();
    const token = await smtp.tokenFor(attacker.email);
    expect((await post('/api/auth/password/reset', { token: resetToken, password: NEW_PASSWORD })).statusCode).toBe(200);
    await expectAttackFoiled(owner, attacker, token);
  });

  it('the owner cancels the change (sends their own address back): the attacker\'s link is void', async () => {
    const { owner, attacker, token } = await attackerAsksForTheirAddress();
    expect((await put(owner.id, owner.access, { email: owner.email })).json().user.pending_email).toBeNull();
    await expectAttackFoiled(owner, attacker, token);
    const voided = await t.app.db.selectFrom('email_tokens').select('voided_at').where('user_id', '=', owner.id).where('purpose', '=', 'email_change').executeTakeFirstOrThrow();
    expect(voided.voided_at).not.toBeNull();
  });

  it('the owner changes the password: the attacker can no longer confirm', async () => {
    const { owner, attacker, token } = await attackerAsksForTheirAddress();
    const changed = await put(owner.id, owner.access, { password: NEW_PASSWORD, current_password: owner.password });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().user.pending_email).toBeNull();
    await expectAttackFoiled(owner, attacker, token);
  });

  it('the owner ends all other sessions: the attacker can no longer confirm', async () => {
    const { owner, attacker, token } = await attackerAsksForTheirAddress();
    const ended = await t.app.inject({ method: 'DELETE', url: '/api/users/me/sessions', headers: bearer(owner.access) });
    expect([ended.statusCode, ended.json().revoked]).toEqual([200, 1]);
    await expectAttackFoiled(owner, attacker, token);
  });

  it('an admin ends all the user\'s sessions, or deactivates the account: the attacker can no longer confirm', async () => {
    const first = await attackerAsksForTheirAddress();
    const ended = await t.app.inject({ method: 'DELETE', url: `/api/users/${first.owner.id}/sessions`, headers: bearer(admin.access) });
    expect(ended.statusCode).toBe(200);
    await expectAttackFoiled(first.owner, first.attacker, first.token);

    const second = await attackerAsksForTheirAddress();
    expect((await put(second.owner.id, admin.access, { is_active: false })).statusCode).toBe(200);
    expect((await put(second.owner.id, admin.access, { is_active: true })).statusCode).toBe(200);
    await expectAttackFoiled(second.owner, second.attacker, second.token);
  });

  it('the asking session ends (the owner ends it alone, or it logs out): its email-change link dies with it', async () => {
    const ended = await attackerAsksForTheirAddress();
    const end = await t.app.inject({ method: 'DELETE', url: `/api/users/me/sessions/${ended.attacker.sessionId}`, headers: bearer(ended.owner.access) });
    expect(end.statusCode).toBe(204);
    const confirm = await verify(ended.token);
    expect([confirm.statusCode, confirm.json().code]).toEqual([400, 'invalid_or_expired_token']);
    expect((await userRow(ended.owner.id)).email).toBe(ended.owner.email);

    const loggedOut = await attackerAsksForTheirAddress();
    expect((await post('/api/auth/logout', {}, bearer(loggedOut.attacker.access))).statusCode).toBeLessThan(300);
    expect((await verify(loggedOut.token)).json().code).toBe('invalid_or_expired_token');
    expect((await userRow(loggedOut.owner.id)).email).toBe(loggedOut.owner.email);
  });

  it('a confirmation held after its first checks while the owner remediates is refused, 3 rounds of each remediation', async () => {
    const remediations = {
      'end all sessions': (owner: LoggedInUser) => t.app.inject({ method: 'DELETE', url: '/api/users/me/sessions', headers: bearer(owner.access) }),
      'password change': (owner: LoggedInUser) => put(owner.id, owner.access, { password: NEW_PASSWORD, current_password: owner.password }),
      'deactivation': (owner: LoggedInUser) => put(owner.id, admin.access, { is_active: false }),
    };
    for (const [name, remediate] of Object.entries(remediations)) {
      for (let round = 0; round < 3; round++) {
        const { owner, attacker, token } = await attackerAsksForTheirAddress();
        const hold = holdNextWriteTransaction(t);
        const confirm = verify(token);
        await hold.waitUntilHeld();
        expect((await remediate(owner)).statusCode, `${name} round ${round}`).toBe(200);
        hold.release();
        const refused = await confirm;
        expect([refused.statusCode, refused.json().code], `${name} round ${round}`).toEqual([400, 'invalid_or_expired_token']);
        expect(await userRow(owner.id), `${name} round ${round}`).toMatchObject({ email: owner.email, pending_email: null });
        await deliver();
        expect(smtp.mailsTo(attacker.email), `${name} round ${round}`).toHaveLength(1);
        vi.restoreAllMocks();
      }
    }
  });

  it('a confirmation racing "end all sessions" is wholly before or wholly after it, over 10 rounds', async () => {
    for (let round = 0; round < 10; round++) {
      const { owner, attacker, token } = await attackerAsksForTheirAddress();
      const [confirm, ended] = await Promise.all([
        verify(token),
        t.app.inject({ method: 'DELETE', url: '/api/users/me/sessions', headers: bearer(owner.access) }),
      ]);
      expect(ended.statusCode, `round ${round}`).toBe(200);
      const row = await userRow(owner.id);
      // Confirmed first: the change stands (the owner was too late). Ended first: refused, nothing pending.
      if (confirm.statusCode === 200) expect(row, `round ${round}`).toMatchObject({ email: attacker.email, pending_email: null });
      else {
        expect([confirm.statusCode, confirm.json().code], `round ${round}`).toEqual([400, 'invalid_or_expired_token']);
        expect(row, `round ${round}`).toMatchObject({ email: owner.email, pending_email: null });
      }
      const live = await t.app.db.selectFrom('email_tokens').select('token_hash').where('user_id', '=', owner.id).where('used_at', 'is', null).where('voided_at', 'is', null).execute();
      expect(live, `round ${round}`).toEqual([]);
    }
  });

  // Last: it moves the clock past every session opened so far.
  it('the asking session expires: its link dies too, though the link itself has not expired', async () => {
    const { owner, token } = await attackerAsksForTheirAddress();
    clock.advance(SESSION_TTL_SECONDS * 1000 + 1000);
    const confirm = await verify(token);
    expect([confirm.statusCode, confirm.json().code]).toEqual([400, 'invalid_or_expired_token']);
    expect((await userRow(owner.id)).email).toBe(owner.email);
  });
});
