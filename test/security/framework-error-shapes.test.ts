import { connect, type Socket } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../helper.js';
import { waitFor } from '../wait-for.js';

const APP_ORIGIN = 'https://app.example.com';
// Under-pressure off: these tests look at shapes, and a loaded test machine must not turn them into 503s.
const ENV = { CORS_ORIGINS: APP_ORIGIN, MAX_EVENT_LOOP_DELAY: '0' };

/** The headers helmet sets on every API response. */
const SECURITY_HEADERS = ['content-security-policy', 'strict-transport-security', 'x-content-type-options', 'x-frame-options', 'referrer-policy', 'cross-origin-opener-policy', 'cross-origin-resource-policy', 'x-permitted-cross-domain-policies'];

type Headers = Record<string, string | string[] | number | undefined>;

interface Answer {
  status: number;
  headers: Headers;
  body: string;
}

/** The security headers of an ordinary API error (an unknown route), the reference every other answer must match. */
async function referenceHeaders(app: FastifyInstance): Promise<Headers> {
  const res = await app.inject({ method: 'GET', url: '/no-such-route' });
  return Object.fromEntries(SECURITY_HEADERS.map((name) => [name, res.headers[name]]));
}

function expectProblem(answer: Answer, status: number, code: string, reference: Headers): void {
  expect(answer.status).toBe(status);
  expect(answer.headers['content-type']).toBe('application/problem+json; charset=utf-8');
  const body = JSON.parse(answer.body);
  expect(body).toMatchObject({ type: 'about:blank', status, code, error: code });
  expect(body.message).toBe(body.detail);
  expect(answer.headers['x-request-id']).toBeTruthy();
  expect(body.request_id).toBe(answer.headers['x-request-id']);
  for (const name of SECURITY_HEADERS) expect(answer.headers[name], name).toBe(reference[name]);
}

