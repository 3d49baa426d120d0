import cluster, { type Worker } from 'node:cluster';
import type { Logger } from 'pino';
import { AggregatorRegistry } from 'prom-client';
import type { Config } from './config.js';
import { metricsListener } from './http/metrics.js';

/** A worker that dies on its own is replaced after this long; several deaths in a row wait longer, up to a minute. */
const RESPAWN_DELAY_MS = 1000;
const MAX_RESPAWN_DELAY_MS = 60_000;
/** How long workers get to finish their requests after SIGTERM before they are killed. */
const SHUTDOWN_GRACE_MS = 15_000;

export interface PrimaryOptions {
  config: Config;
  logger: Logger;
  /** Environment each worker gets on top of the primary's (a generated signing key, AUTO_MIGRATE=false). */
  workerEnv: Record<string, string>;
}

/**
 * WEB_CONCURRENCY=N: the primary forks N workers that share the port (node:cluster hands them connections in
 * turn), each with its own app and database pool. It replaces a worker that dies, passes SIGTERM/SIGINT on,
 * and exits once all of them have finished their requests. A worker that fails before serving stops them all
 * (exit 1): another would fail alike.
 */
export function runPrimary({ config, logger, workerEnv }: PrimaryOptions): void {
  let stopping = false;
  let exitCode = 0;
  let deathsInARow = 0;
  const listened = new Set<number>();
  const fork = (): Worker => cluster.fork(workerEnv);

  /** Stops every worker the usual way (they finish their requests), then exits with `code`. */
  const shutdown = (reason: Record<string, unknown>, code: number): void => {
    if (stopping) return;
    stopping = true;
    exitCode = code;
    logger.info(reason, 'shutting down: workers finish their in-flight requests');
    const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => w !== undefined);
    if (workers.length === 0) process.exit(exitCode);
    for (const worker of workers) worker.process.kill('SIGTERM');
    setTimeout(() => {
      logger.error('workers did not stop in time; killing them');
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGKILL');
      process.exit(1);
    }, SHUTDOWN_GRACE_MS).unref();
  };

  cluster.on('listening', (worker, address) => {
    deathsInARow = 0;
    listened.add(worker.id);
    logger.info({ worker: worker.id, pid: worker.process.pid, port: address.port }, 'worker listening');
  });
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) {
        logger.info('all workers stopped');
        process.exit(exitCode);
      }
      return;
    }
    if (!listened.has(worker.id)) {
      // It never served (port taken, database unreachable, bad key): another would fail alike. Fail as a
      // single process would, so the supervisor (systemd, Kubernetes) sees it.
      logger.error({ worker: worker.id, code, signal }, 'a worker failed to start; stopping');
      shutdown({ reason: 'worker failed to start' }, 1);
      return;
    }
    deathsInARow += 1;
    const delay = Math.min(MAX_RESPAWN_DELAY_MS, RESPAWN_DELAY_MS * 2 ** (deathsInARow - 1));
    logger.error({ worker: worker.id, pid: worker.process.pid, code, signal, respawnInMs: delay }, 'worker died; starting another');
    setTimeout(() => {
      if (!stopping) fork();
    }, delay).unref();
  });

  process.on('SIGTERM', () => shutdown({ signal: 'SIGTERM' }, 0));
  process.on('SIGINT', () => shutdown({ signal: 'SIGINT' }, 0));

  logger.info({ workers: config.webConcurrency, port: config.port }, 'starting workers');
  for (let i = 0; i < config.webConcurrency; i++) fork();
  if (config.metrics.port !== null) serveClusterMetrics(config.metrics, logger, (err) => shutdown({ reason: 'metrics listener failed', error: err.message }, 1));
}

/**
 * METRICS_PORT with workers: the primary answers, asking every worker for its registry and summing them
 * (prom-client's AggregatorRegistry; gauges that every worker reads alike are taken once).
 */
function serveClusterMetrics({ port, host }: Config['metrics'], logger: Logger, fail: (err: Error) => void): void {
  const aggregator = new AggregatorRegistry();
  const server = metricsListener(
    async () => ({ body: await aggregator.clusterMetrics(), contentType: aggregator.contentType }),
    (err) => logger.error({ err: { message: err.message } }, 'metrics scrape failed'),
  );
  server.on('error', (err) => {
    logger.error({ err: { message: err.message }, port }, 'metrics listener failed');
    fail(err);
  });
  server.listen({ port: port ?? 0, host }, () => logger.info({ address: server.address() }, 'metrics listening'));
  server.unref();
}
