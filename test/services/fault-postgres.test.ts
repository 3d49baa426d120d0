import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/connection.js';
import { migrateToLatest } from '../../src/db/migrator.js';
import { buildTestApp, PASSWORD, type TestApp, uniqueIdentity } from '../helper.js';
import { type PrivatePostgres, startPrivatePostgres } from './private-servers.js';
import { waitFor } from '../wait-for.js';

// Short timeouts so a hung server is given up on quickly; the defaults (5 s, 10 s) are for production.
const CONNECT_TIMEOUT_MS = 1000;
const STATEMENT_TIMEOUT_MS = 2000;
/** The longest a request may take to get its 503 once the database is gone (connect or statement timeout + backstop + slack). */
const ANSWER_BOUND_MS = STATEMENT_TIMEOUT_MS + 1000 + 2000;

describe('PostgreSQL lost and back (a private server, stopped for real)', () => {
  let server: PrivatePostgres;
  let t: TestApp;
  let logDir: string;
  const registered: string[] = []; // every username that got a 201
  const measured: Record<string, unknown> = {}; // printed at the end, for the record

  beforeAll(async () => {
    server = await startPrivatePostgres();
    const admin = new pg.Client({ connectionString: server.url() });
    await admin.connect();
    await admin.query('CREATE DATABASE gatehouse');
    await admin.end();
    const url = server.url('gatehouse');
    const handle = openDatabase(url, { poolSize: 1 });
    await migrateToLatest(handle.db);
    await handle.db.destroy();
    logDir = mkdtempSync(path.join(tmpdir(), 'gatehouse-fault-logs-'));
    t = await buildTestApp({
      database: { url, drop: async () => {} },
      env: {
        DATABASE_CONNECT_TIMEOUT: String(CONNECT_TIMEOUT_MS),
        DATABASE_STATEMENT_TIMEOUT: String(STATEMENT_TIMEOUT_MS),
        DATABASE_POOL_SIZE: '4',
        REDIS_URL: '', // this file is about the database alone
        LOG_LEVEL: 'warn',
        LOG_TO_FILE: 'true',
        LOG_DIR: logDir,
        // Load shedding is not under test: its first sample after start-up can read a slow build as overload.
        MAX_EVENT_LOOP_DELAY: '0',
      },
    });
  });

  afterAll(async () => {
    console.info(`fault-postgres measurements: ${JSON.stringify(measured)}`);
    server?.resume();
    await t?.close();
    await server?.destroy();
    if (logDir) rmSync(logDir, { recursive: true, force: true });
  });

  async function register(): Promise<LightMyRequestResponse> {
    const identity = uniqueIdentity('pgfault');
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/register', payload: { ...identity, password: PASSWORD } });
    if (res.statusCode === 201) registered.push(identity.username);
    return res;
  }

  function expectUnavailable(res: LightMyRequestResponse): void {
    expect(res.statusCode, res.body).toBe(503);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.headers['retry-after']).toBe('5');
    expect(res.json()).toMatchObject({ status: 503, code: 'service_unavailable', detail: 'The database is unavailable; retry shortly.' });
    // Nothing of the driver reaches the client.
    expect(res.body).not.toMatch(/ECONNREFUSED|terminat|timeout|57P0|postgres/i);
  }

  interface Answer {
    res: LightMyRequestResponse;
    at: number;
  }

  /** Registrations from `workers` concurrent loops until `enough()` says stop; each loop is bounded in count. */
  async function traffic(workers: number, enough: (answers: Answer[]) => boolean): Promise<Answer[]> {
    const answers: Answer[] = [];
    await Promise.all(
      Array.from({ length: workers }, async () => {
        for (let i = 0; i < 500 && !enough(answers); i++) {
          const res = await register();
          answers.push({ res, at: Date.now() });
        }
      }),
    );
    return answers;
  }

  const timed = async (request: () => Promise<LightMyRequestResponse>) => {
    const started = Date.now();
    const res = await request();
    return { res, ms: Date.now() - started };
  };

  /** Brings the fault on while registrations are in flight, then checks every answer and what the API says meanwhile. */
  async function outage(name: string, fault: () => Promise<void> | void) {
    for (let i = 0; i < 5; i++) {
      const res = await register();
      expect(res.statusCode, res.body).toBe(201);
    }
    const known = registered.at(-1) as string;

    const before = registered.length;
    // Runs across the fault, until 8 answers were 503s.
    const during = traffic(4, (answers) => answers.filter((a) => a.res.statusCode === 503).length >= 8);
    await waitFor('registrations in flight', async () => (registered.length >= before + 10 ? true : undefined), { timeoutMs: 10_000, intervalMs: 5 });
    const faultAt = Date.now();
    await fault();
    const answers = await during;
    for (const { res } of answers) {
      expect([201, 503], `${name}: ${res.statusCode} ${res.body}`).toContain(res.statusCode);
      if (res.statusCode === 503) expectUnavailable(res);
    }
    const first503Ms = Math.min(...answers.filter((a) => a.res.statusCode === 503).map((a) => a.at)) - faultAt;

    // With the database gone, each kind of request answers 503 (or /ready's 503) within the bound; /health stays 200.
    const reg = await timed(register);
    expectUnavailable(reg.res);
    const login = await timed(() => t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: known, password: PASSWORD } }));
    expectUnavailable(login.res);
    const ready = await timed(() => t.app.inject({ method: 'GET', url: '/ready' }));
    expect(ready.res.statusCode).toBe(503);
    expect(ready.res.json()).toMatchObject({ code: 'service_unavailable' });
    expect((await t.app.inject({ method: 'GET', url: '/health' })).statusCode).toBe(200);
    for (const ms of [reg.ms, login.ms, ready.ms]) expect(ms, `${name}: an answer took ${ms} ms`).toBeLessThan(ANSWER_BOUND_MS);
    return { answers: answers.length, created: answers.filter((a) => a.res.statusCode === 201).length, first503Ms, registerMs: reg.ms, loginMs: login.ms, readyMs: ready.ms };
  }

  /** Brings the database back and waits for the service to notice by itself: no restart, no reconnect call. */
  async function recovery(start: () => Promise<void> | void): Promise<{ serverStartMs: number; recoveredMs: number }> {
    const startingAt = Date.now();
    await start();
    const startedAt = Date.now();
    await waitFor('/ready to answer 200', async () => ((await t.app.inject({ method: 'GET', url: '/ready' })).statusCode === 200 ? true : undefined), {
      timeoutMs: 30_000,
      intervalMs: 100,
    });
    // Counted from the moment the server answers again (pg_ctl start -w has returned).
    const recoveredMs = Date.now() - startedAt;
    for (let i = 0; i < 3; i++) {
      const res = await register();
      expect(res.statusCode, res.body).toBe(201);
    }
    const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: registered.at(-1), password: PASSWORD } });
    expect(login.statusCode, login.body).toBe(200);
    return { serverStartMs: startedAt - startingAt, recoveredMs };
  }

  async function expectEveryCreatedUserStored(): Promise<void> {
    const client = new pg.Client({ connectionString: server.url('gatehouse') });
    await client.connect();
    try {
      const { rows } = await client.query<{ username: string }>('SELECT username FROM users');
      const stored = new Set(rows.map((row) => row.username));
      expect(registered.filter((username) => !stored.has(username))).toEqual([]);
    } finally {
      await client.end();
    }
  }

  it('answers 503 with Retry-After while PostgreSQL is stopped (pg_ctl stop -m fast), then recovers by itself', async () => {
    const down = await outage('fast', () => server.stop('fast'));
    measured.fast = { ...down, ...(await recovery(() => server.start())) };
    await expectEveryCreatedUserStored();
    // The pool's lost connections were logged (warn), with the server's reason and no secrets.
    const logFile = path.join(logDir, 'current.log');
    const log = await waitFor('the pool error in the log', async () => {
      const text = existsSync(logFile) ? readFileSync(logFile, 'utf8') : '';
      return /database connection lost/.test(text) ? text : undefined;
    });
    expect(log).toMatch(/"code":"57P01"/);
    expect(log).not.toContain(PASSWORD);
  }, 60_000);

  it('answers 503 with Retry-After after PostgreSQL quits at once (pg_ctl stop -m immediate), then recovers after crash recovery', async () => {
    const down = await outage('immediate', () => server.stop('immediate'));
    measured.immediate = { ...down, ...(await recovery(() => server.start())) };
    await expectEveryCreatedUserStored();
  }, 60_000);

  it('answers 503 when a statement outlives DATABASE_STATEMENT_TIMEOUT (the users table locked by another session)', async () => {
    const other = new pg.Client({ connectionString: server.url('gatehouse') });
    await other.connect();
    try {
      await other.query('BEGIN');
      await other.query('LOCK TABLE users IN ACCESS EXCLUSIVE MODE');
      const reg = await timed(register);
      expectUnavailable(reg.res);
      // Cancelled by the server at the statement timeout, not by the client-side backstop a second later.
      expect(reg.ms).toBeGreaterThanOrEqual(STATEMENT_TIMEOUT_MS - 100);
      expect(reg.ms).toBeLessThan(STATEMENT_TIMEOUT_MS + 1000);
      measured.statementTimeout = { registerMs: reg.ms };
      await other.query('ROLLBACK');
    } finally {
      await other.end();
    }
    // The cancelled statement left its connection usable: the next requests go through.
    for (let i = 0; i < 5; i++) {
      const res = await register();
      expect(res.statusCode, res.body).toBe(201);
    }
    await expectEveryCreatedUserStored();
  }, 60_000);

  it('answers 503 within the timeouts while PostgreSQL hangs (SIGSTOP), then recovers when it resumes', async () => {
    const down = await outage('hang', () => server.pause());
    measured.hang = { ...down, ...(await recovery(() => server.resume())) };
    await expectEveryCreatedUserStored();
  }, 60_000);
});