/** Writes raw bytes on a fresh connection, a step function awaited between writes, and returns the first response, parsed. */
function rawExchange(port: number, steps: Array<string | (() => Promise<unknown>)>, { timeoutMs = 10_000 } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let data = '';
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer within ${timeoutMs} ms: ${JSON.stringify(data)}`));
    }, timeoutMs);
    socket.on('data', (chunk) => (data += chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(parseResponse(data));
    });
    socket.on('connect', async () => {
      for (const step of steps) {
        if (typeof step === 'function') await step();
        else socket.write(step);
      }
      socket.end();
    });
  });
}

function parseResponse(raw: string): Answer {
  const [head = '', ...rest] = raw.split('\r\n\r\n');
  const [statusLine = '', ...lines] = head.split('\r\n');
  const headers: Headers = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { status: Number(statusLine.split(' ')[1]), headers, body: rest.join('\r\n\r\n') };
}

const fromInject = (res: { statusCode: number; headers: Headers; body: string }): Answer => ({ status: res.statusCode, headers: res.headers, body: res.body });

describe('answers the framework gives itself are problem+json, with a request id and the security headers', () => {
  let t: TestApp;
  let reference: Headers;
  beforeAll(async () => {
    t = await buildTestApp({
      env: ENV,
      beforeReady: (app) => {
        // Errors carrying only a status, as plugins and libraries throw them.
        app.get('/__status/:status', { schema: { hide: true } }, async (request) => {
          throw Object.assign(new Error('library detail that must not leak'), { statusCode: Number((request.params as { status: string }).status) });
        });
      },
    });
    reference = await referenceHeaders(t.app);
    expect(reference['content-security-policy']).toMatch(/default-src 'none'/);
  });
  afterAll(async () => t.close());

  it('bad percent-encoding in the path (/api/users/%zz): 400 bad_request, not Fastify\'s own JSON', async () => {
    expectProblem(fromInject(await t.app.inject({ method: 'GET', url: '/api/users/%zz' })), 400, 'bad_request', reference);
  });

  it('a path parameter over 100 characters: 414 uri_too_long problem+json, not a plain 414', async () => {
    expectProblem(fromInject(await t.app.inject({ method: 'GET', url: `/api/users/${'1'.repeat(101)}` })), 414, 'uri_too_long', reference);
  });

  it('a CORS preflight without Access-Control-Request-Method: 400 problem+json, not text/plain', async () => {
    const res = await t.app.inject({ method: 'OPTIONS', url: '/api/auth/login', headers: { origin: APP_ORIGIN } });
    expectProblem(fromInject(res), 400, 'bad_request', reference);
    // The allowed origin may still read why it was refused.
    expect(res.headers['access-control-allow-origin']).toBe(APP_ORIGIN);
  });

  it('a missing /docs/static file: 404 not_found, not 405', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/docs/static/no-such-file.js' });
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('not_found');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('a static path the file server refuses (/docs/static//index.html): 403 forbidden, never another error\'s code', async () => {
    if (!t.app.server.listening) await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.server.address() as { port: number };
    const res = await rawExchange(port, ['GET /docs/static//index.html HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n']);
    expect(res.status).toBe(403);
    expect(JSON.parse(res.body)).toMatchObject({ code: 'forbidden', error: 'forbidden' });
  });

  it.each([
    [400, 'bad_request'],
    [401, 'unauthorized'],
    [403, 'forbidden'],
    [404, 'not_found'],
    [409, 'conflict'],
    [412, 'precondition_failed'],
    [413, 'payload_too_large'],
    [414, 'uri_too_long'],
    [416, 'range_not_satisfiable'],
    [429, 'rate_limited'],
    [500, 'internal_error'],
    [501, 'not_implemented'],
    [503, 'service_unavailable'],
  ])('a bare %i from a library gets the generic code %s, never a specific one (user_not_found, username_taken…)', async (status, code) => {
    const res = await t.app.inject({ method: 'GET', url: `/__status/${status}` });
    expectProblem(fromInject(res), status, code, reference);
    expect(res.body).not.toContain('library detail');
  });

  it('an HTTP/1.1 request without Host: 400 problem+json with a request id, not an empty 400', async () => {
    if (!t.app.server.listening) await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.server.address() as { port: number };
    const res = await rawExchange(port, ['GET /health HTTP/1.1\r\nConnection: close\r\n\r\n']);
    expectProblem(res, 400, 'bad_request', reference);
    expect(JSON.parse(res.body).detail).toMatch(/Host/);
  });
});

describe('requests that arrive during shutdown', () => {
  it('get 503 service_unavailable problem+json with a request id and the security headers, not a plain 503', async () => {
    const t = await buildTestApp({ env: ENV });
    const reference = await referenceHeaders(t.app);
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.server.address() as { port: number };
    const accepted: Socket[] = [];
    t.app.server.on('connection', (socket: Socket) => accepted.push(socket));
    let closing: Promise<void> | undefined;
    let closingBegun!: () => void;
    const begun = new Promise<void>((resolve) => {
      closingBegun = resolve;
    });
    const inFlight = connect(port, '127.0.0.1');
    try {
      // A request in flight (its body not yet sent) keeps the server draining while the next one arrives.
      await new Promise<void>((resolve) => inFlight.on('connect', resolve));
      inFlight.on('error', () => {});
      inFlight.write('POST /api/auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 60\r\n\r\n{');
      // A second connection has sent part of its headers, so it is not idle when the server starts closing.
      // The rest of its headers follow once the server has begun closing (an event, not a pause).
      const answer = rawExchange(port, ['GET /health HTTP/1.1\r\nHost: localhost\r\n', () => begun, 'Connection: close\r\n\r\n']);
      await waitFor('the server to have read bytes from both connections', () => accepted.length === 2 && accepted.every((socket) => socket.bytesRead > 0));
      closing = t.app.close();
      await waitFor('the server to stop listening (its close has begun)', () => !t.app.server.listening);
      closingBegun();
      const res = await answer;
      expectProblem(res, 503, 'service_unavailable', reference);
      expect(res.headers['retry-after']).toBeTruthy();
    } finally {
      inFlight.destroy();
      await (closing ?? t.app.close());
      await t.close().catch(() => {});
    }
  });
});
