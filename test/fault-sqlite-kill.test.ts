import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/connection.js';
import { migrationStatus } from '../src/db/migrator.js';
import { migrations } from '../src/db/migrations/index.js';
import { PASSWORD, TEST_SECRET, uniqueIdentity } from './helper.js';
import { killServer, type ServerProcess, startServer } from './server-process.js';

const WORKERS = 16;
/** SIGKILL lands once this many registrations were answered 201, with WORKERS more in flight. */
const CREATED_BEFORE_KILL = 150;
// Each test starts the real server (tsx compiles it), which alone can take 5-7 s on a busy 2-core machine.

describe('SQLite faults with the real server process', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'gatehouse-kill-'));
  const file = path.join(dir, 'app.db');
  const env = {
    DATABASE_URL: `sqlite:///${file}`,
    JWT_SECRET_KEY: TEST_SECRET,
    NODE_ENV: 'production',
    // Cheap hashes: many writes per second, so the kill lands among them.
    ARGON2_MEMORY_COST: '8192',
    ARGON2_TIME_COST: '1',
    AUTH_RATE_LIMIT_MAX: '100000',
    // Load shedding is not under test: its first sample after start-up can read a slow boot as overload.
    MAX_EVENT_LOOP_DELAY: '0',
  };
  const servers: ServerProcess[] = [];

  afterAll(async () => {
    for (const server of servers) await killServer(server);
    rmSync(dir, { recursive: true, force: true });
  });

  it('SIGKILL while writing loses no acknowledged registration; the file reopens with its migrations intact', async () => {
    const first = await startServer(env);
    servers.push(first);
    expect(first.output()).toContain('migrations applied');

    const created: string[] = [];
    let socketErrors = 0;
    let killed = false;
    const worker = async () => {
      for (let i = 0; i < 1000 && !killed; i++) {
        const identity = uniqueIdentity('kill');
        try {
          const res = await fetch(`${first.url}/api/auth/register`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ ...identity, password: PASSWORD }),
            signal: AbortSignal.timeout(10_000),
          });
          // A 201 counts only once its body is read whole: that is the acknowledgement the client got.
          const body = (await res.json()) as { user?: { username: string } };
          if (res.status === 201 && body.user?.username === identity.username) created.push(identity.username);
          else throw new Error(`unexpected answer ${res.status} ${JSON.stringify(body)}`);
          if (created.length >= CREATED_BEFORE_KILL && !killed) {
            killed = true;
            first.child.kill('SIGKILL');
          }
        } catch (err) {
          if (!killed) throw err;
          socketErrors += 1; // the requests in flight when the process died
        }
      }
    };
    await Promise.all(Array.from({ length: WORKERS }, worker));
    const { signal } = await first.exited;
    expect(signal).toBe('SIGKILL');
    expect(killed).toBe(true);

    // The file opens and its integrity holds.
    const raw = new SqliteDatabase(file);
    try {
      expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
      // Every registration acknowledged with a 201 is there.
      const stored = new Set(raw.prepare('SELECT username FROM users').pluck().all() as string[]);
      expect(created.filter((username) => !stored.has(username))).toEqual([]);
      console.info(
        `fault-sqlite-kill: ${created.length} acknowledged before SIGKILL, ${socketErrors} in flight lost their connection, ` +
          `${stored.size - created.length} stored without an acknowledgement`,
      );
    } finally {
      raw.close();
    }
    // `npm run db:status` (the same function) agrees: every migration applied, none pending.
    const { db } = openDatabase(env.DATABASE_URL);
    try {
      const status = await migrationStatus(db);
      expect(status.map((m) => m.name)).toEqual(Object.keys(migrations));
      expect(status.filter((m) => m.executedAt === null)).toEqual([]);
    } finally {
      await db.destroy();
    }

    // The server starts again on the same file, with nothing to migrate, and serves the users it had.
    const second = await startServer(env);
    servers.push(second);
    expect(second.output()).not.toContain('migrations applied');
    expect((await fetch(`${second.url}/ready`)).status).toBe(200);
    const login = await fetch(`${second.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: created.at(-1), password: PASSWORD }),
    });
    expect(login.status).toBe(200);
    const again = await fetch(`${second.url}/api/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...uniqueIdentity('afterkill'), password: PASSWORD }),
    });
    expect(again.status).toBe(201);
    second.child.kill('SIGTERM');
    expect((await second.exited).code).toBe(0);
  }, 120_000);

  it('answers 503 with Retry-After when another process holds the write lock past the 5 s busy timeout', async () => {
    const busyEnv = { ...env, DATABASE_URL: `sqlite:///${path.join(dir, 'busy.db')}` };
    const server = await startServer(busyEnv);
    servers.push(server);
    const register = () =>
      fetch(`${server.url}/api/auth/register`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...uniqueIdentity('busy'), password: PASSWORD }),
        signal: AbortSignal.timeout(20_000),
      });
    // Another writer (the CLI, a second instance) takes the write lock and keeps it.
    const other = new SqliteDatabase(path.join(dir, 'busy.db'));
    try {
      other.exec('BEGIN IMMEDIATE');
      const started = Date.now();
      const res = await register();
      const waitedMs = Date.now() - started;
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('5');
      expect(await res.json()).toMatchObject({ code: 'service_unavailable', detail: 'The database is unavailable; retry shortly.' });
      expect(waitedMs).toBeGreaterThanOrEqual(4500);
      expect(waitedMs).toBeLessThan(10_000);
      console.info(`fault-sqlite-busy: 503 after ${waitedMs} ms of waiting for the write lock`);
      other.exec('ROLLBACK');
    } finally {
      other.close();
    }
    expect((await register()).status).toBe(201);
    server.child.kill('SIGTERM');
    expect((await server.exited).code).toBe(0);
  }, 60_000);
});
