import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backend, bearer, buildTestApp, type LoggedInUser, registerAndLogin, type TestApp } from '../helper.js';

// Ids JavaScript would read as a number, but that are not a user id written plainly: all 400, never 500,
// never another user (" 1" is not user 1, "1e3" is not user 1000, "0x10" is not user 16).
const MALFORMED_IDS = ['1e309', '1e3', '-1', '0', '2147483648', '0x10', '1.5', '%201', '1%20', '+1', '9'.repeat(99), 'Infinity', 'NaN', '1,2'];

describe(`malformed user ids on ${backend}`, () => {
  let t: TestApp;
  let admin: LoggedInUser;
  beforeAll(async () => {
    t = await buildTestApp();
    admin = await registerAndLogin(t.app, { role: 'admin' });
    // Users 1000 and 16 exist, so a coerced "1e3" or "0x10" would find someone.
    for (const id of [16, 1000]) {
      const now = Date.now();
      await t.app.db.insertInto('users')
        .values({ id, username: `user${id}`, email: `user${id}@example.com`, password_hash: 'x', role: 'user', is_active: 1, locked_until: null, last_login_at: null, created_at: now, updated_at: now } as never)
        .execute();
    }
  });
  afterAll(async () => t.close());

  const request = (method: 'GET' | 'PUT' | 'DELETE', id: string) =>
    t.app.inject({ method, url: `/api/users/${id}`, headers: bearer(admin.access), ...(method === 'PUT' ? { payload: { is_active: false } } : {}) });

  for (const method of ['GET', 'PUT', 'DELETE'] as const) {
    it.each(MALFORMED_IDS.map((id) => [id.length > 20 ? `${id.slice(0, 12)}… (${id.length} digits)` : id, id]))(`${method} /api/users/%s as admin: 400 validation_failed`, async (_label, id) => {
      const res = await request(method, id);
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ code: 'validation_failed', errors: [{ field: 'id' }] });
    });
  }

  it('an empty id is a 400 too (the route without an id takes no PUT or DELETE body)', async () => {
    for (const method of ['GET', 'PUT', 'DELETE'] as const) {
      const res = await request(method, '');
      expect(res.statusCode, method).toBe(400);
      expect(res.json(), method).toMatchObject({ code: 'validation_failed', errors: [{ field: 'id' }] });
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
  });

  it('nobody is changed or deleted by the malformed ids', async () => {
    // Sent here again, so this test does not lean on the ones before it having run.
    for (const method of ['GET', 'PUT', 'DELETE'] as const) {
      for (const id of MALFORMED_IDS) expect((await request(method, id)).statusCode, `${method} ${id}`).toBe(400);
    }
    const rows = await t.app.db.selectFrom('users').select(['id', 'is_active']).orderBy('id').execute();
    expect(rows.map((r) => [Number(r.id), Boolean(r.is_active)])).toEqual([[admin.id, true], [16, true], [1000, true]]);
  });

  it('plain ids still work, and so do query numbers', async () => {
    expect((await request('GET', '1000')).statusCode).toBe(200);
    expect((await request('GET', '2147483647')).statusCode).toBe(404);
    const list = await t.app.inject({ method: 'GET', url: '/api/users?page=1&per_page=2', headers: bearer(admin.access) });
    expect(list.statusCode).toBe(200);
    for (const page of ['1e3', '0x2', '1e309', ' 2', '9'.repeat(400)]) {
      const res = await t.app.inject({ method: 'GET', url: `/api/users?page=${encodeURIComponent(page)}`, headers: bearer(admin.access) });
      expect(res.statusCode, page).toBe(400);
      expect(res.json().errors).toEqual([{ field: 'page', message: 'must be an integer in decimal digits' }]);
    }
  });
});
