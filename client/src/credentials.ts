import { localStorageIfAny, openBroadcastChannel } from './browser-globals.js';
import type { CookieReader } from './cookies.js';
import type { GatehouseError } from './errors.js';
import type { FetchInit } from './http.js';
import type { TokenStore } from './token-store.js';

/** How one mode authenticates requests, refreshes, and notices that the credentials changed. */
export interface Credentials {
  /** Changes whenever the credentials do (login, refresh here or in another tab, sign-out). */
  marker(): string | null;
  headers(method: string, path: string): Record<string, string>;
  fetchCredentials: FetchInit['credentials'];
  /** Whether this 401 means "refresh and retry" rather than "signed out" or "wrong token". */
  refreshes(error: GatehouseError): boolean;
  /** Whether a refresh can be tried at all for a request sent with `seen`. */
  canRefresh(seen: string | null): boolean;
  refreshRequest(): { headers: Record<string, string>; body?: unknown };
  /** After a login, an MFA step or a refresh answered. */
  accept(answer: { access_token?: string; refresh_token?: string }): void;
  clear(): void;
  close(): void;
}

/** The auth endpoints that take no access token (sending a stale one would only confuse them). */
const TOKENLESS_PATHS = new Set(['/api/auth/login', '/api/auth/login/mfa', '/api/auth/register', '/api/auth/refresh', '/api/auth/passkey', '/api/auth/passkey/options']);
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function bearerCredentials(store: TokenStore): Credentials {
  return {
    marker: () => store.get()?.refresh_token ?? null,
    headers(_method, path): Record<string, string> {
      const tokens = store.get();
      return tokens && !TOKENLESS_PATHS.has(path) ? { authorization: `Bearer ${tokens.access_token}` } : {};
    },
    fetchCredentials: undefined,
    refreshes: (error) => error.status === 401 && error.code === 'token_expired',
    canRefresh: (seen) => seen !== null,
    refreshRequest: () => ({ headers: {}, body: { refresh_token: store.get()?.refresh_token } }),
    accept(answer) {
      if (answer.access_token && answer.refresh_token) store.set({ access_token: answer.access_token, refresh_token: answer.refresh_token });
    },
    clear: () => store.set(null),
    close() {},
  };
}

export const GENERATION_KEY = 'gatehouse-refresh-generation';
export const AUTH_CHANNEL = 'gatehouse-auth';
export type AuthMessage = { type: 'refreshed' } | { type: 'signed-out' };

/**
 * Cookie mode never sees a token: the browser sends the HttpOnly cookies, the client echoes the JS-readable CSRF
 * cookies as X-CSRF-TOKEN. Tabs share the cookies, so a refresh is announced by a generation counter in localStorage
 * and a BroadcastChannel message.
 */
export function cookieCredentials(cookies: CookieReader, { onOtherTabSignedOut }: { onOtherTabSignedOut(): void }): Credentials {
  const storage = localStorageIfAny();
  let localGeneration = 0;
  const channel = openBroadcastChannel(AUTH_CHANNEL);
  if (channel) {
    channel.onmessage = ({ data }) => {
      const message = data as AuthMessage;
      if (message?.type === 'refreshed') localGeneration += 1;
      if (message?.type === 'signed-out') onOtherTabSignedOut();
    };
  }
  const changed = (message: AuthMessage): void => {
    localGeneration += 1;
    if (message.type === 'refreshed') storage?.setItem(GENERATION_KEY, String(Number(storage.getItem(GENERATION_KEY) ?? 0) + 1));
    channel?.postMessage(message);
  };
  return {
    marker: () => `${localGeneration}:${storage?.getItem(GENERATION_KEY) ?? ''}`,
    headers(method, path): Record<string, string> {
      // A logout after the access cookie expired goes through the refresh cookie, with its CSRF value.
      const fallback = path === '/api/auth/logout' ? cookies.get('csrf_refresh_token') : undefined;
      const csrf = SAFE_METHODS.has(method) ? undefined : (cookies.get('csrf_access_token') ?? fallback);
      return csrf ? { 'x-csrf-token': csrf } : {};
    },
    fetchCredentials: 'include',
    // The browser drops an expired access cookie, so an expired session arrives as "no token at all".
    refreshes: (error) => error.status === 401 && (error.code === 'token_expired' || error.code === 'authorization_required'),
    canRefresh: () => cookies.get('csrf_refresh_token') !== undefined,
    refreshRequest(): { headers: Record<string, string> } {
      const csrf = cookies.get('csrf_refresh_token');
      return { headers: csrf ? { 'x-csrf-token': csrf } : {} };
    },
    accept: () => changed({ type: 'refreshed' }),
    clear: () => changed({ type: 'signed-out' }),
    close: () => channel?.close(),
  };
}
