/** The load scenarios, shared by npm run bench and npm run profile. */
import { load, type LoadResult, PASSWORD } from './harness.js';

/** A pool of items lent to one in-flight request at a time: a token pair or an account per request. */
function pool<T>(items: T[]) {
  const free = [...items];
  return { take: (): T | undefined => free.pop(), give: (item: T) => free.push(item) };
}

/** GET /api/users/me with a valid access token: signature, session (revocation) and user state checked. */
export async function me(url: string, access: string): Promise<LoadResult> {
  return load({ url: `${url}/api/users/me`, headers: { authorization: `Bearer ${access}` } });
}

/** Each request rotates a refresh token and hands the new one to the next request of that session. */
export async function refresh(url: string, sessions: Array<{ refresh: string }>): Promise<LoadResult> {
  const tokens = pool(sessions.map((s) => s.refresh));
  return load({
    url,
    requests: [{
      method: 'POST',
      path: '/api/auth/refresh',
      setupRequest: (request, context) => {
        const token = tokens.take() ?? 'pool-empty';
        (context as { token?: string }).token = token;
        return { ...request, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: '{}' };
      },
      onResponse: (status, body, context) => {
        if (status === 200) tokens.give(String((JSON.parse(body) as { refresh_token: string }).refresh_token));
        else if ((context as { token?: string }).token !== 'pool-empty') tokens.give(String((context as { token?: string }).token));
      },
    }],
  });
}

/** Each connection logs in with an account no other request is using at that moment (no lockout budget shared). */
export async function login(url: string, users: Array<{ username: string }>): Promise<LoadResult> {
  const free = pool(users.map((u) => u.username));
  return load({
    url,
    requests: [{
      method: 'POST',
      path: '/api/auth/login',
      setupRequest: (request, context) => {
        const username = free.take() ?? 'pool-empty';
        (context as { username?: string }).username = username;
        return { ...request, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: PASSWORD }) };
      },
      onResponse: (_status, _body, context) => {
        const { username } = context as { username?: string };
        if (username !== 'pool-empty') free.give(String(username));
      },
    }],
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

