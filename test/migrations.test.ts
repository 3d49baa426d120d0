import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../src/db/connection.js';
import { migrateToLatest, migrationStatus, rollbackOne } from '../src/db/migrator.js';
import { backend, createTestDatabase, type TestDatabase } from './helper.js';

async function tableNames({ db }: DatabaseHandle): Promise<string[]> {
  const tables = await db.introspection.getTables({ withInternalKyselyTables: true });
  return tables.map((table) => table.name).sort();
}

describe(`migrations on ${backend}`, () => {
  let database: TestDatabase;
  let handle: DatabaseHandle;
  beforeAll(async () => {
    database = await createTestDatabase();
    handle = openDatabase(database.url);
  });
  afterAll(async () => {
    await handle.db.destroy();
    await database.drop();
  });

  it('applies up, down and up again', async () => {
    const applied = await migrateToLatest(handle.db);
    expect(applied.length).toBeGreaterThan(0);
    expect(await tableNames(handle)).toEqual(expect.arrayContaining(['login_failures', 'sessions', 'users']));
    expect((await migrationStatus(handle.db)).every((m) => m.executedAt !== null)).toBe(true);
    expect(await migrateToLatest(handle.db)).toEqual([]);

    for (let i = 0; i < applied.length; i++) await rollbackOne(handle.db);
    const left = await tableNames(handle);
    expect(left).not.toContain('users');
    expect(left).not.toContain('sessions');
    expect((await migrationStatus(handle.db)).every((m) => m.executedAt === null)).toBe(true);

    expect(await migrateToLatest(handle.db)).toEqual(applied);
    expect(await tableNames(handle)).toEqual(expect.arrayContaining(['login_failures', 'sessions', 'users']));
  });

  it('enforces case-insensitive usernames and cascades sessions with their user', async () => {
    const now = Date.now();
    const row = { email: 'a@example.com', password_hash: 'x', role: 'user' as const, is_active: 1, created_at: now, updated_at: now };
    const { id } = await handle.db.insertInto('users').values({ ...row, username: 'Alice' }).returning('id').executeTakeFirstOrThrow();
    await expect(handle.db.insertInto('users').values({ ...row, email: 'b@example.com', username: 'ALICE' }).execute()).rejects.toThrow();
    await handle.db.insertInto('sessions').values({ id: 's1', user_id: id, refresh_jti: 'j', created_at: now, last_used_at: now, expires_at: now + 1000 }).execute();
    await handle.db.deleteFrom('users').where('id', '=', id).execute();
    expect(await handle.db.selectFrom('sessions').selectAll().execute()).toEqual([]);
  });
});
