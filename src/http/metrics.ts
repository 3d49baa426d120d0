import { createServer, type Server } from 'node:http';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Metrics } from '../metrics.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** The separate metrics listener (METRICS_PORT), once the app is ready; null otherwise. */
    metricsListener: Server | null;
  }
}

export interface MetricsPluginOptions {
  metrics: Metrics;
}

/** Requests that matched no route share one label value: raw URLs would make a series per probe. */
const UNMATCHED = 'unmatched';

async function scrape(metrics: Metrics): Promise<{ body: string; contentType: string }> {
  return { body: await metrics.registry.metrics(), contentType: metrics.registry.contentType };
}

/**
 * Times every request by route pattern and status; serves GET /metrics on the public listener when
 * METRICS_ENABLED, and on a listener of its own (METRICS_HOST:METRICS_PORT) when METRICS_PORT is set.
 */
async function metricsPlugin(app: FastifyInstance, { metrics }: MetricsPluginOptions): Promise<void> {
  const { enabled, port, host } = app.config.metrics;
  app.addHook('onResponse', async (request, reply) => {
    metrics.observeRequest({ method: request.method, route: request.routeOptions.url ?? UNMATCHED, status: reply.statusCode }, reply.elapsedTime / 1000);
  });

  if (enabled) {
    app.get('/metrics', { schema: { hide: true } }, async (_request, reply) => {
      const { body, contentType } = await scrape(metrics);
      return reply.type(contentType).send(body);
    });
  }

  app.decorate('metricsListener', null);
  if (port === null) return;
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method !== 'GET' || path !== '/metrics') {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not Found\n');
      return;
    }
    scrape(metrics).then(
      ({ body, contentType }) => res.writeHead(200, { 'content-type': contentType }).end(body),
      (err: Error) => {
        app.log.error({ err: { message: err.message } }, 'metrics scrape failed');
        res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end('scrape failed\n');
      },
    );
  });
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

export default fp(metricsPlugin, { name: 'gatehouse-metrics' });
