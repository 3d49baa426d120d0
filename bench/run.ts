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
import { accounts, CONNECTIONS, freshSessions, DURATION, load, type LoadResult, measured, median, PASSWORD, post, recordAnswer, SECRET, type Server, startBare, startFloor, startGatehouse } from './harness.js';
import { login, me, refresh, register } from './scenarios.js';
import { auditRecordCost } from './audit-cost.js';

/** A measured run to compare against: a reference (a bare route, a raw hash rate) or a floor. */
interface Contender {
  name: string;
  run: () => Promise<LoadResult>;
}

interface Comparison {
  name: string;
  rate: number;
  cpuPerRequest?: number;
  /** The subject's rate over this one's (median of the rounds' ratios). */
  ratio: number;
  rounds: number[];
}

interface Scenario {
  name: string;
  result: LoadResult;
  compared: Comparison[];
  target?: string;
  met?: boolean;
}

const scenarios: Scenario[] = [];
const argon2 = (() => {
  const { memoryCost, timeCost, parallelism } = loadConfig({ NODE_ENV: 'test', JWT_SECRET_KEY: SECRET }).passwords;
  return { algorithm: 2 as const, memoryCost, timeCost, parallelism };
})();

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const medianOf = (xs: Array<number | undefined>): number | undefined => {
  const known = xs.filter((x): x is number => x !== undefined);
  return known.length > 0 ? median(known) : undefined;
};

function record(scenario: Scenario): Scenario {
  scenarios.push(scenario);
  return scenario;
}

/**
 * The subject and what it is compared with, measured alternately, ROUNDS times, so that a machine whose speed
 * drifts (a shared VM) moves all alike: each ratio is the median of the rounds' ratios; rates and CPU per request
 * are medians too. `target.against` names the contender the target is read against.
 */
async function compared(name: string, subject: () => Promise<LoadResult>, against: Contender[], target?: { min: number; against: string }): Promise<LoadResult> {
  const results: LoadResult[] = [];
  const theirs = against.map(() => [] as LoadResult[]);
  for (let round = 0; round < ROUNDS; round++) {
    for (const [i, contender] of against.entries()) {
      const run = await contender.run();
      // A reference that answered errors measured something cheaper than the work: no ratio may be read against it.
      if (run.non2xx + run.errors > 0) throw new Error(`${contender.name}: ${run.non2xx} non-2xx answers and ${run.errors} errors of ${run.total}`);
      theirs[i]?.push(run);
    }
    results.push(await subject());
  }
  const result: LoadResult = {
    rps: median(results.map((r) => r.rps)),
    p50: median(results.map((r) => r.p50)),
    p99: median(results.map((r) => r.p99)),
    non2xx: results.reduce((sum, r) => sum + r.non2xx, 0),
    errors: results.reduce((sum, r) => sum + r.errors, 0),
    total: results.reduce((sum, r) => sum + r.total, 0),
    cpuPerRequest: medianOf(results.map((r) => r.cpuPerRequest)),
  };
  const comparisons = against.map((contender, i): Comparison => {
    const runs = theirs[i] ?? [];
    const rounds = runs.map((run, round) => (results[round]?.rps ?? 0) / (run.rps || 1));
    return { name: contender.name, rate: median(runs.map((r) => r.rps)), cpuPerRequest: medianOf(runs.map((r) => r.cpuPerRequest)), ratio: median(rounds), rounds: rounds.map((r) => Number(r.toFixed(3))) };
  });
  const goal = target && comparisons.find((c) => c.name === target.against);
  record({
    name,
    result,
    compared: comparisons,
    ...(target && goal ? { target: `≥ ${target.min} of ${goal.name}`, met: goal.ratio >= target.min } : {}),
  });
  return result;
}

/** A rate measured in-process (a raw hash), as a contender. */
const rate = (name: string, perSecond: () => Promise<number>): Contender => ({
  name,
  run: async () => ({ rps: await perSecond(), p50: 0, p99: 0, non2xx: 0, errors: 0, total: 0 }),
});

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

