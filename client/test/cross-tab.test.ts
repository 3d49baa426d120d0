import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createClient, localStorageTokenStore } from '../src/index.js';
import { backend, PASSWORD, perTestClock, uniqueIdentity } from '../../test/helper.js';
import { fakeLockManager, fakeStorage } from './fake-browser.js';
import { type LiveGatehouse, startGatehouse } from './live-gatehouse.js';

describe(`two tabs sharing tokens in localStorage, on ${backend}`, () => {
  let server: LiveGatehouse;
  const clock = perTestClock(Date.UTC(2026, 5, 1, 12, 0, 0));
  beforeAll(async () => {
    server = await startGatehouse({ clock });
  });
  afterAll(async () => server.close());
  afterEach(() => vi.unstubAllGlobals());

  it('refresh once across tabs: the tab that waited for the lock finds the tokens refreshed and only retries', async () => {
    const locks = fakeLockManager();
    vi.stubGlobal('navigator', { locks });
    const storage = fakeStorage();
    const tab = () => createClient({ baseUrl: server.baseUrl, mode: 'bearer', tokenStore: localStorageTokenStore('gatehouse-tokens', { storage }) });
    const [first, second] = [tab(), tab()];
    const { username, email } = uniqueIdentity('tabs');
    await first.register({ username, email, password: PASSWORD });
    await first.login({ username, password: PASSWORD });

    clock.advance((server.t.config.jwt.accessTtlSeconds + server.t.config.jwt.clockToleranceSeconds + 1) * 1000);
    const refreshesBefore = server.refreshes();
    const expired = server.hold(2, 'GET', '/api/users/me');
    // The first refresh waits on the server until the other tab is queued on the lock behind it.
    const refresh = server.hold(1, 'POST', '/api/auth/refresh');
    const answers = [first.me(), second.me()];
    await expired.allArrived;
    expired.release();
    await refresh.allArrived;
    await locks.whenRequested(2);
    refresh.release();
    expect((await Promise.all(answers)).map((user) => user.username)).toEqual([username, username]);
    expect(server.refreshes() - refreshesBefore).toBe(1);
  });
});
