import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backend, bearer, buildTestApp, perTestClock, PASSWORD, registerAndLogin, type TestApp, uniqueIdentity } from './helper.js';

// Invariants under 50 requests racing at once, several rounds each: the database decides, never the timing.

const RACERS = 50;
const ROUNDS = 4;
const GRACE_SECONDS = 10;

const claimsOf = (token: string): Record<string, unknown> => JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString());

describe(`concurrency invariants on ${backend}`, () => {
  let t: TestApp;
  const clock = perTestClock(Date.now());
  beforeAll(async () => {
    t = await buildTestApp({
      clock,
      env: {
        AUTH_RATE_LIMIT_MAX: '1000000',
        REFRESH_RATE_LIMIT_MAX: '1000000',
        SELF_SERVICE_RATE_LIMIT_MAX: '1000000',
        REFRESH_REUSE_GRACE: String(GRACE_SECONDS),
        MAX_EVENT_LOOP_DELAY: '0',
      },
    });
  });
  afterAll(async () => t.close());

  const register = (body: { username: string; email: string; password: string }) => t.app.inject({ method: 'POST', url: '/api/auth/register', payload: body });
  const refresh = (token: string) => t.app.inject({ method: 'POST', url: '/api/auth/refresh', headers: bearer(token) });
  const usersWhere = (column: 'username' | 'email', value: string) => t.app.db.selectFrom('users').select('id').where(column, '=', value).execute();

  /** Exactly one 201; every other answer is 409 with `code`; one row holds the contested value. */
  function expectOneWinner(answers: { statusCode: number; json(): { code?: string } }[], code: string): void {
    const outcomes = answers.map((a) => (a.statusCode === 201 ? '201' : `${a.statusCode} ${a.json().code}`));
    expect(outcomes.filter((o) => o === '201'), outcomes.join(', ')).toHaveLength(1);
    expect(outcomes.filter((o) => o !== '201'), outcomes.join(', ')).toEqual(Array(RACERS - 1).fill(`409 ${code}`));
  }

  it(`lets one of ${RACERS} concurrent registrations of one username through (different emails), round after round`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { username } = uniqueIdentity('race');
      const answers = await Promise.all(Array.from({ length: RACERS }, (_, i) => register({ username, email: `${username}_${i}@example.com`, password: PASSWORD })));
      expectOneWinner(answers, 'username_taken');
      expect(await usersWhere('username', username)).toHaveLength(1);
    }
  }, 60_000);

  it(`treats usernames case-insensitively under the race too`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { username } = uniqueIdentity('case');
      // Every racer spells it differently: Case1_ab, cASE1_AB, ...
      const spelling = (i: number) => [...username].map((c, j) => ((i >> (j % 6)) & 1 ? c.toUpperCase() : c.toLowerCase())).join('');
      const answers = await Promise.all(Array.from({ length: RACERS }, (_, i) => register({ username: spelling(i), email: `${username}_${i}@example.com`, password: PASSWORD })));
      expectOneWinner(answers, 'username_taken');
      const rows = await t.app.db.selectFrom('users').select('username').where((eb) => eb(eb.fn('lower', ['username']), '=', username.toLowerCase())).execute();
      expect(rows).toHaveLength(1);
    }
  }, 60_000);

  it(`lets one of ${RACERS} concurrent registrations of one email through (different usernames, any letter case), round after round`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { email } = uniqueIdentity('mail');
      const answers = await Promise.all(Array.from({ length: RACERS }, (_, i) => register({ username: `mail_racer_${round}_${i}_${Date.now() % 100000}`, email: i % 2 ? email.toUpperCase() : email, password: PASSWORD })));
      expectOneWinner(answers, 'email_taken');
      expect(await usersWhere('email', email)).toHaveLength(1);
    }
  }, 60_000);

  it(`rotates a refresh token exactly once when ${RACERS} refreshes race; the rest get the same current tokens`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const user = await registerAndLogin(t.app);
      const { sid, jti: originalJti } = claimsOf(user.refresh);
      const answers = await Promise.all(Array.from({ length: RACERS }, () => refresh(user.refresh)));

      // Every racer is answered 200: one rotated, the others landed in the grace window.
      expect(answers.map((a) => a.statusCode)).toEqual(Array(RACERS).fill(200));
      const bodies = answers.map((a) => a.json() as { access_token: string; refresh_token: string });
      // One refresh token for all of them, of the session's current generation, in the one session.
      const refreshTokens = new Set(bodies.map((b) => b.refresh_token));
      expect(refreshTokens.size).toBe(1);
      const current = [...refreshTokens][0] as string;
      expect(claimsOf(current)).toMatchObject({ sid, type: 'refresh' });
      expect(new Set(bodies.map((b) => claimsOf(b.access_token).sid))).toEqual(new Set([sid]));

      const sessions = await t.app.db.selectFrom('sessions').selectAll().where('user_id', '=', user.id).execute();
      expect(sessions).toHaveLength(1);
      const [session] = sessions;
      expect(session).toMatchObject({ id: sid, refresh_jti: claimsOf(current).jti, previous_refresh_jti: originalJti, revoked_at: null });
      // Exactly one rotation: the generation before the current one is the token the racers presented.
      expect(claimsOf(current).jti).not.toBe(originalJti);

      const live = await t.app.inject({ method: 'GET', url: '/api/users/me', headers: bearer(bodies[0]?.access_token ?? '') });
      expect(live.statusCode).toBe(200);

      // Past the grace window the old token is reuse: the whole family dies, the current tokens with it.
      clock.advance((GRACE_SECONDS + 1) * 1000);
      const reuse = await refresh(user.refresh);
      expect(reuse.statusCode).toBe(401);
      expect(reuse.json().code).toBe('refresh_reused');
      const afterReuse = await refresh(current);
      expect(afterReuse.statusCode).toBe(401);
      expect(afterReuse.json().code).toBe('token_revoked');
      for (const body of bodies.slice(0, 5)) {
        const me = await t.app.inject({ method: 'GET', url: '/api/users/me', headers: bearer(body.access_token) });
        expect(me.statusCode).toBe(401);
        expect(me.json().code).toBe('token_revoked');
      }
      expect(await t.app.db.selectFrom('sessions').select(['revoked_at', 'revoked_reason']).where('id', '=', String(sid)).executeTakeFirstOrThrow()).toEqual({ revoked_at: clock.now(), revoked_reason: 'refresh_reused' });
    }
  }, 60_000);
});
