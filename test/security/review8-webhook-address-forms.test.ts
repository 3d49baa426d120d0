import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deriveKey, seal } from '../../src/keys.js';
import { isPublicAddress } from '../../src/webhooks/addresses.js';
import { insertEndpoint } from '../../src/webhooks/endpoints.js';
import { enqueueWebhookEvent } from '../../src/webhooks/outbox.js';
import { newSigningSecret } from '../../src/webhooks/signature.js';
import { backend, bearer, buildTestApp, perTestClock, registerAndLogin, type TestApp } from '../helper.js';

// Review 8, webhook URLs written the ways a URL parser lets a private address or a local name hide. Broken before
// this review: (1) IPv4-compatible IPv6 (`[::127.0.0.1]`, which the URL parser writes `[::7f00:1]`; RFC 4291's
// deprecated form that carries an IPv4 address) was "unicast" to ipaddr.js, so it passed registration and the
// connection check although docs/webhooks.md refuses IPv6 forms carrying an IPv4 address; (2) a single-label or local
// name with a trailing dot or two (`intranet.`, `localhost..`, `gatehouse.internal..`) passed the registration check.
// Held: decimal, octal, hex and short IPv4, IPv4-mapped and NAT64 forms, zone ids, full-width letters, userinfo
// tricks, backslashes, fragments and other schemes.

describe(`review8: webhook URLs that hide a private address or a local name, on ${backend}`, () => {
  let t: TestApp;
  let admin: string;
  const clock = perTestClock(Date.UTC(2026, 11, 6, 12));
  beforeAll(async () => {
    t = await buildTestApp({ clock, env: { WEBHOOK_POLL_INTERVAL: '600000', WEBHOOK_TIMEOUT: '2000' } });
    admin = (await registerAndLogin(t.app, { role: 'admin' })).access;
  });
  afterAll(async () => t.close());

  const register = (url: string) => t.app.inject({ method: 'POST', url: '/api/admin/webhooks', headers: bearer(admin), payload: { url, events: ['user.created'] } });

  it('breaks before the fix: IPv4-compatible IPv6 addresses are not public', () => {
    for (const address of ['::7f00:1', '::127.0.0.1', '::a9fe:a9fe', '::a00:5', '::c0a8:101', '::808:808']) expect(isPublicAddress(address), address).toBe(false);
    // The rule still lets real public IPv6 through.
    for (const address of ['2606:4700:4700::1111', '2a00:1450:4001:80b::200e']) expect(isPublicAddress(address), address).toBe(true);
  });

  it('breaks before the fix: registration and PATCH refuse IPv4-compatible literals and trailing-dot local names (400 on the url)', async () => {
    const ok = await register('https://hooks.example.com/in');
    expect(ok.statusCode, ok.body).toBe(201);
    const id = ok.json().webhook.id as string;
    for (const url of [
      'http://[::7f00:1]:8080/hooks', 'http://[::127.0.0.1]/hooks', 'http://[::a9fe:a9fe]/latest/meta-data/',
      'http://intranet./hooks', 'http://localhost../hooks', 'http://LOCALHOST.%2e/hooks', 'http://gatehouse.internal../hooks',
    ]) {
      for (const res of [await register(url), await t.app.inject({ method: 'PATCH', url: `/api/admin/webhooks/${id}`, headers: bearer(admin), payload: { url } })]) {
        expect(res.statusCode, `${url}: ${res.body}`).toBe(400);
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(res.json().errors).toEqual([{ field: 'url', message: expect.stringMatching(/^must reach a public address: /) }]);
      }
    }
    const after = await t.app.inject({ method: 'GET', url: `/api/admin/webhooks/${id}`, headers: bearer(admin) });
    expect(after.json().webhook.url).toBe('https://hooks.example.com/in');
  });

  it('breaks before the fix: the dispatcher refuses to connect to an IPv4-compatible literal, whatever put it in the table', async () => {
    // A receiver on the IPv6 wildcard: were [::7f00:1] routed to loopback (a host with a sit tunnel), it would answer.
    const server = http.createServer((_req, res) => res.writeHead(204).end());
    await new Promise<void>((resolve) => server.listen(0, '::', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const key = deriveKey(t.config, 'webhook secrets');
      const endpoint = await insertEndpoint(t.app.db, { url: `http://[::7f00:1]:${port}/hooks`, events: ['user.deleted'], description: '', sealedSecret: seal(key, newSigningSecret()), now: clock.now() });
      await t.app.db.transaction().execute((trx) => enqueueWebhookEvent(trx, { type: 'user.deleted', data: { user: { id: 1 } } }, { now: clock.now() }));
      expect(await t.app.services.webhooks.dispatcher.drain()).toBe(0);
      const row = await t.app.db.selectFrom('webhook_deliveries').select(['status', 'last_status', 'last_error']).where('endpoint_id', '=', endpoint.id).executeTakeFirstOrThrow();
      expect(row).toMatchObject({ status: 'pending', last_status: null });
      expect(row.last_error).toMatch(/^refused \w+ address ::7f00:1$/);
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('holds: decimal, octal, hex, short and mapped IPv4, zone ids, full-width names, userinfo and scheme tricks are refused', async () => {
    const refused: Array<[string, RegExp]> = [
      ['http://2130706433/', /loopback/], ['http://0x7f.1/', /loopback/], ['http://0177.0.0.1/', /loopback/], ['http://127.1/', /loopback/],
      ['http://127.0.0.1./', /loopback/], ['http://0/', /unspecified/], ['http://0xa9.0xfe.0xa9.0xfe/', /linkLocal/],
      ['http://[::ffff:127.0.0.1]/', /loopback/], ['http://[0:0:0:0:0:ffff:7f00:1]/', /loopback/], ['http://[::ffff:0:127.0.0.1]/', /rfc6145/],
      ['http://[64:ff9b::127.0.0.1]/', /rfc6052/], ['http://[2002:7f00:1::]/', /6to4/], ['http://[fe80::1%25eth0]/', /not a URL/],
      ['http://ｌｏｃａｌｈｏｓｔ/', /local name/], ['http://localhost./', /local name/], ['http://metadata.google.internal./', /local name/],
      ['http://evil.example@127.0.0.1/', /credentials/], ['http://127.0.0.1%2f@evil.example/', /credentials/], ['http://127.0.0.1#@evil.example/', /loopback/],
      ['javascript:alert(1)', /http or https/], ['file:///etc/passwd', /http or https/], ['gopher://evil.example/', /http or https/],
    ];
    for (const [url, reason] of refused) {
      const res = await register(url);
      expect(res.statusCode, `${url}: ${res.body}`).toBe(400);
      expect(res.json().errors?.[0]?.message, url).toMatch(reason);
    }
    // A backslash is a path separator to the WHATWG parser: the host stays evil.example, the address is judged there.
    const backslash = await register('http://evil.example\\@127.0.0.1/');
    expect(backslash.statusCode).toBe(201);
    expect(backslash.json().webhook.url).toBe('http://evil.example/@127.0.0.1/');
  });
});
