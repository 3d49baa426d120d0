/**
 * npm run bench: one run, every number relative to a baseline measured in the same run on the same machine.
 *  - HTTP (autocannon): Gatehouse routes vs a bare Fastify route.
 *  - Login vs the raw argon2id verification cost it cannot avoid.
 *  - JWT libraries: fast-jwt vs jose for the HS256 sign+verify the service does on every request.
 *  - Event-loop delay while logins hash (hashing runs on the thread pool, not the loop).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { hash, verify } from '@node-rs/argon2';
import autocannon from 'autocannon';
import { createSigner, createVerifier } from 'fast-jwt';
import { jwtVerify, SignJWT } from 'jose';

const DURATION = Number(process.env.BENCH_DURATION ?? 5);
const CONNECTIONS = 20;
const children: ChildProcess[] = [];

async function start(kind: 'bare' | 'gatehouse'): Promise<string> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/server.ts', kind], { stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk) => {
      out += chunk;
      const match = /LISTENING (\d+)/.exec(out);
      if (match) resolve(`http://127.0.0.1:${match[1]}`);
    });
    child.once('exit', (code) => reject(new Error(`${kind} server exited with ${code}: ${out}`)));
  });
}

async function load(title: string, options: autocannon.Options): Promise<{ title: string; rps: number; p50: number; p99: number; non2xx: number }> {
  const result = await autocannon({ connections: CONNECTIONS, duration: DURATION, ...options });
  return { title, rps: Math.round(result.requests.average), p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx };
}

async function post(url: string, body: object, headers: Record<string, string> = {}): Promise<Record<string, unknown>> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return (await res.json()) as Record<string, unknown>;
}

/** Raw argon2id verifications per second with the thread pool as busy as the HTTP run keeps it. */
async function rawVerifyPerSecond(): Promise<number> {
  const stored = await hash('quiet-Lantern-47-orbit', { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  const deadline = Date.now() + DURATION * 1000;
  let done = 0;
  await Promise.all(Array.from({ length: CONNECTIONS }, async () => {
    while (Date.now() < deadline) {
      await verify(stored, 'quiet-Lantern-47-orbit');
      done += 1;
    }
  }));
  return Math.round(done / DURATION);
}

async function jwtOpsPerSecond(): Promise<{ fastJwt: number; jose: number }> {
  const secret = 'bench-secret-bench-secret-bench-secret-0123456789';
  // A pre-imported CryptoKey: jose's fastest HS256 path, so the comparison is fair to it.
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
  const claims = { sub: '1', sid: 's', jti: 'j', type: 'access', role: 'user', fresh: true, iss: 'gatehouse', aud: 'gatehouse' };
  const sign = createSigner({ key: secret, algorithm: 'HS256', expiresIn: 900_000 });
  const check = createVerifier({ key: secret, algorithms: ['HS256'], allowedIss: 'gatehouse', allowedAud: 'gatehouse' });
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

/** Median wall time of a wrong-password login for an existing vs an unknown account (enumeration by timing). */
async function loginTimingParity(url: string, username: string): Promise<{ existing: number; unknown: number }> {
  const median = (xs: number[]): number => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  const time = async (name: string): Promise<number> => {
    const t = performance.now();
    await post(`${url}/api/auth/login`, { username: name, password: 'Wrong-password-42' });
    return performance.now() - t;
  };
  const existing: number[] = [];
  const unknown: number[] = [];
  // Interleaved, and one wrong attempt per name so no lock kicks in.
  for (let i = 0; i < 30; i++) {
    await post(`${url}/api/auth/register`, { username: `parity_${i}`, email: `parity_${i}@example.com`, password: 'quiet-Lantern-47-orbit' });
    existing.push(await time(`parity_${i}`));
    unknown.push(await time(`ghost_${i}_${username}`));
  }
  return { existing: median(existing), unknown: median(unknown) };
}

async function main(): Promise<void> {
  const bareUrl = await start('bare');
  const url = await start('gatehouse');
  const user = { username: 'bench_user', email: 'bench@example.com', password: 'quiet-Lantern-47-orbit' };
  await post(`${url}/api/auth/register`, user);
  const login = await post(`${url}/api/auth/login`, { username: user.username, password: user.password });
  const auth = { authorization: `Bearer ${String(login.access_token)}` };

  const results = [];
  results.push(await load('bare Fastify GET /', { url: `${bareUrl}/` }));
  results.push(await load('GET /health', { url: `${url}/health` }));
  results.push(await load('GET /api/users/me (JWT + session/user query)', { url: `${url}/api/users/me`, headers: auth }));
  await fetch(`${url}/bench/event-loop`);
  const loginRun = await load('POST /api/auth/login (argon2id m=19MiB t=2)', {
    url: `${url}/api/auth/login`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: user.username, password: user.password }),
  });
  results.push(loginRun);
  const parity = await loginTimingParity(url, user.username);
  const loopDuringLogin = (await (await fetch(`${url}/bench/event-loop`)).json()) as { p99_ms: number; max_ms: number };
  for (const child of children) child.kill('SIGTERM');

  const rawVerify = await rawVerifyPerSecond();
  const jwt = await jwtOpsPerSecond();
  const bare = results[0]?.rps ?? 1;

  console.log(`\nGatehouse benchmark (${DURATION}s per scenario, ${CONNECTIONS} connections, node ${process.version})\n`);
  console.log('| scenario | req/s | p50 ms | p99 ms | non-2xx | vs bare Fastify |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const r of results) console.log(`| ${r.title} | ${r.rps} | ${r.p50} | ${r.p99} | ${r.non2xx} | ${(r.rps / bare).toFixed(3)} |`);
  console.log(`\nlogin req/s ÷ raw argon2id verifications/s (${rawVerify}/s): ${(loginRun.rps / rawVerify).toFixed(3)}`);
  console.log(`event-loop delay during the login run: p99 ${loopDuringLogin.p99_ms.toFixed(1)} ms, max ${loopDuringLogin.max_ms.toFixed(1)} ms`);
  console.log(`wrong-password login, median of 30: existing account ${parity.existing.toFixed(1)} ms, unknown account ${parity.unknown.toFixed(1)} ms (ratio ${(parity.unknown / parity.existing).toFixed(2)})`);
  console.log(`JWT HS256 sign+verify: fast-jwt ${jwt.fastJwt}/s, jose ${jwt.jose}/s, ratio ${(jwt.fastJwt / jwt.jose).toFixed(1)}x`);
}

main().catch((err) => {
  for (const child of children) child.kill('SIGTERM');
  console.error(err);
  process.exit(1);
});
