import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../errors.js';

async function requestRefusals(app: FastifyInstance): Promise<void> {
  // While shutting down, in-flight responses close their keep-alive sockets so close() can finish.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', (_request, reply, payload, done) => {
    if (closing) reply.header('connection', 'close');
    done(null, payload);
  });
  app.addHook('onRequest', (request, _reply, done) => {
    if (closing) return done(new AppError('service_unavailable', { detail: 'The server is shutting down; retry on another instance.', retryAfter: 1 }));
    if (request.raw.httpVersion === '1.1' && request.headers.host === undefined) {
      return done(new AppError('bad_request', { detail: 'An HTTP/1.1 request needs a Host header.' }));
    }
    done();
  });
}

/**
 * Requests refused before routing: any while the server shuts down (503), and HTTP/1.1 without a Host (400).
 * After the protections (helmet), so these refusals carry the security headers like any other answer.
 */
export default fp(requestRefusals, { name: 'request-refusals', fastify: '5.x', dependencies: ['protections'] });
