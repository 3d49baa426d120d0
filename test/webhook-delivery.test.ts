import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clock } from '../src/clock.js';
import { deriveKey } from '../src/keys.js';
import { createWebhookDispatcher, WEBHOOK_RETRY_WINDOW_MS, webhookRetryDelayMs } from '../src/webhooks/dispatcher.js';
import type { WebhookEventType } from '../src/webhooks/events.js';
import { enqueueWebhookEvent } from '../src/webhooks/outbox.js';
import { newSigningSecret, signWebhook } from '../src/webhooks/signature.js';
import { backend, bearer, buildTestApp, perTestClock, registerAndLogin, type TestApp } from './helper.js';
import { startWebhookReceiver, verifyStandardWebhook, type WebhookReceiver } from './webhook-receiver.js';
import { createAuditTrail } from '../src/admin/audit-trail.js';

const SECOND = 1000;
const HOUR = 3_600_000;
const DAY = 86_400_000;
/** Deliveries go to receivers on loopback; the background poll never fires during a test: tests drain themselves. */
const LOOPBACK = { WEBHOOK_ALLOW_PRIVATE: 'true', WEBHOOK_POLL_INTERVAL: '600000', WEBHOOK_TIMEOUT: '500' };

const nextTick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('Standard Webhooks signatures', () => {
  it('match the known-answer vector of the specification\'s reference library', () => {
    // standard-webhooks/libraries/javascript/src/webhook.test.ts, "sign function works".
    const vector = { secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', id: 'msg_p5jXN8AQM9LWM0D4loKWxJek', timestamp: 1614265330, body: '{"test": 2432232314}' };
    const expected = 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=';
    expect(signWebhook(vector.secret, vector)).toBe(expected);
    // The test's own verifier agrees with the vector, so it can judge the deliveries below.
    const headers = { 'webhook-id': vector.id, 'webhook-timestamp': String(vector.timestamp), 'webhook-signature': `v1,bm90IGl0 ${expected}` };
    expect(verifyStandardWebhook(vector.secret, { headers, body: vector.body })).toBe(true);
    expect(verifyStandardWebhook(vector.secret, { headers, body: '{"test": 2432232315}' })).toBe(false);
  });

  it('use secrets of whsec_ and 32 random bytes in base64, a new one each time', () => {
    const secrets = [newSigningSecret(), newSigningSecret()];
    for (const secret of secrets) {
      expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
      expect(Buffer.from(secret.slice(6), 'base64')).toHaveLength(32);
    }
    expect(secrets[0]).not.toBe(secrets[1]);
  });

  it('retry after 30 s, doubling per failed attempt, never more than 2 hours apart', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map(webhookRetryDelayMs)).toEqual([30, 60, 120, 240, 480, 960, 1920, 3840].map((s) => s * SECOND));
    expect([9, 10, 40].map(webhookRetryDelayMs)).toEqual([2 * HOUR, 2 * HOUR, 2 * HOUR]);
  });
});

/** Registers an endpoint through the admin API; answers it with its secret (shown only then). */
async function createEndpoint(app: FastifyInstance, admin: string, url: string, events: WebhookEventType[]): Promise<{ id: string; secret: string }> {
  const res = await app.inject({ method: 'POST', url: '/api/admin/webhooks', headers: bearer(admin), payload: { url, events } });
  expect(res.statusCode, res.body).toBe(201);
  return { id: res.json().webhook.id, secret: res.json().secret };
}

const enqueue = (app: FastifyInstance, clock: Clock, type: WebhookEventType, data: Record<string, unknown>) =>
  app.db.transaction().execute((trx) => enqueueWebhookEvent(trx, { type, data }, { now: clock.now() }));

const deliveriesOf = (app: FastifyInstance, endpointId: string) =>
  app.db.selectFrom('webhook_deliveries').selectAll().where('endpoint_id', '=', endpointId).orderBy('id').execute();

