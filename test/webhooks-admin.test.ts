import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueWebhookEvent } from '../src/webhooks/outbox.js';
import { backend, bearer, buildTestApp, perTestClock, registerAndLogin, type TestApp } from './helper.js';
import { startWebhookReceiver, verifyStandardWebhook, type WebhookReceiver } from './webhook-receiver.js';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';

describe(`the webhooks admin API on ${backend}`, () => {
  let t: TestApp;
  let admin: string;
  let hooks: WebhookReceiver;
  const logDir = mkdtempSync(path.join(tmpdir(), 'gatehouse-webhook-logs-'));
  const secrets: string[] = [];
  const clock = perTestClock(Date.UTC(2026, 11, 6, 12));
  beforeAll(async () => {
    hooks = await startWebhookReceiver();
    t = await buildTestApp({ clock, env: { WEBHOOK_ALLOW_PRIVATE: 'true', WEBHOOK_POLL_INTERVAL: '600000', LOG_TO_FILE: 'true', LOG_DIR: logDir, LOG_LEVEL: 'debug' } });
    admin = (await registerAndLogin(t.app, { role: 'admin' })).access;
  });
  afterAll(async () => {
    await t.close();
    await hooks.close();
    // The log, complete once the app has closed: the admin actions are there, never a secret or a URL's query.
    const written = readdirSync(logDir).filter((f) => f.endsWith('.log')).map((f) => readFileSync(path.join(logDir, f), 'utf8')).join('');
    for (const event of ['webhook_created', 'webhook_updated', 'webhook_deleted', 'webhook_secret_rotated', 'webhook_test_sent']) expect(written).toContain(`"audit":"${event}"`);
    expect(written).toContain('"msg":"webhook delivered"');
    expect(secrets.length).toBeGreaterThan(3);
    for (const secret of secrets) {
      expect(written).not.toContain(secret);
      expect(written).not.toContain(secret.slice(6, 22));
    }
    expect(written).not.toContain('token=hook-query-secret');
    expect(written).not.toContain('webhook-signature');
  });

  const call = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object, access: string | null = admin) =>
    t.app.inject({ method, url: `/api/admin/webhooks${url}`, headers: access ? bearer(access) : {}, ...(payload ? { payload } : {}) });
  async function created(events = ['user.created'], url = `${hooks.url}?token=hook-query-secret`) {
    const res = await call('POST', '', { url, events, description: 'billing app' });
    expect(res.statusCode, res.body).toBe(201);
    secrets.push(res.json().secret);
    return res.json() as { webhook: { id: string }; secret: string };
  }

  it('registers an endpoint and shows its secret once: never in the list, a read or an update', async () => {
    const res = await call('POST', '', { url: `${hooks.url}?token=hook-query-secret`, events: ['user.created', 'session.revoked'], description: 'billing app' });
    expect(res.statusCode).toBe(201);
    const { webhook, secret } = res.json();
    secrets.push(secret);
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const at = new Date(clock.now()).toISOString();
    expect(webhook).toEqual({
      id: expect.any(String), url: `${hooks.url}?token=hook-query-secret`, events: ['user.created', 'session.revoked'], description: 'billing app',
      enabled: true, created_at: at, updated_at: at, disabled_at: null, failing_since: null,
    });
    expect(res.headers.location).toBe(`/api/admin/webhooks/${webhook.id}`);
    const sealed = await t.app.db.selectFrom('webhook_endpoints').select('sealed_secret').where('id', '=', webhook.id).executeTakeFirstOrThrow();
    expect(sealed.sealed_secret).not.toContain(secret.slice(6));

    const list = await call('GET', '');
    expect(list.statusCode).toBe(200);
    expect(list.json().webhooks).toContainEqual(webhook);
    const read = await call('GET', `/${webhook.id}`);
    expect(read.json()).toEqual({ webhook });
    const patched = await call('PATCH', `/${webhook.id}`, { description: 'renamed' });
    for (const body of [list.body, read.body, patched.body]) {
      expect(body).not.toContain(secret);
      expect(body).not.toMatch(/"secret"|whsec_/);
    }
  });

  it('refuses anonymous callers (401) and non-admins (403) on every route', async () => {
    const user = await registerAndLogin(t.app);
    const { webhook } = await created();
    const routes: Array<['GET' | 'POST' | 'PATCH' | 'DELETE', string, object?]> = [
      ['POST', '', { url: hooks.url, events: ['user.created'] }], ['GET', ''], ['GET', `/${webhook.id}`], ['PATCH', `/${webhook.id}`, { description: 'x' }],
      ['DELETE', `/${webhook.id}`], ['POST', `/${webhook.id}/test`], ['GET', `/${webhook.id}/deliveries`], ['POST', `/${webhook.id}/rotate-secret`],
    ];
    for (const [method, url, payload] of routes) {
      const anonymous = await call(method, url, payload, null);
      expect(anonymous.statusCode, `${method} ${url}`).toBe(401);
      const refused = await call(method, url, payload, user.access);
      expect(refused.statusCode, `${method} ${url}`).toBe(403);
      expect(refused.json().code).toBe('forbidden');
    }
    expect((await call('GET', `/${webhook.id}`)).statusCode).toBe(200);
  });

  it('answers invalid input with 400 problem+json naming the field', async () => {
    const cases: Array<[object, string]> = [
      [{ url: hooks.url, events: ['user.exploded'] }, 'events'],
      [{ url: hooks.url, events: [] }, 'events'],
      [{ url: hooks.url, events: ['user.created', 'user.created'] }, 'events'],
      [{ url: hooks.url }, 'events'],
      [{ url: 'ftp://example.com/x', events: ['user.created'] }, 'url'],
      [{ url: 'not a url', events: ['user.created'] }, 'url'],
      [{ url: hooks.url, events: ['user.created'], secret: 'whsec_mine' }, 'secret'],
      [{ url: hooks.url, events: 'user.created' }, 'events'],
    ];
    for (const [payload, field] of cases) {
      const res = await call('POST', '', payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.json().code).toBe('validation_failed');
      expect(res.json().errors.map((e: { field: string }) => e.field).join(' ')).toContain(field);
    }
    const { webhook } = await created();
    for (const payload of [{}, { enabled: 'yes' }, { events: ['nope'] }, { id: UNKNOWN }]) {
      const res = await call('PATCH', `/${webhook.id}`, payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json().code).toBe('validation_failed');
    }
    for (const query of ['?status=lost', '?per_page=0', '?per_page=101', '?after=x', '?page=2']) {
      expect((await call('GET', `/${webhook.id}/deliveries${query}`)).statusCode, query).toBe(400);
    }
    expect((await call('GET', '/not-a-uuid')).statusCode).toBe(400);
  });

  it('answers 404 webhook_not_found for an unknown id on every route', async () => {
    const routes: Array<['GET' | 'POST' | 'PATCH' | 'DELETE', string, object?]> = [
      ['GET', `/${UNKNOWN}`], ['PATCH', `/${UNKNOWN}`, { description: 'x' }], ['PATCH', `/${UNKNOWN}`, { enabled: false }], ['DELETE', `/${UNKNOWN}`],
      ['POST', `/${UNKNOWN}/test`], ['GET', `/${UNKNOWN}/deliveries`], ['POST', `/${UNKNOWN}/rotate-secret`],
    ];
    for (const [method, url, payload] of routes) {
      const res = await call(method, url, payload);
      expect(res.statusCode, `${method} ${url}`).toBe(404);
      expect(res.json()).toMatchObject({ code: 'webhook_not_found', status: 404 });
    }
  });

  it('updates url, events, description; disabling stops new deliveries, enabling clears failing_since', async () => {
    const { webhook } = await created(['user.created']);
    clock.advance(1000);
    const res = await call('PATCH', `/${webhook.id}`, { url: `${hooks.url}/moved`, events: ['user.deleted'], description: '' });
    expect(res.json().webhook).toMatchObject({ url: `${hooks.url}/moved`, events: ['user.deleted'], description: '', updated_at: new Date(clock.now()).toISOString() });
    const off = await call('PATCH', `/${webhook.id}`, { enabled: false });
    expect(off.json().webhook).toMatchObject({ enabled: false, disabled_at: new Date(clock.now()).toISOString() });
    await t.app.db.transaction().execute((trx) => enqueueWebhookEvent(trx, { type: 'user.deleted', data: { user: { id: 1 } } }, { now: clock.now() }));
    expect(await t.app.db.selectFrom('webhook_deliveries').select('id').where('endpoint_id', '=', webhook.id).execute()).toEqual([]);
    await t.app.db.updateTable('webhook_endpoints').set({ failing_since: clock.now() - 1000 }).where('id', '=', webhook.id).execute();
    const on = await call('PATCH', `/${webhook.id}`, { enabled: true });
    expect(on.json().webhook).toMatchObject({ enabled: true, disabled_at: null, failing_since: null });
  });

  it('deletes an endpoint with its pending deliveries (204), then answers 404', async () => {
    const { webhook } = await created(['user.locked']);
    for (let i = 0; i < 3; i++) await t.app.db.transaction().execute((trx) => enqueueWebhookEvent(trx, { type: 'user.locked', data: { user: { id: i } } }, { now: clock.now() }));
    const pending = () => t.app.db.selectFrom('webhook_deliveries').select('id').where('endpoint_id', '=', webhook.id).execute();
    expect(await pending()).toHaveLength(3);
    const res = await call('DELETE', `/${webhook.id}`);
    expect(res.statusCode).toBe(204);
    expect(res.body).toBe('');
    expect(await pending()).toEqual([]);
    expect((await call('DELETE', `/${webhook.id}`)).json().code).toBe('webhook_not_found');
    expect((await call('GET', '')).json().webhooks.map((w: { id: string }) => w.id)).not.toContain(webhook.id);
    expect(await t.app.services.webhooks.dispatcher.drain()).toBe(0);
  });

  it('pages the delivery log newest first with after and per_page, and filters it by status', async () => {
    const { webhook } = await created(['mfa.disabled']);
    // Queued without a kick, after any drain still running has ended: the 25 rows stay pending until the test says.
    await t.app.services.webhooks.dispatcher.drain();
    for (let i = 0; i < 25; i++) await t.app.db.transaction().execute((trx) => enqueueWebhookEvent(trx, { type: 'mfa.disabled', data: { user: { id: i } } }, { now: clock.now() }));
    const ids = (await t.app.db.selectFrom('webhook_deliveries').select('id').where('endpoint_id', '=', webhook.id).orderBy('id').execute()).map((r) => r.id);
    expect(ids).toHaveLength(25);
    // Deliver the first 5 only: they are the oldest.
    await t.app.db.updateTable('webhook_deliveries').set({ status: 'delivered', delivered_at: clock.now() }).where('id', 'in', ids.slice(0, 5)).execute();
    const seen: number[] = [];
    let next: number | null = null;
    const pages: number[] = [];
    do {
      const res = await call('GET', `/${webhook.id}/deliveries?per_page=10${next ? `&after=${next}` : ''}`);
      expect(res.statusCode).toBe(200);
      pages.push(res.json().deliveries.length);
      seen.push(...res.json().deliveries.map((d: { id: number }) => d.id));
      next = res.json().next;
    } while (next !== null);
    expect(pages).toEqual([10, 10, 5]);
    expect(seen).toEqual([...ids].reverse());
    const delivered = await call('GET', `/${webhook.id}/deliveries?status=delivered`);
    expect(delivered.json().deliveries.map((d: { id: number }) => d.id)).toEqual(ids.slice(0, 5).reverse());
    expect(delivered.json().next).toBeNull();
    const pendingOnes = (await call('GET', `/${webhook.id}/deliveries?status=pending&per_page=100`)).json().deliveries;
    expect(pendingOnes).toHaveLength(20);
    expect(pendingOnes[0]).toMatchObject({ type: 'mfa.disabled', status: 'pending', attempts: 0, next_attempt_at: new Date(clock.now()).toISOString() });
    expect(JSON.stringify(pendingOnes)).not.toContain('payload');
  });

  it('rotates the secret: answered once, and the next attempt is signed with the new one only', async () => {
    const { webhook, secret: old } = await created(['user.created']);
    const rotated = await call('POST', `/${webhook.id}/rotate-secret`);
    expect(rotated.statusCode).toBe(200);
    const { secret } = rotated.json();
    secrets.push(secret);
    expect(secret).not.toBe(old);
    expect(rotated.json().webhook.id).toBe(webhook.id);
    const before = hooks.received.length;
    expect((await call('POST', `/${webhook.id}/test`)).statusCode).toBe(202);
    await t.app.services.webhooks.dispatcher.drain();
    const [hook] = hooks.received.slice(before).filter((h) => JSON.parse(h.body).data.webhook_id === webhook.id);
    expect(verifyStandardWebhook(secret, hook!)).toBe(true);
    expect(verifyStandardWebhook(old, hook!)).toBe(false);
  });
});

describe(`the webhooks admin API under MFA_REQUIRED_FOR_ADMINS on ${backend}`, () => {
  it('refuses an admin whose session did not pass a second factor (403 mfa_required)', async () => {
    const t = await buildTestApp({ env: { MFA_REQUIRED_FOR_ADMINS: 'true' } });
    try {
      const admin = await registerAndLogin(t.app, { role: 'admin' });
      const res = await t.app.inject({ method: 'GET', url: '/api/admin/webhooks', headers: bearer(admin.access) });
      expect(res.statusCode).toBe(403);
      expect(res.json().code).toBe('mfa_required');
    } finally {
      await t.close();
    }
  });
});
