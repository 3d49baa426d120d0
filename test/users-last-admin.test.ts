import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { backend, bearer, buildTestApp, type LoggedInUser, registerAndLogin, type TestApp } from './helper.js';

describe(`users: the last active admin on ${backend}`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(async () => t.close());
  // Each test decides who the admins are.
  beforeEach(async () => {
    await t.app.db.updateTable('users').set({ role: 'user' }).execute();
  });

  const put = (id: number, token: string, payload: object) => t.app.inject({ method: 'PUT', url: `/api/users/${id}`, headers: bearer(token), payload });
  const del = (id: number, token: string) => t.app.inject({ method: 'DELETE', url: `/api/users/${id}`, headers: bearer(token) });
  const activeAdmins = async () => (await t.app.db.selectFrom('users').select('id').where('role', '=', 'admin').where('is_active', '=', 1).execute()).map((r) => r.id);

  it('refuses to delete, demote or deactivate the only admin (409 last_admin)', async () => {
    const admin = await registerAndLogin(t.app, { role: 'admin' });
    for (const res of [await del(admin.id, admin.access), await put(admin.id, admin.access, { role: 'user' }), await put(admin.id, admin.access, { is_active: false })]) {
      expect(res.statusCode).toBe(409);
      expect(res.json().code).toBe('last_admin');
    }
    expect(await activeAdmins()).toEqual([admin.id]);
    // Changes that keep them an active admin still go through.
    expect((await put(admin.id, admin.access, { role: 'admin', is_active: true, username: `${admin.username}_2` })).statusCode).toBe(200);
  });

  it('does not count an inactive admin as a remaining admin', async () => {
    const admin = await registerAndLogin(t.app, { role: 'admin' });
    const dormant = await registerAndLogin(t.app, { role: 'admin' });
    expect((await put(dormant.id, admin.access, { is_active: false })).statusCode).toBe(200);
    const res = await put(admin.id, admin.access, { role: 'user' });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('last_admin');
    // Deleting or demoting the inactive admin takes nothing from the active set.
    expect((await put(dormant.id, admin.access, { role: 'user' })).statusCode).toBe(200);
    expect((await del(dormant.id, admin.access)).statusCode).toBe(204);
    expect(await activeAdmins()).toEqual([admin.id]);
  });

  it('lets an admin remove another admin while one remains', async () => {
    const a = await registerAndLogin(t.app, { role: 'admin' });
    const b = await registerAndLogin(t.app, { role: 'admin' });
    const c = await registerAndLogin(t.app, { role: 'admin' });
    expect((await put(b.id, a.access, { role: 'user' })).statusCode).toBe(200);
    expect((await del(c.id, a.access)).statusCode).toBe(204);
    expect((await put(a.id, a.access, { is_active: false })).statusCode).toBe(409);
    expect(await activeAdmins()).toEqual([a.id]);
  });

  describe('when two admins act on each other at the same moment', () => {
    const ROUNDS = 8;
    const pair = async (): Promise<[LoggedInUser, LoggedInUser]> => {
      await t.app.db.updateTable('users').set({ role: 'user' }).execute();
      return [await registerAndLogin(t.app, { role: 'admin' }), await registerAndLogin(t.app, { role: 'admin' })];
    };
    // The loser answers 409 last_admin when both requests passed authentication before either committed; when the
    // winner committed first, the loser's own token already fails the way the winner's change makes it fail:
    // 403 forbidden once demoted, 401 token_revoked once deleted or deactivated (both end the sessions).
    type Answer = { statusCode: number; json(): { code?: string } };
    const answerOf = (r: Answer) => (r.statusCode < 300 ? String(r.statusCode) : `${r.statusCode} ${r.json().code}`);
    const expectOneWinner = async (results: Answer[], winnerStatus: number, loserAnswers: string[]) => {
      const answers = results.map(answerOf);
      expect(answers.filter((a) => a === String(winnerStatus)), answers.join(', ')).toHaveLength(1);
      const loser = answers.find((a) => a !== String(winnerStatus));
      expect(loserAnswers, answers.join(', ')).toContain(loser);
      expect(await activeAdmins()).toHaveLength(1);
    };
    it('lets exactly one demotion through', async () => {
      for (let round = 0; round < ROUNDS; round++) {
        const [a, b] = await pair();
        await expectOneWinner(await Promise.all([put(b.id, a.access, { role: 'user' }), put(a.id, b.access, { role: 'user' })]), 200, ['409 last_admin', '403 forbidden']);
      }
    });

    it('lets exactly one deletion through', async () => {
      for (let round = 0; round < ROUNDS; round++) {
        const [a, b] = await pair();
        await expectOneWinner(await Promise.all([del(b.id, a.access), del(a.id, b.access)]), 204, ['409 last_admin', '401 token_revoked']);
      }
    });

    it('lets exactly one deactivation through', async () => {
      for (let round = 0; round < ROUNDS; round++) {
        const [a, b] = await pair();
        await expectOneWinner(await Promise.all([put(b.id, a.access, { is_active: false }), put(a.id, b.access, { is_active: false })]), 200, ['409 last_admin', '401 token_revoked']);
      }
    });

    it('keeps one admin when a deletion races a demotion', async () => {
      for (let round = 0; round < ROUNDS; round++) {
        const [a, b] = await pair();
        const [deletion, demotion] = (await Promise.all([del(b.id, a.access), put(a.id, b.access, { role: 'user' })])).map(answerOf);
        // The deletion won: the demoter is gone or was refused; the demotion won: the deleter is no admin any more.
        if (deletion === '204') expect(['409 last_admin', '401 token_revoked']).toContain(demotion);
        else {
          expect(demotion).toBe('200');
          expect(['409 last_admin', '403 forbidden']).toContain(deletion);
        }
        expect(await activeAdmins()).toHaveLength(1);
      }
    });
  });
});
