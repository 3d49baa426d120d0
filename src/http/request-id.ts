import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Echoes the client's X-Request-Id when it is short and plain; otherwise a fresh UUID. */
export function requestIdFor(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && SANE_REQUEST_ID.test(given) ? given : randomUUID();
}

async function requestIdHeader(app: FastifyInstance): Promise<void> {
  // The hooks every request passes through are plain callbacks: an async one costs a promise per request.
  app.addHook('onRequest', (request, reply, done) => {
    reply.header('x-request-id', request.id);
    done();
  });
}

/** Every answer carries its request's id (X-Request-Id); registered first, so refusals by later hooks do too. */
export default fp(requestIdHeader, { name: 'request-id', fastify: '5.x' });
