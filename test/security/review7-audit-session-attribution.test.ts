import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backend, bearer, buildTestApp, loginUser, PASSWORD, registerAndLogin, type TestApp, sessionIdOf } from '../helper.js';

// Attack (stolen access token): the auditor's question after a theft is "what did that session do?". Two actions
// taken through a session leave the acting session nowhere in their events: (1) ending another of one's sessions
// (DELETE /api/users/me/sessions/:id) stores the ended session as session_id and only `current: false` in the
// details, so the thief's session that ended the owner's is not on record; (2) a wrong current_password sent
// through a session (PUT /api/users/:own id, the thief guessing the password to take the account over) is stored as
// an anonymous login_failed (actor_id null, session_id null), indistinguishable from a stranger's login attempt.

type Event = { action: string; actor_id: number | null; session_id: string | null; details: Record<string, unknown> };

describe(`review7: the acting session on record, on ${backend}`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  const history = async (token: string): Promise<Event[]> => {
    const res = await t.app.inject({ method: 'GET', url: '/api/users/me/audit?per_page=200', headers: bearer(token) });
    expect(res.statusCode).toBe(200);
    return res.json().events;
  };

  it('ending another session records which session ended it', async () => {
    const owner = await registerAndLogin(t.app);
    const thief = (await loginUser(t.app, { username: owner.username, password: PASSWORD })).json().access_token as string;
    const res = await t.app.inject({ method: 'DELETE', url: `/api/users/me/sessions/${sessionIdOf(owner.access)}`, headers: bearer(thief) });
    expect(res.statusCode).toBe(204);
    const [ended] = (await history(thief)).filter((e) => e.action === 'session_revoked');
    expect(ended).toBeDefined();
    expect(ended!.session_id).toBe(sessionIdOf(owner.access));
    expect(JSON.stringify(ended), 'the acting session').toContain(sessionIdOf(thief));
  });

  it('a wrong current password sent through a session names that session and its user', async () => {
    const owner = await registerAndLogin(t.app);
    const res = await t.app.inject({ method: 'PUT', url: `/api/users/${owner.id}`, headers: bearer(owner.access), payload: { password: 'another-Passphrase-88', current_password: 'Wrong-password-1' } });
    expect(res.json().code, res.body).toBe('invalid_current_password');
    const [failed] = (await history(owner.access)).filter((e) => e.action === 'login_failed');
    expect(failed).toMatchObject({ details: { via: 'current_password' } });
    expect({ actor_id: failed!.actor_id, session_id: failed!.session_id }).toEqual({ actor_id: owner.id, session_id: sessionIdOf(owner.access) });
  });
});
