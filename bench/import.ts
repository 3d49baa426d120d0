/**
 * npm run bench:import: import-flask of BENCH_IMPORT_USERS Flask users (default 1,000,000) from a SQLite file and
 * from a PostgreSQL database, each into a fresh PostgreSQL Gatehouse database (gatehouse_bench_import_<random>,
 * dropped after). The Flask rows are generated in SQL (a recursive CTE, generate_series) with one bcrypt hash
 * reused. Reports users/s and peak RSS (sampled every 50 ms) beside the RSS before the import: memory should stay
 * flat whatever the count. Target: 20,000 users/s. Results go to bench/import.json.
 *
 * BENCH_PG_URL names the PostgreSQL server (default postgres://postgres@127.0.0.1:5432/postgres).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { hash as bcryptHash } from '@node-rs/bcrypt';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import { openDatabase } from '../src/db/connection.js';
import { migrateToLatest } from '../src/db/migrator.js';
import { importFlask } from '../src/import/import-flask.js';

const USERS = Number(process.env.BENCH_IMPORT_USERS ?? 1_000_000);
const TOKENS = Math.min(10_000, Math.ceil(USERS / 100));
const serverUrl = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const TARGET_RATE = 20_000;
const CREATED = '2025-10-30 18:31:32.742142';

const urlFor = (database: string): string => Object.assign(new URL(serverUrl), { pathname: `/${database}` }).toString();

async function onServer(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

async function flaskSqlite(file: string, passwordHash: string): Promise<void> {
  const db = new SqliteDatabase(file);
  db.pragma('journal_mode = WAL');
  db.exec(`CREATE TABLE users (id INTEGER NOT NULL PRIMARY KEY, username VARCHAR(80) NOT NULL UNIQUE, email VARCHAR(120) NOT NULL UNIQUE,
    password_hash VARCHAR(128), role VARCHAR(20), is_active BOOLEAN, failed_login_attempts INTEGER, locked_until DATETIME,
    created_at DATETIME, updated_at DATETIME, last_login DATETIME)`);
  db.exec(`CREATE TABLE token_blacklist (id INTEGER NOT NULL PRIMARY KEY, jti VARCHAR(36) NOT NULL UNIQUE, token_type VARCHAR(10), user_id INTEGER, expires DATETIME, created_at DATETIME)`);
  db.prepare(`WITH RECURSIVE g(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM g WHERE n < ?)
    INSERT INTO users SELECT n, 'user' || n, 'user' || n || '@example.com', ?, CASE WHEN n % 10 = 1 THEN 'admin' ELSE 'user' END, 1, 0, NULL, ?, ?, NULL FROM g`).run(USERS, passwordHash, CREATED, CREATED);
  db.prepare(`WITH RECURSIVE g(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM g WHERE n < ?)
    INSERT INTO token_blacklist SELECT n, 'jti-' || n, 'refresh', n, '2030-01-01 00:00:00', ? FROM g`).run(TOKENS, CREATED);
  db.close();
}

async function flaskPostgres(url: string, passwordHash: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`CREATE TABLE users (id INTEGER NOT NULL PRIMARY KEY, username VARCHAR(80) NOT NULL UNIQUE, email VARCHAR(120) NOT NULL UNIQUE,
    password_hash VARCHAR(128), role VARCHAR(20), is_active BOOLEAN, failed_login_attempts INTEGER, locked_until TIMESTAMP,
    created_at TIMESTAMP, updated_at TIMESTAMP, last_login TIMESTAMP)`);
  await client.query(`CREATE TABLE token_blacklist (id SERIAL PRIMARY KEY, jti VARCHAR(36) NOT NULL UNIQUE, token_type VARCHAR(10), user_id INTEGER, expires TIMESTAMP, created_at TIMESTAMP)`);
  await client.query(
    `INSERT INTO users SELECT n, 'user' || n, 'user' || n || '@example.com', $1, CASE WHEN n % 10 = 1 THEN 'admin' ELSE 'user' END, true, 0, NULL, $2::timestamp, $2::timestamp, NULL
     FROM generate_series(1, $3::int) AS n`,
    [passwordHash, CREATED, USERS],
  );
  await client.query(`INSERT INTO token_blacklist (jti, token_type, user_id, expires, created_at) SELECT 'jti-' || n, 'refresh', n, '2030-01-01', $1::timestamp FROM generate_series(1, $2::int) AS n`, [CREATED, TOKENS]);
  await client.query('VACUUM ANALYZE');
  await client.end();
}

interface Result {
  source: string;
  users: number;
  seconds: number;
  usersPerSecond: number;
  rssBeforeMiB: number;
  peakRssMiB: number;
  /** RSS when a quarter, half, three quarters and all of the users were imported. */
  rssAtQuartersMiB: number[];
  imported: number;
  revokedTokens: number;
}

