import { CompiledQuery } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UserList } from '../src/schemas/user.js';
import { filteredUsers, insertUser } from '../src/users/repository.js';
import { backend, bearer, buildTestApp, type LoggedInUser, registerAndLogin, type TestApp } from './helper.js';

const HOUR = 3_600_000;

describe(`users: the status filter on ${backend}`, () => {
  let t: TestApp;
  let admin: LoggedInUser;
  const expected: Record<'active' | 'disabled' | 'locked', number[]> = { active: [], disabled: [], locked: [] };
  beforeAll(async () => {
    t = await buildTestApp();
    admin = await registerAndLogin(t.app, { role: 'admin' });
    expected.active.push(admin.id);
    const now = Date.now();
    // Cycle: active, deactivated, locked now, a lock that expired (active), deactivated and locked (both).
    for (let i = 0; i < 25; i++) {
      const n = String(i).padStart(2, '0');
      const user = await insertUser(t.app.db, { username: `state_${n}`, email: `s${n}@status.example`, passwordHash: 'x', role: i % 4 === 0 ? 'admin' : 'user', now });
      const kind = i % 5;
      const changes = [{}, { is_active: 0 }, { locked_until: now + HOUR }, { locked_until: now - HOUR }, { is_active: 0, locked_until: now + HOUR }][kind]!;
      if (Object.keys(changes).length > 0) await t.app.db.updateTable('users').set(changes).where('id', '=', user.id).execute();
      if (kind === 0 || kind === 3) expected.active.push(user.id);
      if (kind === 1 || kind === 4) expected.disabled.push(user.id);
      if (kind === 2 || kind === 4) expected.locked.push(user.id);
    }
  });
  afterAll(async () => t.close());

  const body = async (query: string): Promise<UserList> => {
    const res = await t.app.inject({ method: 'GET', url: `/api/users${query}`, headers: bearer(admin.access) });
    expect(res.statusCode, `${query}: ${res.body}`).toBe(200);
    return res.json();
  };

  it.each(['active', 'disabled', 'locked'] as const)('walks status=%s with after/next: exactly those users, in id order', async (status) => {
    const seen: number[] = [];
    let after: number | null = 0;
    let pages = 0;
    while (after !== null && pages++ < 50) {
      const page: UserList = await body(`?status=${status}&after=${after}&per_page=3`);
      seen.push(...page.users.map((u) => u.id));
      after = page.next;
    }
    expect(seen).toEqual(expected[status]);
    expect((await body(`?status=${status}`)).total).toBe(expected[status].length);
    const users = (await body(`?status=${status}&per_page=100`)).users;
    if (status === 'active') expect(users.every((u) => u.is_active && !u.is_locked)).toBe(true);
    if (status === 'disabled') expect(users.every((u) => !u.is_active)).toBe(true);
    if (status === 'locked') expect(users.every((u) => u.is_locked)).toBe(true);
  });

  it('combines with role and q', async () => {
    const users = (await body('?status=disabled&role=admin&q=STATE_')).users;
    expect(users.length).toBeGreaterThan(0);
    expect(users.every((u) => u.role === 'admin' && !u.is_active && u.username.startsWith('state_'))).toBe(true);
  });

  it('refuses an unknown status (400)', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/users?status=sleeping', headers: bearer(admin.access) });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('validation_failed');
  });

  it.runIf(backend === 'postgres')('pages disabled and locked users from their partial indexes on PostgreSQL, not the whole table', async () => {
    const db = t.app.db;
    const now = Date.now();
    await db.insertInto('users').values(Array.from({ length: 2000 }, (_, n) => ({ username: `mass_${n}`, email: `mass_${n}@status.example`, password_hash: 'x', role: 'user' as const, is_active: 1, created_at: now, updated_at: now }))).execute();
    await db.executeQuery(CompiledQuery.raw('ANALYZE users'));
    const plans = await db.connection().execute(async (conn) => {
      const explain = async (status: 'disabled' | 'locked') => {
        const query = filteredUsers(conn, { status: { is: status, now } }).select('id').where('id', '>', 0).orderBy('id').limit(21).compile();
        return (await conn.executeQuery<{ 'QUERY PLAN': string }>(CompiledQuery.raw(`EXPLAIN ${query.sql}`, [...query.parameters]))).rows.map((r) => r['QUERY PLAN']).join('\n');
      };
      return { disabled: await explain('disabled'), locked: await explain('locked') };
    });
    expect(plans.disabled).toMatch(/users_disabled_id/);
    expect(plans.locked).toMatch(/users_locked_id/);
  });
});
