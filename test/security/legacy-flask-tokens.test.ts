import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { purgeExpired } from '../../src/account/purge.js';
import { backend, bearer, buildTestApp, type LoggedInUser, perTestClock, registerAndLogin, type TestApp } from '../helper.js';
import { FLASK_ACCESS_TTL as ACCESS_TTL, FLASK_REFRESH_TTL as REFRESH_TTL, FLASK_SECRET, type FlaskOptions, type FlaskType, mintFlaskToken } from '../flask-tokens.js';
import { holdNextWriteTransaction } from './hold-checks.js';

// Clients of the Flask service (Flask-JWT-Extended) cross over with their tokens. Each attack below names the
// rule it breaks; a failing Flask token must answer exactly as a garbage Gatehouse token does.

const NEW_PASSWORD = 'amber-Falcon-93-river';

const mintFlask = mintFlaskToken;

/** `alg: none`: a header and payload, no signature. */
function unsigned(now: number, userId: number, type: FlaskType): string {
  const iat = Math.floor(now / 1000);
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part({ fresh: false, iat, jti: randomUUID(), type, sub: String(userId), nbf: iat, exp: iat + REFRESH_TTL })}.`;
}

const problem = (res: { statusCode: number; json(): any }) => ({ status: res.statusCode, code: res.json().code, detail: res.json().detail });

function harness(env: Record<string, string>) {
  const clock = perTestClock();
  const h = { clock, t: undefined as unknown as TestApp };
  beforeAll(async () => {
    h.t = await buildTestApp({ clock, env: { LEGACY_JWT_SECRET_KEY: FLASK_SECRET, REFRESH_RATE_LIMIT_MAX: '1000000', SELF_SERVICE_RATE_LIMIT_MAX: '100000', ...env } });
  });
  afterAll(async () => h.t.close());
  return h;
}

function helpers(h: { clock: ReturnType<typeof perTestClock>; t: TestApp }) {
  const app = () => h.t.app;
  return {
    flask: (userId: number, type: FlaskType, o?: FlaskOptions) => mintFlask(h.clock.now(), userId, type, o),
    /** A user the importer brought from Flask: registered here, with its `user_imports` row. */
    async imported(role: 'user' | 'admin' = 'user'): Promise<LoggedInUser> {
      const user = await registerAndLogin(app(), { role });
      await app().db.insertInto('user_imports').values({ user_id: user.id, source: 'flask', digest: 'f'.repeat(64), imported_at: h.clock.now() }).execute();
      return user;
    },
    refresh: (token: string) => app().inject({ method: 'POST', url: '/api/auth/refresh', headers: bearer(token) }),
    refreshInBody: (token: string) => app().inject({ method: 'POST', url: '/api/auth/refresh', payload: { refresh_token: token } }),
    me: (token: string) => app().inject({ method: 'GET', url: '/api/users/me', headers: bearer(token) }),
    logout: (token: string, payload?: object) => app().inject({ method: 'POST', url: '/api/auth/logout', headers: bearer(token), payload }),
    put: (token: string, id: number, payload: object) => app().inject({ method: 'PUT', url: `/api/users/${id}`, headers: bearer(token), payload }),
    legacySessions: async (jti: string) => app().db.selectFrom('sessions').selectAll().where('legacy_jti', '=', jti).execute(),
  };
}

describe(`Flask tokens (LEGACY_JWT_SECRET_KEY, rotation on) on ${backend}`, () => {
  const h = harness({ LEGACY_JWT_ACCEPT_ACCESS_TOKENS: 'true' });
  const { flask, imported, refresh, refreshInBody, me, logout, put, legacySessions } = helpers(h);
  const advance = (ms: number) => h.clock.advance(ms);
  const jtiOf = (token: string): string => JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()).jti;

  it('exchanges a live Flask refresh token (Bearer or body, sub a string or an integer) for a session that owns it', async () => {
    const alice = await imported();
    for (const [send, sub] of [[refresh, undefined], [refreshInBody, alice.id]] as const) {
      const token = await flask(alice.id, 'refresh', { sub });
      const res = await send(token);
      expect(res.statusCode).toBe(200);
      expect(res.json().token_type).toBe('Bearer');
      expect(res.json().refresh_token).not.toBe(token);
      expect((await me(res.json().access_token)).json().user.id).toBe(alice.id);
      expect(await legacySessions(jtiOf(token))).toHaveLength(1);
      // The Gatehouse refresh token it answered rotates like any other.
      expect((await refresh(res.json().refresh_token)).statusCode).toBe(200);
    }
  });

  it('answers every failing Flask token exactly as a garbage Gatehouse token, and opens no session for any', async () => {
    const garbageRefresh = problem(await refresh('garbage.token.value'));
    const garbageAccess = problem(await me('garbage.token.value'));
    expect(garbageRefresh).toMatchObject({ status: 401, code: 'invalid_token' });
    const admin = await registerAndLogin(h.t.app, { role: 'admin' });
    const now = h.clock.now();

    const cases: Array<[string, () => Promise<{ token: string; type: FlaskType }>]> = [
      ['forged (wrong key)', async () => ({ token: await flask((await imported()).id, 'refresh', { secret: 'another-secret-entirely-0123456789abcdef' }), type: 'refresh' })],
      ['expired', async () => ({ token: await flask((await imported()).id, 'refresh', { issuedAt: now - REFRESH_TTL * 1000 - 60_000 }), type: 'refresh' })],
      ['not yet valid (nbf)', async () => ({ token: await flask((await imported()).id, 'refresh', { nbfOffset: 3600 }), type: 'refresh' })],
      ['issued in the future', async () => ({ token: await flask((await imported()).id, 'refresh', { issuedAt: now + 3_600_000 }), type: 'refresh' })],
      ['blacklisted by the Flask service', async () => {
        const user = await imported();
        const jti = randomUUID();
        await h.t.app.db.insertInto('legacy_revoked_tokens').values({ jti, token_type: 'refresh', user_id: user.id, expires_at: now + REFRESH_TTL * 1000, revoked_at: now }).execute();
        return { token: await flask(user.id, 'refresh', { jti }), type: 'refresh' };
      }],
      ['an access token at refresh', async () => ({ token: await flask((await imported()).id, 'access'), type: 'refresh' })],
      ['a refresh token as Bearer', async () => ({ token: await flask((await imported()).id, 'refresh'), type: 'access' })],
      ['HS512 when HS256 is pinned', async () => ({ token: await flask((await imported()).id, 'refresh', { alg: 'HS512' }), type: 'refresh' })],
      ['alg none', async () => ({ token: unsigned(now, (await imported()).id, 'refresh'), type: 'refresh' })],
      ['a sub that is no user id', async () => ({ token: await flask((await imported()).id, 'refresh', { sub: 'alice' }), type: 'refresh' })],
      ['a deleted user', async () => {
        const user = await imported();
        const token = await flask(user.id, 'refresh');
        expect((await h.t.app.inject({ method: 'DELETE', url: `/api/users/${user.id}`, headers: bearer(admin.access) })).statusCode).toBe(204);
        return { token, type: 'refresh' };
      }],
      ['a deactivated user', async () => {
        const user = await imported();
        // Set in the row alone (no session ended): the rule refused here is "the user may act".
        await h.t.app.db.updateTable('users').set({ is_active: 0 }).where('id', '=', user.id).execute();
        return { token: await flask(user.id, 'refresh'), type: 'refresh' };
      }],
      ['a deactivated user, access token', async () => {
        const user = await imported();
        await h.t.app.db.updateTable('users').set({ is_active: 0 }).where('id', '=', user.id).execute();
        return { token: await flask(user.id, 'access'), type: 'access' };
      }],
      ['a native Gatehouse user with that id (never imported)', async () => ({ token: await flask((await registerAndLogin(h.t.app)).id, 'refresh'), type: 'refresh' })],
      ['a native Gatehouse user, access token', async () => ({ token: await flask((await registerAndLogin(h.t.app)).id, 'access'), type: 'access' })],
      ['a user imported from another source', async () => {
        const user = await registerAndLogin(h.t.app);
        await h.t.app.db.insertInto('user_imports').values({ user_id: user.id, source: 'jsonl', digest: 'f'.repeat(64), imported_at: now }).execute();
        return { token: await flask(user.id, 'refresh'), type: 'refresh' };
      }],
      ['issued before a password change', async () => {
        const user = await imported();
        const token = await flask(user.id, 'refresh');
        advance(1000);
        expect((await put(user.access, user.id, { password: NEW_PASSWORD, current_password: user.password })).statusCode).toBe(200);
        return { token, type: 'refresh' };
      }],
      ['an access token issued before a password change', async () => {
        const user = await imported();
        const token = await flask(user.id, 'access');
        advance(1000);
        expect((await put(user.access, user.id, { password: NEW_PASSWORD, current_password: user.password })).statusCode).toBe(200);
        return { token, type: 'access' };
      }],
    ];
    for (const [name, make] of cases) {
      const { token, type } = await make();
      const res = type === 'refresh' ? await refresh(token) : await me(token);
      expect(problem(res), name).toEqual(type === 'refresh' ? garbageRefresh : garbageAccess);
      expect(await legacySessions(jtiOf(token)), name).toHaveLength(0);
    }
  });

  it('accepts a Flask token issued after the password change that refused the earlier ones', async () => {
    const user = await imported();
    const before = await flask(user.id, 'refresh');
    advance(1000);
    expect((await put(user.access, user.id, { password: NEW_PASSWORD, current_password: user.password })).statusCode).toBe(200);
    advance(1000);
    expect((await refresh(before)).statusCode).toBe(401);
    expect((await refresh(await flask(user.id, 'refresh'))).statusCode).toBe(200);
  });

  it('refuses Flask tokens issued before "end all sessions", a password reset by an admin or a deactivation', async () => {
    const admin = await registerAndLogin(h.t.app, { role: 'admin' });
    const endAll = async (user: LoggedInUser) => expect((await h.t.app.inject({ method: 'DELETE', url: '/api/users/me/sessions', headers: bearer(user.access) })).statusCode).toBe(200);
    const adminEnds = async (user: LoggedInUser) => expect((await h.t.app.inject({ method: 'DELETE', url: `/api/users/${user.id}/sessions`, headers: bearer(admin.access) })).statusCode).toBe(200);
    const deactivateAndBack = async (user: LoggedInUser) => {
      expect((await put(admin.access, user.id, { is_active: false })).statusCode).toBe(200);
      expect((await put(admin.access, user.id, { is_active: true })).statusCode).toBe(200);
    };
    for (const end of [endAll, adminEnds, deactivateAndBack]) {
      const user = await imported();
      const token = await flask(user.id, 'refresh');
      advance(1000);
      await end(user);
      expect(problem(await refresh(token)), end.name).toMatchObject({ status: 401, code: 'invalid_token' });
      const row = await h.t.app.db.selectFrom('users').select('tokens_revoked_before').where('id', '=', user.id).executeTakeFirstOrThrow();
      expect(row.tokens_revoked_before, end.name).toBe(h.clock.now());
    }
  });

  it('opens exactly one session for one Flask token raced 20 times, round after round; every answer is 200', async () => {
    for (let round = 0; round < 5; round++) {
      const user = await imported();
      const token = await flask(user.id, 'refresh');
      const answers = await Promise.all(Array.from({ length: 20 }, () => refresh(token)));
      expect(answers.map((a) => a.statusCode), `round ${round}`).toEqual(Array(20).fill(200));
      const sessions = await legacySessions(jtiOf(token));
      expect(sessions, `round ${round}`).toHaveLength(1);
      const sids = new Set(answers.map((a) => JSON.parse(Buffer.from(a.json().access_token.split('.')[1], 'base64url').toString()).sid));
      expect([...sids], `round ${round}`).toEqual([sessions[0]?.id]);
      expect((await me(answers[19]?.json().access_token)).statusCode).toBe(200);
    }
  });

  it('leaves no session opened by a Flask token issued before a password change it raced, round after round', async () => {
    for (let round = 0; round < 5; round++) {
      const user = await imported();
      const tokens = await Promise.all(Array.from({ length: 10 }, () => flask(user.id, 'refresh')));
      advance(1000);
      const exchanges = tokens.map((token) => refresh(token));
      const change = await put(user.access, user.id, { password: NEW_PASSWORD, current_password: user.password });
      expect(change.statusCode, `round ${round}`).toBe(200);
      const answers = await Promise.all(exchanges);
      for (const answer of answers.filter((a) => a.statusCode === 200)) expect((await me(answer.json().access_token)).statusCode, `round ${round}`).toBe(401);
      for (const token of tokens) {
        const live = (await legacySessions(jtiOf(token))).filter((s) => s.revoked_at === null);
        expect(live, `round ${round}`).toEqual([]);
        expect((await refresh(token)).statusCode, `round ${round}`).toBe(401);
      }
    }
  });

  it('refuses an exchange whose token a password change made stale after it was verified (the user row is re-read, locked)', async () => {
    for (let round = 0; round < 3; round++) {
      const user = await imported();
      const token = await flask(user.id, 'refresh');
      advance(1000);
      // The exchange verified the token; its transaction waits while the password change commits.
      const hold = holdNextWriteTransaction(h.t);
      const exchange = refresh(token);
      await hold.waitUntilHeld();
      vi.restoreAllMocks();
      expect((await put(user.access, user.id, { password: NEW_PASSWORD, current_password: user.password })).statusCode).toBe(200);
      hold.release();
      expect(problem(await exchange), `round ${round}`).toMatchObject({ status: 401, code: 'invalid_token' });
      expect(await legacySessions(jtiOf(token)), `round ${round}`).toEqual([]);
    }
  });

  it('answers the session again within the grace window; after it, the Flask token is reuse and the session dies', async () => {
    const user = await imported();
    const token = await flask(user.id, 'refresh');
    const first = await refresh(token);
    expect(first.statusCode).toBe(200);
    advance(5_000);
    expect((await refresh(token)).statusCode).toBe(200);
    advance(6_000);
    const reused = await refresh(token);
    expect(problem(reused)).toMatchObject({ status: 401, code: 'refresh_reused' });
    expect((await me(first.json().access_token)).statusCode).toBe(401);
    expect((await refresh(token)).statusCode).toBe(401);
    expect(await legacySessions(jtiOf(token))).toHaveLength(1);
  });

  it('lets a Flask access token read with the role stored now, never reach admin routes as a user, and die at logout', async () => {
    const user = await imported();
    const token = await flask(user.id, 'access');
    const read = await me(token);
    expect(read.statusCode).toBe(200);
    expect(read.json().user).toMatchObject({ id: user.id, role: 'user' });
    expect((await h.t.app.inject({ method: 'GET', url: '/api/users', headers: bearer(token) })).statusCode).toBe(403);
    // No session: none of the user's sessions is the current one.
    const listed = await h.t.app.inject({ method: 'GET', url: '/api/users/me/sessions', headers: bearer(token) });
    expect(listed.statusCode).toBe(200);
    expect(listed.json().sessions.some((s: { current: boolean }) => s.current)).toBe(false);
    // What is bound to a session needs one.
    const emailChange = await put(token, user.id, { email: `new-${user.email}`, current_password: user.password });
    expect(problem(emailChange)).toMatchObject({ status: 403, code: 'forbidden' });
    expect((await h.t.app.inject({ method: 'POST', url: '/api/users/me/mfa/totp', headers: bearer(token), payload: { current_password: user.password } })).statusCode).toBe(403);

    await h.t.app.db.updateTable('users').set({ role: 'admin' }).where('id', '=', user.id).execute();
    expect((await me(token)).json().user.role).toBe('admin');
    expect((await h.t.app.inject({ method: 'GET', url: '/api/users', headers: bearer(token) })).statusCode).toBe(200);
    await h.t.app.db.updateTable('users').set({ role: 'user' }).where('id', '=', user.id).execute();
    expect((await h.t.app.inject({ method: 'GET', url: '/api/users', headers: bearer(token) })).statusCode).toBe(403);

    expect((await logout(token)).statusCode).toBe(200);
    expect(problem(await me(token))).toEqual(problem(await me('garbage.token.value')));
    const row = await h.t.app.db.selectFrom('legacy_revoked_tokens').selectAll().where('jti', '=', jtiOf(token)).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ token_type: 'access', user_id: user.id });
    // The user's own Gatehouse session is untouched.
    expect((await me(user.access)).statusCode).toBe(200);
  });

  it('ends every session, and the Flask access token itself, at a password change made through it', async () => {
    const user = await imported();
    const token = await flask(user.id, 'access');
    advance(1000);
    expect((await put(token, user.id, { password: NEW_PASSWORD, current_password: user.password })).statusCode).toBe(200);
    expect((await me(user.access)).statusCode).toBe(401);
    expect(problem(await me(token))).toEqual(problem(await me('garbage.token.value')));
  });

  it('lets a Flask access token expire', async () => {
    const user = await imported();
    const token = await flask(user.id, 'access');
    expect((await me(token)).statusCode).toBe(200);
    advance((ACCESS_TTL + 10) * 1000);
    expect(problem(await me(token))).toEqual(problem(await me('garbage.token.value')));
  });

  it('ends, at logout, the session that owns a Flask refresh token of the caller, and blacklists it', async () => {
    const user = await imported();
    const token = await flask(user.id, 'refresh');
    const exchanged = await refresh(token);
    expect(exchanged.statusCode).toBe(200);
    expect((await logout(user.access, { refresh_token: token })).statusCode).toBe(200);
    expect((await me(exchanged.json().access_token)).statusCode).toBe(401);
    expect((await refresh(token)).statusCode).toBe(401);

    // Someone else's Flask token is ignored.
    const other = await imported();
    const theirs = await flask(other.id, 'refresh');
    const theirSession = await refresh(theirs);
    const mine = await imported();
    expect((await logout(mine.access, { refresh_token: theirs })).statusCode).toBe(200);
    expect((await me(theirSession.json().access_token)).statusCode).toBe(200);
  });

  it('purges blacklist rows of expired tokens, and keeps the live ones', async () => {
    const now = h.clock.now();
    const expired = randomUUID();
    const live = randomUUID();
    await h.t.app.db.insertInto('legacy_revoked_tokens').values([
      { jti: expired, token_type: 'access', user_id: null, expires_at: now - 1, revoked_at: now - 10_000 },
      { jti: live, token_type: 'refresh', user_id: null, expires_at: now + 60_000, revoked_at: now },
    ]).execute();
    const purged = await purgeExpired(h.t.app.db, h.t.config, now);
    expect(purged.legacyRevokedTokens).toBeGreaterThanOrEqual(1);
    const left = (await h.t.app.db.selectFrom('legacy_revoked_tokens').select('jti').where('jti', 'in', [expired, live]).execute()).map((r) => r.jti);
    expect(left).toEqual([live]);
  });
});

describe(`REFRESH_TOKEN_ROTATION=false on ${backend}`, () => {
  const h = harness({ REFRESH_TOKEN_ROTATION: 'false' });
  const { flask, imported, refresh, me, logout, put, legacySessions } = helpers(h);

  it('refreshes with the same Gatehouse refresh token again and again, then refuses it after logout', async () => {
    const user = await registerAndLogin(h.t.app);
    for (let i = 0; i < 3; i++) {
      h.clock.advance(60_000);
      const res = await refresh(user.refresh);
      expect(res.statusCode).toBe(200);
      expect(res.json().refresh_token).toBe(user.refresh);
      expect((await me(res.json().access_token)).statusCode).toBe(200);
    }
    expect((await logout(user.access)).statusCode).toBe(200);
    expect((await refresh(user.refresh)).statusCode).toBe(401);
  });

  it('refuses the kept refresh token once an admin ends the user\'s sessions', async () => {
    const admin = await registerAndLogin(h.t.app, { role: 'admin' });
    const user = await registerAndLogin(h.t.app);
    expect((await refresh(user.refresh)).statusCode).toBe(200);
    expect((await h.t.app.inject({ method: 'DELETE', url: `/api/users/${user.id}/sessions`, headers: bearer(admin.access) })).statusCode).toBe(200);
    expect((await refresh(user.refresh)).statusCode).toBe(401);
  });

  it('refuses a refresh token that rotation retired, without calling it reuse', async () => {
    const user = await registerAndLogin(h.t.app);
    await h.t.app.db.updateTable('sessions').set({ refresh_jti: randomUUID() }).where('user_id', '=', user.id).execute();
    expect(problem(await refresh(user.refresh))).toMatchObject({ status: 401, code: 'token_revoked' });
  });

  it('ends the other sessions of a password change: their kept refresh tokens stop', async () => {
    const user = await registerAndLogin(h.t.app);
    const second = (await h.t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: user.username, password: user.password } })).json();
    expect((await refresh(second.refresh_token)).statusCode).toBe(200);
    expect((await put(user.access, user.id, { password: NEW_PASSWORD, current_password: user.password })).statusCode).toBe(200);
    expect((await refresh(second.refresh_token)).statusCode).toBe(401);
    expect((await refresh(user.refresh)).statusCode).toBe(200);
  });

  it('keeps a Flask refresh token refreshing its one session until logout', async () => {
    const user = await imported();
    const token = await flask(user.id, 'refresh');
    let access = '';
    for (let i = 0; i < 3; i++) {
      h.clock.advance(60_000);
      const res = await refresh(token);
      expect(res.statusCode).toBe(200);
      expect(res.json().refresh_token).toBe(token);
      access = res.json().access_token;
      expect((await me(access)).statusCode).toBe(200);
    }
    expect(await legacySessions(JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()).jti)).toHaveLength(1);
    expect((await logout(access)).statusCode).toBe(200);
    expect((await refresh(token)).statusCode).toBe(401);
  });

  it('keeps a Flask refresh token only until it expires', async () => {
    const user = await imported();
    const token = await flask(user.id, 'refresh', { ttl: 3600 });
    expect((await refresh(token)).statusCode).toBe(200);
    h.clock.advance(3_000_000);
    expect((await refresh(token)).statusCode).toBe(200);
    h.clock.advance(700_000);
    expect(problem(await refresh(token))).toMatchObject({ status: 401, code: 'invalid_token' });
  });

  it('races one Flask token 20 times into one session, every answer 200 with the same token', async () => {
    const user = await imported();
    const token = await flask(user.id, 'refresh');
    const answers = await Promise.all(Array.from({ length: 20 }, () => refresh(token)));
    expect(answers.map((a) => a.statusCode)).toEqual(Array(20).fill(200));
    expect(answers.every((a) => a.json().refresh_token === token)).toBe(true);
    expect(await legacySessions(JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()).jti)).toHaveLength(1);
  });
});

describe(`without LEGACY_JWT_SECRET_KEY on ${backend}`, () => {
  const clock = perTestClock();
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ clock });
  });
  afterAll(async () => t.close());

  it('accepts no Flask token', async () => {
    const user = await registerAndLogin(t.app);
    await t.app.db.insertInto('user_imports').values({ user_id: user.id, source: 'flask', digest: 'f'.repeat(64), imported_at: clock.now() }).execute();
    const token = await mintFlask(clock.now(), user.id, 'refresh');
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/refresh', headers: bearer(token) });
    expect(problem(res)).toMatchObject({ status: 401, code: 'invalid_token' });
  });
});
