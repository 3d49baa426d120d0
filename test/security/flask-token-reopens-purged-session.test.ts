import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { purgeExpired } from '../../src/account/purge.js';
import { backend, bearer, buildTestApp, perTestClock, registerAndLogin, type TestApp } from '../helper.js';
import { FLASK_SECRET, mintFlaskToken } from '../flask-tokens.js';

// Attack: a stolen Flask refresh token whose session was ended (reuse detected, the owner ended it, logout of
// the Gatehouse session) waits until Gatehouse's own session expires and is purged, then is exchanged again:
// with no row left owning its jti, it would open a second, fresh session. The Flask app's refresh tokens may
// live longer than Gatehouse's sessions (JWT_REFRESH_TOKEN_EXPIRES shorter than Flask's), so this is reachable.

const DAY = 86_400_000;

const mintFlaskRefresh = (now: number, userId: number, ttl: number): Promise<string> => mintFlaskToken(now, userId, 'refresh', { ttl });

const jtiOf = (token: string): string => JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()).jti;

for (const rotation of ['true', 'false']) {
  describe(`a Flask refresh token after its session was purged (rotation ${rotation}) on ${backend}`, () => {
    const clock = perTestClock();
    let t: TestApp;
    beforeAll(async () => {
      t = await buildTestApp({
        clock,
        env: { LEGACY_JWT_SECRET_KEY: FLASK_SECRET, REFRESH_TOKEN_ROTATION: rotation, JWT_REFRESH_TOKEN_EXPIRES: String(DAY / 1000), REFRESH_RATE_LIMIT_MAX: '1000000' },
      });
    });
    afterAll(async () => t.close());

    const refresh = (token: string) => t.app.inject({ method: 'POST', url: '/api/auth/refresh', headers: bearer(token) });

    it('never opens a second session for a Flask token whose session was ended, once that session is purged', async () => {
      const user = await registerAndLogin(t.app);
      await t.app.db.insertInto('user_imports').values({ user_id: user.id, source: 'flask', digest: 'f'.repeat(64), imported_at: clock.now() }).execute();
      // Flask issued 30-day refresh tokens; Gatehouse sessions last a day.
      const token = await mintFlaskRefresh(clock.now(), user.id, 30 * 86_400);
      const exchanged = await refresh(token);
      expect(exchanged.statusCode).toBe(200);
      const [owned] = await t.app.db.selectFrom('sessions').select('id').where('legacy_jti', '=', jtiOf(token)).execute();
      // The owner ends that session (they saw it in their list and did not know it).
      const ended = await t.app.inject({ method: 'DELETE', url: `/api/users/me/sessions/${owned!.id}`, headers: bearer(user.access) });
      expect(ended.statusCode).toBe(204);
      expect((await refresh(token)).statusCode).toBe(401);

      clock.advance(2 * DAY);
      await purgeExpired(t.app.db, t.config, clock.now());
      const again = await refresh(token);
      expect(again.statusCode).toBe(401);
      expect(await t.app.db.selectFrom('sessions').select('id').where('legacy_jti', '=', jtiOf(token)).execute()).toEqual([]);
    });
  });
}
