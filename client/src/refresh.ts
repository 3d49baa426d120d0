import { lockManager } from './browser-globals.js';
import type { GatehouseError } from './errors.js';

export const REFRESH_LOCK = 'gatehouse-refresh';

/** signedOut: the server refused the refresh (401) and the client signed out. */
export type RefreshOutcome = { ok: true } | { ok: false; signedOut: boolean; error: GatehouseError };

export interface RefreshCoordinator {
  /** Refreshes the credentials a request was sent with (`seen`), unless they changed since: then the request only needs a retry. */
  refreshAfter(seen: string | null): Promise<RefreshOutcome>;
}

/**
 * Refresh once: one exchange in this page at a time (single flight) and, where navigator.locks exists, one across the
 * origin's tabs; whoever gets the lock after another refresher finds the credentials changed and does not refresh again.
 */
export function createRefreshCoordinator({ credentialsMarker, exchange }: {
  /** Changes whenever the credentials change (a refresh here, in another tab, a login, a sign-out). */
  credentialsMarker(): string | null;
  /** One POST /api/auth/refresh and what follows from it (store the tokens, or sign out). */
  exchange(): Promise<RefreshOutcome>;
}): RefreshCoordinator {
  let inFlight: Promise<RefreshOutcome> | null = null;

  const underLock = (run: () => Promise<RefreshOutcome>): Promise<RefreshOutcome> => {
    const locks = lockManager();
    return locks ? locks.request(REFRESH_LOCK, run) : run();
  };

  return {
    refreshAfter(seen) {
      if (credentialsMarker() !== seen) return Promise.resolve({ ok: true });
      inFlight ??= underLock(() => (credentialsMarker() !== seen ? Promise.resolve({ ok: true }) : exchange())).finally(() => {
        inFlight = null;
      });
      return inFlight;
    },
  };
}
