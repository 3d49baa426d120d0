import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backend, bearer, buildTestApp, type LoggedInUser, registerAndLogin } from './helper.js';

/** Everything the app wrote to its log files (read after close, which flushes them). */
function readLogDir(dir: string): string {
  return readdirSync(dir).filter((f) => f.endsWith('.log') && f !== 'current.log').map((f) => readFileSync(path.join(dir, f), 'utf8')).join('');
}

describe(`users: audit events on ${backend}`, () => {
  it('records role changes, (de)activation, unlock, password change and deletion with actor and target', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gatehouse-users-audit-'));
    // The app as the suite builds it everywhere, with its audit events going to log files as in production.
    const t = await buildTestApp({ env: { LOG_TO_FILE: 'true', LOG_DIR: dir, LOG_LEVEL: 'info' } });
    const put = (id: number, token: string, payload: object) => t.app.inject({ method: 'PUT', url: `/api/users/${id}`, headers: bearer(token), payload });
    let admin!: LoggedInUser;
    let bob!: LoggedInUser;
    try {
      admin = await registerAndLogin(t.app, { role: 'admin' });
      bob = await registerAndLogin(t.app);
      expect((await put(bob.id, admin.access, { role: 'admin' })).statusCode).toBe(200);
      expect((await put(bob.id, admin.access, { is_active: false })).statusCode).toBe(200);
      // An unlock is recorded when there was something to unlock: failed attempts counted.
      await t.app.db.updateTable('users').set({ failed_login_attempts: 2 }).where('id', '=', bob.id).execute();
      expect((await put(bob.id, admin.access, { is_active: true, unlock: true })).statusCode).toBe(200);
      expect((await put(admin.id, admin.access, { password: 'amber-Falcon-93-river', current_password: admin.password })).statusCode).toBe(200);
      expect((await t.app.inject({ method: 'DELETE', url: `/api/users/${bob.id}`, headers: bearer(admin.access) })).statusCode).toBe(204);
      // Refused: the last admin cannot demote themselves. It must leave no audit trace.
      const refused = await put(admin.id, admin.access, { role: 'user' });
      expect(refused.statusCode).toBe(409);
      expect(refused.json().code).toBe('last_admin');
    } finally {
      await t.close();
    }

    const written = readLogDir(dir);
    const lines = written.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);
    const audits = (event: string) => lines.filter((line) => line.audit === event);
    const who = { actor_id: admin.id, user_id: bob.id };
    expect(audits('role_changed')).toEqual([expect.objectContaining({ ...who, from: 'user', to: 'admin' })]);
    expect(audits('user_deactivated')).toEqual([expect.objectContaining(who)]);
    expect(audits('user_reactivated')).toEqual([expect.objectContaining(who)]);
    expect(audits('user_unlocked')).toEqual([expect.objectContaining(who)]);
    expect(audits('password_changed')).toEqual([expect.objectContaining({ actor_id: admin.id, user_id: admin.id })]);
    expect(audits('user_deleted')).toEqual([expect.objectContaining(who)]);
    // In the order they happened.
    const order = lines.map((line) => line.audit).filter((event) => ['role_changed', 'user_deactivated', 'user_reactivated', 'password_changed', 'user_deleted'].includes(String(event)));
    expect(order).toEqual(['role_changed', 'user_deactivated', 'user_reactivated', 'password_changed', 'user_deleted']);
    // No line carries a password or a hash.
    expect(written).not.toMatch(/amber-Falcon|quiet-Lantern|\$argon2/);
  });
});
