import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertWebhookUrl } from '../../src/admin/webhooks.js';
import { AppError } from '../../src/errors.js';
import { deriveKey, seal } from '../../src/keys.js';
import { addressRange, isPublicAddress } from '../../src/webhooks/addresses.js';
import { insertEndpoint } from '../../src/webhooks/endpoints.js';
import { enqueueWebhookEvent } from '../../src/webhooks/outbox.js';
import { newSigningSecret } from '../../src/webhooks/signature.js';
import { backend, bearer, buildTestApp, perTestClock, registerAndLogin, type TestApp } from '../helper.js';
import { startWebhookReceiver, type WebhookReceiver } from '../webhook-receiver.js';

// Server-side request forgery through webhooks: an admin account (or whoever took one over) registers an endpoint
// on the deployment's own network (a metadata service, an admin port on loopback) and lets Gatehouse call it. Without
// WEBHOOK_ALLOW_PRIVATE, only public addresses are accepted at registration and connected to at delivery, where the
// check is on the address resolved and connected to, so a name pointing (or rebinding) inward gets nowhere.

describe('the public-address rule', () => {
  it('refuses every private, loopback, link-local, unique-local, CGNAT, multicast, unspecified and IPv4-in-IPv6 address', () => {
    const refused = [
      '127.0.0.1', '127.1.2.3', '10.0.0.5', '172.16.0.1', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '224.0.0.1', '255.255.255.255',
      '::1', '::', 'fe80::1', 'fc00::1', 'fd12:3456::1', 'ff02::1', '::ffff:127.0.0.1', '::ffff:10.0.0.1', '::ffff:169.254.169.254', '64:ff9b::a00:1', '2002:a00:1::1',
    ];
    expect(refused.filter(isPublicAddress)).toEqual([]);
    expect(addressRange('::ffff:127.0.0.1')).toBe('loopback');
    expect(['93.184.215.14', '8.8.8.8', '2606:4700:4700::1111', '2a00:1450:4001:80b::200e'].every(isPublicAddress)).toBe(true);
  });

  it('asks https in production unless WEBHOOK_ALLOW_PRIVATE, and never a URL with credentials or another scheme', () => {
    const problem = (url: string, options: { allowPrivate: boolean; production: boolean }) => {
      try {
        assertWebhookUrl(url, options);
        return null;
      } catch (err) {
        return (err as AppError).errors?.[0]?.message;
      }
    };
    expect(problem('http://hooks.example.com/x', { allowPrivate: false, production: true })).toBe('must be an https URL');
    expect(problem('https://hooks.example.com/x', { allowPrivate: false, production: true })).toBeNull();
    expect(problem('http://hooks.example.com/x', { allowPrivate: false, production: false })).toBeNull();
    expect(problem('http://hooks.example.com/x', { allowPrivate: true, production: true })).toBeNull();
    expect(problem('https://user:pw@hooks.example.com/x', { allowPrivate: false, production: false })).toBe('must not carry credentials');
    expect(problem('ftp://hooks.example.com/x', { allowPrivate: false, production: false })).toBe('must be an http or https URL');
    expect(problem('not a url', { allowPrivate: false, production: false })).toBe('is not a URL');
  });
});

describe(`webhooks to private addresses without WEBHOOK_ALLOW_PRIVATE on ${backend}`, () => {
  let t: TestApp;
  let admin: string;
  let v4: WebhookReceiver;
  let v6: WebhookReceiver;
  const clock = perTestClock(Date.UTC(2026, 11, 6, 12));
  beforeAll(async () => {
    v4 = await startWebhookReceiver();
    v6 = await startWebhookReceiver({ host: '::1' });
    t = await buildTestApp({ clock, env: { WEBHOOK_POLL_INTERVAL: '600000', WEBHOOK_TIMEOUT: '2000' } });
    admin = (await registerAndLogin(t.app, { role: 'admin' })).access;
  });
  afterAll(async () => {
    await t.close();
    await v4.close();
    await v6.close();
  });

  const port = (receiver: WebhookReceiver) => new URL(receiver.url).port;
  const inward = () => [
    `http://127.0.0.1:${port(v4)}/hooks`,
    `http://[::1]:${port(v6)}/hooks`,
    `http://[::ffff:127.0.0.1]:${port(v4)}/hooks`,
    `http://localhost:${port(v4)}/hooks`,
    'http://10.0.0.5/hooks',
    'http://169.254.169.254/latest/meta-data/',
    'http://100.64.0.1/hooks',
    'http://[fd00::1]/hooks',
    'http://0.0.0.0/hooks',
    'http://2130706433/hooks',
  ];

  it('refuses them at registration and on update: 400 validation_failed on the url', async () => {
    for (const url of [...inward(), 'http://gatehouse.internal/hooks', 'http://printer.local/hooks', 'http://intranet/hooks']) {
      const res = await t.app.inject({ method: 'POST', url: '/api/admin/webhooks', headers: bearer(admin), payload: { url, events: ['user.created'] } });
      expect(res.statusCode, url).toBe(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.json()).toMatchObject({ code: 'validation_failed', errors: [{ field: 'url', message: expect.stringMatching(/^must reach a public address/) }] });
    }
    const created = await t.app.inject({ method: 'POST', url: '/api/admin/webhooks', headers: bearer(admin), payload: { url: 'https://hooks.example.com/in', events: ['user.created'] } });
    expect(created.statusCode).toBe(201);
    const moved = await t.app.inject({ method: 'PATCH', url: `/api/admin/webhooks/${created.json().webhook.id}`, headers: bearer(admin), payload: { url: 'http://169.254.169.254/' } });
    expect(moved.statusCode).toBe(400);
    expect(moved.json().code).toBe('validation_failed');
  });

  it('connects to none of them at delivery, whatever got them into the table, and records why', async () => {
    // Rows written as an older rule, a restore or a rebinding name could have left them; the dispatcher judges again.
    const key = deriveKey(t.config, 'webhook secrets');
    const ids: string[] = [];
    for (const url of inward()) {
      ids.push((await insertEndpoint(t.app.db, { url, events: ['user.deleted'], description: '', sealedSecret: seal(key, newSigningSecret()), now: clock.now() })).id);
    }
    await t.app.db.transaction().execute((trx) => enqueueWebhookEvent(trx, { type: 'user.deleted', data: { user: { id: 1 } } }, { now: clock.now() }));
    expect(await t.app.services.webhooks.dispatcher.drain()).toBe(0);
    expect(v4.received).toEqual([]);
    expect(v6.received).toEqual([]);
    const rows = await t.app.db.selectFrom('webhook_deliveries').select(['endpoint_id', 'status', 'last_status', 'last_error']).where('endpoint_id', 'in', ids).execute();
    expect(rows).toHaveLength(ids.length);
    for (const row of rows) {
      expect(row).toMatchObject({ status: 'pending', last_status: null });
      expect(row.last_error).toMatch(/^refused (loopback|private|linkLocal|carrierGradeNat|uniqueLocal|unspecified) address /);
    }
    // The receivers were there to be reached: with the rule off, the same rows are delivered.
    const open = await buildTestApp({ clock, database: t.database, env: { WEBHOOK_ALLOW_PRIVATE: 'true', WEBHOOK_POLL_INTERVAL: '600000', WEBHOOK_TIMEOUT: '300' } });
    try {
      clock.advance(30_000);
      await open.app.services.webhooks.dispatcher.drain();
      expect(v4.received.length).toBeGreaterThanOrEqual(3);
      expect(v6.received).toHaveLength(1);
    } finally {
      await open.close();
    }
  });
});
