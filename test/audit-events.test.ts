import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS } from '../src/admin/audit-actions.js';
import type { PublicAuditEvent } from '../src/schemas/audit.js';
import { purgeExpired } from '../src/account/purge.js';
import { backend, bearer, buildTestApp, loginUser, manualClock, PASSWORD, registerAndLogin, registerUser, type TestApp, sessionIdOf } from './helper.js';

type Event = PublicAuditEvent;

describe(`audit events: stored with their changes, queryable, on ${backend}`, () => {
  const clock = manualClock(Date.UTC(2026, 5, 1));
  let t: TestApp;
  let admin: Awaited<ReturnType<typeof registerAndLogin>>;

  beforeAll(async () => {
    t = await buildTestApp({ clock, env: { MAX_FAILED_LOGINS: '3' } });
    admin = await registerAndLogin(t.app, { role: 'admin' });
  });
  afterAll(() => t.close());

  const get = (url: string, token: string) => t.app.inject({ method: 'GET', url, headers: bearer(token) });
  const eventsOf = async (query: string, token = admin.access): Promise<{ events: Event[]; next: number | null }> => {
    const res = await get(`/api/admin/audit?${query}`, token);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };

  it('records a registration and a login with the client, the request id and the session; a failed login anonymously', async () => {
    const headers = { 'user-agent': 'audit-test-agent/1.0', 'x-request-id': 'req-audit-register' };
    const registered = await t.app.inject({ method: 'POST', url: '/api/auth/register', headers, payload: { username: 'audit_reg', email: 'audit_reg@example.com', password: PASSWORD } });
    expect(registered.statusCode).toBe(201);
    const id = registered.json().user.id as number;
    const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { ...headers, 'x-request-id': 'req-audit-login' }, payload: { username: 'audit_reg', password: PASSWORD } });
    expect(login.statusCode).toBe(200);
    const wrong = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { ...headers, 'x-request-id': 'req-audit-wrong' }, payload: { username: 'audit_reg', password: 'not-the-password-1' } });
    expect(wrong.statusCode).toBe(401);

    const { events } = await eventsOf(`target=${id}`);
    expect(events.map((e) => e.action)).toEqual(['login_failed', 'login_succeeded', 'user_registered']);
    const [failed, succeeded, created] = events as [Event, Event, Event];
    expect(created).toMatchObject({ actor_id: id, target_user_id: id, user_agent: 'audit-test-agent/1.0', request_id: 'req-audit-register', details: { role: 'user' } });
    expect(created.ip).toBeTruthy();
    const session = await t.app.db.selectFrom('sessions').select('id').where('user_id', '=', id).executeTakeFirstOrThrow();
    expect(succeeded).toMatchObject({ actor_id: id, target_user_id: id, session_id: session.id, request_id: 'req-audit-login', details: { via: 'password' } });
    expect(failed).toMatchObject({ actor_id: null, target_user_id: id, session_id: null, request_id: 'req-audit-wrong', details: { attempts: 1, via: 'login' } });
    expect(new Date(created.at).getTime()).toBe(clock.now());
  });

  it('an admin\'s change names the admin, the target, the admin\'s session; a refused change leaves no event', async () => {
    const bob = await registerUser(t.app);
    expect((await t.app.inject({ method: 'PUT', url: `/api/users/${bob.id}`, headers: bearer(admin.access), payload: { role: 'admin' } })).statusCode).toBe(200);
    // Refused: taken username (409), nothing changes, nothing is recorded.
    const taken = await t.app.inject({ method: 'PUT', url: `/api/users/${bob.id}`, headers: bearer(admin.access), payload: { username: admin.username } });
    expect(taken.statusCode).toBe(409);
    const { events } = await eventsOf(`target=${bob.id}`);
    expect(events.map((e) => e.action)).toEqual(['role_changed', 'user_registered']);
    const adminSession = sessionIdOf(admin.access);
    expect(events[0]).toMatchObject({ actor_id: admin.id, target_user_id: bob.id, session_id: adminSession, details: { from: 'user', to: 'admin' } });
  });

  it('an event exists exactly when its change does: a failing audit insert rolls the change back', async () => {
    const carol = await registerUser(t.app);
    if (backend === 'postgres') {
      await sql`CREATE FUNCTION refuse_role_audit() RETURNS trigger AS $$ BEGIN IF NEW.action = 'role_changed' THEN RAISE EXCEPTION 'refused by the test'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`.execute(t.app.db);
      await sql`CREATE TRIGGER refuse_role_audit BEFORE INSERT ON audit_events FOR EACH ROW EXECUTE FUNCTION refuse_role_audit()`.execute(t.app.db);
    } else {
      await sql`CREATE TRIGGER refuse_role_audit BEFORE INSERT ON audit_events WHEN NEW.action = 'role_changed' BEGIN SELECT RAISE(ABORT, 'refused by the test'); END`.execute(t.app.db);
    }
    try {
      const res = await t.app.inject({ method: 'PUT', url: `/api/users/${carol.id}`, headers: bearer(admin.access), payload: { role: 'admin' } });
      expect(res.statusCode).toBe(500);
    } finally {
      await sql`DROP TRIGGER refuse_role_audit${sql.raw(backend === 'postgres' ? ' ON audit_events' : '')}`.execute(t.app.db);
      if (backend === 'postgres') await sql`DROP FUNCTION refuse_role_audit()`.execute(t.app.db);
    }
    const row = await t.app.db.selectFrom('users').select('role').where('id', '=', carol.id).executeTakeFirstOrThrow();
    expect(row.role).toBe('user');
    expect((await eventsOf(`target=${carol.id}&action=role_changed`)).events).toEqual([]);
  });

  it('filters combine; keyset pages newest first cover every match exactly once', async () => {
    const dave = await registerAndLogin(t.app);
    const start = clock.now();
    for (let i = 0; i < 7; i++) {
      clock.advance(60_000);
      expect((await loginUser(t.app, { username: dave.username, password: PASSWORD })).statusCode).toBe(200);
    }
    const seen: Event[] = [];
    let after: number | null = null;
    do {
      const page: { events: Event[]; next: number | null } = await eventsOf(`action=login_succeeded&target=${dave.id}&per_page=3${after === null ? '' : `&after=${after}`}`);
      expect(page.events.length).toBeLessThanOrEqual(3);
      seen.push(...page.events);
      after = page.next;
    } while (after !== null);
    expect(seen).toHaveLength(8);
    expect(new Set(seen.map((e) => e.id)).size).toBe(8);
    expect(seen.map((e) => e.id)).toEqual([...seen.map((e) => e.id)].sort((a, b) => b - a));
    expect(seen.every((e) => e.action === 'login_succeeded' && e.target_user_id === dave.id)).toBe(true);

    // since inclusive, until exclusive.
    const since = new Date(start + 2 * 60_000).toISOString();
    const until = new Date(start + 5 * 60_000).toISOString();
    const window = await eventsOf(`target=${dave.id}&action=login_succeeded&since=${since}&until=${until}`);
    expect(window.events.map((e) => e.at)).toEqual([start + 4 * 60_000, start + 3 * 60_000, start + 2 * 60_000].map((at) => new Date(at).toISOString()));
    // The actor filter: dave acted on his own logins; the admin on none of them.
    expect((await eventsOf(`actor=${dave.id}&target=${dave.id}&action=login_succeeded`)).events).toHaveLength(8);
    expect((await eventsOf(`actor=${admin.id}&target=${dave.id}`)).events).toEqual([]);
  });

  it('refuses bad queries with 400 problem+json, and the log to non-admins (403) and strangers (401)', async () => {
    for (const query of ['per_page=0', 'per_page=201', 'after=0', 'after=x', 'since=yesterday', 'actor=-1', 'target=abc', 'action=DROP%20TABLE', 'unknown=1']) {
      const res = await get(`/api/admin/audit?${query}`, admin.access);
      expect(res.statusCode, query).toBe(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.json().code).toBe('validation_failed');
    }
    const erin = await registerAndLogin(t.app);
    expect((await get('/api/admin/audit', erin.access)).statusCode).toBe(403);
    expect((await get(`/api/users/${erin.id}/audit`, erin.access)).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/admin/audit' })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/users/me/audit' })).statusCode).toBe(401);
  });

  it('a user sees their own history only: sign-ins and failures, password change, with ip and user agent', async () => {
    const frank = await registerAndLogin(t.app);
    const grace = await registerAndLogin(t.app);
    expect((await loginUser(t.app, { username: frank.username, password: 'wrong-password-77' })).statusCode).toBe(401);
    const changed = await t.app.inject({ method: 'PUT', url: `/api/users/${frank.id}`, headers: { ...bearer(frank.access), 'user-agent': 'frank-browser' }, payload: { password: 'new-Harbor-58-lantern', current_password: PASSWORD } });
    expect(changed.statusCode).toBe(200);
    const own = await get('/api/users/me/audit', frank.access);
    expect(own.statusCode).toBe(200);
    const events = own.json().events as Event[];
    expect(events.map((e) => e.action)).toEqual(['password_changed', 'login_failed', 'login_succeeded', 'user_registered']);
    expect(events.every((e) => e.target_user_id === frank.id)).toBe(true);
    expect(events[0]).toMatchObject({ actor_id: frank.id, user_agent: 'frank-browser' });
    // Grace's history holds nothing of Frank's, and a target filter cannot widen it (not accepted there).
    const graces = (await get('/api/users/me/audit', grace.access)).json().events as Event[];
    expect(graces.every((e) => e.target_user_id === grace.id)).toBe(true);
    expect((await get(`/api/users/me/audit?target=${frank.id}`, grace.access)).statusCode).toBe(400);
    // The admin reads Frank's history at /api/users/:id/audit: the same events.
    const forAdmin = (await get(`/api/users/${frank.id}/audit`, admin.access)).json().events as Event[];
    expect(forAdmin.map((e) => e.id)).toEqual(events.map((e) => e.id));
  });

  it('a deleted user\'s history stays, ending with its deletion by the admin', async () => {
    const gone = await registerUser(t.app);
    expect((await t.app.inject({ method: 'DELETE', url: `/api/users/${gone.id}`, headers: bearer(admin.access) })).statusCode).toBe(204);
    const events = (await get(`/api/users/${gone.id}/audit`, admin.access)).json().events as Event[];
    expect(events.map((e) => e.action)).toEqual(['user_deleted', 'user_registered']);
    expect(events[0]).toMatchObject({ actor_id: admin.id, target_user_id: gone.id, details: { username: gone.username } });
  });

  it('never stores a password, hash, token or code: every event of the flows above and a lockout', async () => {
    const henry = await registerAndLogin(t.app);
    for (let i = 0; i < 3; i++) await loginUser(t.app, { username: henry.username, password: `guess-${i}-wrong-pass` });
    const rows = await t.app.db.selectFrom('audit_events').selectAll().execute();
    expect(rows.some((r) => r.action === 'account_locked' && r.target_user_id === henry.id)).toBe(true);
    const stored = JSON.stringify(rows);
    for (const secret of [PASSWORD, 'new-Harbor-58-lantern', 'wrong-password-77', 'guess-0-wrong-pass', henry.access, henry.refresh, admin.access, '$argon2', '$2b$']) {
      expect(stored).not.toContain(secret);
    }
    // Only the actions of the one table are ever written.
    expect(rows.every((r) => Object.hasOwn(AUDIT_ACTIONS, r.action))).toBe(true);
  });

  it('a header of any size is stored clipped', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/register', headers: { 'user-agent': 'x'.repeat(5000), 'x-request-id': 'req-long-agent' }, payload: { username: 'audit_long', email: 'audit_long@example.com', password: PASSWORD } });
    expect(res.statusCode).toBe(201);
    const [event] = (await eventsOf(`target=${res.json().user.id}`)).events as [Event];
    expect(event.user_agent).toHaveLength(512);
  });

  it('the purge forgets events older than AUDIT_RETENTION_DAYS and keeps the rest', async () => {
    const ivy = await registerUser(t.app);
    clock.advance(10 * 86_400_000);
    const jack = await registerUser(t.app);
    const config = { ...t.config, audit: { retentionDays: 5 } };
    const purged = await purgeExpired(t.app.db, config, clock.now());
    expect(purged.auditEvents).toBeGreaterThan(0);
    const left = (id: number) => t.app.db.selectFrom('audit_events').select('action').where('target_user_id', '=', id).execute();
    expect(await left(ivy.id)).toEqual([]);
    expect(await left(jack.id)).toEqual([{ action: 'user_registered' }]);
  });
});

