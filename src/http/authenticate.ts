import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { UserActor } from '../account/actor.js';
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
    /** The signed-in caller, set by `app.authenticate`. */
    actor: UserActor | null;
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

export const authenticationPlugin = fp(
  async (app: FastifyInstance) => {
    const { auth } = app.services;
    app.decorateRequest('actor', null);
    app.decorate('authenticate', async (request: FastifyRequest) => {
      const token = bearerToken(request);
      if (!token) throw new AppError('authorization_required');
      request.actor = await auth.authenticate(token);
    });
  },
  { name: 'authentication', fastify: '5.x', dependencies: ['services'] },
);
