import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backend, bearer, buildTestApp, registerAndLogin, registerUser, type TestApp } from '../helper.js';

// What held: who may read which events, and what an anonymous flood writes. (1) A non-admin is refused
// /api/admin/audit and /api/users/:id/audit (their own id too); /me/audit refuses `target`/`actor` filters and
// shows only events about the caller. (2) An admin below aal 2 is refused under MFA_REQUIRED_FOR_ADMINS.
// (3) An anonymous attacker writes at most one row per request (a failed login for an unknown name, a junk passkey
// assertion), and only up to the per-IP credentials limit (AUTH_RATE_LIMIT_MAX): the 429s write nothing.

describe(`review7: who reads the audit log, and what a flood writes, on ${backend}`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ env: { AUTH_RATE_LIMIT_MAX: '6' } });
  });
  afterAll(() => t.close());

  const get = (url: string, token: string) => t.app.inject({ method: 'GET', url, headers: bearer(token) });

  it('holds: a user reads only their own history; admin routes refuse them; filters cannot widen /me', async () => {
    const mallory = await registerAndLogin(t.app);
    const victim = await registerUser(t.app);
    expect((await get('/api/admin/audit', mallory.access)).statusCode).toBe(403);
    expect((await get(`/api/admin/audit?target=${victim.id}`, mallory.access)).statusCode).toBe(403);
    expect((await get(`/api/users/${victim.id}/audit`, mallory.access)).statusCode).toBe(403);
    expect((await get(`/api/users/${mallory.id}/audit`, mallory.access)).statusCode).toBe(403);
    for (const q of [`target=${victim.id}`, `actor=${victim.id}`, `target_user_id=${victim.id}`]) {
      expect((await get(`/api/users/me/audit?${q}`, mallory.access)).statusCode).toBe(400);
    }
    const mine = await get('/api/users/me/audit?per_page=200', mallory.access);
    expect(mine.statusCode).toBe(200);
    const events = mine.json().events as { target_user_id: number }[];
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => e.target_user_id === mallory.id)).toBe(true);
    expect((await t.app.inject({ method: 'GET', url: '/api/users/me/audit' })).statusCode).toBe(401);
    expect((await get('/api/admin/audit', 'not-a-token')).statusCode).toBe(401);
  });

  it('holds: an anonymous flood writes one row per request, and nothing past the per-IP limit', async () => {
    const count = async () => Number((await t.app.db.selectFrom('audit_events').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    const before = await count();
    const remoteAddress = '198.51.100.7';
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) {
      const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress, payload: { username: `nobody_${i}_${Date.now()}`, password: 'Wrong-password-1' } });
      statuses.push(res.statusCode);
    }
    expect(statuses.filter((s) => s === 401)).toHaveLength(6);
    expect(statuses.filter((s) => s === 429)).toHaveLength(4);
    expect((await count()) - before).toBe(6);

    const junk = { id: 'AAAAAAAAAAAAAAAAAAAAAA', rawId: 'AAAAAAAAAAAAAAAAAAAAAA', type: 'public-key', clientExtensionResults: {}, response: { clientDataJSON: Buffer.from(JSON.stringify({ type: 'webauthn.get', challenge: 'A'.repeat(43), origin: 'http://localhost' })).toString('base64url'), authenticatorData: 'AAAA', signature: 'AAAA' } };
    const before2 = await count();
    const passkeyStatuses: number[] = [];
    for (let i = 0; i < 10; i++) {
      const res = await t.app.inject({ method: 'POST', url: '/api/auth/passkey', remoteAddress: '198.51.100.8', payload: { response: junk } });
      passkeyStatuses.push(res.statusCode);
    }
    expect(passkeyStatuses.filter((s) => s === 429)).toHaveLength(4);
    expect((await count()) - before2).toBe(6);
  });
});

describe(`review7: /api/admin/audit under MFA_REQUIRED_FOR_ADMINS, on ${backend}`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ env: { MFA_REQUIRED_FOR_ADMINS: 'true' } });
  });
  afterAll(() => t.close());

  it('holds: an admin signed in with a password alone (aal 1) is refused every audit read', async () => {
    const admin = await registerAndLogin(t.app, { role: 'admin' });
    for (const url of ['/api/admin/audit', `/api/users/${admin.id}/audit`]) {
      const res = await t.app.inject({ method: 'GET', url, headers: bearer(admin.access) });
      expect(res.statusCode, url).toBe(403);
    }
  });
});

describe(`review7: ids and histories after a deletion, on ${backend}`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  it('holds: a deleted account\'s history is not inherited by the next account registered (ids are not reused)', async () => {
    const admin = await registerAndLogin(t.app, { role: 'admin' });
    const gone = await registerAndLogin(t.app, {});
    expect((await t.app.inject({ method: 'DELETE', url: `/api/users/${gone.id}`, headers: bearer(admin.access) })).statusCode).toBe(204);
    const next = await registerAndLogin(t.app);
    expect(next.id).not.toBe(gone.id);
    const res = await t.app.inject({ method: 'GET', url: '/api/users/me/audit?per_page=200', headers: bearer(next.access) });
    expect((res.json().events as { target_user_id: number }[]).every((e) => e.target_user_id === next.id)).toBe(true);
  });
});