describe(`audit events under races on ${backend}`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  it('racing logins and logouts: one login_succeeded per session opened, one logout per session ended (8 rounds)', async () => {
    for (let round = 0; round < 8; round++) {
      const user = await registerUser(t.app);
      const logins = await Promise.all(Array.from({ length: 6 }, () => loginUser(t.app, { username: user.username, password: PASSWORD })));
      const tokens = logins.filter((res) => res.statusCode === 200).map((res) => res.json().access_token as string);
      // Two logouts of each session race: one ends it.
      await Promise.all(tokens.flatMap((token) => [0, 1].map(() => t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: bearer(token) }))));
      const sessions = await t.app.db.selectFrom('sessions').select(['id', 'revoked_at']).where('user_id', '=', user.id).execute();
      const events = await t.app.db.selectFrom('audit_events').select(['action', 'session_id']).where('target_user_id', '=', user.id).execute();
      const opened = events.filter((e) => e.action === 'login_succeeded').map((e) => e.session_id).sort();
      const ended = events.filter((e) => e.action === 'logout').map((e) => e.session_id).sort();
      expect(opened, `round ${round}`).toEqual(sessions.map((s) => s.id).sort());
      expect(ended, `round ${round}`).toEqual(sessions.filter((s) => s.revoked_at !== null).map((s) => s.id).sort());
      expect(ended).toHaveLength(tokens.length);
    }
  });

  it('two admins deleting one user at once: one deletion, one event (8 rounds)', async () => {
    const first = await registerAndLogin(t.app, { role: 'admin' });
    const second = await registerAndLogin(t.app, { role: 'admin' });
    for (let round = 0; round < 8; round++) {
      const victim = await registerUser(t.app);
      const answers = await Promise.all([first, second].map((a) => t.app.inject({ method: 'DELETE', url: `/api/users/${victim.id}`, headers: bearer(a.access) })));
      expect(answers.map((res) => res.statusCode).sort()).toEqual([204, 404]);
      const deletions = await t.app.db.selectFrom('audit_events').select('actor_id').where('action', '=', 'user_deleted').where('target_user_id', '=', victim.id).execute();
      expect(deletions, `round ${round}`).toHaveLength(1);
    }
  });
});

describe('audit actions: one table, documented', () => {
  it('docs/audit.md lists exactly the actions of AUDIT_ACTIONS, with their webhooks', () => {
    const doc = readFileSync(new URL('../docs/audit.md', import.meta.url), 'utf8');
    const listed = [...doc.matchAll(/^\| `([a-z_]+)` \| .* \| (?:`([a-z_.]+)`)? \|$/gm)].map((m) => [m[1], m[2] ?? null]);
    expect(listed).toEqual(Object.entries(AUDIT_ACTIONS).map(([action, { webhook }]) => [action, webhook]));
  });

});
