import { documentCookie } from './browser-globals.js';

/** Reads the JS-readable cookies (the CSRF ones); in Node or SSR the caller supplies one. */
export interface CookieReader {
  get(name: string): string | undefined;
}

/** document.cookie, parsed at each read (the server changes the cookies under us). */
export function documentCookieReader(): CookieReader {
  return {
    get(name) {
      for (const pair of (documentCookie() ?? '').split(';')) {
        const at = pair.indexOf('=');
        if (at > 0 && pair.slice(0, at).trim() === name) return decodeURIComponent(pair.slice(at + 1).trim());
      }
      return undefined;
    },
  };
}
