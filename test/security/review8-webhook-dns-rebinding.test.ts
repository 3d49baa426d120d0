import type { LookupAddress } from 'node:dns';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { publicOnlyLookup } from '../../src/webhooks/addresses.js';
import { backend, bearer, buildTestApp, perTestClock, registerAndLogin, type TestApp } from '../helper.js';
import { startWebhookReceiver, type WebhookReceiver } from '../webhook-receiver.js';

// Review 8, DNS rebinding: a name that is public when an admin registers it (no lookup is made then) and answers a
// private address when the dispatcher connects. Held: the lookup the socket connects through refuses any answer set
// holding a private address (alone, or beside a public one, or IPv4-mapped), so the receiver on loopback behind the
// name is never reached, and the delivery log says why.

const answers = vi.hoisted(() => new Map<string, Array<{ address: string; family: number }>>());

vi.mock('node:dns', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:dns')>();
  const lookup = (hostname: string, options: unknown, callback: (...args: unknown[]) => void) => {
    const given = answers.get(hostname);
    if (!given) return (actual.lookup as unknown as (...args: unknown[]) => void)(hostname, options, callback);
    const all = typeof options === 'object' && options !== null && (options as { all?: boolean }).all;
    return process.nextTick(() => (all ? callback(null, given) : callback(null, given[0]!.address, given[0]!.family)));
  };
  const original = (actual as unknown as { default: typeof actual }).default;
  return { ...actual, lookup, default: { ...original, lookup } };
});

describe(`review8: a webhook name rebinding to a private address at delivery, on ${backend}`, () => {
  let t: TestApp;
  let admin: string;
  let hooks: WebhookReceiver;
  const clock = perTestClock(Date.UTC(2026, 11, 6, 12));
  beforeAll(async () => {
    hooks = await startWebhookReceiver();
    t = await buildTestApp({ clock, env: { WEBHOOK_POLL_INTERVAL: '600000', WEBHOOK_TIMEOUT: '2000' } });
    admin = (await registerAndLogin(t.app, { role: 'admin' })).access;
  });
  afterAll(async () => {
    await t.close();
    await hooks.close();
  });

  it('holds: the lookup refuses a private answer, alone or beside a public one, in both of its calling forms', async () => {
    const cases: Array<[string, LookupAddress[]]> = [
      ['a.rebind.example', [{ address: '127.0.0.1', family: 4 }]],
      ['b.rebind.example', [{ address: '8.8.8.8', family: 4 }, { address: '10.0.0.1', family: 4 }]],
      ['c.rebind.example', [{ address: '::ffff:169.254.169.254', family: 6 }]],
      ['d.rebind.example', [{ address: '2606:4700:4700::1111', family: 6 }, { address: '::1', family: 6 }]],
    ];
    for (const [name, given] of cases) {
      answers.set(name, given);
      for (const all of [true, false]) {
        const outcome = await new Promise<{ err: NodeJS.ErrnoException | null }>((resolve) => {
          publicOnlyLookup(name, { all }, (err) => resolve({ err }));
        });
        expect(outcome.err?.message, `${name} all=${all}`).toMatch(/^refused \w+ address /);
      }
    }
    answers.set('e.rebind.example', [{ address: '8.8.8.8', family: 4 }]);
    const ok = await new Promise<string>((resolve, reject) => publicOnlyLookup('e.rebind.example', {}, (err, address) => (err ? reject(err) : resolve(address as string))));
    expect(ok).toBe('8.8.8.8');
  });

  it('holds: a name registered while it pointed anywhere, answering loopback at delivery, never reaches the receiver there', async () => {
    const port = new URL(hooks.url).port;
    const created = await t.app.inject({ method: 'POST', url: '/api/admin/webhooks', headers: bearer(admin), payload: { url: `http://hooks.rebind.example:${port}/hooks`, events: ['user.created'] } });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().webhook.id as string;
    answers.set('hooks.rebind.example', [{ address: '127.0.0.1', family: 4 }]);
    expect((await t.app.inject({ method: 'POST', url: `/api/admin/webhooks/${id}/test`, headers: bearer(admin) })).statusCode).toBe(202);
    await t.app.services.webhooks.dispatcher.drain();
    answers.set('hooks.rebind.example', [{ address: '93.184.215.14', family: 4 }, { address: '127.0.0.1', family: 4 }]);
    clock.advance(60_000);
    await t.app.services.webhooks.dispatcher.drain();
    expect(hooks.received).toEqual([]);
    const log = (await t.app.inject({ method: 'GET', url: `/api/admin/webhooks/${id}/deliveries`, headers: bearer(admin) })).json();
    expect(log.deliveries).toMatchObject([{ status: 'pending', attempts: 2, last_status: null, last_error: 'refused loopback address 127.0.0.1' }]);
  });
});