describe(`webhook delivery on ${backend}`, () => {
  let t: TestApp;
  let admin: string;
  const receivers: WebhookReceiver[] = [];
  const clock = perTestClock(Date.UTC(2026, 11, 6, 12));
  const receiver = async (): Promise<WebhookReceiver> => {
    const started = await startWebhookReceiver();
    receivers.push(started);
    return started;
  };
  const drain = () => t.app.services.webhooks.dispatcher.drain();
  beforeAll(async () => {
    t = await buildTestApp({ clock, env: LOOPBACK });
    admin = (await registerAndLogin(t.app, { role: 'admin' })).access;
  });
  afterAll(async () => {
    await t.close();
    await Promise.all(receivers.map((r) => r.close()));
  });

  it('POSTs a subscribed event once, signed, as {type, timestamp, data}; other and disabled endpoints get nothing', async () => {
    const [subscribed, other, disabled] = [await receiver(), await receiver(), await receiver()];
    const endpoint = await createEndpoint(t.app, admin, subscribed.url, ['user.created', 'user.deleted']);
    await createEndpoint(t.app, admin, other.url, ['session.created']);
    const off = await createEndpoint(t.app, admin, disabled.url, ['user.created']);
    expect((await t.app.inject({ method: 'PATCH', url: `/api/admin/webhooks/${off.id}`, headers: bearer(admin), payload: { enabled: false } })).statusCode).toBe(200);

    const data = { user: { id: 42, username: 'amy', email: 'amy@example.com', role: 'user' } };
    await enqueue(t.app, clock, 'user.created', data);
    expect(await drain()).toBe(1);

    expect(subscribed.received).toHaveLength(1);
    const [hook] = subscribed.received;
    expect(verifyStandardWebhook(endpoint.secret, hook!)).toBe(true);
    expect(verifyStandardWebhook(off.secret, hook!)).toBe(false);
    expect(hook!.headers).toMatchObject({ 'content-type': 'application/json', 'webhook-timestamp': String(Math.floor(clock.now() / 1000)) });
    expect(hook!.headers['webhook-id']).toMatch(/^msg_[A-Za-z0-9_-]{24}$/);
    expect(JSON.parse(hook!.body)).toEqual({ type: 'user.created', timestamp: new Date(clock.now()).toISOString(), data });
    expect(other.received).toEqual([]);
    expect(disabled.received).toEqual([]);
    expect(await deliveriesOf(t.app, off.id)).toEqual([]);
    expect(await deliveriesOf(t.app, endpoint.id)).toMatchObject([
      { status: 'delivered', attempts: 1, last_status: 204, last_error: null, delivered_at: clock.now(), claimed_until: null, message_id: hook!.headers['webhook-id'] },
    ]);
  });

  it('queues nothing when the transaction that enqueued rolls back', async () => {
    const hooks = await receiver();
    const endpoint = await createEndpoint(t.app, admin, hooks.url, ['user.deleted']);
    await expect(t.app.db.transaction().execute(async (trx) => {
      await enqueueWebhookEvent(trx, { type: 'user.deleted', data: { user: { id: 7 } } }, { now: clock.now() });
      throw new Error('the change failed');
    })).rejects.toThrow('the change failed');
    expect(await deliveriesOf(t.app, endpoint.id)).toEqual([]);
    expect(await drain()).toBe(0);
    expect(hooks.received).toEqual([]);
  });

  it('retries a failing delivery with backoff under one webhook-id, each attempt signed anew, then fails it a day after', async () => {
    const hooks = await receiver();
    hooks.answer({ status: 500 });
    const endpoint = await createEndpoint(t.app, admin, hooks.url, ['user.locked']);
    const queuedAt = clock.now();
    await enqueue(t.app, clock, 'user.locked', { user: { id: 9 } });
    await drain();
    const delays: number[] = [];
    let attemptedAt = queuedAt;
    for (;;) {
      const [row] = await deliveriesOf(t.app, endpoint.id);
      if (row!.status === 'failed') break;
      expect(row).toMatchObject({ status: 'pending', last_status: 500, last_error: 'HTTP 500', claimed_until: null });
      // A drain before the time tries nothing.
      clock.set(row!.next_attempt_at - 1);
      expect(await drain()).toBe(0);
      expect(hooks.received).toHaveLength(row!.attempts);
      delays.push(row!.next_attempt_at - attemptedAt);
      attemptedAt = row!.next_attempt_at;
      clock.set(attemptedAt);
      await drain();
    }
    expect(delays.slice(0, 10)).toEqual([30, 60, 120, 240, 480, 960, 1920, 3840, 7200, 7200].map((s) => s * SECOND));
    const [row] = await deliveriesOf(t.app, endpoint.id);
    expect(row).toMatchObject({ status: 'failed', attempts: hooks.received.length, last_status: 500, delivered_at: null });
    // The last attempt came within the day; the next would have come after it.
    expect(clock.now()).toBeLessThanOrEqual(queuedAt + WEBHOOK_RETRY_WINDOW_MS);
    expect(clock.now() + webhookRetryDelayMs(row!.attempts)).toBeGreaterThan(queuedAt + WEBHOOK_RETRY_WINDOW_MS);
    expect(hooks.received.length).toBe(19);
    expect(new Set(hooks.received.map((h) => h.headers['webhook-id']))).toEqual(new Set([row!.message_id]));
    expect(new Set(hooks.received.map((h) => h.headers['webhook-timestamp'])).size).toBe(hooks.received.length);
    expect(hooks.received.every((h) => verifyStandardWebhook(endpoint.secret, h) && h.body === hooks.received[0]!.body)).toBe(true);
    // Failed is final.
    clock.advance(DAY);
    expect(await drain()).toBe(0);
    expect(hooks.received).toHaveLength(19);
  });

  it('delivers on the retry after a failure, once, and the endpoint is no longer failing', async () => {
    const hooks = await receiver();
    hooks.answer({ status: 503 });
    const endpoint = await createEndpoint(t.app, admin, hooks.url, ['mfa.enabled']);
    await enqueue(t.app, clock, 'mfa.enabled', { user: { id: 3 } });
    await drain();
    const failing = await t.app.inject({ method: 'GET', url: `/api/admin/webhooks/${endpoint.id}`, headers: bearer(admin) });
    expect(failing.json().webhook.failing_since).toBe(new Date(clock.now()).toISOString());
    hooks.answer({ status: 200 });
    clock.advance(30 * SECOND);
    expect(await drain()).toBe(1);
    expect(await drain()).toBe(0);
    expect(hooks.received).toHaveLength(2);
    expect(hooks.received[1]!.headers['webhook-id']).toBe(hooks.received[0]!.headers['webhook-id']);
    expect(await deliveriesOf(t.app, endpoint.id)).toMatchObject([{ status: 'delivered', attempts: 2, last_status: 200, last_error: null }]);
    const healed = await t.app.inject({ method: 'GET', url: `/api/admin/webhooks/${endpoint.id}`, headers: bearer(admin) });
    expect(healed.json().webhook).toMatchObject({ enabled: true, failing_since: null });
  });

  it('follows no redirect: a 302 is a failed attempt and its target sees nothing', async () => {
    const [redirecting, target] = [await receiver(), await receiver()];
    redirecting.answer({ status: 302, location: target.url });
    const endpoint = await createEndpoint(t.app, admin, redirecting.url, ['session.revoked']);
    await enqueue(t.app, clock, 'session.revoked', { session_id: 'abc' });
    expect(await drain()).toBe(0);
    expect(redirecting.received).toHaveLength(1);
    expect(target.received).toEqual([]);
    expect(await deliveriesOf(t.app, endpoint.id)).toMatchObject([{ status: 'pending', last_status: 302, last_error: 'HTTP 302' }]);
  });

  it('gives up an attempt at WEBHOOK_TIMEOUT when the receiver does not answer, and counts a refused connection as a failure', async () => {
    const silent = await receiver();
    silent.answer('hang');
    const closed = await startWebhookReceiver();
    await closed.close();
    const slow = await createEndpoint(t.app, admin, silent.url, ['user.updated']);
    const gone = await createEndpoint(t.app, admin, closed.url, ['user.updated']);
    await enqueue(t.app, clock, 'user.updated', { user: { id: 5 } });
    const started = Date.now();
    expect(await drain()).toBe(0);
    expect(Date.now() - started).toBeGreaterThanOrEqual(450);
    expect(silent.received).toHaveLength(1);
    expect(await deliveriesOf(t.app, slow.id)).toMatchObject([{ status: 'pending', last_status: null, last_error: 'timed out after 500 ms' }]);
    expect(await deliveriesOf(t.app, gone.id)).toMatchObject([{ status: 'pending', last_status: null, last_error: 'ECONNREFUSED' }]);
  });

  it('sends a test event through the admin API to that endpoint only, subscribed or not, and logs its delivery', async () => {
    const hooks = await receiver();
    const endpoint = await createEndpoint(t.app, admin, hooks.url, ['user.deleted']);
    const res = await t.app.inject({ method: 'POST', url: `/api/admin/webhooks/${endpoint.id}/test`, headers: bearer(admin) });
    expect(res.statusCode).toBe(202);
    const deliveryId = res.json().delivery_id;
    expect(deliveryId).toEqual(expect.any(Number));
    // The route kicked the dispatcher; its drain has run once this tick is over (or the one below joins it).
    await nextTick();
    await drain();
    expect(hooks.received).toHaveLength(1);
    expect(verifyStandardWebhook(endpoint.secret, hooks.received[0]!)).toBe(true);
    expect(JSON.parse(hooks.received[0]!.body)).toEqual({ type: 'webhook.test', timestamp: new Date(clock.now()).toISOString(), data: { webhook_id: endpoint.id } });
    const log = await t.app.inject({ method: 'GET', url: `/api/admin/webhooks/${endpoint.id}/deliveries`, headers: bearer(admin) });
    expect(log.json()).toEqual({
      deliveries: [{
        id: deliveryId, message_id: hooks.received[0]!.headers['webhook-id'], type: 'webhook.test', status: 'delivered', attempts: 1, last_status: 204,
        last_error: null, next_attempt_at: null, created_at: new Date(clock.now()).toISOString(), delivered_at: new Date(clock.now()).toISOString(),
      }],
      next: null,
    });
  });
});

