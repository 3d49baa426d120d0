import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { backend, buildTestApp, loginUser, perTestClock, registerUser, type TestApp } from '../helper.js';
import { holdVerifications } from './hold-checks.js';

// Mutation pass (the login going on past a locked identifier's counter survived the suite): a locked login
// identifier is answered 423 before anything else. Otherwise every guess through it still spends a hash on the
// account and counts on the account's own counter, so guesses through a locked username go on to lock the
// account, and its owner's right password through the email is refused too.

const MAX = 5;
const WRONG = 'Wrong-password-77';

describe(`a locked login identifier on ${backend}`, () => {
  const clock = perTestClock(Date.UTC(2026, 8, 5, 9, 0, 0));
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ clock, env: { MAX_FAILED_LOGINS: String(MAX), LOCKOUT_DURATION: '900' } });
  });
  afterEach(() => vi.restoreAllMocks());
  afterAll(async () => t.close());

  const accountFailures = async (id: number) =>
    (await t.app.db.selectFrom('users').select('failed_login_attempts').where('id', '=', id).executeTakeFirstOrThrow()).failed_login_attempts;

  it('answers 423 without a hash and without counting on the account; the email still logs in', async () => {
    const user = await registerUser(t.app);
    // The username's counter reaches MAX - 1 (so does the account's); a right login through the email clears
    // the account's and the email's, not the username's; one more wrong one locks the username alone.
    for (let i = 0; i < MAX - 1; i++) expect((await loginUser(t.app, { username: user.username, password: WRONG })).json().code).toBe('invalid_credentials');
    expect((await loginUser(t.app, { email: user.email, password: user.password })).statusCode).toBe(200);
    const locking = await loginUser(t.app, { username: user.username, password: WRONG });
    expect(locking.statusCode).toBe(423);
    expect(locking.json().code).toBe('account_locked');
    expect(await accountFailures(user.id)).toBe(1);

    const hold = holdVerifications(t, { first: 0 });
    for (let i = 0; i < MAX; i++) {
      const res = await loginUser(t.app, { username: user.username, password: i === MAX - 1 ? user.password : WRONG });
      expect(res.statusCode, `attempt ${i}`).toBe(423);
      expect(res.json().code).toBe('account_locked');
    }
    expect(hold.calls, 'hashes evaluated through the locked username').toBe(0);
    expect(await accountFailures(user.id)).toBe(1);
    expect((await loginUser(t.app, { email: user.email, password: user.password })).statusCode).toBe(200);
  });
});
