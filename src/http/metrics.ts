import cluster from 'node:cluster';
import { createServer, type Server } from 'node:http';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { sameSecret } from '../digests.js';
import { AppError } from '../errors.js';
import { createMetrics, type Metrics } from '../metrics.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** Prometheus instruments when METRICS_ENABLED or METRICS_PORT; null otherwise, and nothing is measured. */
    metrics: Metrics | null;
    /** The separate metrics listener (METRICS_PORT), once the app is ready; null otherwise. */
    metricsListener: Server | null;
  }
}

/** Requests that matched no route share one label value: raw URLs would make a series per probe. */
const UNMATCHED = 'unmatched';

export interface Scrape {
  body: string;
  contentType: string;
}

async function scrape(metrics: Metrics): Promise<Scrape> {
  return { body: await metrics.registry.metrics(), contentType: metrics.registry.contentType };
}

/** The separate listener of METRICS_PORT: GET /metrics and nothing else. Not yet listening. */
export function metricsListener(scrapeNow: () => Promise<Scrape>, onError: (err: Error) => void): Server {
  return createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method !== 'GET' || path !== '/metrics') {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not Found\n');
      return;
    }
    scrapeNow().then(
      ({ body, contentType }) => res.writeHead(200, { 'content-type': contentType }).end(body),
      (err: Error) => {
        onError(err);
        res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end('scrape failed\n');
      },
    );
  });
}

/** Whether an Authorization header carries the metrics token; compared as digests, in constant time. */
export function carriesMetricsToken(authorization: string | undefined, token: string | null): boolean {
  const presented = /^Bearer ([^\s]+)$/i.exec(authorization ?? '')?.[1];
  if (token === null || presented === undefined) return false;
  return sameSecret(presented, token);
}

/**
 * Times every request by route pattern and status; serves GET /metrics on the public listener when
 * METRICS_ENABLED (there, with workers, the metrics of the worker that answers), and on a listener of its own
 * (METRICS_HOST:METRICS_PORT) when METRICS_PORT is set (with workers, the primary's, summing them all).
 */
async function metricsPlugin(app: FastifyInstance): Promise<void> {
  const { enabled, port, host, token } = app.config.metrics;
  // Off by default; built here only, with a registry of this app's own.
  const metrics = enabled || port !== null ? createMetrics({ db: app.db, poolStats: app.dbPoolStats }) : null;
  app.decorate('metrics', metrics);
  app.decorate('metricsListener', null);
  if (!metrics) return;
  app.addHook('onResponse', async (request, reply) => {
    metrics.observeRequest({ method: request.method, route: request.routeOptions.url ?? UNMATCHED, status: reply.statusCode }, reply.elapsedTime / 1000);
  });

  if (enabled) {
    app.get('/metrics', { schema: { hide: true } }, async (request, reply) => {
      if (!carriesMetricsToken(request.headers.authorization, token)) {
        throw new AppError('unauthorized', { detail: 'GET /metrics needs Authorization: Bearer <METRICS_TOKEN>.', headers: { 'www-authenticate': 'Bearer realm="metrics"' } });
      }
      const { body, contentType } = await scrape(metrics);
      return reply.type(contentType).send(body);
    });
  }

  // Workers of a cluster (WEB_CONCURRENCY) do not listen: the primary serves all of them summed (src/cluster.ts).
  if (port === null || cluster.isWorker) return;
  const server = metricsListener(() => scrape(metrics), (err) => app.log.error({ err: { message: err.message } }, 'metrics scrape failed'));
  // Bound when the app is ready, so a taken port stops start-up; closed with the app.
  app.addHook('onReady', async () => {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen({ port, host }, () => {
        server.off('error', reject);
        resolve();
      });
    });
    app.metricsListener = server;
    app.log.info({ address: server.address() }, 'metrics listening');
  });
  app.addHook('onClose', async () => {
    if (!server.listening) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
}

export default fp(metricsPlugin, { name: 'metrics', fastify: '5.x', dependencies: ['config', 'database'] });