describe(`an endpoint failing for a day on ${backend}`, () => {
  it('is disabled at the first failure a day after its failures began, once, and that is audited', async () => {
    const clock = perTestClock(Date.UTC(2026, 11, 6, 12));
    const t = await buildTestApp({ clock, env: LOOPBACK });
    const hooks = await startWebhookReceiver();
    const lines: Array<Record<string, unknown>> = [];
    const logger = pino({ level: 'info' }, new Writable({ write(chunk, _enc, done) { lines.push(JSON.parse(String(chunk))); done(); } }));
    // A dispatcher of the app's, whose log the test reads.
    const dispatcher = createWebhookDispatcher({ db: t.app.db, settings: t.config.webhooks, clock, logger, audit: createAuditTrail({ db: t.app.db, logger }), key: deriveKey(t.config, 'webhook secrets') });
    try {
      const admin = (await registerAndLogin(t.app, { role: 'admin' })).access;
      hooks.answer({ status: 500 });
      const endpoint = await createEndpoint(t.app, admin, hooks.url, ['user.created']);
      const began = clock.now();
      await enqueue(t.app, clock, 'user.created', { user: { id: 1 } });
      await dispatcher.drain();
      // Failing for a day less a millisecond: still enabled.
      clock.set(began + DAY - 1);
      await enqueue(t.app, clock, 'user.created', { user: { id: 2 } });
      await dispatcher.drain();
      // A day later the admin's token has expired: the service reads the endpoint.
      const read = () => t.app.services.webhooks.get(endpoint.id);
      expect(await read()).toMatchObject({ enabled: true, failing_since: new Date(began).toISOString(), disabled_at: null });
      expect(lines.filter((l) => l.audit)).toEqual([]);

      clock.set(began + DAY);
      await enqueue(t.app, clock, 'user.created', { user: { id: 3 } });
      await dispatcher.drain();
      expect(await read()).toMatchObject({ enabled: false, disabled_at: new Date(began + DAY).toISOString() });
      expect(lines.filter((l) => l.audit)).toEqual([
        expect.objectContaining({ audit: 'webhook_endpoint_disabled', webhook_id: endpoint.id, reason: 'failing', failing_since: new Date(began).toISOString() }),
      ]);

      // Disabled: nothing more is queued, what was pending fails without an attempt, and the audit is not repeated.
      const attempts = hooks.received.length;
      await enqueue(t.app, clock, 'user.created', { user: { id: 4 } });
      clock.advance(HOUR);
      await dispatcher.drain();
      expect(hooks.received).toHaveLength(attempts);
      const rows = await deliveriesOf(t.app, endpoint.id);
      expect(rows).toHaveLength(3);
      expect(rows.every((r) => r.status === 'failed')).toBe(true);
      expect(rows.filter((r) => r.last_error === 'endpoint disabled')).not.toHaveLength(0);
      expect(lines.filter((l) => l.audit)).toHaveLength(1);
      // Logged without the URL, the secret or the payload.
      const written = JSON.stringify(lines);
      expect(written).not.toContain(hooks.url);
      expect(written).not.toContain('"user":');
    } finally {
      await dispatcher.stop();
      await t.close();
      await hooks.close();
    }
  });
});

