import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, PASSWORD, TEST_SECRET, type TestDatabase, uniqueIdentity } from './helper.js';
import { killServer, logLines, type ServerProcess, startServer } from './server-process.js';
import { waitFor } from './wait-for.js';

const WORKERS = 2;

function workerPids(server: ServerProcess): number[] {
  return logLines(server).filter((line) => line.msg === 'worker listening').map((line) => Number(line.pid));
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The sum of a metric's samples whose labels include all of `labels`, from a Prometheus text exposition. */
function sampleSum(exposition: string, name: string, labels: string[]): number {
  return exposition.split('\n')
    .filter((line) => line.startsWith(`${name}{`) && labels.every((label) => line.includes(label)))
    .reduce((sum, line) => sum + Number(line.split(' ').at(-1)), 0);
}

const METRICS_TOKEN = 'cluster-metrics-token-0123456789abcdef';

describe('WEB_CONCURRENCY: workers sharing one port', () => {
  let database: TestDatabase;
  let server: ServerProcess | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await killServer(server);
    await database.drop();
  });

  it('serves from every worker with one signing key, revokes everywhere at once, sums their metrics, replaces a dead worker and stops cleanly', async () => {
    server = await startServer({
      METRICS_PORT: '0',
      // Production needs the token for /metrics on the public listener; METRICS_PORT needs none.
      METRICS_ENABLED: 'true',
      METRICS_TOKEN: METRICS_TOKEN,
      DATABASE_URL: database.url,
      JWT_SECRET_KEY: TEST_SECRET,
      NODE_ENV: 'production',
      WEB_CONCURRENCY: String(WORKERS),
      ARGON2_MEMORY_COST: '8192',
      ARGON2_TIME_COST: '1',
    });
    const running = server;
    await waitFor(`${WORKERS} workers listening`, () => workerPids(running).length === WORKERS, { timeoutMs: 30_000, detail: () => running.output() });
    // Migrated once, by the primary, before any worker started.
    expect(logLines(running).filter((line) => line.msg === 'migrations applied')).toHaveLength(1);
    const [first, second] = workerPids(running);
    expect(new Set([first, second, running.child.pid]).size).toBe(3);

    const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
      fetch(`${running.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
    const identity = uniqueIdentity('cluster');
    expect((await post('/api/auth/register', { ...identity, password: PASSWORD })).status).toBe(201);
    const loginResponse = await post('/api/auth/login', { username: identity.username, password: PASSWORD });
    expect(loginResponse.status).toBe(200);
    const login = (await loginResponse.json()) as { access_token: string };
    const auth = { authorization: `Bearer ${login.access_token}` };

    // Each request on a connection of its own, so both workers answer; a token from one is good on the other.
    const me = () => fetch(`${running.url}/api/users/me`, { headers: { ...auth, connection: 'close' } });
    const before = await Promise.all(Array.from({ length: 40 }, me));
    expect(before.map((res) => res.status)).toEqual(Array(40).fill(200));

    // Revoked by an answer already sent: every later request, on any worker, is refused.
    expect((await post('/api/auth/logout', {}, auth)).status).toBe(200);
    const after = await Promise.all(Array.from({ length: 40 }, me));
    expect(after.map((res) => res.status)).toEqual(Array(40).fill(401));

    // METRICS_PORT is the primary's: every worker's requests, summed (one worker alone would show about half).
    const health = (n: number) => Promise.all(Array.from({ length: n }, () => fetch(`${running.url}/health`, { headers: { connection: 'close' } })));
    expect((await health(30)).map((res) => res.status)).toEqual(Array(30).fill(200));
    await waitFor('the metrics listener', () => logLines(running).some((line) => line.msg === 'metrics listening'), { timeoutMs: 30_000, detail: () => running.output() });
    const metricsPort = (logLines(running).find((line) => line.msg === 'metrics listening')?.address as { port: number }).port;
    const exposition = await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text();
    expect(sampleSum(exposition, 'gatehouse_http_request_duration_seconds_count', ['route="/health"', 'status="200"'])).toBe(30);
    expect(sampleSum(exposition, 'gatehouse_http_request_duration_seconds_count', ['route="/api/users/me"', 'status="200"'])).toBe(40);
    expect(sampleSum(exposition, 'gatehouse_http_request_duration_seconds_count', ['route="/api/users/me"', 'status="401"'])).toBe(40);
    // The registration's mail waits in the outbox (production, no SMTP): one message, read alike by both workers.
    expect(exposition).toMatch(/^gatehouse_mail_outbox_pending 1$/m);
    // On the public listener, a worker's own metrics, for the token only.
    expect((await fetch(`${running.url}/metrics`, { headers: { connection: 'close' } })).status).toBe(401);
    expect((await fetch(`${running.url}/metrics`, { headers: { connection: 'close', authorization: `Bearer ${METRICS_TOKEN}` } })).status).toBe(200);

    // A worker that dies is replaced; the port keeps answering meanwhile.
    process.kill(first as number, 'SIGKILL');
    await waitFor('a replacement worker', () => workerPids(running).length === WORKERS + 1, { timeoutMs: 30_000, detail: () => running.output() });
    expect((await health(20)).map((res) => res.status)).toEqual(Array(20).fill(200));

    // SIGTERM to the primary: every worker finishes and exits, then the primary, with 0.
    const pids = workerPids(running).filter((pid) => pid !== first);
    running.child.kill('SIGTERM');
    expect(await running.exited).toEqual({ code: 0, signal: null });
    for (const pid of pids) expect(isRunning(pid), `worker ${pid}`).toBe(false);
  }, 60_000);

  it('exits 1, as one process would, when its workers cannot start (the port is taken)', async () => {
    const squatter = createServer();
    await new Promise<void>((resolve) => squatter.listen(0, '127.0.0.1', resolve));
    const { port } = squatter.address() as { port: number };
    try {
      const started = startServer({ DATABASE_URL: database.url, JWT_SECRET_KEY: TEST_SECRET, NODE_ENV: 'production', WEB_CONCURRENCY: String(WORKERS), PORT: String(port) });
      const failure = await started.then(() => null, (err: Error) => err.message);
      expect(failure).toMatch(/server exited at start \(code 1,/);
      expect(failure).toMatch(/a worker failed to start; stopping/);
      expect(failure).toMatch(/"code":"EADDRINUSE"|EADDRINUSE/);
    } finally {
      await new Promise<void>((resolve) => squatter.close(() => resolve()));
    }
  }, 60_000);

  it('finishes requests in flight when every process gets the signal at once (Ctrl-C, systemd), and exits 0', async () => {
    const running = await startServer({
      DATABASE_URL: database.url,
      JWT_SECRET_KEY: TEST_SECRET,
      NODE_ENV: 'production',
      WEB_CONCURRENCY: String(WORKERS),
      ARGON2_TIME_COST: '12',
    });
    server = running;
    await waitFor(`${WORKERS} workers listening`, () => workerPids(running).length === WORKERS, { timeoutMs: 30_000, detail: () => running.output() });
    const register = (i: number) => fetch(`${running.url}/api/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', connection: 'close' },
      body: JSON.stringify({ ...uniqueIdentity(`group${i}`), password: PASSWORD }),
    });
    const inFlight = Array.from({ length: 4 }, (_, i) => register(i));
    await waitFor('the registrations to arrive', () => (running.output().match(/"url":"\/api\/auth\/register"/g) ?? []).length === 4, { timeoutMs: 30_000, detail: () => running.output() });
    // As a signal to the process group: each worker hears it, and the primary passes it on once more.
    for (const pid of workerPids(running)) process.kill(pid, 'SIGTERM');
    running.child.kill('SIGTERM');
    expect((await Promise.all(inFlight)).map((res) => res.status)).toEqual([201, 201, 201, 201]);
    expect(await running.exited).toEqual({ code: 0, signal: null });
  }, 60_000);

  it('signs with the key the primary read, also in a worker started after the key file was replaced', async () => {
    const keyFile = path.join(mkdtempSync(path.join(tmpdir(), 'gatehouse-cluster-key-')), 'jwt.pem');
    const newKey = () => generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    writeFileSync(keyFile, newKey());
    const running = await startServer({ DATABASE_URL: database.url, JWT_PRIVATE_KEY_FILE: keyFile, NODE_ENV: 'production', WEB_CONCURRENCY: String(WORKERS) });
    server = running;
    await waitFor(`${WORKERS} workers listening`, () => workerPids(running).length === WORKERS, { timeoutMs: 30_000, detail: () => running.output() });
    writeFileSync(keyFile, newKey());
    process.kill(workerPids(running)[0] as number, 'SIGKILL');
    await waitFor('a replacement worker', () => workerPids(running).length === WORKERS + 1, { timeoutMs: 30_000, detail: () => running.output() });
    const keys = await Promise.all(Array.from({ length: 30 }, async () => {
      const res = await fetch(`${running.url}/.well-known/jwks.json`, { headers: { connection: 'close' } });
      return JSON.stringify((await res.json()) as unknown);
    }));
    expect(new Set(keys).size).toBe(1);
    running.child.kill('SIGTERM');
    expect(await running.exited).toEqual({ code: 0, signal: null });
  }, 60_000);
});