const mib = (bytes: number): number => Math.round(bytes / 1048576);

async function importInto(source: string, from: string): Promise<Result> {
  const target = `gatehouse_bench_import_${randomBytes(5).toString('hex')}`;
  await onServer(`CREATE DATABASE ${target}`);
  const handle = openDatabase(urlFor(target), { poolSize: 2 });
  try {
    await migrateToLatest(handle.db);
    global.gc?.();
    const rssBefore = process.memoryUsage().rss;
    let peak = rssBefore;
    const quarters: number[] = [];
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
    const started = performance.now();
    let done = 0;
    const report = await importFlask(
      { from, dryRun: false, maps: [] },
      {
        db: handle.db,
        identifierKey: randomBytes(32),
        now: () => Date.now(),
        lockDurationMs: 900_000,
        progress: (total) => ({
          advance: (rows) => {
            const before = done;
            done += rows;
            if (Math.floor((4 * done) / total) > Math.floor((4 * before) / total)) quarters.push(mib(process.memoryUsage().rss));
          },
          stop: () => {},
        }),
      },
    );
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    if (report.imported !== USERS) throw new Error(`imported ${report.imported} of ${USERS}: ${JSON.stringify(report).slice(0, 500)}`);
    return {
      source,
      users: USERS,
      seconds: Math.round(seconds * 10) / 10,
      usersPerSecond: Math.round(USERS / seconds),
      rssBeforeMiB: mib(rssBefore),
      peakRssMiB: mib(peak),
      rssAtQuartersMiB: quarters,
      imported: report.imported,
      revokedTokens: report.revoked_tokens.imported,
    };
  } finally {
    await handle.db.destroy();
    await onServer(`DROP DATABASE IF EXISTS ${target} WITH (FORCE)`);
  }
}

async function main(): Promise<void> {
  const passwordHash = await bcryptHash('bench-password', 12);
  const results: Result[] = [];

  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-import-'));
  try {
    const file = path.join(dir, 'flask.db');
    let started = performance.now();
    await flaskSqlite(file, passwordHash);
    console.log(`SQLite Flask source: ${USERS} users generated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    results.push(await importInto('sqlite', `sqlite:///${file}`));
    console.log(results.at(-1));

    const sourceDb = `flask_bench_import_${randomBytes(5).toString('hex')}`;
    await onServer(`CREATE DATABASE ${sourceDb}`);
    try {
      started = performance.now();
      await flaskPostgres(urlFor(sourceDb), passwordHash);
      console.log(`PostgreSQL Flask source: ${USERS} users generated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      results.push(await importInto('postgres', urlFor(sourceDb).replace(/^postgres(ql)?:/, 'postgresql+psycopg2:')));
      console.log(results.at(-1));
    } finally {
      await onServer(`DROP DATABASE IF EXISTS ${sourceDb} WITH (FORCE)`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const machine = { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, node: process.version };
  writeFileSync(new URL('./import.json', import.meta.url), `${JSON.stringify({ date: new Date().toISOString(), machine, targetUsersPerSecond: TARGET_RATE, results }, null, 2)}\n`);
  for (const r of results) {
    const verdict = r.usersPerSecond >= TARGET_RATE ? 'ok' : `BELOW the ${TARGET_RATE}/s target`;
    console.log(`${r.source.padEnd(8)} ${r.users} users in ${r.seconds} s: ${r.usersPerSecond} users/s (${verdict}); RSS ${r.rssBeforeMiB} MiB before, peak ${r.peakRssMiB} MiB, at each quarter ${r.rssAtQuartersMiB.join('/')} MiB`);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