/**
 * The floors of /me and refresh for this Gatehouse: its own answers recorded now, given back by a bare Fastify
 * server, alone and after the same statements on the same database.
 */
async function startFloors(server: Server, users: Array<{ username: string; access: string }>): Promise<{ answer: Server; work: Server }> {
  const [user] = users;
  if (!user) throw new Error('no account to record answers with');
  const meAnswer = await recordAnswer(`${server.url}/api/users/me`, { headers: { authorization: `Bearer ${user.access}` } });
  const [session] = await freshSessions(server.url, [user]);
  const refreshAnswer = await recordAnswer(`${server.url}/api/auth/refresh`, { method: 'POST', headers: { authorization: `Bearer ${session?.refresh}`, 'content-type': 'application/json' }, body: '{}' });
  if (meAnswer.status !== 200 || refreshAnswer.status !== 200) throw new Error(`recording answers: /me ${meAnswer.status}, refresh ${refreshAnswer.status}`);
  const answers = {
    'GET /api/users/me': meAnswer,
    'POST /api/auth/refresh': { ...refreshAnswer, token: String((JSON.parse(refreshAnswer.body) as { refresh_token: string }).refresh_token) },
  };
  return { answer: await startFloor(answers), work: await startFloor(answers, server.databaseUrl) };
}

/** The HTTP scenarios against one Gatehouse (1 or N workers); returns them keyed by name for the scaling table. */
async function gatehouseScenarios(server: Server, bareServer: Server, label: string, { full, prefix }: { full: boolean; prefix: string }): Promise<Record<string, LoadResult>> {
  const { url } = server;
  const users = await accounts(url, CONNECTIONS + 4, prefix);
  const access = users[0]?.access ?? '';
  const out: Record<string, LoadResult> = {};
  const bare: Contender = { name: 'bare Fastify GET /', run: () => measured(bareServer, () => load({ url: `${bareServer.url}/` })) };
  const rawVerifyRate = rate(`raw argon2id verify, ${CONNECTIONS} in flight`, rawVerify);
  const ours = (run: () => Promise<LoadResult>) => () => measured(server, run);
  // Refresh loads sessions opened by logins just before, on Gatehouse: outside the measured window, whose CPU
  // they would otherwise swell by a hash per session.
  const refreshing = (at: Server) => async () => {
    const sessions = await freshSessions(url, users);
    return measured(at, () => refresh(at.url, sessions));
  };
  if (!full) {
    out.me = await compared(`GET /api/users/me${label}`, ours(() => me(url, access)), [bare]);
    out.refresh = await compared(`POST /api/auth/refresh${label}`, refreshing(server), [bare]);
    out.login = await compared(`POST /api/auth/login${label}`, ours(() => login(url, users)), [rawVerifyRate]);
    return out;
  }
  out.health = await compared('GET /health', ours(() => load({ url: `${url}/health` })), [bare]);
  const floors = await startFloors(server, users);
  try {
    const answerName = 'floor: the same answer';
    const workName = 'floor: the same answer after the same statements';
    const floor = (name: string, at: Server, run: (floorUrl: string) => Promise<LoadResult>): Contender => ({ name, run: () => measured(at, () => run(at.url)) });
    out.me = await compared('GET /api/users/me', ours(() => me(url, access)), [
      bare,
      floor(answerName, floors.answer, (at) => me(at, access)),
      floor(workName, floors.work, (at) => me(at, access)),
    ], { min: 0.8, against: workName });
    out.refresh = await compared('POST /api/auth/refresh', refreshing(server), [
      bare,
      { name: answerName, run: refreshing(floors.answer) },
      { name: workName, run: refreshing(floors.work) },
    ], { min: 0.6, against: workName });
  } finally {
    await floors.answer.stop();
    await floors.work.stop();
  }
  out.login = await compared('POST /api/auth/login', ours(() => login(url, users)), [rawVerifyRate], { min: 0.9, against: rawVerifyRate.name });
  out.register = await compared('POST /api/auth/register', ours(() => register(url)), [rate(`raw argon2id hash, ${CONNECTIONS} in flight`, rawHash)]);
  const flood = await healthDuringLoginFlood(url, users);
  record({ name: 'GET /health during a login flood', result: flood.health, compared: [], target: 'p99 < 20 ms', met: flood.health.p99 < 20 });
  return out;
}

