import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { openDatabase } from '../src/db/connection.js';
import { migrateToLatest } from '../src/db/migrator.js';
import { backend, bearer, createTestDatabase, registerAndLogin, type TestDatabase, testConfig } from './helper.js';

describe(`users: audit events on ${backend}`, () => {
  let app: FastifyInstance;
  let database: TestDatabase;
  const lines: Record<string, unknown>[] = [];
  beforeAll(async () => {
    database = await createTestDatabase();
    const handle = openDatabase(database.url, { poolSize: 1 });
    await migrateToLatest(handle.db);
    await handle.db.destroy();
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(JSON.parse(String(chunk)));
        done();
      },
    });
    app = await buildApp({ config: testConfig({ DATABASE_URL: database.url }), logger: pino({ level: 'info' }, sink) });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  const put = (id: number, token: string, payload: object) => app.inject({ method: 'PUT', url: `/api/users/${id}`, headers: bearer(token), payload });
  const audits = (event: string) => lines.filter((line) => line.audit === event);

  it('records role changes, (de)activation, unlock, password change and deletion with actor and target', async () => {
    const admin = await registerAndLogin(app, { role: 'admin' });
    const bob = await registerAndLogin(app);
    const who = { actor_id: admin.id, target_id: bob.id };

    expect((await put(bob.id, admin.access, { role: 'admin' })).statusCode).toBe(200);
    expect(audits('role_changed')).toEqual([expect.objectContaining({ ...who, from: 'user', to: 'admin' })]);
    expect((await put(bob.id, admin.access, { is_active: false })).statusCode).toBe(200);
    expect(audits('user_deactivated')).toEqual([expect.objectContaining(who)]);
    expect((await put(bob.id, admin.access, { is_active: true, unlock: true })).statusCode).toBe(200);
    expect(audits('user_reactivated')).toEqual([expect.objectContaining(who)]);
    expect(audits('user_unlocked')).toEqual([expect.objectContaining(who)]);
    expect((await put(admin.id, admin.access, { password: 'amber-Falcon-93-river', current_password: admin.password })).statusCode).toBe(200);
    expect(audits('password_changed')).toEqual([expect.objectContaining({ actor_id: admin.id, target_id: admin.id })]);
    expect((await app.inject({ method: 'DELETE', url: `/api/users/${bob.id}`, headers: bearer(admin.access) })).statusCode).toBe(204);
    expect(audits('user_deleted')).toEqual([expect.objectContaining(who)]);

    // Refused changes leave no audit trace, and no line carries a password or a hash.
    expect((await put(admin.id, admin.access, { role: 'user' })).statusCode).toBe(409);
    expect(audits('role_changed')).toHaveLength(1);
    expect(JSON.stringify(lines)).not.toMatch(/amber-Falcon|\$argon2/);
  });
});
