/**
 * npm run bench: every number read against a reference measured in the same run on the same machine, printed as
 * a table and written to bench/results.json.
 *  - HTTP scenarios (autocannon, BENCH_CONNECTIONS connections, BENCH_DURATION s each) against a bare Fastify route.
 *  - Each ratio from BENCH_ROUNDS rounds that alternate the reference and the subject (median).
 *  - Login and register against the raw argon2id verify and hash rates at the same concurrency and parameters.
 *  - /health latency while logins flood the server (hashing must leave the event loop free).
 *  - The same with WEB_CONCURRENCY=2 workers, as a scaling factor over one process.
 * Gatehouse runs as `npm start` does (production mode, SQLite unless BENCH_DATABASE_URL is a PostgreSQL URL).
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { hash, verify } from '@node-rs/argon2';
import { createSigner, createVerifier } from 'fast-jwt';
import { jwtVerify, SignJWT } from 'jose';
import { loadConfig } from '../src/config.js';
import { accounts, CONNECTIONS, freshSessions, DURATION, load, type LoadResult, PASSWORD, post, SECRET, type Server, startBare, startGatehouse } from './harness.js';
import { login, me, refresh, register } from './scenarios.js';
import { auditRecordCost } from './audit-cost.js';

interface Scenario {
  name: string;
  result: LoadResult;
  reference?: { name: string; rate: number };
  /** The result's rate over the reference's. */
  ratio?: number;
  target?: string;
  met?: boolean;
  /** Each round's ratio, when measured in alternating rounds. */
  rounds?: number[];
}

const scenarios: Scenario[] = [];
const argon2 = (() => {
  const { memoryCost, timeCost, parallelism } = loadConfig({ NODE_ENV: 'test', JWT_SECRET_KEY: SECRET }).passwords;
  return { algorithm: 2 as const, memoryCost, timeCost, parallelism };
})();

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

function record(scenario: Scenario): Scenario {
  scenarios.push(scenario);
  return scenario;
}

/**
 * The subject and its reference measured alternately, ROUNDS times, so that a machine whose speed drifts
 * (a shared VM) moves both alike: the ratio is the median of the rounds' ratios, the rates are medians too.
 */
async function paired(name: string, referenceName: string, reference: () => Promise<number>, subject: () => Promise<LoadResult>, target?: { min: number }): Promise<LoadResult> {
  const results: LoadResult[] = [];
  const references: number[] = [];
  const ratios: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const rate = await reference();
    const result = await subject();
    references.push(rate);
    results.push(result);
    ratios.push(result.rps / rate);
  }
  const result: LoadResult = {
    rps: median(results.map((r) => r.rps)),
    p50: median(results.map((r) => r.p50)),
    p99: median(results.map((r) => r.p99)),
    non2xx: results.reduce((sum, r) => sum + r.non2xx, 0),
    errors: results.reduce((sum, r) => sum + r.errors, 0),
  };
  const ratio = median(ratios);
  record({
    name,
    result,
    reference: { name: referenceName, rate: median(references) },
    ratio,
    rounds: ratios.map((r) => Number(r.toFixed(3))),
    ...(target ? { target: `≥ ${target.min}`, met: ratio >= target.min } : {}),
  });
  return result;
}

/** Operations per second with `concurrency` of them always in flight, for DURATION seconds. */
async function ratePerSecond(concurrency: number, operation: () => Promise<unknown>): Promise<number> {
  const deadline = Date.now() + DURATION * 1000;
  let done = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (Date.now() < deadline) {
      await operation();
      done += 1;
    }
  }));
  return Math.round(done / DURATION);
}

/** /health from 2 connections while CONNECTIONS connections log in. */
async function healthDuringLoginFlood(url: string, users: Array<{ username: string }>): Promise<{ health: LoadResult; login: LoadResult }> {
  const [health, flood] = await Promise.all([load({ url: `${url}/health`, connections: 2 }), login(url, users)]);
  return { health, login: flood };
}

/** Median wall time of a wrong-password login for an existing vs an unknown account (enumeration by timing). */
async function loginTimingParity(url: string): Promise<{ existing: number; unknown: number }> {
  const median = (xs: number[]): number => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  const time = async (username: string): Promise<number> => {
    const t = performance.now();
    await post(`${url}/api/auth/login`, { username, password: 'Wrong-password-42' });
    return performance.now() - t;
  };
  const existing: number[] = [];
  const unknown: number[] = [];
  for (let i = 0; i < 30; i++) {
    await post(`${url}/api/auth/register`, { username: `parity_${i}`, email: `parity_${i}@example.com`, password: PASSWORD });
    existing.push(await time(`parity_${i}`));
    unknown.push(await time(`ghost_${i}`));
  }
  return { existing: median(existing), unknown: median(unknown) };
}

