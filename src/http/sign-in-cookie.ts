import { fastifyCookie } from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { SIGN_IN_TTL_MS } from '../account/provider-sign-ins.js';

/**
 * The cookie that binds a provider sign-in to the browser that started it: the callback and the code's exchange
 * find their rows by its value. HttpOnly, SameSite=Lax (it must come back on the provider's top-level redirect),
 * sent only under /api/auth/oauth, and Secure whenever Gatehouse is served over HTTPS.
 */
export const SIGN_IN_COOKIE = 'gatehouse_oauth';
const PATH = '/api/auth/oauth';

const attributes = (secure: boolean, maxAge: number) => ({ httpOnly: true, sameSite: 'lax' as const, path: PATH, secure, maxAge });
const isSecure = (request: FastifyRequest) => request.server.config.mail.appUrl.startsWith('https:');

export function setSignInCookie(request: FastifyRequest, reply: FastifyReply, browserKey: string): void {
  reply.header('set-cookie', fastifyCookie.serialize(SIGN_IN_COOKIE, browserKey, attributes(isSecure(request), SIGN_IN_TTL_MS / 1000)));
}

export function clearSignInCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.header('set-cookie', fastifyCookie.serialize(SIGN_IN_COOKIE, '', attributes(isSecure(request), 0)));
}

/** The browser's key; none when absent or sent twice (another host of the domain tossed one in). */
export function readSignInCookie(request: FastifyRequest): string | undefined {
  const header = request.headers.cookie;
  if (!header) return undefined;
  const count = header.split(';').filter((pair) => pair.trimStart().startsWith(`${SIGN_IN_COOKIE}=`)).length;
  if (count !== 1) return undefined;
  const value = fastifyCookie.parse(header)[SIGN_IN_COOKIE];
  return value && /^[A-Za-z0-9_-]{43}$/.test(value) ? value : undefined;
}
