/**
 * A benchmark target in its own process, so the load generator does not share its event loop:
 *   tsx bench/server.ts bare        a bare Fastify route (the baseline)
 *   tsx bench/server.ts gatehouse   the full app on a fresh SQLite file, production argon2 parameters
 * Prints "LISTENING <port>" once ready; logs at warn level to stdout only.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Fastify from 'fastify';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/connection.js';
import { migrateToLatest } from '../src/db/migrator.js';
import { createLogger } from '../src/logging.js';

async function bare(): Promise<number> {
  const app = Fastify();
  app.get('/', async () => ({ status: 'ok' }));
  await app.listen({ port: 0, host: '127.0.0.1' });
  return (app.server.address() as { port: number }).port;
}

async function gatehouse(): Promise<number> {
  const dir = mkdtempSync(path.join(tmpdir(), 'gatehouse-bench-'));
  const config = loadConfig({
    NODE_ENV: 'production',
    JWT_SECRET_KEY: 'bench-secret-bench-secret-bench-secret-0123456789',
    DATABASE_URL: `sqlite:///${path.join(dir, 'bench.db')}`,
    LOG_LEVEL: 'warn',
    LOG_TO_FILE: 'false',
    AUTH_RATE_LIMIT_MAX: '100000000',
    MAX_EVENT_LOOP_DELAY: '0',
    ...(process.env.BENCH_DATABASE_URL ? { DATABASE_URL: process.env.BENCH_DATABASE_URL } : {}),
  });
  const handle = openDatabase(config.databaseUrl);
  await migrateToLatest(handle.db);
  await handle.db.destroy();
  const { logger } = createLogger(config);
  const app = await buildApp({ config, logger });
  // Event-loop delay while under load: hashing must not block it.
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  app.get('/bench/event-loop', async () => {
    const result = { p50_ms: delay.percentile(50) / 1e6, p99_ms: delay.percentile(99) / 1e6, max_ms: delay.max / 1e6 };
    delay.reset();
    return result;
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  return (app.server.address() as { port: number }).port;
}

const port = await (process.argv[2] === 'bare' ? bare() : gatehouse());
console.log(`LISTENING ${port}`);
// A normal exit, so `node --cpu-prof` writes its profile (bench/profile.ts).
process.once('SIGTERM', () => process.exit(0));
