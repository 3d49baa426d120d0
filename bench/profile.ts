/**
 * npm run profile [-- <scenario>]: a CPU profile (node --cpu-prof) of the Gatehouse server under load, summarised.
 *   scenario: me (default; GET /api/users/me with a valid token), health, refresh or login.
 * Prints where the server's CPU time went during the load, by package and by function (self time), and keeps
 * the .cpuprofile (open it in Chrome DevTools → Performance) in bench/profiles/.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { accounts, CONNECTIONS, DURATION, load, type LoadResult, startGatehouse } from './harness.js';
import { login, me, refresh } from './scenarios.js';
import { type CpuProfile, summariseProfile } from './profile-summary.js';

const scenario = process.argv[2] ?? 'me';
const dir = path.resolve('bench/profiles', `${scenario}-${Date.now()}`);
mkdirSync(dir, { recursive: true });

const server = await startGatehouse({ nodeOptions: ['--cpu-prof', `--cpu-prof-dir=${dir}`] });
const users = await accounts(server.url, CONNECTIONS + 4, 'profile');
const scenarios: Record<string, () => Promise<LoadResult>> = {
  health: () => load({ url: `${server.url}/health` }),
  me: () => me(server.url, users[0]?.access ?? ''),
  refresh: () => refresh(server.url, users),
  login: () => login(server.url, users),
};
const run = scenarios[scenario];
if (!run) throw new Error(`unknown scenario ${scenario}: one of ${Object.keys(scenarios).join(', ')}`);
const result = await run();
console.log(`${scenario}: ${result.rps} req/s, p99 ${result.p99} ms, non-2xx ${result.non2xx}`);
await server.stop();

// The main thread's profile (worker threads, such as a log transport, write their own).
const file = readdirSync(dir).find((name) => /\.0\.\d+\.cpuprofile$/.test(name));
if (!file) throw new Error(`no profile written in ${dir}`);
const profile = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as CpuProfile;
// Only the load's own window: not start-up, migrations and the set-up requests.
console.log(summariseProfile(profile, { top: Number(process.env.PROFILE_TOP ?? 25), windowMs: DURATION * 1000 }));
console.log(`profile: ${path.relative(process.cwd(), path.join(dir, file))}`);
