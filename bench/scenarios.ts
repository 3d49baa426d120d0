/** The load scenarios, shared by npm run bench and npm run profile. */
import type autocannon from 'autocannon';
import { load, type LoadResult, PASSWORD } from './harness.js';

/**
 * A request that borrows an item (a refresh token, an account) for as long as it is in flight, so no two
 * requests use one at once: `build` makes the request from it (undefined when none is free: it fails), and
 * `returned` says what goes back once it is answered (by default the item itself).
 */
function lending<T>(
  items: T[],
  request: { method: 'POST'; path: string },
  build: (item: T | undefined) => { headers: Record<string, string>; body: string },
  returned: (item: T, status: number, body: string) => T = (item) => item,
): autocannon.Request {
  const free = [...items];
  return {
    ...request,
    setupRequest: (req, context) => {
      const item = free.pop();
      (context as { item?: T }).item = item;
      return { ...req, ...build(item) };
    },
    onResponse: (status, body, context) => {
      const { item } = context as { item?: T };
      if (item !== undefined) free.push(returned(item, status, body));
    },
  };
}

/** GET /api/users/me with a valid access token: signature, session (revocation) and user state checked. */
export async function me(url: string, access: string): Promise<LoadResult> {
  return load({ url: `${url}/api/users/me`, headers: { authorization: `Bearer ${access}` } });
}

/** Each request rotates a refresh token and hands the new one to the next request of that session. */
export async function refresh(url: string, sessions: Array<{ refresh: string }>): Promise<LoadResult> {
  return load({
    url,
    requests: [lending(
      sessions.map((s) => s.refresh),
      { method: 'POST', path: '/api/auth/refresh' },
      (token) => ({ headers: { authorization: `Bearer ${token ?? 'pool-empty'}`, 'content-type': 'application/json' }, body: '{}' }),
      (token, status, body) => (status === 200 ? String((JSON.parse(body) as { refresh_token: string }).refresh_token) : token),
    )],
  });
}

/** Each connection logs in with an account no other request is using at that moment (no lockout budget shared). */
export async function login(url: string, users: Array<{ username: string }>): Promise<LoadResult> {
  return load({
    url,
    requests: [lending(
      users.map((u) => u.username),
      { method: 'POST', path: '/api/auth/login' },
      (username) => ({ headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: username ?? 'pool-empty', password: PASSWORD }) }),
    )],
  });
}

export async function register(url: string): Promise<LoadResult> {
  let n = 0;
  const run = `${process.pid}_${Date.now() % 100_000}`;
  return load({
    url,
    requests: [{
      method: 'POST',
      path: '/api/auth/register',
      setupRequest: (request) => {
        const username = `reg_${run}_${(n += 1)}`;
        return { ...request, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, email: `${username}@example.com`, password: PASSWORD }) };
      },
    }],
  });
}

