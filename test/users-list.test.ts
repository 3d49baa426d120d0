import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertUser } from '../src/users/repository.js';
import { backend, bearer, buildTestApp, type LoggedInUser, registerAndLogin, type TestApp } from './helper.js';

const LISTED = 25;

describe(`users: listing on ${backend}`, () => {
  let t: TestApp;
  let admin: LoggedInUser;
  beforeAll(async () => {
    t = await buildTestApp();
    admin = await registerAndLogin(t.app, { role: 'admin' });
    const now = Date.now();
    for (let i = 0; i < LISTED; i++) {
      const n = String(i).padStart(2, '0');
      // Every fifth one is an admin; the hash is never checked here.
      await insertUser(t.app.db, { username: `Lister_${n}`, email: `lister_${n}@list.example`, passwordHash: 'x', role: i % 5 === 0 ? 'admin' : 'user', now });
    }
    await insertUser(t.app.db, { username: 'pct_a1', email: 'pct1@other.example', passwordHash: 'x', now });
    await insertUser(t.app.db, { username: 'pctxa1', email: 'pct2@other.example', passwordHash: 'x', now });
  });
  afterAll(async () => t.close());

  const list = (query: string, token = admin.access) => t.app.inject({ method: 'GET', url: `/api/users${query}`, headers: bearer(token) });
  const allCount = async () => Number((await t.app.db.selectFrom('users').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  it('lists the first page by default: 20 users in id order, with the totals', async () => {
    const res = await list('');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    const total = await allCount();
    expect(total).toBe(LISTED + 3);
    expect(body).toMatchObject({ page: 1, per_page: 20, total, pages: Math.ceil(total / 20) });
    expect(body.users).toHaveLength(20);
    const ids = body.users.map((u: { id: number }) => u.id);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(body.users[0]).toHaveProperty('failed_login_attempts');
    expect(res.body).not.toMatch(/password_hash/);
  });

  it('walks every page without gaps or repeats, and a page past the end is empty with the right totals', async () => {
    const total = await allCount();
    const seen: number[] = [];
    for (let page = 1; page <= Math.ceil(total / 7); page++) {
      const body = (await list(`?page=${page}&per_page=7`)).json();
      expect(body).toMatchObject({ page, per_page: 7, total, pages: Math.ceil(total / 7) });
      seen.push(...body.users.map((u: { id: number }) => u.id));
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));

    const beyond = await list('?page=99&per_page=7');
    expect(beyond.statusCode).toBe(200);
    expect(beyond.json()).toEqual({ users: [], page: 99, per_page: 7, total, total_exact: true, pages: Math.ceil(total / 7), next: null });
  });

  it('accepts per_page 1 and 100, refuses 0, 101, page 0 and junk with 400', async () => {
    expect((await list('?per_page=1')).json().users).toHaveLength(1);
    expect((await list('?per_page=100')).json().users).toHaveLength(await allCount());
    for (const query of ['?per_page=0', '?per_page=101', '?page=0', '?page=-1', '?per_page=abc', '?page=1.5', '?role=root', '?sort=id']) {
      const res = await list(query);
      expect(res.statusCode, query).toBe(400);
      expect(res.json().code).toBe('validation_failed');
    }
  });

  it('filters by role, with totals for the filter', async () => {
    const body = (await list('?role=admin&per_page=100')).json();
    expect(body.users.every((u: { role: string }) => u.role === 'admin')).toBe(true);
    expect(body.total).toBe(LISTED / 5 + 1);
    expect(body.users).toHaveLength(body.total);
    const users = (await list('?role=user&per_page=2')).json();
    expect(users.total).toBe(LISTED - LISTED / 5 + 2);
    expect(users.pages).toBe(Math.ceil(users.total / 2));
  });

  it('searches username and email case-insensitively, alone or with the role filter', async () => {
    const byName = (await list('?q=LISTER_0&per_page=100')).json();
    expect(byName.total).toBe(10);
    expect(byName.users.map((u: { username: string }) => u.username)).toEqual(Array.from({ length: 10 }, (_, i) => `Lister_0${i}`));
    const byEmail = (await list('?q=%40LIST.example&per_page=5')).json();
    expect(byEmail).toMatchObject({ total: LISTED, pages: 5 });
    const adminsNamed = (await list('?q=lister_1&role=admin')).json();
    expect(adminsNamed.users.map((u: { username: string }) => u.username)).toEqual(['Lister_10', 'Lister_15']);
    expect((await list('?q=nobody-matches-this')).json()).toMatchObject({ users: [], total: 0, pages: 0 });
  });

  it('treats % and _ in the search as plain characters', async () => {
    expect((await list('?q=pct_')).json().users.map((u: { username: string }) => u.username)).toEqual(['pct_a1']);
    expect((await list('?q=%25')).json().total).toBe(0);
  });

  it('is for admins only', async () => {
    const user = await registerAndLogin(t.app);
    expect((await list('', user.access)).statusCode).toBe(403);
  });
});
