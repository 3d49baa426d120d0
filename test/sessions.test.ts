import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { backend, bearer, buildTestApp, type LoggedInUser, loginUser, perTestClock, registerAndLogin, registerUser, type TestApp, sessionIdOf } from './helper.js';

interface Tokens {
  access: string;
  refresh: string;
}

interface ListedSession {
  id: string;
  created_at: string;
  last_used_at: string;
  expires_at: string;
  ip: string | null;
  user_agent: string | null;
  current: boolean;
  aal: number;
}


/** A problem body without the one field that differs between any two requests. */
function problemBody(res: LightMyRequestResponse): Record<string, unknown> {
  const { request_id: _requestId, ...rest } = res.json() as Record<string, unknown>;
  return rest;
}

describe(`sessions: list and end on ${backend}`, () => {
  let t: TestApp;
  const clock = perTestClock(Date.now());
  beforeAll(async () => {
    t = await buildTestApp({ clock, env: { REFRESH_RATE_LIMIT_MAX: '1000000' } });
  });
  afterAll(async () => t.close());

  const get = (url: string, token: string) => t.app.inject({ method: 'GET', url, headers: bearer(token) });
  const del = (url: string, token: string) => t.app.inject({ method: 'DELETE', url, headers: bearer(token) });
  const me = (token: string) => get('/api/users/me', token);
  const refresh = (token: string) => t.app.inject({ method: 'POST', url: '/api/auth/refresh', headers: bearer(token) });
  const listOwn = async (token: string): Promise<ListedSession[]> => {
    const res = await get('/api/users/me/sessions', token);
    expect(res.statusCode, res.body).toBe(200);
    return res.json().sessions;
  };

  /** Another login of an existing user, from a given client. */
  async function loginAgain(user: { username: string; password: string }, client: { ip?: string; userAgent?: string } = {}): Promise<Tokens> {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: user.username, password: user.password },
      headers: client.userAgent ? { 'user-agent': client.userAgent } : {},
      ...(client.ip ? { remoteAddress: client.ip } : {}),
    });
    expect(res.statusCode, res.body).toBe(200);
    return { access: res.json().access_token, refresh: res.json().refresh_token };
  }

  it('lists exactly the live sessions, newest first, with current, ip and user agent of each login', async () => {
    const user = await registerUser(t.app);
    const stranger = await registerAndLogin(t.app);
    const logins: { tokens: Tokens; at: number; ip: string; userAgent: string }[] = [];
    for (const [i, ip] of ['203.0.113.7', '198.51.100.23', '2001:db8::5', '192.0.2.44'].entries()) {
      clock.advance(1000);
      const userAgent = `TestBrowser/${i + 1}.0 (session ${i + 1})`;
      logins.push({ tokens: await loginAgain(user, { ip, userAgent }), at: clock.now(), ip, userAgent });
    }
    const [first, expired, third, loggedOut] = logins as [typeof logins[0], typeof logins[0], typeof logins[0], typeof logins[0]];
    // One session logged out, one expired (still in the table until purged), one opened at aal 2.
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: bearer(loggedOut.tokens.access) })).statusCode).toBe(200);
    await t.app.db.updateTable('sessions').set({ expires_at: clock.now() }).where('id', '=', sessionIdOf(expired.tokens.access)).execute();
    await t.app.db.updateTable('sessions').set({ aal: 2 }).where('id', '=', sessionIdOf(first.tokens.access)).execute();

    const listed = await listOwn(third.tokens.access);
    expect(listed.map((s) => s.id)).toEqual([sessionIdOf(third.tokens.access), sessionIdOf(first.tokens.access)]);
    const refreshTtlMs = t.config.jwt.refreshTtlSeconds * 1000;
    expect(listed).toEqual([
      {
        id: sessionIdOf(third.tokens.access),
        created_at: new Date(third.at).toISOString(),
        last_used_at: new Date(third.at).toISOString(),
        expires_at: new Date(third.at + refreshTtlMs).toISOString(),
        ip: third.ip,
        user_agent: third.userAgent,
        current: true,
        aal: 1,
      },
      {
        id: sessionIdOf(first.tokens.access),
        created_at: new Date(first.at).toISOString(),
        last_used_at: new Date(first.at).toISOString(),
        expires_at: new Date(first.at + refreshTtlMs).toISOString(),
        ip: first.ip,
        user_agent: first.userAgent,
        current: false,
        aal: 2,
      },
    ]);
    // Seen from the other session, `current` moves with the token.
    expect((await listOwn(first.tokens.access)).map((s) => s.current)).toEqual([false, true]);
    // The stranger sees only their own session; no token, no list.
    expect((await listOwn(stranger.access)).map((s) => s.id)).toEqual([sessionIdOf(stranger.access)]);
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/users/me/sessions' });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().code).toBe('authorization_required');
  });

  it('ending one session kills its access and refresh tokens at once, and leaves the others', async () => {
    const user = await registerAndLogin(t.app);
    const other = await loginAgain(user);
    const res = await del(`/api/users/me/sessions/${sessionIdOf(other.access)}`, user.access);
    expect(res.statusCode).toBe(204);
    expect(res.body).toBe('');
    const access = await me(other.access);
    expect(access.statusCode).toBe(401);
    expect(access.json().code).toBe('token_revoked');
    const refreshed = await refresh(other.refresh);
    expect(refreshed.statusCode).toBe(401);
    expect(refreshed.json().code).toBe('token_revoked');
    expect((await me(user.access)).statusCode).toBe(200);
    expect((await listOwn(user.access)).map((s) => s.id)).toEqual([sessionIdOf(user.access)]);
    // Already ended: the same 404 as any unknown session.
    const again = await del(`/api/users/me/sessions/${sessionIdOf(other.access)}`, user.access);
    expect(again.statusCode).toBe(404);
    expect(again.json().code).toBe('session_not_found');
  });

  it('ending the current session is a logout', async () => {
    const user = await registerAndLogin(t.app);
    expect((await del(`/api/users/me/sessions/${sessionIdOf(user.access)}`, user.access)).statusCode).toBe(204);
    expect((await me(user.access)).json().code).toBe('token_revoked');
    expect((await refresh(user.refresh)).json().code).toBe('token_revoked');
  });

  it('answers another user\'s session exactly as an unknown one: 404 session_not_found, same body, session untouched', async () => {
    const user = await registerAndLogin(t.app);
    const victim = await registerAndLogin(t.app);
    const expiredUserSession = await loginAgain(user);
    await t.app.db.updateTable('sessions').set({ expires_at: clock.now() }).where('id', '=', sessionIdOf(expiredUserSession.access)).execute();

    const someoneElses = await del(`/api/users/me/sessions/${sessionIdOf(victim.access)}`, user.access);
    const unknown = await del(`/api/users/me/sessions/${randomUUID()}`, user.access);
    const expired = await del(`/api/users/me/sessions/${sessionIdOf(expiredUserSession.access)}`, user.access);
    for (const res of [someoneElses, unknown, expired]) {
      expect(res.statusCode).toBe(404);
      expect(res.headers['content-type']).toBe(unknown.headers['content-type']);
      expect(problemBody(res)).toEqual(problemBody(unknown));
    }
    expect(problemBody(unknown)).toMatchObject({ status: 404, code: 'session_not_found', error: 'session_not_found' });
    // The victim's session lives on, with both its tokens.
    expect((await me(victim.access)).statusCode).toBe(200);
    expect((await refresh(victim.refresh)).statusCode).toBe(200);
    const row = await t.app.db.selectFrom('sessions').select(['revoked_at']).where('id', '=', sessionIdOf(victim.access)).executeTakeFirstOrThrow();
    expect(row.revoked_at).toBeNull();
    // And the same work: the statements each answer ran are the same, the session lookup of the token and one
    // conditional UPDATE (no read of the target session that could take longer for an existing one).
    const statementsOf = async (sessionId: string) => {
      // On the executors' prototype: the UPDATE runs in a transaction, through an executor of its own.
      const spy = vi.spyOn(Object.getPrototypeOf(t.app.db.getExecutor()) as { executeQuery: (...args: unknown[]) => unknown }, 'executeQuery');
      try {
        expect((await del(`/api/users/me/sessions/${sessionId}`, user.access)).statusCode).toBe(404);
        return spy.mock.calls.map(([query]) => (query as { sql: string }).sql);
      } finally {
        spy.mockRestore();
      }
    };
    const forVictim = await statementsOf(sessionIdOf(victim.access));
    expect(forVictim).toEqual(await statementsOf(randomUUID()));
    // On SQLite the session lookup reads through the reading connection, past the executor.
    expect(forVictim).toHaveLength(backend === 'sqlite' ? 1 : 2);
    expect(forVictim.at(-1)).toMatch(/^update "sessions" set .* where "id" = .* and "user_id" = .* and \("sessions"\."revoked_at" is null and "sessions"\."expires_at" > /);
    // A malformed id cannot name anyone's session: a 400 before any query.
    const malformed = await del('/api/users/me/sessions/not-a-session-id', user.access);
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().code).toBe('validation_failed');
  });

  it('ends every session but the current one', async () => {
    const user = await registerAndLogin(t.app);
    const others = [await loginAgain(user), await loginAgain(user)];
    const bystander = await registerAndLogin(t.app);
    const res = await del('/api/users/me/sessions', user.access);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ revoked: 2 });
    for (const other of others) {
      expect((await me(other.access)).json().code).toBe('token_revoked');
      expect((await refresh(other.refresh)).json().code).toBe('token_revoked');
    }
    expect((await listOwn(user.access)).map((s) => [s.id, s.current])).toEqual([[sessionIdOf(user.access), true]]);
    expect((await me(bystander.access)).statusCode).toBe(200);
    expect((await del('/api/users/me/sessions', user.access)).json()).toEqual({ revoked: 0 });
  });

  it('admins list and end a user\'s sessions; others are refused, unknown users are 404', async () => {
    const admin = await registerAndLogin(t.app, { role: 'admin' });
    const bob = await registerAndLogin(t.app);
    const bobSecond = await loginAgain(bob);
    const carol = await registerAndLogin(t.app);

    const listed = await get(`/api/users/${bob.id}/sessions`, admin.access);
    expect(listed.statusCode).toBe(200);
    expect(listed.json().sessions.map((s: ListedSession) => [s.id, s.current])).toEqual(
      expect.arrayContaining([[sessionIdOf(bob.access), false], [sessionIdOf(bobSecond.access), false]]),
    );
    expect(listed.json().sessions).toHaveLength(2);
    // Listing their own account through the admin route, the admin's session is the current one.
    const own = await get(`/api/users/${admin.id}/sessions`, admin.access);
    expect(own.json().sessions.map((s: ListedSession) => [s.id, s.current])).toEqual([[sessionIdOf(admin.access), true]]);

    for (const [method, url] of [['GET', `/api/users/${bob.id}/sessions`], ['DELETE', `/api/users/${bob.id}/sessions`], ['GET', `/api/users/${carol.id}/sessions`]] as const) {
      const refused = await t.app.inject({ method, url, headers: bearer(carol.access) });
      expect(refused.statusCode, `${method} ${url}`).toBe(403);
      expect(refused.json().code).toBe('forbidden');
    }
    for (const method of ['GET', 'DELETE'] as const) {
      const unknown = await t.app.inject({ method, url: '/api/users/2147483647/sessions', headers: bearer(admin.access) });
      expect(unknown.statusCode).toBe(404);
      expect(unknown.json().code).toBe('user_not_found');
      const malformed = await t.app.inject({ method, url: '/api/users/abc/sessions', headers: bearer(admin.access) });
      expect(malformed.statusCode).toBe(400);
    }

    const ended = await del(`/api/users/${bob.id}/sessions`, admin.access);
    expect(ended.statusCode).toBe(200);
    expect(ended.json()).toEqual({ revoked: 2 });
    for (const tokens of [bob, bobSecond]) {
      expect((await me(tokens.access)).json().code).toBe('token_revoked');
      expect((await refresh(tokens.refresh)).json().code).toBe('token_revoked');
    }
    expect((await get(`/api/users/${bob.id}/sessions`, admin.access)).json()).toEqual({ sessions: [] });
    expect((await me(carol.access)).statusCode).toBe(200);
    expect((await me(admin.access)).statusCode).toBe(200);
  });

  it('a session ended on one instance is refused by another sharing the database', async () => {
    const other = await buildTestApp({ database: t.database, clock });
    try {
      const user = await registerAndLogin(t.app);
      const second = await loginAgain(user);
      // Both instances accept the session first, then one ends it.
      expect((await other.app.inject({ method: 'GET', url: '/api/users/me', headers: bearer(second.access) })).statusCode).toBe(200);
      expect((await del(`/api/users/me/sessions/${sessionIdOf(second.access)}`, user.access)).statusCode).toBe(204);
      const access = await other.app.inject({ method: 'GET', url: '/api/users/me', headers: bearer(second.access) });
      expect(access.statusCode).toBe(401);
      expect(access.json().code).toBe('token_revoked');
      const refreshed = await other.app.inject({ method: 'POST', url: '/api/auth/refresh', headers: bearer(second.refresh) });
      expect(refreshed.statusCode).toBe(401);
      expect(refreshed.json().code).toBe('token_revoked');
      // And the other way round: ended on the second instance, refused by the first.
      const third = await loginAgain(user);
      const endedThere = await other.app.inject({ method: 'DELETE', url: '/api/users/me/sessions', headers: bearer(user.access) });
      expect(endedThere.json()).toEqual({ revoked: 1 });
      expect((await me(third.access)).json().code).toBe('token_revoked');
    } finally {
      await other.close();
    }
  });

  it('last_used_at stays put on reads and moves on refresh', async () => {
    const user = await registerAndLogin(t.app);
    const loginAt = clock.now();
    const stored = async () => (await t.app.db.selectFrom('sessions').select('last_used_at').where('id', '=', sessionIdOf(user.access)).executeTakeFirstOrThrow()).last_used_at;
    clock.advance(60_000);
    for (let i = 0; i < 3; i++) expect((await me(user.access)).statusCode).toBe(200);
    expect((await listOwn(user.access))[0]?.last_used_at).toBe(new Date(loginAt).toISOString());
    expect(Number(await stored())).toBe(loginAt);

    clock.advance(60_000);
    const refreshed = await refresh(user.refresh);
    expect(refreshed.statusCode).toBe(200);
    const refreshedAt = clock.now();
    expect(Number(await stored())).toBe(refreshedAt);
    const [session] = await listOwn(refreshed.json().access_token);
    expect(session).toMatchObject({ id: sessionIdOf(user.access), created_at: new Date(loginAt).toISOString(), last_used_at: new Date(refreshedAt).toISOString(), current: true });
  });
});

