import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueWebhookEvent } from '../../src/webhooks/outbox.js';
import { backend, bearer, buildTestApp, loginUser, PASSWORD, perTestClock, registerAndLogin, registerUser, type TestApp } from '../helper.js';

// Review 8, receivers that fight back, and what the payloads carry. Held: a receiver that trickles its answer's
// headers one byte at a time (slow loris) is cut off at WEBHOOK_TIMEOUT; one that answers headers past Node's limit,
// a status line holding text of its choosing, or an endless body leaves a short, fixed reason in the delivery log
// (no header, body or reason phrase of theirs, no secret); the payloads of real events carry the user exactly as the
// admin API shows it (no hash, token, code or secret) and the session's id, never a token.

/** A raw TCP receiver: `answer` writes whatever it likes on each connection once the request arrived. */
async function rawReceiver(answer: (socket: net.Socket) => void) {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    let seen = '';
    socket.on('data', (chunk) => {
      seen += chunk.toString('latin1');
      // The request's body is small JSON: answer once it arrived whole (headers end, then the body's last brace).
      if (seen.includes('\r\n\r\n') && seen.endsWith('}')) {
        seen = '';
        answer(socket);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as net.AddressInfo).port}/hooks`,
    openSockets: () => sockets.size,
    close: () => new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    }),
  };
}

describe(`review8: hostile webhook receivers and what payloads carry, on ${backend}`, () => {
  let t: TestApp;
  let admin: string;
  const clock = perTestClock(Date.UTC(2026, 11, 6, 12));
  const timers: NodeJS.Timeout[] = [];
  beforeAll(async () => {
    t = await buildTestApp({ clock, env: { WEBHOOK_ALLOW_PRIVATE: 'true', WEBHOOK_POLL_INTERVAL: '600000', WEBHOOK_TIMEOUT: '400' } });
    admin = (await registerAndLogin(t.app, { role: 'admin' })).access;
  });
  afterAll(async () => {
    for (const timer of timers) clearInterval(timer);
    await t.close();
  });

  const register = async (url: string, events = ['user.deleted']) => {
    const res = await t.app.inject({ method: 'POST', url: '/api/admin/webhooks', headers: bearer(admin), payload: { url, events } });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { webhook: { id: string }; secret: string };
  };
  const deliveryOf = async (id: string) => {
    const res = await t.app.inject({ method: 'GET', url: `/api/admin/webhooks/${id}/deliveries`, headers: bearer(admin) });
    expect(res.statusCode).toBe(200);
    return res.json().deliveries[0] as { status: string; last_status: number | null; last_error: string | null; attempts: number };
  };
  const deliverOne = async () => {
    await t.app.db.transaction().execute((trx) => enqueueWebhookEvent(trx, { type: 'user.deleted', data: { user: { id: 7 } } }, { now: clock.now() }));
    const started = Date.now();
    await t.app.services.webhooks.dispatcher.drain();
    return Date.now() - started;
  };

  it('holds: a slow-loris receiver trickling its headers is cut off at WEBHOOK_TIMEOUT', async () => {
    const loris = await rawReceiver((socket) => {
      socket.write('HTTP/1.1 200 OK\r\n');
      // The attacker's trickle: a header byte every 50 ms, forever, so no byte-level idle timer ever fires.
      const timer = setInterval(() => socket.writable && socket.write('X'), 50);
      timers.push(timer);
      socket.on('close', () => clearInterval(timer));
    });
    try {
      const { webhook, secret } = await register(loris.url);
      const took = await deliverOne();
      const delivery = await deliveryOf(webhook.id);
      expect(delivery).toMatchObject({ status: 'pending', attempts: 1, last_status: null, last_error: 'timed out after 400 ms' });
      // Well under what an unbounded wait would take; the connection is not left open.
      expect(took).toBeLessThan(5_000);
      expect(JSON.stringify(delivery)).not.toContain(secret.slice(6));
    } finally {
      await loris.close();
    }
  });

  it('holds: oversized headers, a chosen reason phrase and an endless body leave a short fixed reason, nothing of theirs', async () => {
    const marker = 'RECEIVER-CONTROLLED-TEXT';
    const answers: Array<[string, (socket: net.Socket) => void, RegExp, string]> = [
      ['huge headers', (s) => s.write(`HTTP/1.1 200 OK\r\nX-Big: ${marker}${'a'.repeat(100_000)}\r\n\r\n`), /^HPE_HEADER_OVERFLOW$/, 'pending'],
      ['reason phrase', (s) => s.end(`HTTP/1.1 500 ${marker} <script>alert(1)</script>\r\nContent-Length: 0\r\nX-Note: ${marker}\r\n\r\n`), /^HTTP 500$/, 'pending'],
      ['endless body', (s) => {
        s.write(`HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\n${marker}`);
        const chunk = Buffer.alloc(64 * 1024, 'b');
        const pump = () => {
          while (s.writable && s.write(chunk));
          if (s.writable) s.once('drain', pump);
        };
        pump();
      }, /^$/, 'delivered'],
    ];
    for (const [what, answer, reason, status] of answers) {
      const receiver = await rawReceiver(answer);
      try {
        const { webhook } = await register(receiver.url);
        await deliverOne();
        const delivery = await deliveryOf(webhook.id);
        expect(delivery.status, what).toBe(status);
        expect(delivery.last_error ?? '', what).toMatch(reason);
        expect(JSON.stringify(delivery), what).not.toContain(marker);
        const row = await t.app.db.selectFrom('webhook_deliveries').select(['last_error']).where('endpoint_id', '=', webhook.id).executeTakeFirstOrThrow();
        expect((row.last_error ?? '').length, what).toBeLessThanOrEqual(64);
      } finally {
        await receiver.close();
      }
    }
  });

  it('holds: real events carry the user exactly as the admin API shows it, and a session id, never a token or secret', async () => {
    const { webhook } = await register('http://127.0.0.1:9/never-answered', ['user.created', 'session.created', 'session.revoked', 'user.password_changed', 'user.updated']);
    const user = await registerUser(t.app);
    const login = await loginUser(t.app, { username: user.username, password: PASSWORD });
    expect(login.statusCode).toBe(200);
    const { access_token: access, refresh_token: refresh } = login.json();
    const changed = await t.app.inject({ method: 'PUT', url: `/api/users/${user.id}`, headers: bearer(access), payload: { password: 'new-Lantern-58-orbit', current_password: PASSWORD } });
    expect(changed.statusCode, changed.body).toBe(200);
    const again = await loginUser(t.app, { username: user.username, password: 'new-Lantern-58-orbit' });
    await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: bearer(again.json().access_token), payload: { refresh_token: again.json().refresh_token } });

    const rows = await t.app.db.selectFrom('webhook_deliveries').select(['type', 'payload']).where('endpoint_id', '=', webhook.id).orderBy('id').execute();
    expect(rows.map((r) => r.type)).toEqual(expect.arrayContaining(['user.created', 'session.created', 'user.password_changed', 'session.revoked']));
    const adminView = (await t.app.inject({ method: 'GET', url: `/api/users/${user.id}`, headers: bearer(admin) })).json().user as Record<string, unknown>;
    const stored = await t.app.db.selectFrom('users').selectAll().where('id', '=', user.id).executeTakeFirstOrThrow();
    for (const { type, payload } of rows) {
      const body = JSON.parse(payload) as { type: string; data: { user: Record<string, unknown>; session_id?: string } };
      expect(Object.keys(body.data.user).sort(), type).toEqual(Object.keys(adminView).sort());
      expect(Object.keys(body.data).filter((k) => k !== 'user' && k !== 'session_id'), type).toEqual([]);
      for (const secret of [access, refresh, again.json().access_token, again.json().refresh_token, stored.password_hash, PASSWORD, 'new-Lantern-58-orbit']) {
        expect(payload, type).not.toContain(secret);
      }
      expect(payload, type).not.toMatch(/password_hash|"token"|refresh_token|access_token|"secret"|recovery|totp_secret/);
    }
  });
});
