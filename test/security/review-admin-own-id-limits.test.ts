import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backend, bearer, buildTestApp, registerAndLogin, type TestApp } from '../helper.js';

// Review: "acting on oneself (/me, or one's own id) is self-service whatever one's role" (issue 1b). The edge
// decides with the raw path parameter, before the schema coerces it: an admin naming their own id as "0<id>"
// is taken for administration and skips both self-service limiters (per user and per IP), while the route
// coerces "0<id>" to <id> and the service acts on the admin's own account (current_password checks included).

describe(`an admin's own id written with a leading zero on ${backend}`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ env: { SELF_SERVICE_RATE_LIMIT_MAX: '3', MAX_FAILED_LOGINS: '100' } });
  });
  afterAll(async () => t.close());

  it('is limited per user like /api/users/<id>: current_password guesses beyond SELF_SERVICE_RATE_LIMIT_MAX get 429', async () => {
    const admin = await registerAndLogin(t.app, { role: 'admin' });
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      const res = await t.app.inject({
        method: 'PUT',
        url: `/api/users/0${admin.id}`,
        headers: bearer(admin.access),
        payload: { password: `Fresh-Lantern-${i}-orbit`, current_password: `wrong-guess-${i}-xyz` },
      });
      statuses.push(res.statusCode);
    }
    // Each of these evaluated a current_password guess on the admin's own account (403 invalid_current_password).
    expect(statuses.slice(0, 3)).toEqual([403, 403, 403]);
    expect(statuses.slice(3), 'guesses past the per-user self-service limit').toEqual(Array(5).fill(429));
  });

  it('plain changes of oneself through "0<id>" are limited too', async () => {
    const admin = await registerAndLogin(t.app, { role: 'admin' });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      statuses.push((await t.app.inject({ method: 'PUT', url: `/api/users/00${admin.id}`, headers: bearer(admin.access), payload: { username: `self${admin.id}_${i}` } })).statusCode);
    }
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
  });
});
