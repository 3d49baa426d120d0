import { CompiledQuery } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filteredUsers, insertUser } from '../src/users/repository.js';
import type { UserList } from '../src/schemas/user.js';
import { listSettings } from '../src/users/user-service.js';
import { backend, bearer, buildTestApp, type LoggedInUser, registerAndLogin, type TestApp } from './helper.js';

const SEEDED = 30;

/** The list's answer, as the service types it. */
type ListBody = UserList;

describe(`users: keyset paging and the capped total on ${backend}`, () => {
  let t: TestApp;
  let admin: LoggedInUser;
  beforeAll(async () => {
    t = await buildTestApp();
    admin = await registerAndLogin(t.app, { role: 'admin' });
    const now = Date.now();
    for (let i = 0; i < SEEDED; i++) {
      const n = String(i).padStart(2, '0');
      // Every third one is an admin; every other one's name carries "Walker".
      const username = i % 2 === 0 ? `Walker_${n}` : `Strider_${n}`;
      await insertUser(t.app.db, { username, email: `k${n}@keyset.example`, passwordHash: 'x', role: i % 3 === 0 ? 'admin' : 'user', now });
    }
  });
  afterAll(async () => t.close());

  const list = (query: string) => t.app.inject({ method: 'GET', url: `/api/users${query}`, headers: bearer(admin.access) });
  const body = async (query: string): Promise<ListBody> => {
    const res = await list(query);
    expect(res.statusCode, `${query}: ${res.body}`).toBe(200);
    return res.json();
  };
  /** The ids the database holds for a filter, in id order. */
  const expectedIds = async (filter: { role?: 'admin' | 'user'; q?: string }) =>
    (await filteredUsers(t.app.db, filter).select('id').orderBy('id').execute()).map((r) => r.id);

  /** Follows `next` from the start; returns every id seen and the pages. */
  async function walk(filter: string, perPage: number): Promise<{ ids: number[]; pages: ListBody[] }> {
    const pages: ListBody[] = [];
    let after: number | null = 0;
    while (after !== null) {
      const page: ListBody = await body(`?after=${after}&per_page=${perPage}${filter}`);
      pages.push(page);
      after = page.next;
      if (pages.length > 100) throw new Error('next never became null');
    }
    return { ids: pages.flatMap((p) => p.users.map((u) => u.id)), pages };
  }

  it.each([
    ['everyone', '', {}],
    ['a role', '&role=admin', { role: 'admin' as const }],
    ['a search', '&q=walker', { q: 'walker' }],
    ['a role and a search', '&role=user&q=WALKER', { role: 'user' as const, q: 'walker' }],
  ])('walks %s with after/next: every user once, in id order, and the last page has next null', async (_name, filter, expected) => {
    const ids = await expectedIds(expected);
    expect(ids.length).toBeGreaterThan(4);
    const { ids: seen, pages } = await walk(filter, 4);
    expect(seen).toEqual(ids);
    expect(pages.at(-1)!.next).toBeNull();
    for (const page of pages) expect(page).toMatchObject({ page: null, per_page: 4, total: ids.length, total_exact: true, pages: Math.ceil(ids.length / 4) });
    // Each page's next is its last id; the last page's is null.
    expect(pages.map((p) => p.next)).toEqual([...pages.slice(0, -1).map((p) => p.users.at(-1)!.id), null]);
    // Full pages until the last; a count that divides evenly ends on a full page with next null, not an empty one.
    expect(pages.slice(0, -1).every((p) => p.users.length === 4)).toBe(true);
    expect(pages.at(-1)!.users.length).toBeGreaterThan(0);
  });

  it('is exclusive: after=<id> starts at the next id', async () => {
    const ids = await expectedIds({});
    const page = await body(`?after=${ids[2]}&per_page=3`);
    expect(page.users.map((u) => u.id)).toEqual(ids.slice(3, 6));
    expect(page.next).toBe(ids[5]);
  });

  it('after beyond the end is an empty page with next null', async () => {
    const ids = await expectedIds({});
    expect(await body(`?after=${ids.at(-1)}`)).toMatchObject({ users: [], page: null, next: null, total: ids.length, total_exact: true });
    expect(await body('?after=2147483647&role=admin')).toMatchObject({ users: [], next: null });
  });

  it('offset pages carry next too, null on the last one', async () => {
    const ids = await expectedIds({});
    const first = await body('?per_page=5');
    expect(first).toMatchObject({ page: 1, next: ids[4] });
    const lastPage = Math.ceil(ids.length / 5);
    expect(await body(`?page=${lastPage}&per_page=5`)).toMatchObject({ page: lastPage, next: null });
    expect(await body(`?page=${lastPage + 1}&per_page=5`)).toMatchObject({ users: [], next: null });
    // An offset page's next continues as a keyset page.
    expect((await body(`?after=${first.next}&per_page=5`)).users.map((u) => u.id)).toEqual(ids.slice(5, 10));
  });

  it('refuses page with after, and a malformed after, with 400', async () => {
    for (const query of ['?page=1&after=0', '?page=2&after=5&per_page=3', '?after=-1', '?after=abc', '?after=1.5', '?after=2147483648']) {
      const res = await list(query);
      expect(res.statusCode, query).toBe(400);
      expect(res.json().code, query).toBe('validation_failed');
    }
  });

  it('caps the count: above the cap, total is the cap and total_exact is false', async () => {
    const all = (await expectedIds({})).length;
    const saved = listSettings.countCap;
    try {
      listSettings.countCap = 10;
      expect(await body('?per_page=4')).toMatchObject({ total: 10, total_exact: false, pages: 3 });
      const keyset = await body('?after=0&per_page=4');
      expect(keyset).toMatchObject({ total: 10, total_exact: false, pages: 3 });
      // Paging itself is not capped: next keeps leading on past the cap.
      expect((await walk('', 4)).ids).toHaveLength(all);
      // Exactly at the cap, the count is still exact.
      const admins = (await expectedIds({ role: 'admin' })).length;
      listSettings.countCap = admins;
      expect(await body('?role=admin')).toMatchObject({ total: admins, total_exact: true });
      listSettings.countCap = admins - 1;
      expect(await body('?role=admin')).toMatchObject({ total: admins - 1, total_exact: false });
    } finally {
      listSettings.countCap = saved;
    }
    expect(await body('')).toMatchObject({ total: all, total_exact: true });
  });

  it.runIf(backend === 'postgres')('serves the q search from one pg_trgm index on PostgreSQL', async () => {
    const db = t.app.db;
    const now = Date.now();
    for (let batch = 0; batch < 4; batch++) {
      await db.insertInto('users').values(Array.from({ length: 500 }, (_, i) => {
        const n = batch * 500 + i;
        return { username: `bulk_${n}`, email: `bulk_${n}@bulk.example`, password_hash: 'x', role: 'user' as const, is_active: 1, created_at: now, updated_at: now };
      })).execute();
    }
    await db.executeQuery(CompiledQuery.raw('ANALYZE users'));
    const indexes = (await db.executeQuery<{ indexname: string }>(CompiledQuery.raw("SELECT indexname FROM pg_indexes WHERE tablename = 'users'"))).rows.map((r) => r.indexname);
    expect(indexes).toContain('users_search_trgm');
    // Replaced by the one index on the search expression (two index scans per search cost twice as much).
    expect(indexes).not.toContain('users_username_trgm');
    expect(indexes).not.toContain('users_email_trgm');

    const plan = await db.connection().execute(async (conn) => {
      await conn.executeQuery(CompiledQuery.raw('SET enable_seqscan = off'));
      try {
        const explain = async (query: CompiledQuery) =>
          (await conn.executeQuery<{ 'QUERY PLAN': string }>(CompiledQuery.raw(`EXPLAIN ${query.sql}`, [...query.parameters]))).rows.map((r) => r['QUERY PLAN']).join('\n');
        return {
          search: await explain(filteredUsers(conn, { q: 'lker_1' }).select('id').compile()),
          count: await explain(conn.selectFrom(filteredUsers(conn, { q: 'k1@keyset' }).select('id').limit(10_001).as('c')).select((eb) => eb.fn.countAll().as('n')).compile()),
        };
      } finally {
        await conn.executeQuery(CompiledQuery.raw('RESET enable_seqscan'));
      }
    });
    expect(plan.search).toMatch(/Bitmap Index Scan on users_search_trgm/);
    expect(plan.count).toMatch(/Bitmap Index Scan on users_search_trgm/);
    // And the endpoint still finds what it should with the indexes in place.
    expect((await body('?q=BULK_199&per_page=100')).users.map((u) => u.username)).toEqual(['bulk_199', 'bulk_1990', 'bulk_1991', 'bulk_1992', 'bulk_1993', 'bulk_1994', 'bulk_1995', 'bulk_1996', 'bulk_1997', 'bulk_1998', 'bulk_1999']);
  });
});