describe(`two instances delivering from one outbox on ${backend}`, () => {
  let a: TestApp;
  let b: TestApp;
  let admin: string;
  let hooks: WebhookReceiver;
  const clock = perTestClock(Date.UTC(2026, 11, 6, 12));
  const endpoints: Array<{ id: string; secret: string }> = [];
  beforeAll(async () => {
    hooks = await startWebhookReceiver();
    a = await buildTestApp({ clock, env: LOOPBACK });
    b = await buildTestApp({ clock, env: LOOPBACK, database: a.database });
    admin = (await registerAndLogin(a.app, { role: 'admin' })).access;
    for (let i = 0; i < 2; i++) endpoints.push(await createEndpoint(a.app, admin, `${hooks.url}/${i}`, ['session.created']));
  });
  afterAll(async () => {
    await b.close();
    await a.close();
    await hooks.close();
  });

  const drainBoth = () => Promise.all([a.app.services.webhooks.dispatcher.drain(), b.app.services.webhooks.dispatcher.drain()]);
  /** Each (endpoint path, webhook-id) received, counted. */
  const receivedCounts = () => {
    const counts = new Map<string, number>();
    for (const hook of hooks.received) {
      const key = `${hook.headers['webhook-id']}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return counts;
  };

  it('delivers each message exactly once to each endpoint, round after round, when both drain at the same moment', async () => {
    const byInstance = { a: 0, b: 0 };
    for (let round = 0; round < 8; round++) {
      // 15 events for 2 endpoints: 30 deliveries, more than one batch (20), so both instances take part.
      // One after the other: two apps in one process on one SQLite file must not interleave write transactions
      // (better-sqlite3 waits for the lock synchronously, which stalls the other app holding it). The race is in the drains.
      for (let i = 0; i < 15; i++) await enqueue(i % 2 ? a.app : b.app, clock, 'session.created', { session_id: `r${round}-${i}` });
      if (round % 2 === 1) {
        // Every other round starts with a refusing receiver: the retries are raced for too.
        hooks.answer({ status: 500 });
        await drainBoth();
        hooks.answer({ status: 204 });
        clock.advance(30 * SECOND);
      }
      for (let pass = 0; pass < 3; pass++) {
        const [byA, byB] = await drainBoth();
        byInstance.a += byA;
        byInstance.b += byB;
      }
    }
    const rows = await a.app.db.selectFrom('webhook_deliveries').selectAll().where('endpoint_id', 'in', endpoints.map((e) => e.id)).execute();
    expect(rows).toHaveLength(8 * 30);
    expect(rows.every((r) => r.status === 'delivered')).toBe(true);
    expect(byInstance.a + byInstance.b).toBe(8 * 30);
    expect(Math.min(byInstance.a, byInstance.b)).toBeGreaterThan(0);
    // Every message reached each endpoint once, and only the failed rounds' first attempts came twice.
    const delivered = hooks.received.filter((h) => h.headers['webhook-signature'] && JSON.parse(h.body).type === 'session.created');
    const perMessageAndPath = new Map<string, number>();
    for (const [i, endpoint] of endpoints.entries()) {
      for (const hook of delivered.filter((h) => verifyStandardWebhook(endpoint.secret, h))) {
        const key = `${i}:${hook.headers['webhook-id']}`;
        perMessageAndPath.set(key, (perMessageAndPath.get(key) ?? 0) + 1);
      }
    }
    expect(perMessageAndPath.size).toBe(8 * 30);
    const retried = [...perMessageAndPath.values()].filter((n) => n === 2).length;
    expect([...perMessageAndPath.values()].every((n) => n === 1 || n === 2)).toBe(true);
    // Four rounds failed their first attempt: 4 × 30 messages were received twice (the 500 and the 204), the rest once.
    expect(retried).toBe(4 * 30);
    expect(hooks.received).toHaveLength(8 * 30 + 4 * 30);
    expect(receivedCounts().size).toBe(8 * 15);
  });

  it('delivers each message exactly once when both instances are kicked after their commits', async () => {
    const before = hooks.received.length;
    for (let i = 0; i < 20; i++) await enqueue((i % 2 ? a : b).app, clock, 'session.created', { session_id: `kicked-${i}` });
    // Both kicks' drains start on the next turn of the event loop, together, with a direct drain of each joining them.
    a.app.services.webhooks.dispatcher.kick();
    b.app.services.webhooks.dispatcher.kick();
    await nextTick();
    await drainBoth();
    const received = hooks.received.slice(before);
    expect(received).toHaveLength(40);
    expect(new Set(received.map((h) => `${h.headers['webhook-signature']}`)).size).toBe(40);
    const ids = received.map((h) => h.headers['webhook-id']);
    expect(new Set(ids).size).toBe(20);
  });
});
