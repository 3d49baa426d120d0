/** What the benchmarks share: servers in processes of their own, autocannon runs, small JSON requests. */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';

export const DURATION = Number(process.env.BENCH_DURATION ?? 5);
export const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
export const SECRET = 'bench-secret-bench-secret-bench-secret-0123456789';

export interface Server {
  url: string;
  child: ChildProcess;
  /** Gatehouse's database (a `sqlite:///` URL for its own file), for the floors to read. */
  databaseUrl?: string;
  stop(): Promise<void>;
}

const children = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

async function waitUntilAnswering(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited at start:\n${output()}`);
    try {
      if ((await fetch(`${url}/health`)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server did not answer within 60 s:\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function spawnServer(args: string[], env: Record<string, string>, nodeOptions: string[] = []): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, [...nodeOptions, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  let output = '';
  child.stdout?.on('data', (chunk) => (output = (output + chunk).slice(-20_000)));
  child.stderr?.on('data', (chunk) => (output = (output + chunk).slice(-20_000)));
  return { child, output: () => output };
}

function stopper(child: ChildProcess): () => Promise<void> {
  return async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
    children.delete(child);
  };
}

/** One recorded answer for a floor to give (bench/floor-server.ts). */
export interface RecordedAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** The refresh token in `body`, which the floor replaces by the presented one. */
  token?: string;
}

/**
 * A floor (bench/floor-server.ts): bare Fastify giving `answers` byte for byte, after the same statements on
 * `databaseUrl` when one is given.
 */
export async function startFloor(answers: Record<string, RecordedAnswer>, databaseUrl?: string): Promise<Server> {
  const port = await freePort();
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'gatehouse-floor-')), 'answers.json');
  writeFileSync(file, JSON.stringify(answers));
  const { child, output } = spawnServer(['--import', 'tsx', 'bench/floor-server.ts'], { PORT: String(port), FLOOR_ANSWERS: file, ...(databaseUrl ? { FLOOR_DATABASE: databaseUrl } : {}) });
  const url = `http://127.0.0.1:${port}`;
  await waitUntilAnswering(url, child, output);
  return { url, child, stop: stopper(child) };
}

/** A live answer, as a floor will give it again. */
export async function recordAnswer(url: string, init: RequestInit): Promise<RecordedAnswer> {
  const res = await fetch(url, init);
  return { status: res.status, headers: Object.fromEntries(res.headers.entries()), body: await res.text() };
}

/** The middle value (the upper middle of an even count); 0 for none. */
export const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

const TICKS_PER_SECOND = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** CPU microseconds (user + system) used so far by a process and its children (cluster workers), from /proc. */
export function processTreeCpuMicros(pid: number | undefined): number {
  if (pid === undefined) return 0;
  let own = 0;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    own = ((Number(fields[11]) + Number(fields[12])) * 1e6) / TICKS_PER_SECOND;
  } catch {
    return 0; // gone, or no /proc
  }
  let childPids: number[] = [];
  try {
    childPids = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    // a kernel without the children file: the process alone
  }
  return own + childPids.reduce((sum, child) => sum + processTreeCpuMicros(child), 0);
}

/** The baseline: a bare Fastify route answering {"status":"ok"}, nothing else. */
export async function startBare(): Promise<Server> {
  const port = await freePort();
  const { child, output } = spawnServer(['--import', 'tsx', 'bench/server.ts'], { PORT: String(port) });
  const url = `http://127.0.0.1:${port}`;
  await waitUntilAnswering(url, child, output);
  return { url, child, stop: stopper(child) };
}

export interface GatehouseOptions {
  workers?: number;
  databaseUrl?: string;
  env?: Record<string, string>;
  nodeOptions?: string[];
}

let built = false;

/** `npm run build`, once per benchmark process: the server runs compiled, as `npm start` runs it. */
function build(): void {
  if (built) return;
  execFileSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  built = true;
}

/**
 * Gatehouse as `npm start` runs it (dist/server.js, built first; production mode, migrations at start, production argon2id
 * parameters), on a fresh SQLite file unless a database URL is given. Logs at warn; limits raised so the load
 * measures the work, not the refusals.
 */
export async function startGatehouse({ workers = 1, databaseUrl, env = {}, nodeOptions = [] }: GatehouseOptions = {}): Promise<Server> {
  build();
  const port = await freePort();
  const dir = mkdtempSync(path.join(tmpdir(), 'gatehouse-bench-'));
  const { child, output } = spawnServer(['dist/server.js'], {
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    JWT_SECRET_KEY: SECRET,
    DATABASE_URL: databaseUrl ?? `sqlite:///${path.join(dir, 'bench.db')}`,
    WEB_CONCURRENCY: String(workers),
    LOG_LEVEL: 'warn',
    LOG_TO_FILE: 'false',
    AUTH_RATE_LIMIT_MAX: '100000000',
    REFRESH_RATE_LIMIT_MAX: '100000000',
    MAIL_OUTBOX_DIR: dir,
    ...env,
  }, nodeOptions);
  const url = `http://127.0.0.1:${port}`;
  await waitUntilAnswering(url, child, output);
  return { url, child, databaseUrl: databaseUrl ?? `sqlite:///${path.join(dir, 'bench.db')}`, stop: stopper(child) };
}

export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  /** Requests answered in the run. */
  total: number;
  /** The server's CPU microseconds per request over the run (its process and workers), when measured. */
  cpuPerRequest?: number;
}

export async function load(options: autocannon.Options): Promise<LoadResult> {
  const result = await autocannon({ connections: CONNECTIONS, duration: DURATION, ...options });
  return {
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    total: result.requests.total,
  };
}

/** A load run with the server's CPU per request beside it. */
export async function measured(server: Server, run: () => Promise<LoadResult>): Promise<LoadResult> {
  const before = processTreeCpuMicros(server.child.pid);
  const result = await run();
  const used = processTreeCpuMicros(server.child.pid) - before;
  return { ...result, cpuPerRequest: result.total > 0 && used > 0 ? used / result.total : undefined };
}

export async function post(url: string, body: object, headers: Record<string, string> = {}): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

export const PASSWORD = 'quiet-Lantern-47-orbit';

/** Registers accounts one by one (each its own hash) and logs each in once: token pairs to load with. */
export async function accounts(url: string, count: number, prefix: string): Promise<Array<{ username: string; access: string; refresh: string }>> {
  const made = [];
  for (let i = 0; i < count; i++) {
    const username = `${prefix}_${i}`;
    const registered = await post(`${url}/api/auth/register`, { username, email: `${username}@example.com`, password: PASSWORD });
    if (registered.status !== 201) throw new Error(`register ${username}: ${registered.status} ${JSON.stringify(registered.body)}`);
    const login = await post(`${url}/api/auth/login`, { username, password: PASSWORD });
    if (login.status !== 200) throw new Error(`login ${username}: ${login.status} ${JSON.stringify(login.body)}`);
    made.push({ username, access: String(login.body.access_token), refresh: String(login.body.refresh_token) });
  }
  return made;
}

/** A fresh session per account (a refresh run leaves rotated tokens behind whose last answers it never read). */
export async function freshSessions(url: string, users: Array<{ username: string }>): Promise<Array<{ refresh: string }>> {
  const sessions = [];
  for (const { username } of users) {
    const login = await post(`${url}/api/auth/login`, { username, password: PASSWORD });
    if (login.status !== 200) throw new Error(`login ${username}: ${login.status} ${JSON.stringify(login.body)}`);
    sessions.push({ refresh: String(login.body.refresh_token) });
  }
  return sessions;
}
