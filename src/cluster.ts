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
 * and exits once all of them have finished their requests.
 */
export function runPrimary({ config, logger, workerEnv }: PrimaryOptions): void {
  let stopping = false;
  let deathsInARow = 0;
  const fork = (): Worker => cluster.fork(workerEnv);

  cluster.on('listening', (worker, address) => {
    deathsInARow = 0;
    logger.info({ worker: worker.id, pid: worker.process.pid, port: address.port }, 'worker listening');
  });
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) {
        logger.info('all workers stopped');
        process.exit(0);
      }
      return;
    }
    deathsInARow += 1;
    const delay = Math.min(MAX_RESPAWN_DELAY_MS, RESPAWN_DELAY_MS * 2 ** (deathsInARow - 1));
    logger.error({ worker: worker.id, pid: worker.process.pid, code, signal, respawnInMs: delay }, 'worker died; starting another');
    setTimeout(() => {
      if (!stopping) fork();
    }, delay).unref();
  });

  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: workers finish their in-flight requests');
    const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => w !== undefined);
    if (workers.length === 0) process.exit(0);
    for (const worker of workers) worker.process.kill('SIGTERM');
    setTimeout(() => {
      logger.error('workers did not stop in time; killing them');
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGKILL');
      process.exit(1);
    }, SHUTDOWN_GRACE_MS).unref();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));

  logger.info({ workers: config.webConcurrency, port: config.port }, 'starting workers');
  for (let i = 0; i < config.webConcurrency; i++) fork();
  if (config.metrics.port !== null) serveClusterMetrics(config.metrics, logger);
}

/**
 * METRICS_PORT with workers: the primary answers, asking every worker for its registry and summing them
 * (prom-client's AggregatorRegistry; gauges that every worker reads alike are taken once).
 */
function serveClusterMetrics({ port, host }: Config['metrics'], logger: Logger): void {
  const aggregator = new AggregatorRegistry();
  const server = metricsListener(
    async () => ({ body: await aggregator.clusterMetrics(), contentType: aggregator.contentType }),
    (err) => logger.error({ err: { message: err.message } }, 'metrics scrape failed'),
  );
  server.on('error', (err) => {
    logger.error({ err: { message: err.message }, port }, 'metrics listener failed');
    process.kill(process.pid, 'SIGTERM');
  });
  server.listen({ port: port ?? 0, host }, () => logger.info({ address: server.address() }, 'metrics listening'));
  server.unref();
}
