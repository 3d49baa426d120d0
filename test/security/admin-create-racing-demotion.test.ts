import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backend, bearer, buildTestApp, PASSWORD, registerAndLogin, type TestApp, uniqueIdentity } from '../helper.js';
import { holdNextWriteTransaction } from './hold-checks.js';

describe(`POST /api/users racing the creator's demotion on ${backend}`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(async () => t.close());

  it('creates no admin when the creator stopped being one after the request was authorized', async () => {
    const creator = await registerAndLogin(t.app, { role: 'admin' });
    // A second admin, so the demotion is allowed and the creator's own check is the only thing that stops it.
    await registerAndLogin(t.app, { role: 'admin' });
    const identity = uniqueIdentity('raced_admin');
    const hold = holdNextWriteTransaction(t);
    const pending = t.app.inject({ method: 'POST', url: '/api/users', headers: bearer(creator.access), payload: { ...identity, password: PASSWORD, role: 'admin' } });
    await hold.waitUntilHeld();
    await t.app.db.updateTable('users').set({ role: 'user' }).where('id', '=', creator.id).execute();
    hold.release();
    const res = await pending;
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('forbidden');
    expect(await t.app.db.selectFrom('users').select('id').where('username', '=', identity.username).executeTakeFirst()).toBeUndefined();
  });
});
