import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { UserActor } from '../account/actor.js';
import type { CsrfProof } from '../auth/csrf.js';
import { AppError } from '../errors.js';
import { isSafeMethod } from './request-origin.js';
import { clientOf } from './client-info.js';

declare module 'fastify' {
  interface FastifyInstance {
    /**
     * onRequest hook of protected routes: verifies the access token and loads session and user before the
     * body is read, so an anonymous request never costs a parse or a validation.
     */
    authenticate(request: FastifyRequest, reply: FastifyReply): Promise<void>;
  }
  interface FastifyRequest {
    /** The signed-in caller, set by `app.authenticate`. */
    actor: UserActor | null;
    /** How `app.authenticate` found the token: its cookie answers may have to clear (session-cookies.ts). */
    tokenCarrier: PresentedToken['carrier'] | null;
  }
}

/** The token of an `Authorization: Bearer <token>` header, or undefined when there is none. */
export function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) throw new AppError('authorization_required', { detail: 'The Authorization header must be "Bearer <token>".' });
  return match[1];
}

/** The current caller; only valid after `app.authenticate` ran. */
export function currentActor(request: FastifyRequest): UserActor {
  if (!request.actor) throw new AppError('authorization_required');
  return request.actor;
}

/**
 * A token as the request presents it, by JWT_TOKEN_LOCATION: a bearer header first, then a token sent in the
 * body (a refresh's or a logout's, which no cross-site page can know), else the cookie.
 */
export interface PresentedToken {
  token: string;
  carrier: 'header' | 'body' | 'cookie';
  /** A cookie on an unsafe request: the header that must match the token's csrf claim. */
  csrf?: CsrfProof;
}

/**
 * The access or refresh token of a request. A bearer header (where headers are a token location) is not
 * cookie-authenticated and needs no CSRF check; a cookie on an unsafe request must come from an allowed origin
 * (checked here) with the matching X-CSRF-TOKEN (checked against the token by the auth service).
 */
export function presentedToken(request: FastifyRequest, type: 'access' | 'refresh', bodyToken?: string): PresentedToken | undefined {
  const { tokenLocation } = request.server.config;
  if (tokenLocation.headers) {
    const token = bearerToken(request);
    if (token) return { token, carrier: 'header' };
  }
  if (bodyToken) return { token: bodyToken, carrier: 'body' };
  const cookies = request.server.sessionCookies;
  const token = cookies?.read(request, type);
  if (!cookies || !token) return undefined;
  if (isSafeMethod(request.method)) return { token, carrier: 'cookie' };
  cookies.assertCookieOrigin(request);
  return { token, carrier: 'cookie', csrf: { presented: cookies.csrfHeader(request, type) } };
}

/** A cookie-carried token refused for good (its session ended): the cookies are cleared in the answer. */
export function isDeadSession(err: unknown): boolean {
  return err instanceof AppError && (err.code === 'token_revoked' || err.code === 'refresh_reused' || err.code === 'invalid_token');
}

export const authenticationPlugin = fp(
  async (app: FastifyInstance) => {
    const { auth } = app.services;
    app.decorateRequest('actor', null);
    app.decorateRequest('tokenCarrier', null);
    app.decorate('authenticate', async (request: FastifyRequest, reply: FastifyReply) => {
      const presented = presentedToken(request, 'access');
      if (!presented) throw new AppError('authorization_required');
      try {
        const actor = await auth.authenticate(presented.token, presented.csrf);
        actor.client = clientOf(request);
        request.actor = actor;
      } catch (err) {
        if (presented.carrier === 'cookie' && isDeadSession(err)) app.sessionCookies?.clear(reply);
        throw err;
      }
      request.tokenCarrier = presented.carrier;
    });
  },
  { name: 'authentication', fastify: '5.x', dependencies: ['services', 'session-cookies'] },
);
