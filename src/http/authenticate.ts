import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { AuthContext } from '../auth/auth-service.js';
import { AppError } from '../errors.js';

declare module 'fastify' {
  interface FastifyInstance {
    /**
     * onRequest hook of protected routes: verifies the access token and loads session and user before the
     * body is read, so an anonymous request never costs a parse or a validation.
     */
    authenticate(request: FastifyRequest, reply: FastifyReply): Promise<void>;
  }
  interface FastifyRequest {
    auth: AuthContext | null;
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
export function currentAuth(request: FastifyRequest): AuthContext {
  if (!request.auth) throw new AppError('authorization_required');
  return request.auth;
}

export const authenticationPlugin = fp(
  async (app: FastifyInstance) => {
    const { auth } = app.services;
    app.decorateRequest('auth', null);
    app.decorate('authenticate', async (request: FastifyRequest) => {
      const token = bearerToken(request);
      if (!token) throw new AppError('authorization_required');
      request.auth = await auth.authenticate(token);
    });
  },
  { name: 'authentication', decorators: { fastify: ['services'] } },
);