/**
 * Cookie mode's /me (cookie parsing, the CSRF machinery on) against bearer /me on the same server, which takes
 * both (JWT_TOKEN_LOCATION=headers,cookies).
 */
async function cookieScenario(databaseUrl: string | undefined): Promise<void> {
  const server = await startGatehouse({ databaseUrl, env: { JWT_TOKEN_LOCATION: 'headers,cookies', CORS_ORIGINS: 'http://127.0.0.1' } });
  try {
    const [user] = await accounts(server.url, 1, `cookie${Date.now() % 100_000}`);
    const res = await fetch(`${server.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: user?.username, password: PASSWORD }) });
    const cookies = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    if (!res.ok || !cookies.includes('access_token_cookie=')) throw new Error(`cookie login: ${res.status}, cookies ${res.headers.getSetCookie().length}`);
    const bearer: Contender = { name: 'bearer GET /api/users/me, same server', run: () => measured(server, () => me(server.url, user?.access ?? '')) };
    await compared('GET /api/users/me with cookies', () => measured(server, () => load({ url: `${server.url}/api/users/me`, headers: { cookie: cookies } })), [bearer], { min: 0.95, against: bearer.name });
  } finally {
    await server.stop();
  }
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
  record({ name: 'bare Fastify GET / (reference)', result: await measured(bareServer, () => load({ url: `${bareServer.url}/` })), compared: [] });

  const databaseUrl = process.env.BENCH_DATABASE_URL;
  const single = await startGatehouse({ databaseUrl });
  const one = await gatehouseScenarios(single, bareServer, '', { full: true, prefix: 'bench' });
  const parity = await loginTimingParity(single.url);
  await single.stop();
  await cookieScenario(databaseUrl);
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
  const many = await gatehouseScenarios(cluster, bareServer, ` (WEB_CONCURRENCY=${workers})`, { full: false, prefix: 'bench_workers' });
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
  const cpu = (micros: number | undefined) => (micros === undefined ? '' : micros.toFixed(0));
  console.log('| scenario | req/s | p50 ms | p99 ms | CPU µs/req | non-2xx | compared with | its req/s | its CPU µs/req | ratio | target |');
  console.log('|---|---:|---:|---:|---:|---:|---|---:|---:|---:|---|');
  for (const s of scenarios) {
    const target = s.target ? `${s.target}: ${s.met ? 'met' : 'NOT met'}` : '';
    const own = `| ${s.name} | ${s.result.rps} | ${s.result.p50} | ${s.result.p99} | ${cpu(s.result.cpuPerRequest)} | ${s.result.non2xx + s.result.errors}`;
    if (s.compared.length === 0) console.log(`${own} | | | | | ${target} |`);
    for (const [i, c] of s.compared.entries()) {
      const lead = i === 0 ? own : '| | | | | |';
      const goal = s.target?.endsWith(c.name) ? target : '';
      console.log(`${lead} | ${c.name} | ${c.rate} | ${cpu(c.cpuPerRequest)} | ${c.ratio.toFixed(3)} | ${goal} |`);
    }
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
      cpu_micros_per_request: s.result.cpuPerRequest === undefined ? null : Number(s.result.cpuPerRequest.toFixed(1)),
      compared: s.compared.map((c) => ({
        name: c.name,
        rps: c.rate,
        cpu_micros_per_request: c.cpuPerRequest === undefined ? null : Number(c.cpuPerRequest.toFixed(1)),
        ratio: Number(c.ratio.toFixed(3)),
        round_ratios: c.rounds,
      })),
      target: s.target ?? null,
      met: s.met ?? null,
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
