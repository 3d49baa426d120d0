import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { backend, bearer, buildTestApp, perTestClock, registerAndLogin, type TestApp } from '../helper.js';
import { FLASK_SECRET, mintFlaskToken } from '../flask-tokens.js';
import { holdNextWriteTransaction } from './hold-checks.js';

// Attack: the owner logs out with their Flask refresh token (it is blacklisted, and the session that owns it
// ends) while a thief exchanges the same stolen token. The thief's exchange verified the token before the
// blacklist row existed; its session opens after logout found none to end: a live session for a logged-out token.


const mintFlaskRefresh = (now: number, userId: number): Promise<string> => mintFlaskToken(now, userId, 'refresh');

const jtiOf = (token: string): string => JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()).jti;

for (const rotation of ['true', 'false']) {
  describe(`a Flask exchange racing the owner's logout of that token (rotation ${rotation}) on ${backend}`, () => {
    const clock = perTestClock();
    let t: TestApp;
    beforeAll(async () => {
      t = await buildTestApp({ clock, env: { LEGACY_JWT_SECRET_KEY: FLASK_SECRET, REFRESH_TOKEN_ROTATION: rotation, REFRESH_RATE_LIMIT_MAX: '1000000' } });
    });
    afterAll(async () => t.close());

    it('leaves no live session owning a token that was logged out', async () => {
      for (let round = 0; round < 3; round++) {
        const user = await registerAndLogin(t.app);
        await t.app.db.insertInto('user_imports').values({ user_id: user.id, source: 'flask', digest: 'f'.repeat(64), imported_at: clock.now() }).execute();
        const token = await mintFlaskRefresh(clock.now(), user.id);
        // The thief's exchange verified the token; its transaction waits while the owner logs out.
        const hold = holdNextWriteTransaction(t);
        const exchange = t.app.inject({ method: 'POST', url: '/api/auth/refresh', headers: bearer(token) });
        await hold.waitUntilHeld();
        vi.restoreAllMocks();
        const logout = t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: bearer(user.access), payload: { refresh_token: token } });
        // Let the logout run as far as it can before the exchange goes on.
        await new Promise((resolve) => setTimeout(resolve, 50));
        hold.release();
        expect((await logout).statusCode, `round ${round}`).toBe(200);
        const answer = await exchange;
        if (answer.statusCode === 200) {
          expect((await t.app.inject({ method: 'GET', url: '/api/users/me', headers: bearer(answer.json().access_token) })).statusCode, `round ${round}`).toBe(401);
        }
        const live = await t.app.db.selectFrom('sessions').select('id').where('legacy_jti', '=', jtiOf(token)).where('revoked_at', 'is', null).execute();
        expect(live, `round ${round}`).toEqual([]);
        expect((await t.app.inject({ method: 'POST', url: '/api/auth/refresh', headers: bearer(token) })).statusCode, `round ${round}`).toBe(401);
      }
    });
  });
}
