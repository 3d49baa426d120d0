import type { RedirectTarget } from '../../oauth-settings.js';

/**
 * `redirect_to` as a URL if OAUTH_REDIRECT_ALLOWLIST names its exact origin and a path prefix of it; null otherwise.
 * Refused before parsing: anything a browser could read differently from the URL parser (backslashes, control
 * characters, spaces, a scheme-relative `//host`), credentials, and a fragment (the callback adds its query).
 */
export function allowedRedirect(raw: string, allowlist: readonly RedirectTarget[]): URL | null {
  if (raw.length > 2048 || !/^https?:\/\/[^\s\\\u0000-\u001f\u007f]+$/i.test(raw) || !URL.canParse(raw)) return null;
  const url = new URL(raw);
  if (url.username || url.password || url.hash || raw.includes('#')) return null;
  const allowed = allowlist.some(({ origin, pathPrefix }) => url.origin === origin && underPrefix(url.pathname, pathPrefix));
  return allowed ? url : null;
}

/** `/auth/` covers `/auth/` and below; `/auth` covers itself and `/auth/…`, never `/authority`. */
function underPrefix(path: string, prefix: string): boolean {
  if (prefix === '/' || path === prefix) return true;
  return path.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`);
}

/** The callback's way back: `redirect_to` with one parameter added (a one-time `code`, or an `error`). */
export function redirectWith(target: string, parameters: Record<string, string>): string {
  const url = new URL(target);
  for (const [name, value] of Object.entries(parameters)) url.searchParams.set(name, value);
  return url.href;
}
