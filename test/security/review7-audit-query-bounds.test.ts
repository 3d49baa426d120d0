import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backend, bearer, buildTestApp, manualClock, registerAndLogin, type TestApp } from '../helper.js';

// Attack: the audit query strings are an admin's (or, on /me/audit, any user's) input. Every value the schema lets
// through must answer 200 or a 400 problem, never a 500: a time the schema calls a date-time but Date.parse cannot
// read (a leap second), an `after` past the id column's range, the extremes of per_page.

describe(`review7: audit query bounds, on ${backend}`, () => {
  const clock = manualClock(Date.UTC(2026, 5, 1));
  let t: TestApp;
  let admin: Awaited<ReturnType<typeof registerAndLogin>>;
  let user: Awaited<ReturnType<typeof registerAndLogin>>;

  beforeAll(async () => {
    t = await buildTestApp({ clock });
    admin = await registerAndLogin(t.app, { role: 'admin' });
    user = await registerAndLogin(t.app);
  });
  afterAll(() => t.close());

  const status = async (url: string, token: string): Promise<string> => {
    const res = await t.app.inject({ method: 'GET', url, headers: bearer(token) });
    return `${res.statusCode} ${res.statusCode >= 500 ? res.body : ''}`.trim();
  };
  const notServerError = (s: string) => !s.startsWith('5');

  const leap = ['2016-12-31T23:59:60Z', '1990-12-31T23:59:60Z', '2026-06-30T23:59:60Z'];
  for (const value of leap) {
    it(`since/until=${value} (a leap second the schema accepts) is 200 or 400, never 500, on every audit route`, async () => {
      const results = {
        adminSince: await status(`/api/admin/audit?since=${encodeURIComponent(value)}`, admin.access),
        adminUntil: await status(`/api/admin/audit?until=${encodeURIComponent(value)}`, admin.access),
        byId: await status(`/api/users/${user.id}/audit?since=${encodeURIComponent(value)}`, admin.access),
        me: await status(`/api/users/me/audit?until=${encodeURIComponent(value)}`, user.access),
      };
      expect(Object.values(results).every(notServerError), JSON.stringify(results)).toBe(true);
    });
  }

  it('a leap-second `until` does not silently drop the window (NaN compared as no events at all, or all)', async () => {
    // Either refused (400) or taken as the instant it names: events before 2016-12-31T23:59:60Z exist? None
    // before 2026 here, and every event of this run is after it, so `since` of that instant must list them.
    const res = await t.app.inject({ method: 'GET', url: `/api/admin/audit?since=${encodeURIComponent('2016-12-31T23:59:60Z')}`, headers: bearer(admin.access) });
    if (res.statusCode === 400) return;
    expect(res.statusCode).toBe(200);
    expect(res.json().events.length).toBeGreaterThan(0);
  });

  const outOfRange = ['9007199254740993', '99999999999999999999', '1e21', '2147483648', '9223372036854775808'];
  for (const after of outOfRange) {
    it(`after=${after} (past the id column) is 200 or 400, never 500`, async () => {
      const results = {
        admin: await status(`/api/admin/audit?after=${after}`, admin.access),
        me: await status(`/api/users/me/audit?after=${after}`, user.access),
      };
      expect(Object.values(results).every(notServerError), JSON.stringify(results)).toBe(true);
    });
  }

  const times = ['+275760-09-13T00:00:00Z', '275760-09-13T00:00:00Z', '-000001-01-01T00:00:00Z', '0000-01-01T00:00:00Z', '9999-12-31T23:59:59.999999999Z', '2026-01-01T00:00:00+23:59', '2026-01-01t00:00:00z', '2026-02-30T00:00:00Z', '1969-12-31T23:59:59Z'];
  for (const value of times) {
    it(`since/until=${value} is 200 or 400, never 500`, async () => {
      const results = {
        since: await status(`/api/admin/audit?since=${encodeURIComponent(value)}`, admin.access),
        until: await status(`/api/admin/audit?until=${encodeURIComponent(value)}`, admin.access),
      };
      expect(Object.values(results).every(notServerError), JSON.stringify(results)).toBe(true);
    });
  }

  const others = ['per_page=0', 'per_page=201', 'per_page=-1', 'per_page=1.5', 'per_page=200', 'action=' + 'a'.repeat(64), 'action=a%00b', 'action=a%25', 'actor=0', 'actor=99999999999999999999', 'target=-1', 'target=2147483648', 'after=0', 'after=-1', 'after=1.5', 'since=&until=', 'action=login_failed&action=logout'];
  for (const q of others) {
    it(`?${q} is 200 or 400, never 500`, async () => {
      expect(notServerError(await status(`/api/admin/audit?${q}`, admin.access))).toBe(true);
    });
  }
});
