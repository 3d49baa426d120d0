import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateSession } from '../src/account/sessions.js';
import { openDatabase } from '../src/db/connection.js';
import { inWriteTransaction } from '../src/db/transactions.js';
import { backend, bearer, buildTestApp, registerAndLogin, sessionIdOf, type TestApp } from './helper.js';

// The hot queries (the session read of every authenticated request, the refresh rotation) are prepared once; on
// PostgreSQL they run as named statements, whose plan is kept per connection.
describe('prepared queries', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(async () => t.close());

  it.runIf(backend === 'postgres')('run as named statements on PostgreSQL, parsed once per connection', async () => {
    const user = await registerAndLogin(t.app);
    const { db } = openDatabase(t.database.url, { poolSize: 1 });
    try {
      for (let i = 0; i < 3; i++) await validateSession(db, { sessionId: sessionIdOf(user.access), subject: String(user.id) }, Date.now());
      // One connection: the statements it has prepared are the pool's.
      const { rows } = await sql<{ name: string }>`select name from pg_prepared_statements`.execute(db);
      expect(rows.map((row) => row.name)).toContain('gatehouse_prepared_1');
    } finally {
      await db.destroy();
    }
  });

  it('keep answering when a migration adds columns while the server runs (no `*` in a kept plan)', async () => {
    const user = await registerAndLogin(t.app);
    // Every connection of the pool prepares its statements first.
    const before = await Promise.all(Array.from({ length: 12 }, () => t.app.inject({ method: 'GET', url: '/api/users/me', headers: bearer(user.access) })));
    expect(before.map((res) => res.statusCode)).toEqual(Array(12).fill(200));
    await sql`alter table users add column added_later integer`.execute(t.app.db);
    await sql`alter table sessions add column added_later integer`.execute(t.app.db);
    try {
      const after = await Promise.all(Array.from({ length: 12 }, () => t.app.inject({ method: 'GET', url: '/api/users/me', headers: bearer(user.access) })));
      expect(after.map((res) => res.statusCode)).toEqual(Array(12).fill(200));
      const refreshed = await t.app.inject({ method: 'POST', url: '/api/auth/refresh', headers: bearer(user.refresh), payload: {} });
      expect(refreshed.statusCode).toBe(200);
      const again = await t.app.inject({ method: 'POST', url: '/api/auth/refresh', headers: bearer(refreshed.json().refresh_token), payload: {} });
      expect(again.statusCode).toBe(200);
    } finally {
      await sql`alter table users drop column added_later`.execute(t.app.db);
      await sql`alter table sessions drop column added_later`.execute(t.app.db);
    }
  });

  it.runIf(backend === 'sqlite')('on SQLite, read the session through the reading connection while a write transaction is open (no wait behind it, nothing uncommitted seen), and through the writing one once it committed', async () => {
    const user = await registerAndLogin(t.app);
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let holding!: () => void;
    const started = new Promise<void>((resolve) => {
      holding = resolve;
    });
    // The writing connection is taken by a transaction that revokes the session and waits before committing.
    const transaction = inWriteTransaction(t.app.db, async (trx) => {
      await trx.updateTable('sessions').set({ revoked_at: Date.now(), revoked_reason: 'logout' }).where('id', '=', sessionIdOf(user.access)).execute();
      holding();
      await held;
    });
    await started;
    try {
      // Answered while the transaction is open (through the queue it would wait for the commit), from the committed state.
      expect((await t.app.inject({ method: 'GET', url: '/api/users/me', headers: bearer(user.access) })).statusCode).toBe(200);
    } finally {
      release();
    }
    await transaction;
    expect((await t.app.inject({ method: 'GET', url: '/api/users/me', headers: bearer(user.access) })).statusCode).toBe(401);
  });
});
