import type { FastifyInstance, LightMyRequestResponse } from 'fastify';

/** A cookie as the server set it (light-my-request's reading of Set-Cookie). */
export interface SetCookie {
  name: string;
  value: string;
  path?: string;
  domain?: string;
  maxAge?: number;
  expires?: Date;
  httpOnly?: boolean;
  secure?: boolean;
  sameSite?: string;
}

export const APP_ORIGIN = 'https://app.example.com';
export const EVIL_ORIGIN = 'https://evil.example.net';

/** The cookie-mode settings the cookie tests run with. */
export const COOKIE_ENV = { JWT_TOKEN_LOCATION: 'cookies', CORS_ORIGINS: APP_ORIGIN, SELF_SERVICE_RATE_LIMIT_MAX: '100000' } as const;

export interface BrowserRequest {
  payload?: object;
  /** Which CSRF cookie the X-CSRF-TOKEN header copies (as the typed client does), a literal value, or none. */
  csrf?: 'access' | 'refresh' | { value: string } | null;
  /** Origin header; null sends none. Default: the app's origin. */
  origin?: string | null;
  headers?: Record<string, string>;
}

/**
 * A browser's cookie jar in front of `app.inject`: it keeps what Set-Cookie says (path-scoped, expired ones
 * dropped) and sends what applies to each URL, as a page of APP_ORIGIN calling Gatehouse with credentials would.
 */
export function cookieBrowser(app: FastifyInstance) {
  const jar = new Map<string, SetCookie>();
  const applies = (cookie: SetCookie, url: string) => url.split('?')[0]!.startsWith(cookie.path ?? '/');
  const keep = (res: LightMyRequestResponse) => {
    for (const cookie of res.cookies as SetCookie[]) {
      const expired = cookie.maxAge === 0 || (cookie.expires !== undefined && cookie.expires.getTime() <= 0);
      if (expired || cookie.value === '') jar.delete(cookie.name);
      else jar.set(cookie.name, cookie);
    }
  };
  const cookieHeader = (url: string) => [...jar.values()].filter((c) => applies(c, url)).map((c) => `${c.name}=${c.value}`).join('; ');

  async function request(method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, o: BrowserRequest = {}): Promise<LightMyRequestResponse> {
    const headers: Record<string, string> = { ...o.headers };
    const cookies = cookieHeader(url);
    if (cookies) headers.cookie = cookies;
    const origin = o.origin === undefined ? APP_ORIGIN : o.origin;
    if (origin !== null) headers.origin = origin;
    const csrf = o.csrf === undefined ? (method === 'GET' ? null : url === '/api/auth/refresh' ? 'refresh' : 'access') : o.csrf;
    if (csrf === 'access' || csrf === 'refresh') {
      const value = jar.get(csrf === 'access' ? 'csrf_access_token' : 'csrf_refresh_token')?.value;
      if (value !== undefined) headers['x-csrf-token'] = value;
    } else if (csrf) headers['x-csrf-token'] = csrf.value;
    const res = await app.inject({ method, url, headers, ...(o.payload ? { payload: o.payload } : {}) });
    keep(res);
    return res;
  }
  return {
    request,
    get: (url: string, o?: BrowserRequest) => request('GET', url, o),
    post: (url: string, o?: BrowserRequest) => request('POST', url, o),
    cookie: (name: string) => jar.get(name),
    names: () => [...jar.keys()].sort(),
    /** Puts a cookie in the jar as it is (a stolen or replayed one). */
    plant: (cookie: SetCookie) => jar.set(cookie.name, cookie),
    clear: () => jar.clear(),
  };
}

export type CookieBrowser = ReturnType<typeof cookieBrowser>;

/** The names of the cookies an answer expired (Max-Age=0). */
export function clearedCookies(res: LightMyRequestResponse): string[] {
  return (res.cookies as SetCookie[]).filter((c) => c.maxAge === 0).map((c) => c.name).sort();
}

export const SESSION_COOKIES = ['access_token_cookie', 'csrf_access_token', 'csrf_refresh_token', 'refresh_token_cookie'];
