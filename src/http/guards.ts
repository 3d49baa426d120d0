import type { FastifyRequest } from 'fastify';
import { isSelf, mayAdminister } from '../account/actor.js';
import { AppError } from '../errors.js';
import { currentActor } from './authenticate.js';

// Guards run after `app.authenticate`, so the actor's user is the row read from the database for this request.

function assertMayAdminister(request: FastifyRequest): void {
  const actor = currentActor(request);
  if (!mayAdminister(actor, { secondFactorRequired: false })) throw new AppError('forbidden');
  if (!mayAdminister(actor, { secondFactorRequired: request.server.config.mfa.requiredForAdmins })) throw new AppError('mfa_required');
}

/** onRequest, after `app.authenticate`: only admins pass (through a second factor's session with MFA_REQUIRED_FOR_ADMINS). */
export async function requireAdmin(request: FastifyRequest): Promise<void> {
  assertMayAdminister(request);
}

/**
 * onRequest for `/:id` routes, after `app.authenticate`: the caller is that user, or an admin. It runs before
 * validation, so the id is still the raw path segment, read as the route's schema will read it ("01" is 1).
 */
export async function requireSelfOrAdmin(request: FastifyRequest): Promise<void> {
  const { id } = request.params as { id?: string | number };
  if (id !== undefined && isSelf(currentActor(request), Number(id))) return;
  assertMayAdminister(request);
}
