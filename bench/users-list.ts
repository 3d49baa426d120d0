/**
 * npm run bench:users: admin GET /api/users on PostgreSQL with a million users (BENCH_USERS, default 1,000,000),
 * bulk-seeded in SQL (INSERT … SELECT generate_series, in batches, then VACUUM ANALYZE), not through the API. p50 of BENCH_REPEAT
 * sequential requests per query, after a warm-up; target p50 < 20 ms each. Results go to bench/users-list.json.
 *
 * BENCH_PG_URL names a PostgreSQL server database to create the bench database beside
 * (default postgres://postgres@127.0.0.1:5432/postgres); the bench database (gatehouse_bench) is kept between
 * runs and reseeded only when its user count differs.
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { hash } from '@node-rs/argon2';
import pg from 'pg';
import { PASSWORD, post, startGatehouse } from './harness.js';

const USERS = Number(process.env.BENCH_USERS ?? 1_000_000);
const REPEAT = Number(process.env.BENCH_REPEAT ?? 21);
const BATCH = 100_000;
const serverUrl = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DATABASE = 'gatehouse_bench';
const databaseUrl = Object.assign(new URL(serverUrl), { pathname: `/${DATABASE}` }).toString();

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function ensureDatabase(): Promise<void> {
  await withClient(serverUrl, async (client) => {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (!rowCount) await client.query(`CREATE DATABASE ${DATABASE}`);
  });
}

/** Users 1..USERS (every tenth an admin, the rest users); id 1 is the bench's own admin. */
async function seed(): Promise<void> {
  await withClient(databaseUrl, async (client) => {
    const { rows } = await client.query<{ n: string }>('SELECT count(*) AS n FROM users');
    if (Number(rows[0]?.n) === USERS) {
      console.log(`${USERS} users already seeded`);
      return;
    }
    const started = performance.now();
    await client.query('TRUNCATE users RESTART IDENTITY CASCADE');
    const passwordHash = await hash(PASSWORD, { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
    const now = Date.now();
    for (let from = 1; from <= USERS; from += BATCH) {
      const to = Math.min(USERS, from + BATCH - 1);
      await client.query(
        `INSERT INTO users (id, username, email, password_hash, role, is_active, failed_login_attempts, created_at, updated_at)
         SELECT g, 'user' || g, 'user' || g || '@example.com', $1, CASE WHEN g % 10 = 1 THEN 'admin' ELSE 'user' END, 1, 0, $2::bigint + g, $2::bigint + g
         FROM generate_series($3::int, $4::int) AS g`,
        [passwordHash, now, from, to],
      );
    }
    await client.query(`SELECT setval(pg_get_serial_sequence('users', 'id'), $1)`, [USERS]);
    // The steady state autovacuum keeps: statistics, and the GIN indexes' pending lists merged (a bulk insert
    // leaves up to gin_pending_list_limit of entries that every search would scan linearly until then).
    await client.query('VACUUM ANALYZE users');
    console.log(`seeded ${USERS} users in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  });
}

async function timed(url: string, token: string): Promise<{ ms: number; body: { users: unknown[]; next: number | null; total: number } }> {
  const started = performance.now();
  const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  const body = (await res.json()) as { users: unknown[]; next: number | null; total: number };
  if (res.status !== 200) throw new Error(`${url}: ${res.status} ${JSON.stringify(body)}`);
  return { ms: performance.now() - started, body };
}

async function main(): Promise<void> {
  await ensureDatabase();
  const server = await startGatehouse({ databaseUrl });
  try {
    await seed();
    const login = await post(`${server.url}/api/auth/login`, { username: 'user1', password: PASSWORD });
    if (login.status !== 200) throw new Error(`admin login: ${login.status} ${JSON.stringify(login.body)}`);
    const token = String(login.body.access_token);
    const middle = Math.floor(USERS / 2);
    const queries: Array<{ name: string; path: string; compatibility?: boolean }> = [
      { name: 'first page', path: '/api/users?per_page=20' },
      { name: `middle page (keyset, after=${middle})`, path: `/api/users?per_page=20&after=${middle}` },
      { name: `last page (keyset, after=${USERS - 20})`, path: `/api/users?per_page=20&after=${USERS - 20}` },
      { name: 'role=user, page 40,000 (keyset, after=800000)', path: '/api/users?per_page=20&role=user&after=800000' },
      { name: 'q=user99999 (trigram)', path: '/api/users?per_page=20&q=user99999' },
      { name: 'q=example (matches every user)', path: '/api/users?per_page=20&q=example' },
      { name: `middle page by offset (page=${Math.floor(middle / 20)}; compatibility)`, path: `/api/users?per_page=20&page=${Math.floor(middle / 20)}`, compatibility: true },
    ];
    const results = [];
    for (const query of queries) {
      for (let i = 0; i < 3; i++) await timed(`${server.url}${query.path}`, token);
      const times: number[] = [];
      let last: Awaited<ReturnType<typeof timed>>['body'] | undefined;
      for (let i = 0; i < REPEAT; i++) {
        const { ms, body } = await timed(`${server.url}${query.path}`, token);
        times.push(ms);
        last = body;
      }
      times.sort((a, b) => a - b);
      const p50 = times[Math.floor(times.length / 2)] ?? 0;
      results.push({
        name: query.name,
        path: query.path,
        p50_ms: Number(p50.toFixed(1)),
        max_ms: Number((times.at(-1) ?? 0).toFixed(1)),
        rows: last?.users.length ?? 0,
        total: last?.total ?? null,
        target: query.compatibility ? null : 'p50 < 20 ms',
        met: query.compatibility ? null : p50 < 20,
      });
    }
    console.log(`\nGET /api/users on PostgreSQL with ${USERS} users, p50 of ${REPEAT} sequential requests (node ${process.version}, ${os.cpus().length} CPUs)\n`);
    console.log('| query | p50 ms | max ms | rows | total | target |');
    console.log('|---|---:|---:|---:|---:|---|');
    for (const r of results) console.log(`| ${r.name} | ${r.p50_ms} | ${r.max_ms} | ${r.rows} | ${r.total} | ${r.target ? `${r.target} ${r.met ? 'met' : 'NOT met'}` : ''} |`);
    const file = process.env.BENCH_USERS_RESULTS ?? 'bench/users-list.json';
    writeFileSync(file, `${JSON.stringify({ date: new Date().toISOString(), users: USERS, repeat: REPEAT, node: process.version, cpus: os.cpus().length, results }, null, 2)}\n`);
    console.log(`\nwritten: ${file}`);
  } finally {
    await server.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
