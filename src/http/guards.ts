import type { FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import { AppError } from '../errors.js';
import { hasRole, type Role } from '../users/repository.js';
import { currentAuth } from './authenticate.js';

// Guards run after `app.authenticate`, so `request.auth.user` is the row read from the database for this request.

/** preHandler: only callers holding `role` may pass. */
export function requireRole(role: Role): preHandlerAsyncHookHandler {
  return async function roleGuard(request: FastifyRequest): Promise<void> {
    if (!hasRole(currentAuth(request).user, role)) throw new AppError('forbidden');
  };
}

/** preHandler for `/:id` routes: the caller is that user, or an admin. */
export async function requireSelfOrAdmin(request: FastifyRequest): Promise<void> {
  const { user } = currentAuth(request);
  const { id } = request.params as { id?: number };
  if (user.id !== id && !hasRole(user, 'admin')) throw new AppError('forbidden');
}
