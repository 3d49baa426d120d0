import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/connection.js';
import { migrationStatus } from '../src/db/migrator.js';
import { createTestDatabase, PASSWORD, TEST_SECRET, type TestDatabase, uniqueIdentity } from './helper.js';
import { waitFor } from './wait-for.js';

/** Starts src/server.ts as `npm start` would (config from env, migrations at start) on a free port. */
async function startServer(env: Record<string, string>): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PORT: '0', LOG_TO_FILE: 'false', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 20_000);
    child.stdout?.on('data', () => {
      const match = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', () => reject(new Error(`server exited:\n${output}`)));
  });
  return { child, url, output: () => output };
}

/** A 200 from /health; otherwise the failure shows the answer and the server's log. */
async function expectHealthy(response: Response, log: string): Promise<void> {
  const body = await response.text();
  expect(response.status, `/health answered ${body}\n${log}`).toBe(200);
}

describe('the server process', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database.drop());

  it('migrates at start, serves, and on SIGTERM finishes in-flight requests and exits 0', async () => {
    const server = await startServer({ DATABASE_URL: database.url, JWT_SECRET_KEY: TEST_SECRET, NODE_ENV: 'production', ARGON2_TIME_COST: '12' });
    expect(server.output()).toContain('migrations applied');
    await expectHealthy(await fetch(`${server.url}/health`), server.output());
    expect((await fetch(`${server.url}/ready`)).status).toBe(200);

    // The registration hashes with a deliberately slow argon2id (ARGON2_TIME_COST below): SIGTERM is sent once the
    // server has logged the request, so it lands while the hash is still running.
    const inFlight = fetch(`${server.url}/api/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...uniqueIdentity(), password: PASSWORD }),
    });
    await waitFor('the server to log the registration request', () => /"url":"\/api\/auth\/register"/.test(server.output()), { detail: server.output });
    const exited = once(server.child, 'exit');
    server.child.kill('SIGTERM');
    expect((await inFlight).status).toBe(201);
    const [code] = await exited;
    expect(code, server.output()).toBe(0);
    expect(server.output()).toContain('shutting down');
    // The request was still being handled when the shutdown began.
    expect(server.output().indexOf('shutting down')).toBeLessThan(server.output().indexOf('"audit":"user_registered"'));
    await expect(fetch(`${server.url}/health`)).rejects.toThrow();
  });

  it('serves the very database it migrated with DATABASE_URL=sqlite:///:memory:', async () => {
    const server = await startServer({ DATABASE_URL: 'sqlite:///:memory:', JWT_SECRET_KEY: TEST_SECRET, NODE_ENV: 'production', ARGON2_MEMORY_COST: '8192', ARGON2_TIME_COST: '1' });
    try {
      expect(server.output()).toContain('migrations applied');
      const identity = uniqueIdentity('memory');
      const post = (path: string, body: unknown) =>
        fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      const registered = await post('/api/auth/register', { ...identity, password: PASSWORD });
      expect(registered.status, server.output()).toBe(201);
      const login = await post('/api/auth/login', { username: identity.username, password: PASSWORD });
      expect(login.status, server.output()).toBe(200);
      const { access_token: access, user } = (await login.json()) as { access_token: string; user: { username: string } };
      expect(user.username).toBe(identity.username);
      const me = await fetch(`${server.url}/api/users/me`, { headers: { authorization: `Bearer ${access}` } });
      expect(me.status).toBe(200);
    } finally {
      const exited = once(server.child, 'exit');
      server.child.kill('SIGTERM');
      await exited;
    }
  });

  it('leaves the database alone with AUTO_MIGRATE=false', async () => {
    const untouched = await createTestDatabase();
    try {
      const server = await startServer({ DATABASE_URL: untouched.url, JWT_SECRET_KEY: TEST_SECRET, NODE_ENV: 'production', AUTO_MIGRATE: 'false' });
      await expectHealthy(await fetch(`${server.url}/health`), server.output());
      const exited = once(server.child, 'exit');
      server.child.kill('SIGTERM');
      await exited;
      expect(server.output()).not.toContain('migrations applied');
      const { db } = openDatabase(untouched.url, { poolSize: 1 });
      try {
        expect((await migrationStatus(db)).filter((m) => m.executedAt !== null)).toEqual([]);
      } finally {
        await db.destroy();
      }
    } finally {
      await untouched.drop();
    }
  });

  it('refuses to start in production without JWT_SECRET_KEY, naming it', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
      env: { PATH: process.env.PATH ?? '', PORT: '0', NODE_ENV: 'production', DATABASE_URL: database.url, LOG_TO_FILE: 'false' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const [code] = await once(child, 'exit');
    expect(code).toBe(1);
    expect(stderr).toMatch(/JWT_SECRET_KEY: is required in production/);
  });
});