async function jwtOpsPerSecond(): Promise<{ fastJwt: number; jose: number }> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(SECRET), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
  const claims = { sub: '1', sid: 's', type: 'access', role: 'user', iss: 'gatehouse', aud: 'gatehouse' };
  const sign = createSigner({ key: SECRET, algorithm: 'HS256', expiresIn: 900_000 });
  const check = createVerifier({ key: SECRET, algorithms: ['HS256'], allowedIss: 'gatehouse', allowedAud: 'gatehouse' });
  const n = 20_000;
  let t = performance.now();
  for (let i = 0; i < n; i++) check(sign({ ...claims, jti: String(i) }));
  const fastJwt = n / ((performance.now() - t) / 1000);
  t = performance.now();
  for (let i = 0; i < n / 4; i++) {
    const token = await new SignJWT({ ...claims, jti: String(i) }).setProtectedHeader({ alg: 'HS256' }).setIssuedAt().setExpirationTime('15m').sign(key);
    await jwtVerify(token, key, { algorithms: ['HS256'], issuer: 'gatehouse', audience: 'gatehouse' });
  }
  const jose = n / 4 / ((performance.now() - t) / 1000);
  return { fastJwt: Math.round(fastJwt), jose: Math.round(jose) };
}

/** The HTTP scenarios against one Gatehouse (1 or N workers); returns them keyed by name for the scaling table. */
async function gatehouseScenarios(server: Server, bareUrl: string, label: string, { full, prefix }: { full: boolean; prefix: string }): Promise<Record<string, LoadResult>> {
  const { url } = server;
  const users = await accounts(url, CONNECTIONS + 4, prefix);
  const out: Record<string, LoadResult> = {};
  const bare = async () => (await load({ url: `${bareUrl}/` })).rps;
  const bareName = 'bare Fastify GET /';
  const goal = (min: number) => (full ? { min } : undefined);
  if (full) out.health = await paired(`GET /health${label}`, bareName, bare, () => load({ url: `${url}/health` }));
  out.me = await paired(`GET /api/users/me${label}`, bareName, bare, () => me(url, users[0]?.access ?? ''), goal(0.5));
  out.refresh = await paired(`POST /api/auth/refresh${label}`, bareName, bare, async () => refresh(url, await freshSessions(url, users)), goal(0.3));
  out.login = await paired(`POST /api/auth/login${label}`, `raw argon2id verify, ${CONNECTIONS} in flight`, rawVerify, () => login(url, users), goal(0.9));
  if (full) {
    out.register = await paired(`POST /api/auth/register${label}`, `raw argon2id hash, ${CONNECTIONS} in flight`, rawHash, () => register(url));
    const flood = await healthDuringLoginFlood(url, users);
    record({ name: `GET /health during a login flood${label}`, result: flood.health, target: 'p99 < 20 ms', met: flood.health.p99 < 20 });
  }
  return out;
}

const stored = hash(PASSWORD, argon2);
const rawVerify = async () => {
  const storedHash = await stored;
  return ratePerSecond(CONNECTIONS, () => verify(storedHash, PASSWORD));
};
const rawHash = () => ratePerSecond(CONNECTIONS, () => hash(PASSWORD, argon2));

