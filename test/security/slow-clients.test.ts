import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { buildTestApp, type TestApp } from '../helper.js';

const REQUEST_TIMEOUT_MS = 1500;
const KEEP_ALIVE_TIMEOUT_MS = 1000;
/** How late a timeout may fire: the server checks its connections on an interval. */
const SLACK_MS = 1500;
/** No test loop runs longer than this, whatever the server does. */
const GIVE_UP_MS = 8000;

interface Outcome {
  /** ms from connecting until the server closed the socket, or null if it was still open when we gave up. */
  closedAfterMs: number | null;
  response: string;
}

/**
 * Connects over loopback, sends `head`, then one byte of `drip` per second (bounded), and reports when the server
 * closed the socket and what it answered.
 */
function slowClient(port: number, head: string, drip = ''): Promise<Outcome> {
  return new Promise((resolve) => {
    const started = Date.now();
    const socket: Socket = connect(port, '127.0.0.1');
    let response = '';
    let closed = false;
    const timers: NodeJS.Timeout[] = [];
    const finish = (closedAfterMs: number | null) => {
      timers.forEach(clearTimeout);
      socket.destroy();
      resolve({ closedAfterMs, response });
    };
    socket.on('data', (chunk) => (response += chunk));
    socket.on('error', () => {});
    socket.on('close', () => {
      closed = true;
      finish(Date.now() - started);
    });
    socket.on('connect', () => {
      if (head) socket.write(head);
      for (let i = 0; i < Math.min(drip.length, GIVE_UP_MS / 1000); i++) {
        timers.push(setTimeout(() => !closed && socket.write(drip[i] as string), (i + 1) * 1000));
      }
      timers.push(setTimeout(() => !closed && finish(null), GIVE_UP_MS));
    });
  });
}

function expect408(outcome: Outcome): void {
  expect(outcome.closedAfterMs, 'the server kept the socket open').not.toBeNull();
  expect(outcome.closedAfterMs).toBeLessThanOrEqual(REQUEST_TIMEOUT_MS + SLACK_MS);
  const [head = '', body = ''] = outcome.response.split('\r\n\r\n');
  expect(head).toMatch(/^HTTP\/1\.1 408 /);
  expect(head).toMatch(/content-type: application\/problem\+json/i);
  expect(head).toMatch(/x-request-id: /i);
  expect(JSON.parse(body)).toMatchObject({ status: 408, code: 'request_timeout' });
}

describe('slow and idle clients are cut off', () => {
  let t: TestApp;
  let port: number;
  beforeAll(async () => {
    t = await buildTestApp({ env: { REQUEST_TIMEOUT: String(REQUEST_TIMEOUT_MS), KEEP_ALIVE_TIMEOUT: String(KEEP_ALIVE_TIMEOUT_MS), MAX_EVENT_LOOP_DELAY: '0' } });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    port = (t.app.server.address() as { port: number }).port;
  });
  afterAll(async () => t.close());

  it('a body dripped one byte a second (Content-Length: 1000) gets 408 and a closed socket within REQUEST_TIMEOUT', async () => {
    const head = 'POST /api/auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n';
    expect408(await slowClient(port, head, '{"username":"alice"'));
  });

  it('headers dripped one byte a second get 408 and a closed socket within REQUEST_TIMEOUT', async () => {
    expect408(await slowClient(port, 'GET /health HTTP/1.1\r\nHost: localhost\r\n', 'X-Slow: aaaaaaaaaa'));
  });

  it('an idle keep-alive connection is closed after KEEP_ALIVE_TIMEOUT', async () => {
    const outcome = await slowClient(port, 'GET /health HTTP/1.1\r\nHost: localhost\r\n\r\n');
    expect(outcome.response).toMatch(/^HTTP\/1\.1 200 /);
    expect(outcome.closedAfterMs, 'the server kept the idle socket open').not.toBeNull();
    expect(outcome.closedAfterMs).toBeLessThanOrEqual(KEEP_ALIVE_TIMEOUT_MS + SLACK_MS);
  });

  it('a connection that never sends a byte is closed too', async () => {
    const outcome = await slowClient(port, '');
    expect(outcome.closedAfterMs, 'the server kept the silent socket open').not.toBeNull();
    expect(outcome.closedAfterMs).toBeLessThanOrEqual(REQUEST_TIMEOUT_MS + SLACK_MS);
  });

  it('a normal request on the same server is unaffected', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/health' });
    expect(res.statusCode).toBe(200);
  });
});

describe('timeout settings', () => {
  it('default to 30 s per request and 72 s of keep-alive, and are bounded', () => {
    const config = loadConfig({});
    expect(config.http.requestTimeoutMs).toBe(30_000);
    expect(config.http.keepAliveTimeoutMs).toBe(72_000);
    expect(() => loadConfig({ REQUEST_TIMEOUT: '0' })).toThrow(/^REQUEST_TIMEOUT: /);
    expect(() => loadConfig({ KEEP_ALIVE_TIMEOUT: '999999999' })).toThrow(/^KEEP_ALIVE_TIMEOUT: /);
  });
});