/** Everything the app wrote to its log files (read after close, which flushes them). */
function readLogDir(dir: string): string {
  return readdirSync(dir).filter((f) => f.endsWith('.log') && f !== 'current.log').map((f) => readFileSync(path.join(dir, f), 'utf8')).join('');
}

describe(`sessions: audit events on ${backend}`, () => {
  it('records every ending of sessions with actor and target, and nothing for a refused one', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gatehouse-sessions-audit-'));
    const t = await buildTestApp({ env: { LOG_TO_FILE: 'true', LOG_DIR: dir, LOG_LEVEL: 'info' } });
    const del = (url: string, token: string) => t.app.inject({ method: 'DELETE', url, headers: bearer(token) });
    let admin!: LoggedInUser;
    let bob!: LoggedInUser;
    let bobSecond!: string;
    let bobThird!: string;
    try {
      admin = await registerAndLogin(t.app, { role: 'admin' });
      bob = await registerAndLogin(t.app);
      const login = { username: bob.username, password: bob.password };
      bobSecond = (await loginUser(t.app, login)).json().access_token;
      bobThird = (await loginUser(t.app, login)).json().access_token;
      expect((await del(`/api/users/me/sessions/${sessionIdOf(bobSecond)}`, bob.access)).statusCode).toBe(204);
      expect((await del(`/api/users/me/sessions/${sessionIdOf(admin.access)}`, bob.access)).statusCode).toBe(404);
      // Ends the third session, the only other one left.
      expect((await del('/api/users/me/sessions', bob.access)).json()).toEqual({ revoked: 1 });
      expect((await t.app.inject({ method: 'GET', url: '/api/users/me', headers: bearer(bobThird) })).json().code).toBe('token_revoked');
      expect((await del(`/api/users/${bob.id}/sessions`, bob.access)).statusCode).toBe(403);
      expect((await del(`/api/users/${bob.id}/sessions`, admin.access)).json()).toEqual({ revoked: 1 });
    } finally {
      await t.close();
    }
    const lines = readLogDir(dir).split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);
    const audits = lines.filter((line) => line.audit === 'session_revoked' || line.audit === 'sessions_revoked');
    expect(audits).toEqual([
      expect.objectContaining({ audit: 'session_revoked', actor_id: bob.id, user_id: bob.id, session_id: sessionIdOf(bobSecond), current: false }),
      expect.objectContaining({ audit: 'sessions_revoked', actor_id: bob.id, user_id: bob.id, revoked: 1, kept_session_id: sessionIdOf(bob.access) }),
      expect.objectContaining({ audit: 'sessions_revoked', actor_id: admin.id, user_id: bob.id, revoked: 1 }),
    ]);
  });
});
