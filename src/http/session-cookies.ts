import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Config, CookieConfig } from '../config.js';
import type { LoginResult, MfaChallenge, TokenPair } from '../schemas/auth.js';
import { AppError } from '../errors.js';
import { cookieValues } from './cookie-header.js';
import { assertTrustedOrigin } from './request-origin.js';

/** A sign-in or refresh answer as it goes out: without the tokens when JWT_COOKIE_BODY_TOKENS=false. */
export type Answered<T extends object> = T | Omit<T, 'access_token' | 'refresh_token'>;

/**
 * Cookie mode (JWT_TOKEN_LOCATION with cookies): the one place that knows the cookies' names and attributes.
 * Absent (`app.sessionCookies` null) in header-only mode, where nothing here runs.
 */
export interface SessionCookies {
  /** The token in the access or refresh cookie, if the request carries one. */
  read(request: FastifyRequest, type: 'access' | 'refresh'): string | undefined;
  /** The CSRF header that must match the cookie token's `csrf` claim (undefined when absent). */
  csrfHeader(request: FastifyRequest, type: 'access' | 'refresh'): string | undefined;
  /** Sign-in CSRF: a browser's sign-in must come from an allowed origin (a request naming none is not a browser's). */
  assertSignInOrigin(request: FastifyRequest): void;
  /** A cookie-authenticated change: cross-site refused, an allowed Origin (or Referer) required. */
  assertCookieOrigin(request: FastifyRequest): void;
  /** Sets the four cookies of a sign-in or refresh, and answers its body (with or without the tokens). */
  answer<T extends TokenPair>(reply: FastifyReply, answer: T): Answered<T>;
  /** Expires the four cookies: the session behind them ended. */
  clear(reply: FastifyReply): void;
}

declare module 'fastify' {
  interface FastifyInstance {
    sessionCookies: SessionCookies | null;
  }
}

/** The `csrf` claim of a token Gatehouse has just signed (read, not verified: it is ours). */
function csrfClaimOf(token: string): string {
  const payload = token.split('.')[1] ?? '';
  const { csrf } = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { csrf?: unknown };
  return typeof csrf === 'string' ? csrf : '';
}

function createSessionCookies(app: FastifyInstance, settings: CookieConfig, trustedOrigins: ReadonlySet<string>): SessionCookies {
  const { names, csrfHeaders, bodyTokens } = settings;
  const base = { secure: settings.secure, sameSite: settings.sameSite };
  // Where each cookie goes. The tokens stay host-only, sent to Gatehouse alone (the refresh token to its auth
  // routes alone); only the readable CSRF values take JWT_COOKIE_DOMAIN, so the app on a sibling host reads them.
  const scopes: Record<string, { path: string; domain?: string }> = {
    [names.access]: { path: '/' },
    [names.refresh]: { path: '/api/auth' },
    [names.accessCsrf]: { path: '/', ...(settings.domain ? { domain: settings.domain } : {}) },
    [names.refreshCsrf]: { path: '/', ...(settings.domain ? { domain: settings.domain } : {}) },
  };
  const cookiesOf = (request: FastifyRequest): Record<string, string | undefined> => {
    request.cookies ??= request.headers.cookie ? app.parseCookie(request.headers.cookie) : {};
    return request.cookies;
  };
  const set = (reply: FastifyReply, name: string, value: string, maxAge: number, httpOnly: boolean) =>
    reply.setCookie(name, value, { ...base, ...scopes[name], httpOnly, maxAge: Math.max(0, maxAge) });

  return {
    read(request, type) {
      const name = type === 'access' ? names.access : names.refresh;
      // Two cookies of one name: one was set by another host of the domain (cookie tossing, which would sign
      // this browser into someone else's session). Neither is chosen.
      if (cookieValues(request.headers.cookie, name).length > 1) {
        throw new AppError('invalid_token', { detail: `The request carries more than one ${name} cookie (another site of this domain set one): clear this site's cookies and sign in again.` });
      }
      return cookiesOf(request)[name] || undefined;
    },
    csrfHeader(request, type) {
      const value = request.headers[type === 'access' ? csrfHeaders.access : csrfHeaders.refresh];
      return typeof value === 'string' ? value : undefined;
    },
    assertSignInOrigin: (request) => assertTrustedOrigin(request, trustedOrigins, { required: false }),
    assertCookieOrigin: (request) => assertTrustedOrigin(request, trustedOrigins, { required: true }),
    answer(reply, answer) {
      set(reply, names.access, answer.access_token, answer.expires_in, true);
      set(reply, names.refresh, answer.refresh_token, answer.refresh_expires_in, true);
      set(reply, names.accessCsrf, csrfClaimOf(answer.access_token), answer.expires_in, false);
      set(reply, names.refreshCsrf, csrfClaimOf(answer.refresh_token), answer.refresh_expires_in, false);
      if (bodyTokens) return answer;
      const { access_token: _access, refresh_token: _refresh, ...rest } = answer;
      return rest;
    },
    clear(reply) {
      for (const name of Object.values(names)) reply.clearCookie(name, { ...base, ...scopes[name] });
    },
  };
}

/** Whether sign-in and refresh answers carry the tokens in their JSON: not in cookie mode with JWT_COOKIE_BODY_TOKENS=false. */
export function tokensInBody(config: Config): boolean {
  return config.tokenLocation.cookies?.bodyTokens ?? true;
}

/** onRequest of every route that signs a browser in (login CSRF): the origin check in cookie mode, nothing otherwise. */
export async function signInOrigin(request: FastifyRequest): Promise<void> {
  request.server.sessionCookies?.assertSignInOrigin(request);
}

/** A session's tokens as answered: in cookie mode, also (or only) as cookies. */
export function answerSession<T extends TokenPair>(reply: FastifyReply, answer: T): Answered<T> {
  const cookies = reply.server.sessionCookies;
  return cookies ? cookies.answer(reply, answer) : answer;
}

/** Registers @fastify/cookie and `app.sessionCookies` in cookie mode; decorates null otherwise. */
async function sessionCookiesPlugin(app: FastifyInstance): Promise<void> {
  const settings = app.config.tokenLocation.cookies;
  if (!settings) {
    app.decorate('sessionCookies', null);
    return;
  }
  // Parsed only where a route reads them (`read`), not on every request.
  await app.register(cookie, { hook: false });
  // As browsers write an Origin: lower-case scheme and host, no default port.
  const trusted = new Set([...app.config.http.corsOrigins, app.config.mail.appUrl].map((url) => new URL(url).origin));
  app.decorate('sessionCookies', createSessionCookies(app, settings, trusted));
}

export default fp(sessionCookiesPlugin, { name: 'session-cookies', fastify: '5.x', dependencies: ['config'] });
