import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { backend, bearer, buildTestApp, perTestClock, registerAndLogin, type TestApp } from '../helper.js';
import { waitFor } from '../wait-for.js';

// Review 8, admin actions racing each other and the dispatcher, each race reached by holding one side on the server.
// Broken before this review: `POST /api/admin/webhooks/:id/test` read the endpoint, then queued the test delivery in
// a later transaction; an endpoint deleted in between made the insert break its foreign key, answered 500 (the
// contract: 4xx problem+json, never 500). Held: deleting an endpoint while one of its deliveries is on the wire ends
// the delivery with the endpoint (the answer settles nothing, nothing is retried, the log is gone); rotating a secret
// or disabling while an attempt is on the wire leaves that attempt alone and the next one uses the new state; a second
// instance draining while the first one's attempt is on the wire does not send that message again.

const gate = vi.hoisted(() => ({ armed: false, reached: 0, release: (): void => undefined, wait: Promise.resolve() }));

// Holds the next read of an endpoint, once armed, after it read the row: the window between a check and the write.
vi.mock('../../src/webhooks/endpoints.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/webhooks/endpoints.js')>();
  return {
    ...actual,
    findEndpoint: async (...args: Parameters<typeof actual.findEndpoint>) => {
      const row = await actual.findEndpoint(...args);
      if (gate.armed) {
        gate.armed = false;
        gate.reached += 1;
        await gate.wait;
      }
      return row;
    },
  };
});

function armGate(): void {
  gate.wait = new Promise<void>((resolve) => {
    gate.release = resolve;
  });
  gate.reached = 0;
  gate.armed = true;
}

