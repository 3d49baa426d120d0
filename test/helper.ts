import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { afterEach } from 'vitest';
import { buildApp } from '../src/app.js';
import type { Clock } from '../src/clock.js';
import { type Config, type Env, loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/connection.js';
import { migrateToLatest } from '../src/db/migrator.js';
import { createLogger } from '../src/logging.js';

export const TEST_SECRET = 'gatehouse-test-secret-0123456789-abcdefghijklmnop';
/** Set TEST_DATABASE_URL=postgres://… to run the suite on PostgreSQL; SQLite otherwise. */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL;
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL;
export const backend = TEST_DATABASE_URL ? 'postgres' : 'sqlite';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A database of its own for one test file: a temporary SQLite file, or a fresh PostgreSQL database. */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (!TEST_DATABASE_URL) {
    const dir = mkdtempSync(path.join(tmpdir(), 'gatehouse-test-'));
    return { url: `sqlite:///${path.join(dir, 'test.db')}`, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `gatehouse_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

export function testConfig(env: Env = {}): Config {
  return loadConfig({
    NODE_ENV: 'test',
    JWT_SECRET_KEY: TEST_SECRET,
    LOG_LEVEL: 'silent',
    LOG_TO_FILE: 'false',
    // Cheap hashes keep the suite fast; production parameters are the defaults.
    ARGON2_MEMORY_COST: '8192',
    ARGON2_TIME_COST: '1',
    AUTH_RATE_LIMIT_MAX: '100000',
    // Load shedding follows the machine's load, which a test must not depend on (2 cores, parallel workers).
    MAX_EVENT_LOOP_DELAY: '0',
    // Mail goes to .eml files in a temporary folder unless a test starts an SMTP server.
    MAIL_OUTBOX_DIR: path.join(tmpdir(), 'gatehouse-test-mail'),
    // The PostgreSQL run keeps rate-limit counters in Redis, as a multi-instance deployment does.
    ...(TEST_REDIS_URL ? { REDIS_URL: TEST_REDIS_URL } : {}),
    ...env,
  });
}

/** A clock the test moves by hand. */
export function manualClock(start = Date.UTC(2026, 0, 1)): Clock & { advance(ms: number): void; set(ms: number): void } {
  let now = start;
  return {
    now: () => now,
    advance: (ms) => {
      now += ms;
    },
    set: (ms) => {
      now = ms;
    },
  };
}

/**
 * A manual clock shared by the tests of a describe block, each of which owns it: every test starts at `start`,
 * whatever the test before moved it to (an afterEach puts it back), so no test depends on another's moves.
 */
export function perTestClock(start = Date.UTC(2026, 0, 1)): ReturnType<typeof manualClock> {
  const clock = manualClock(start);
  afterEach(() => clock.set(start));
  return clock;
}

export interface TestApp {
  app: FastifyInstance;
  config: Config;
  database: TestDatabase;
  close(): Promise<void>;
}

export interface TestAppOptions {
  env?: Env;
  /** Share a database between apps (e.g. two instances); the first owner drops it. */
  database?: TestDatabase;
  clock?: Clock;
  /** Registers test-only routes before `ready()` (edge rules attach when a route is registered). */
  beforeReady?: (app: FastifyInstance) => void;
}

/** Builds the app on a fresh, migrated database of its own (or a given one). */
export async function buildTestApp({ env = {}, database, clock, beforeReady }: TestAppOptions = {}): Promise<TestApp> {
  const ownsDatabase = !database;
  const db = database ?? (await createTestDatabase());
  // Test databases share one Redis: each keeps its counters under a prefix of its own, as separate deployments would.
  const config = testConfig({ DATABASE_URL: db.url, REDIS_KEY_PREFIX: `gatehouse-test:${createHash('sha256').update(db.url).digest('hex').slice(0, 12)}:`, ...env });
  if (ownsDatabase) {
    const handle = openDatabase(db.url, { poolSize: 1 });
    await migrateToLatest(handle.db);
    await handle.db.destroy();
  }
  const logging = createLogger(config, { stdout: false });
  const app = await buildApp({ config, logger: logging.logger, clock });
  beforeReady?.(app);
  await app.ready();
  return {
    app,
    config,
    database: db,
    close: async () => {
      await app.close();
      await logging.close();
      if (ownsDatabase) await db.drop();
    },
  };
}

export const PASSWORD = 'quiet-Lantern-47-orbit';
let sequence = 0;

/** A username and email no other test uses. */
export function uniqueIdentity(prefix = 'user'): { username: string; email: string } {
  sequence += 1;
  const tag = `${prefix}${sequence}_${randomBytes(3).toString('hex')}`;
  return { username: tag, email: `${tag}@example.com` };
}

/** The session id (`sid` claim) a Gatehouse token carries, read without verifying it. */
export function sessionIdOf(token: string): string {
  return (JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as { sid: string }).sid;
}

export function bearer(token: string): { authorization: string } {
  return { authorization: `Bearer ${token}` };
}

export interface LoggedInUser {
  id: number;
  username: string;
  email: string;
  password: string;
  access: string;
  refresh: string;
}

export async function registerUser(app: FastifyInstance, fields: Partial<{ username: string; email: string; password: string }> = {}) {
  const body = { ...uniqueIdentity(), password: PASSWORD, ...fields };
  const res = await app.inject({ method: 'POST', url: '/api/auth/register', payload: body });
  if (res.statusCode !== 201) throw new Error(`register failed: ${res.statusCode} ${res.body}`);
  return { ...body, id: res.json().user.id as number };
}

export async function loginUser(app: FastifyInstance, login: { username?: string; email?: string; password: string }) {
  return app.inject({ method: 'POST', url: '/api/auth/login', payload: login });
}

/** Registers a fresh user and logs in; role 'admin' is set in the database directly. */
export async function registerAndLogin(
  app: FastifyInstance,
  { role = 'user', ...fields }: { role?: 'user' | 'admin'; username?: string; email?: string; password?: string } = {},
): Promise<LoggedInUser> {
  const user = await registerUser(app, fields);
  if (role !== 'user') await app.db.updateTable('users').set({ role }).where('id', '=', user.id).execute();
  const res = await loginUser(app, { username: user.username, password: user.password });
  if (res.statusCode !== 200) throw new Error(`login failed: ${res.statusCode} ${res.body}`);
  return { ...user, access: res.json().access_token, refresh: res.json().refresh_token };
}
