import type { FastifyRequest } from 'fastify';
import type { ClientInfo } from '../account/actor.js';

/** The request's client as the audit trail and the session list record it. */
export function clientOf(request: FastifyRequest): ClientInfo {
  return { ip: request.ip, userAgent: request.headers['user-agent'], requestId: String(request.id) };
}