async function main(): Promise<void> {
  // The baseline runs beside Gatehouse, idle while the other is loaded.
  const bareServer = await startBare();
  record({ name: 'bare Fastify GET / (reference)', result: await load({ url: `${bareServer.url}/` }) });

  const databaseUrl = process.env.BENCH_DATABASE_URL;
  const single = await startGatehouse({ databaseUrl });
  const one = await gatehouseScenarios(single, bareServer.url, '', { full: true, prefix: 'bench' });
  const parity = await loginTimingParity(single.url);
  await single.stop();
  // The share of a login's cost that its audit event takes, at the login rate measured above. Logins under load are
  // bound by the CPU (the hashing on every core), so the share that counts is of CPU time: the event's CPU (this
  // process's and the database backend's) over a login's (all cores' time ÷ the login rate). The wall-time share, as
  // if logins ran one after another, is printed beside it as an upper bound.
  const audit = await auditRecordCost(databaseUrl);
  const loginRate = one.login?.rps ?? 0;
  const auditShare = (audit.cpuMicros * loginRate) / (os.cpus().length * 1e6);
  const auditWallShare = (audit.wallMicros * loginRate) / 1e6;

  const workers = Number(process.env.BENCH_WORKERS ?? 2);
  const cluster = await startGatehouse({ workers, databaseUrl });
  const many = await gatehouseScenarios(cluster, bareServer.url, ` (WEB_CONCURRENCY=${workers})`, { full: false, prefix: 'bench_workers' });
  await bareServer.stop();
  await cluster.stop();
  const scaling = Object.fromEntries(Object.keys(many).map((key) => [key, (many[key]?.rps ?? 0) / (one[key]?.rps || 1)]));

  const jwt = await jwtOpsPerSecond();
  const machine = {
    cpus: os.cpus().length,
    cpu_model: os.cpus()[0]?.model ?? 'unknown',
    memory_gib: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    database: databaseUrl ? 'postgresql' : 'sqlite',
  };

  console.log(`\nGatehouse benchmark: ${DURATION} s per scenario, ${CONNECTIONS} connections, node ${process.version}, ${machine.cpus} × ${machine.cpu_model}, ${machine.database}\n`);
  console.log('| scenario | req/s | p50 ms | p99 ms | non-2xx | reference (rate/s) | ratio | target |');
  console.log('|---|---:|---:|---:|---:|---|---:|---|');
  for (const s of scenarios) {
    const target = s.target ? `${s.target} ${s.met ? 'met' : 'NOT met'}` : '';
    const reference = s.reference ? `${s.reference.name} (${s.reference.rate})` : '';
    console.log(`| ${s.name} | ${s.result.rps} | ${s.result.p50} | ${s.result.p99} | ${s.result.non2xx + s.result.errors} | ${reference} | ${s.ratio?.toFixed(3) ?? ''} | ${target} |`);
  }
  console.log(`\nscaling, ${workers} workers ÷ 1 process: ${Object.entries(scaling).map(([k, v]) => `${k} ${v.toFixed(2)}×`).join(', ')}`);
  console.log(`wrong-password login, median of 30: existing account ${parity.existing.toFixed(1)} ms, unknown ${parity.unknown.toFixed(1)} ms (ratio ${(parity.unknown / parity.existing).toFixed(2)})`);
  console.log(
    `audit event recorded in a login's transaction: +${audit.cpuMicros.toFixed(0)} µs CPU, ${(auditShare * 100).toFixed(2)} % of a login's CPU at ${loginRate}/s on ${os.cpus().length} cores (target ≤ 5 %: ${auditShare <= 0.05 ? 'met' : 'NOT met'}); ` +
      `+${audit.wallMicros.toFixed(0)} µs wall, ${(auditWallShare * 100).toFixed(2)} % if logins ran one at a time`,
  );
  console.log(`JWT HS256 sign+verify: fast-jwt ${jwt.fastJwt}/s, jose ${jwt.jose}/s (${(jwt.fastJwt / jwt.jose).toFixed(1)}×)`);

  const results = {
    date: new Date().toISOString(),
    machine,
    settings: { duration_s: DURATION, connections: CONNECTIONS, rounds: ROUNDS, argon2 },
    scenarios: scenarios.map((s) => ({
      name: s.name,
      rps: s.result.rps,
      p50_ms: s.result.p50,
      p99_ms: s.result.p99,
      failed: s.result.non2xx + s.result.errors,
      reference: s.reference?.name ?? null,
      reference_rate: s.reference?.rate ?? null,
      ratio: s.ratio === undefined ? null : Number(s.ratio.toFixed(3)),
      target: s.target ?? null,
      met: s.met ?? null,
      round_ratios: s.rounds ?? null,
    })),
    scaling: { workers, ...Object.fromEntries(Object.entries(scaling).map(([k, v]) => [k, Number(v.toFixed(2))])) },
    login_timing_parity_ms: { existing: Number(parity.existing.toFixed(1)), unknown: Number(parity.unknown.toFixed(1)) },
    jwt_hs256_sign_verify_per_s: jwt,
    audit_event: {
      added_cpu_micros: Number(audit.cpuMicros.toFixed(1)),
      added_wall_micros: Number(audit.wallMicros.toFixed(1)),
      share_of_login_cpu: Number(auditShare.toFixed(4)),
      share_of_login_serial: Number(auditWallShare.toFixed(4)),
      target: 'share_of_login_cpu ≤ 0.05',
      met: auditShare <= 0.05,
    },
  };
  writeFileSync(process.env.BENCH_RESULTS ?? 'bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nwritten: ${process.env.BENCH_RESULTS ?? 'bench/results.json'}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
