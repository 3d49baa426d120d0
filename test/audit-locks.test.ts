import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backend, bearer, buildTestApp, loginUser, manualClock, registerAndLogin, registerUser, type TestApp, type TestDatabase } from './helper.js';

// Every lock is an account_locked audit event: the first, one after an earlier lock expired, one reached through
// current_password or through another identifier of the account, and one landing while the count is already
// above a (since lowered) threshold. Events are read from the log files, as an operator's shipper would.

type AuditLine = { audit: string; user_id?: number; locked_until?: string; via?: string };

function auditsIn(dir: string): AuditLine[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.log') && f !== 'current.log')
    .flatMap((f) => readFileSync(path.join(dir, f), 'utf8').split('\n'))
    .filter(Boolean)
    .map((line) => JSON.parse(line) as AuditLine)
    .filter((line) => line.audit !== undefined);
}

/**
 * An app writing its logs to a directory of its own; `close()` flushes them. Load shedding is off: a busy test
 * machine must not turn these answers into 503s.
 */
async function appWithLogs(env: Record<string, string>, options: { clock?: ReturnType<typeof manualClock>; database?: TestDatabase } = {}): Promise<{ t: TestApp; dir: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'gatehouse-audit-locks-'));
  const t = await buildTestApp({ ...options, env: { LOG_TO_FILE: 'true', LOG_DIR: dir, LOG_LEVEL: 'info', MAX_EVENT_LOOP_DELAY: '0', ...env } });
  return { t, dir };
}

const locksOf = (audits: AuditLine[], userId: number) => audits.filter((a) => a.audit === 'account_locked' && a.user_id === userId);

describe(`account_locked audit events on ${backend}`, () => {
  it('audits a lock, and again the lock after it expired: two account_locked events', async () => {
    const clock = manualClock();
    const { t, dir } = await appWithLogs({ MAX_FAILED_LOGINS: '3', LOCKOUT_DURATION: '900' }, { clock });
    let user!: Awaited<ReturnType<typeof registerUser>>;
    const lockTimes: number[] = [];
    try {
      user = await registerUser(t.app);
      const wrong = () => loginUser(t.app, { username: user.username, password: 'Wrong-password-99' });
      for (let round = 0; round < 2; round++) {
        const answers = [];
        for (let i = 0; i < 3; i++) answers.push((await wrong()).statusCode);
        expect(answers).toEqual([401, 401, 423]);
        lockTimes.push(clock.now() + 900_000);
        expect((await loginUser(t.app, { username: user.username, password: user.password })).statusCode).toBe(423);
        // The lock runs out by itself; failures counted before it are forgotten.
        clock.advance(901_000);
      }
      expect((await loginUser(t.app, { username: user.username, password: user.password })).statusCode).toBe(200);
    } finally {
      await t.close();
    }
    const locks = locksOf(auditsIn(dir), user.id);
    expect(locks.map((l) => l.locked_until)).toEqual(lockTimes.map((at) => new Date(at).toISOString()));
  });

  it('audits a lock reached through wrong current_password answers', async () => {
    const { t, dir } = await appWithLogs({ MAX_FAILED_LOGINS: '3', SELF_SERVICE_RATE_LIMIT_MAX: '100' });
    let user!: Awaited<ReturnType<typeof registerAndLogin>>;
    try {
      user = await registerAndLogin(t.app);
      const answers = [];
      for (let i = 0; i < 3; i++) {
        const res = await t.app.inject({ method: 'PUT', url: `/api/users/${user.id}`, headers: bearer(user.access), payload: { password: 'amber-Falcon-93-river', current_password: 'Wrong-password-99' } });
        answers.push(`${res.statusCode} ${res.json().code}`);
      }
      expect(answers).toEqual(['403 invalid_current_password', '403 invalid_current_password', '423 account_locked']);
    } finally {
      await t.close();
    }
    const audits = auditsIn(dir);
    expect(locksOf(audits, user.id)).toHaveLength(1);
    expect(audits.filter((a) => a.audit === 'login_failed' && a.user_id === user.id && a.via === 'current_password')).toHaveLength(3);
  });

  it('audits an account lock reached through both identifiers, though neither identifier is locked', async () => {
    const { t, dir } = await appWithLogs({ MAX_FAILED_LOGINS: '3' });
    let user!: Awaited<ReturnType<typeof registerUser>>;
    try {
      user = await registerUser(t.app);
      const answers = [];
      for (const login of [{ username: user.username }, { email: user.email }, { username: user.username }]) {
        answers.push((await loginUser(t.app, { ...login, password: 'Wrong-password-99' })).statusCode);
      }
      // Answers follow each identifier's own count (2 and 1 here), so a lock says nothing about the account.
      expect(answers).toEqual([401, 401, 401]);
      const row = await t.app.db.selectFrom('users').select(['failed_login_attempts', 'locked_until']).where('id', '=', user.id).executeTakeFirstOrThrow();
      expect(row.failed_login_attempts).toBe(3);
      expect(row.locked_until).not.toBeNull();
    } finally {
      await t.close();
    }
    expect(locksOf(auditsIn(dir), user.id)).toHaveLength(1);
  });

  it('audits a lock that lands while the count is already above a lowered threshold', async () => {
    const clock = manualClock();
    const before = await appWithLogs({ MAX_FAILED_LOGINS: '10' }, { clock });
    let user!: Awaited<ReturnType<typeof registerUser>>;
    let after: Awaited<ReturnType<typeof appWithLogs>> | undefined;
    try {
      user = await registerUser(before.t.app);
      for (let i = 0; i < 7; i++) expect((await loginUser(before.t.app, { username: user.username, password: 'Wrong-password-99' })).statusCode).toBe(401);
      // The operator lowers MAX_FAILED_LOGINS to 5: this account already has 7 recent failures and no lock.
      after = await appWithLogs({ MAX_FAILED_LOGINS: '5' }, { clock, database: before.t.database });
      const res = await loginUser(after.t.app, { username: user.username, password: 'Wrong-password-99' });
      expect(res.statusCode).toBe(423);
      expect((await loginUser(after.t.app, { username: user.username, password: user.password })).statusCode).toBe(423);
    } finally {
      await after?.t.close();
      await before.t.close();
    }
    expect(locksOf(auditsIn(before.dir), user.id)).toHaveLength(0);
    expect(after).toBeDefined();
    expect(locksOf(auditsIn(after?.dir ?? before.dir), user.id)).toHaveLength(1);
  });
});
