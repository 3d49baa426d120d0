import type { FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import { AppError } from '../errors.js';
import { hasRole, type Role } from '../account/public-user.js';
import { currentAuth } from './authenticate.js';

// Guards run after `app.authenticate`, so `request.auth.user` is the row read from the database for this request.

/** With MFA_REQUIRED_FOR_ADMINS, administering takes a session that passed a second factor (aal 2). */
function assertAdminAssurance(request: FastifyRequest): void {
  if (request.server.config.mfa.requiredForAdmins && currentAuth(request).aal < 2) throw new AppError('mfa_required');
}

/** onRequest, after `app.authenticate`: only callers holding `role` may pass. */
export function requireRole(role: Role): onRequestAsyncHookHandler {
  return async function roleGuard(request: FastifyRequest): Promise<void> {
    if (!hasRole(currentAuth(request).user, role)) throw new AppError('forbidden');
    if (role === 'admin') assertAdminAssurance(request);
  };
}

/**
 * onRequest for `/:id` routes, after `app.authenticate`: the caller is that user, or an admin. It runs before
 * validation, so the id is still the raw path segment; anything but the caller's own id is refused to non-admins.
 */
export async function requireSelfOrAdmin(request: FastifyRequest): Promise<void> {
  const { user } = currentAuth(request);
  const { id } = request.params as { id?: string | number };
  if (Number(id) === user.id) return;
  if (!hasRole(user, 'admin')) throw new AppError('forbidden');
  assertAdminAssurance(request);
}