/** A receiver that keeps each request open until the test answers it. */
async function holdingReceiver() {
  const waiting: http.ServerResponse[] = [];
  const bodies: string[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => {
      body += chunk.toString();
    });
    req.on('end', () => {
      bodies.push(body);
      waiting.push(res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`,
    waiting,
    bodies,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

describe(`review8: webhook admin actions racing each other and the dispatcher, on ${backend}`, () => {
  let t: TestApp;
  let admin: string;
  const clock = perTestClock(Date.UTC(2026, 11, 6, 12));
  beforeAll(async () => {
    t = await buildTestApp({ clock, env: { WEBHOOK_ALLOW_PRIVATE: 'true', WEBHOOK_POLL_INTERVAL: '600000', WEBHOOK_TIMEOUT: '20000' } });
    admin = (await registerAndLogin(t.app, { role: 'admin' })).access;
  });
  afterAll(async () => t.close());

  const call = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
    t.app.inject({ method, url: `/api/admin/webhooks${url}`, headers: bearer(admin), ...(payload ? { payload } : {}) });
  const create = async (url: string) => {
    const res = await call('POST', '', { url, events: ['user.created'] });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { webhook: { id: string }; secret: string };
  };

  it('breaks before the fix: a test event racing the endpoint\'s deletion answers 404 webhook_not_found, not 500', async () => {
    const { webhook } = await create('http://127.0.0.1:9/unused');
    armGate();
    const test = call('POST', `/${webhook.id}/test`);
    await waitFor('the test request held after reading its endpoint', () => gate.reached === 1);
    const deleted = await call('DELETE', `/${webhook.id}`);
    expect(deleted.statusCode).toBe(204);
    gate.release();
    const res = await test;
    expect(res.statusCode, res.body).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json().code).toBe('webhook_not_found');
    expect(await t.app.db.selectFrom('webhook_deliveries').select('id').where('endpoint_id', '=', webhook.id).execute()).toEqual([]);
  });

  it('holds: the endpoint deleted while its delivery is on the wire: the answer settles nothing and nothing is sent again', async () => {
    const hooks = await holdingReceiver();
    try {
      const { webhook } = await create(hooks.url);
      expect((await call('POST', `/${webhook.id}/test`)).statusCode).toBe(202);
      // The kick after the test's commit started a drain; the attempt is now waiting for the receiver's answer.
      await waitFor('the attempt on the wire', () => hooks.waiting.length === 1);
      expect((await call('DELETE', `/${webhook.id}`)).statusCode).toBe(204);
      hooks.waiting[0]!.writeHead(500).end();
      await t.app.services.webhooks.dispatcher.drain();
      expect(await t.app.db.selectFrom('webhook_deliveries').select('id').where('endpoint_id', '=', webhook.id).execute()).toEqual([]);
      expect((await call('GET', `/${webhook.id}/deliveries`)).statusCode).toBe(404);
      clock.advance(3_600_000);
      await t.app.services.webhooks.dispatcher.drain();
      expect(hooks.bodies).toHaveLength(1);
    } finally {
      await hooks.close();
    }
  });

  it('holds: a secret rotated and the endpoint disabled while an attempt is on the wire: the retry is never sent', async () => {
    const hooks = await holdingReceiver();
    try {
      const { webhook } = await create(hooks.url);
      expect((await call('POST', `/${webhook.id}/test`)).statusCode).toBe(202);
      await waitFor('the attempt on the wire', () => hooks.waiting.length === 1);
      const rotated = await call('POST', `/${webhook.id}/rotate-secret`);
      expect(rotated.statusCode).toBe(200);
      expect((await call('PATCH', `/${webhook.id}`, { enabled: false })).statusCode).toBe(200);
      hooks.waiting[0]!.writeHead(503).end();
      await t.app.services.webhooks.dispatcher.drain();
      const [row] = await t.app.db.selectFrom('webhook_deliveries').selectAll().where('endpoint_id', '=', webhook.id).execute();
      expect(row).toMatchObject({ status: 'pending', attempts: 1, last_status: 503 });
      clock.advance(60_000);
      await t.app.services.webhooks.dispatcher.drain();
      const [after] = await t.app.db.selectFrom('webhook_deliveries').selectAll().where('endpoint_id', '=', webhook.id).execute();
      expect(after).toMatchObject({ status: 'failed', last_error: 'endpoint disabled' });
      expect(hooks.bodies).toHaveLength(1);
      const read = await call('GET', `/${webhook.id}/deliveries`);
      expect(read.body).not.toContain(rotated.json().secret);
    } finally {
      await hooks.close();
    }
  });

  it('holds: a second instance draining while the first one\'s attempt is on the wire sends nothing, then or after', async () => {
    const hooks = await holdingReceiver();
    const other = await buildTestApp({ clock, database: t.database, env: { WEBHOOK_ALLOW_PRIVATE: 'true', WEBHOOK_POLL_INTERVAL: '600000', WEBHOOK_TIMEOUT: '20000' } });
    try {
      const { webhook } = await create(hooks.url);
      expect((await call('POST', `/${webhook.id}/test`)).statusCode).toBe(202);
      await waitFor('the first instance\'s attempt on the wire', () => hooks.waiting.length === 1);
      expect(await other.app.services.webhooks.dispatcher.drain()).toBe(0);
      expect(hooks.bodies).toHaveLength(1);
      hooks.waiting[0]!.writeHead(204).end();
      await waitFor('the delivery settled', async () => (await t.app.db.selectFrom('webhook_deliveries').select('status').where('endpoint_id', '=', webhook.id).executeTakeFirst())?.status === 'delivered');
      clock.advance(3_600_000);
      expect(await other.app.services.webhooks.dispatcher.drain()).toBe(0);
      expect(await t.app.services.webhooks.dispatcher.drain()).toBe(0);
      expect(hooks.bodies).toHaveLength(1);
      const [row] = await t.app.db.selectFrom('webhook_deliveries').selectAll().where('endpoint_id', '=', webhook.id).execute();
      expect(row).toMatchObject({ status: 'delivered', attempts: 1 });
    } finally {
      await other.close();
      await hooks.close();
    }
  });
});
