import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { backend, bearer, buildTestApp, registerAndLogin, type TestApp, uniqueIdentity } from '../helper.js';
import { deliverMail, startSmtpServer, type TestSmtpServer } from '../smtp-helper.js';
import { waitFor } from '../wait-for.js';

// An invitation's link creates one account, once: racing accepts of one token, and an accept racing its revocation,
// are decided by the one statement that spends the token. Each race is lined up on the server side: every accept
// is held after its checks and its hash, just before its transaction, until all of them got there.

const PASSWORD = 'amber-Falcon-93-river';
const ACCEPTS = 12;
const ROUNDS = 5;

describe(`invitations racing on ${backend}`, () => {
  let t: TestApp;
  let smtp: TestSmtpServer;
  let admin: Awaited<ReturnType<typeof registerAndLogin>>;
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

  /** Holds every password hash (after it ran) until `release()`; `whenHeld(n)` resolves once n are held. */
  function holdHashes() {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let held = 0;
    const passwords = t.app.services.passwords;
    const hash = passwords.hash.bind(passwords);
    vi.spyOn(passwords, 'hash').mockImplementation(async (password) => {
      const result = await hash(password);
      held += 1;
      await gate;
      return result;
    });
    return { release, whenHeld: (n: number) => waitFor(`${n} held hashes`, () => (held >= n ? true : undefined)) };
  }

  async function invitation() {
    const { email } = uniqueIdentity('guest');
    const res = await t.app.inject({ method: 'POST', url: '/api/admin/invitations', headers: bearer(admin.access), payload: { email, role: 'user' } });
    expect(res.statusCode).toBe(201);
    await deliverMail(t.app);
    return { email, id: res.json().invitation.id as string, token: await smtp.tokenFor(email) };
  }
  const accept = (token: string) =>
    t.app.inject({ method: 'POST', url: '/api/auth/invitations/accept', payload: { token, username: uniqueIdentity('racer').username, password: PASSWORD } });
  const usersWith = async (email: string) => (await t.app.db.selectFrom('users').select('id').where('email', '=', email).execute()).length;

  it('of many concurrent accepts of one token exactly one creates the account; the rest are refused as a used token', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { email, token } = await invitation();
      const hold = holdHashes();
      const racing = Array.from({ length: ACCEPTS }, () => accept(token));
      await hold.whenHeld(ACCEPTS);
      hold.release();
      const results = await Promise.all(racing);
      expect(results.filter((r) => r.statusCode === 201), `round ${round}`).toHaveLength(1);
      // Not 409: the token decided, not the unique index on the address.
      expect(results.filter((r) => r.statusCode === 400 && r.json().code === 'invalid_or_expired_token'), `round ${round}`).toHaveLength(ACCEPTS - 1);
      expect(await usersWith(email)).toBe(1);
      vi.restoreAllMocks();
    }
  });

  it('an accept racing its revocation is either accepted or refused, never both', async () => {
    for (let round = 0; round < ROUNDS * 2; round++) {
      const { email, id, token } = await invitation();
      const hold = holdHashes();
      const accepting = accept(token);
      await hold.whenHeld(1);
      // Alternate who is let go first, so both orders are exercised.
      const revoking = round % 2 === 0
        ? (hold.release(), t.app.inject({ method: 'DELETE', url: `/api/admin/invitations/${id}`, headers: bearer(admin.access) }))
        : t.app.inject({ method: 'DELETE', url: `/api/admin/invitations/${id}`, headers: bearer(admin.access) }).finally(() => hold.release());
      const [accepted, revoked] = await Promise.all([accepting, revoking]);
      const row = await t.app.db.selectFrom('invitations').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      if (accepted.statusCode === 201) {
        expect(revoked.statusCode, `round ${round}`).toBe(404);
        expect(row.accepted_at !== null && row.revoked_at === null, `round ${round}`).toBe(true);
        expect(await usersWith(email)).toBe(1);
      } else {
        expect(accepted.json().code, `round ${round}`).toBe('invalid_or_expired_token');
        expect(revoked.statusCode, `round ${round}`).toBe(204);
        expect(row.revoked_at !== null && row.accepted_at === null, `round ${round}`).toBe(true);
        expect(await usersWith(email)).toBe(0);
      }
      vi.restoreAllMocks();
    }
  });
});
