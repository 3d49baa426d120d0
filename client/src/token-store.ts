import { localStorageIfAny, type StorageLike } from './browser-globals.js';

export interface Tokens {
  access_token: string;
  refresh_token: string;
}

/** Where bearer mode keeps its tokens. `get` is called before every request, so a store shared by tabs is read fresh. */
export interface TokenStore {
  get(): Tokens | null;
  set(tokens: Tokens | null): void;
}

export function memoryTokenStore(initial: Tokens | null = null): TokenStore {
  let tokens = initial;
  return {
    get: () => tokens,
    set: (next) => {
      tokens = next;
    },
  };
}

/** Tokens in localStorage under `key`, shared by every tab of the origin (and readable by any script on it). */
export function localStorageTokenStore(key = 'gatehouse-tokens', { storage = localStorageIfAny() }: { storage?: StorageLike | undefined } = {}): TokenStore {
  if (!storage) throw new TypeError('localStorageTokenStore: no localStorage here; use memoryTokenStore() or pass { storage }');
  return {
    get() {
      const saved = storage.getItem(key);
      if (!saved) return null;
      try {
        const tokens = JSON.parse(saved) as Partial<Tokens>;
        return typeof tokens.access_token === 'string' && typeof tokens.refresh_token === 'string' ? { access_token: tokens.access_token, refresh_token: tokens.refresh_token } : null;
      } catch {
        return null;
      }
    },
    set(tokens) {
      if (tokens) storage.setItem(key, JSON.stringify({ access_token: tokens.access_token, refresh_token: tokens.refresh_token }));
      else storage.removeItem(key);
    },
  };
}
