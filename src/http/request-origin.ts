import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors.js';

/**
 * Where a browser says a request comes from: `Origin`, or failing it the origin of `Referer`. undefined when the
 * request carries neither (not a browser's unsafe request: browsers send Origin on every POST, PUT and DELETE).
 */
function claimedOrigin(request: FastifyRequest): string | undefined {
  const { origin, referer } = request.headers;
  if (origin !== undefined) return origin;
  if (referer === undefined) return undefined;
  try {
    return new URL(referer).origin;
  } catch {
    return 'null';
  }
}

const refused = (detail: string): AppError => new AppError('csrf_failed', { detail });

/**
 * The origin half of cookie mode's CSRF defence (the other half is the X-CSRF-TOKEN header, csrf.ts): a
 * request that the browser marks cross-site is refused, and the claimed origin must be one of `trusted` (the
 * apps of CORS_ORIGINS and APP_URL's own). `required`: a request naming no origin at all is refused too (a
 * cookie-authenticated one); otherwise (a sign-in, which is not yet authenticated) a request without Origin,
 * Referer or Sec-Fetch-Site is taken as a non-browser client's, which a cross-site page cannot make.
 */
export function assertTrustedOrigin(request: FastifyRequest, trusted: ReadonlySet<string>, { required }: { required: boolean }): void {
  if (request.headers['sec-fetch-site'] === 'cross-site') throw refused('Cross-site requests cannot use the session cookies.');
  const origin = claimedOrigin(request);
  if (origin === undefined) {
    // Sec-Fetch-Site marks a browser's request, which must name where it comes from.
    if (required || request.headers['sec-fetch-site'] !== undefined) throw refused('Send the Origin header: requests that use or set the session cookies are accepted only from the allowed origins.');
    return;
  }
  if (!trusted.has(origin)) throw refused('This origin is not allowed to use the session cookies (CORS_ORIGINS).');
}

/** Methods that change nothing, so cookies alone may authenticate them. */
export function isSafeMethod(method: string): boolean {
  return method === 'GET' || method === 'HEAD' || method === 'OPTIONS';
}
