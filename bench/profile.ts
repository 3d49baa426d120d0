/**
 * npm run profile [-- <scenario>]: a CPU profile (node --cpu-prof) of the Gatehouse server under load, summarised.
 *   scenario: me (default; GET /api/users/me with a valid token), health, refresh.
 * Prints where the server's CPU time went, by package and by function (self time), and keeps the .cpuprofile
 * (open it in Chrome DevTools → Performance) in bench/profiles/.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { type CpuProfile, summariseProfile } from './profile-summary.js';

const scenario = process.argv[2] ?? 'me';
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const dir = path.resolve('bench/profiles', `${scenario}-${Date.now()}`);
mkdirSync(dir, { recursive: true });

const child = spawn(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, '--import', 'tsx', 'bench/server.ts', 'gatehouse'], { stdio: ['ignore', 'pipe', 'inherit'] });
const url = await new Promise<string>((resolve, reject) => {
  let out = '';
  child.stdout.on('data', (chunk) => {
    out += chunk;
    const match = /LISTENING (\d+)/.exec(out);
    if (match) resolve(`http://127.0.0.1:${match[1]}`);
  });
  child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
});

async function post(route: string, body: object): Promise<Record<string, unknown>> {
  const res = await fetch(`${url}${route}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return (await res.json()) as Record<string, unknown>;
}

const user = { username: 'profile_user', email: 'profile@example.com', password: 'quiet-Lantern-47-orbit' };
await post('/api/auth/register', user);
const tokens = await post('/api/auth/login', { username: user.username, password: user.password });
const options: autocannon.Options = scenario === 'health'
  ? { url: `${url}/health` }
  : { url: `${url}/api/users/me`, headers: { authorization: `Bearer ${String(tokens.access_token)}` } };
const result = await autocannon({ ...options, connections: 20, duration: DURATION });
console.log(`${scenario}: ${Math.round(result.requests.average)} req/s, p99 ${result.latency.p99} ms, non-2xx ${result.non2xx}`);

const exited = new Promise((resolve) => child.once('exit', resolve));
child.kill('SIGTERM');
await exited;
// The main thread's profile (worker threads, such as a log transport, write their own).
const file = readdirSync(dir).find((name) => /\.0\.\d+\.cpuprofile$/.test(name));
if (!file) throw new Error(`no profile written in ${dir}`);
const profile = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as CpuProfile;
// Only the load's own window: not start-up, migrations and the set-up requests.
console.log(summariseProfile(profile, { top: Number(process.env.PROFILE_TOP ?? 25), windowMs: DURATION * 1000 }));
console.log(`profile: ${path.relative(process.cwd(), path.join(dir, file))}`);
