import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inWriteTransaction } from '../src/db/transactions.js';
import { backend, bearer, buildTestApp, loginUser, PASSWORD, registerAndLogin, registerUser, type TestApp, sessionIdOf } from './helper.js';
import { startWebhookReceiver, verifyStandardWebhook, type WebhookReceiver } from './webhook-receiver.js';

// The product's own changes raise webhooks: written with their audit event, in the change's transaction, and
// delivered signed. A refused change raises nothing.
describe(`webhooks raised by the product's changes on ${backend}`, () => {
  let t: TestApp;
  let hooks: WebhookReceiver;
  let admin: Awaited<ReturnType<typeof registerAndLogin>>;
  let secret: string;
  const drain = () => t.app.services.webhooks.dispatcher.drain();
  const bodies = () => hooks.received.map((r) => JSON.parse(r.body) as { type: string; timestamp: string; data: { user: Record<string, unknown>; session_id?: string } });

  beforeAll(async () => {
    t = await buildTestApp({ env: { WEBHOOK_ALLOW_PRIVATE: 'true', WEBHOOK_POLL_INTERVAL: '600000', WEBHOOK_TIMEOUT: '2000' } });
    hooks = await startWebhookReceiver();
    admin = await registerAndLogin(t.app, { role: 'admin' });
    const res = await t.app.inject({
      method: 'POST', url: '/api/admin/webhooks', headers: bearer(admin.access),
      payload: { url: hooks.url, events: ['user.created', 'user.updated', 'user.deleted', 'session.created', 'session.revoked', 'user.locked'] },
    });
    expect(res.statusCode, res.body).toBe(201);
    secret = res.json().secret;
  });
  afterAll(async () => {
    await hooks.close();
    await t.close();
  });

  it('registration, login, a role change, logout and deletion each deliver one signed event with the user as admins see it', async () => {
    const user = await registerUser(t.app);
    const login = await loginUser(t.app, { username: user.username, password: PASSWORD });
    expect(login.statusCode).toBe(200);
    expect((await t.app.inject({ method: 'PUT', url: `/api/users/${user.id}`, headers: bearer(admin.access), payload: { username: `${user.username}_x` } })).statusCode).toBe(200);
    // Refused (the name is taken): nothing is raised.
    expect((await t.app.inject({ method: 'PUT', url: `/api/users/${user.id}`, headers: bearer(admin.access), payload: { username: admin.username } })).statusCode).toBe(409);
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: bearer(login.json().access_token) })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'DELETE', url: `/api/users/${user.id}`, headers: bearer(admin.access) })).statusCode).toBe(204);
    await drain();

    const mine = bodies().filter((b) => b.data.user.id === user.id);
    expect(mine.map((b) => b.type)).toEqual(['user.created', 'session.created', 'user.updated', 'session.revoked', 'user.deleted']);
    expect(hooks.received.every((r) => verifyStandardWebhook(secret, r))).toBe(true);
    expect(mine[2]!.data.user).toMatchObject({ id: user.id, username: `${user.username}_x`, role: 'user' });
    expect(mine[1]!.data.session_id).toBe(sessionIdOf(login.json().access_token));
    const serialized = JSON.stringify(mine);
    for (const secretValue of [PASSWORD, 'password_hash', '$argon2', login.json().access_token, login.json().refresh_token]) expect(serialized).not.toContain(secretValue);
    // One delivery per event, each with its own webhook-id.
    expect(new Set(hooks.received.map((r) => r.headers['webhook-id'])).size).toBe(hooks.received.length);
  });

  it('a lockout raises user.locked; a wrong password alone raises nothing', async () => {
    const before = hooks.received.length;
    const victim = await registerUser(t.app);
    await drain();
    const created = hooks.received.length;
    expect(created).toBe(before + 1);
    for (let i = 0; i < 5; i++) await loginUser(t.app, { username: victim.username, password: `wrong-${i}-password` });
    await drain();
    const raised = bodies().slice(created).filter((b) => b.data.user.id === victim.id).map((b) => b.type);
    expect(raised).toEqual(['user.locked']);
  });

  it('wakes the dispatcher after the transaction that queued the delivery commits, never inside it, after a rollback or when nothing was queued', async () => {
    const user = await registerUser(t.app);
    const dispatcher = t.app.services.webhooks.dispatcher;
    const kick = dispatcher.kick;
    const order: string[] = [];
    dispatcher.kick = () => {
      order.push('kick');
      kick();
    };
    try {
      const record = (trx: Parameters<Parameters<typeof inWriteTransaction>[1]>[0]) =>
        t.app.services.audit.record(trx, { action: 'user_unlocked', target: user.id, by: null }, Date.now());
      await inWriteTransaction(t.app.db, async (trx) => {
        await record(trx);
        order.push('recorded');
      });
      order.push('returned');
      await expect(inWriteTransaction(t.app.db, async (trx) => {
        await record(trx);
        throw new Error('rolled back');
      })).rejects.toThrow('rolled back');
      order.push('rolled back');
      // mfa.disabled: no endpoint subscribes to it.
      await inWriteTransaction(t.app.db, (trx) => t.app.services.audit.record(trx, { action: 'mfa_reset', target: user.id, by: null }, Date.now()));
      order.push('unsubscribed type recorded');
      expect(order).toEqual(['recorded', 'kick', 'returned', 'rolled back', 'unsubscribed type recorded']);
    } finally {
      dispatcher.kick = kick;
    }
    await drain();
  });
});
