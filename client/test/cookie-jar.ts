import type { CookieReader, FetchLike } from '../src/index.js';

interface StoredCookie {
  value: string;
  path: string;
  expiresAt: number;
}

/**
 * A browser's part of cookie mode for Node's fetch, which keeps no cookies: a jar that stores Set-Cookie and sends
 * what matches the path and has not expired by `now()` (the test's clock), and an Origin header as a page of
 * `origin` would send.
 */
export function cookieJarBrowser({ origin, now }: { origin: string; now(): number }): {
  fetch: FetchLike;
  cookies: CookieReader;
  /** Overwrites a cookie's value, as a tampering or a stale tab would present it. */
  set(name: string, value: string): void;
  names(): string[];
} {
  const jar = new Map<string, StoredCookie>();
  const live = (name: string): StoredCookie | undefined => {
    const cookie = jar.get(name);
    return cookie && cookie.expiresAt > now() ? cookie : undefined;
  };
  const store = (header: string): void => {
    const [pair = '', ...attributes] = header.split(';').map((part) => part.trim());
    const at = pair.indexOf('=');
    const name = pair.slice(0, at);
    const cookie: StoredCookie = { value: pair.slice(at + 1), path: '/', expiresAt: Number.POSITIVE_INFINITY };
    for (const attribute of attributes) {
      const [key = '', value = ''] = attribute.split('=');
      if (key.toLowerCase() === 'path') cookie.path = value;
      if (key.toLowerCase() === 'max-age') cookie.expiresAt = now() + Number(value) * 1000;
    }
    if (cookie.expiresAt <= now()) jar.delete(name);
    else jar.set(name, cookie);
  };
  return {
    async fetch(url, init) {
      const path = new URL(url).pathname;
      const sent = [...jar.keys()].filter((name) => live(name) && path.startsWith(jar.get(name)!.path)).map((name) => `${name}=${jar.get(name)!.value}`);
      const response = await fetch(url, { ...init, headers: { ...init.headers, origin, ...(sent.length ? { cookie: sent.join('; ') } : {}) } });
      for (const header of response.headers.getSetCookie()) store(header);
      return response;
    },
    cookies: { get: (name) => live(name)?.value },
    set(name, value) {
      const cookie = jar.get(name);
      if (cookie) cookie.value = value;
    },
    names: () => [...jar.keys()].filter((name) => live(name)),
  };
}
