import type { FastifyReply, FastifyRequest } from 'fastify';
import { SIGN_IN_TTL_MS } from '../account/provider-sign-ins.js';
import { cookieValues } from './cookie-header.js';

/**
 * The cookie that binds a provider sign-in to the browser that started it: the callback and the code's exchange
 * find their rows by its value. HttpOnly, SameSite=Lax (it must come back on the provider's top-level redirect),
 * sent only under /api/auth/oauth, and Secure whenever Gatehouse is served over HTTPS.
 */
export const SIGN_IN_COOKIE = 'gatehouse_oauth';
const PATH = '/api/auth/oauth';

// Written by hand: the value is base64url, and the attributes are fixed.
const cookie = (request: FastifyRequest, value: string, maxAge: number) =>
  `${SIGN_IN_COOKIE}=${value}; Max-Age=${maxAge}; Path=${PATH}; HttpOnly${request.server.config.mail.appUrl.startsWith('https:') ? '; Secure' : ''}; SameSite=Lax`;

export function setSignInCookie(request: FastifyRequest, reply: FastifyReply, browserKey: string): void {
  reply.header('set-cookie', cookie(request, browserKey, SIGN_IN_TTL_MS / 1000));
}

export function clearSignInCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.header('set-cookie', cookie(request, '', 0));
}

/** The browser's key; none when absent or sent twice (another host of the domain tossed one in). */
export function readSignInCookie(request: FastifyRequest): string | undefined {
  const values = cookieValues(request.headers.cookie, SIGN_IN_COOKIE);
  if (values.length !== 1) return undefined;
  return /^[A-Za-z0-9_-]{43}$/.test(values[0] as string) ? values[0] : undefined;
}
