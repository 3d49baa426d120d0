import { STATUS_CODES } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, MAX_LISTED_ERRORS } from '../errors.js';
import type { Problem } from '../schemas/problem.js';
import { API_SECURITY_HEADERS } from './security-headers.js';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

/**
 * Adds the API's security headers where they are missing: answers written where the hooks never ran (framework
 * errors before routing, refusals by hooks that run before the security headers' own). A route's own win.
 */
export function ensureSecurityHeaders(reply: FastifyReply): void {
  for (const [name, value] of Object.entries(API_SECURITY_HEADERS)) {
    if (!reply.hasHeader(name)) reply.header(name, value);
  }
}

export type { Problem } from '../schemas/problem.js';

export function toProblem(err: AppError, requestId: string): Problem {
  const problem: Problem = {
    type: 'about:blank',
    title: STATUS_CODES[err.status] ?? 'Error',
    status: err.status,
    code: err.code,
    detail: err.message,
    request_id: requestId,
    message: err.message,
    error: err.code,
  };
  if (err.errors) {
    // Capped, so a request breaking thousands of rules cannot make the answer thousands of times larger.
    problem.errors = err.errors.slice(0, MAX_LISTED_ERRORS);
    const total = Math.max(err.errorsTotal ?? 0, err.errors.length);
    if (total > problem.errors.length) problem.errors_total = total;
  }
  return problem;
}

/**
 * Sends an AppError as RFC 9457 problem+json, bypassing route response serializers. Also from outside the hook
 * chain (framework errors), so it sets the request id and the security headers itself.
 */
export function sendProblem(request: FastifyRequest, reply: FastifyReply, err: AppError): FastifyReply {
  reply.header('x-request-id', request.id);
  ensureSecurityHeaders(reply);
  if (err.retryAfter !== undefined) reply.header('retry-after', String(Math.max(1, Math.ceil(err.retryAfter))));
  for (const [name, value] of Object.entries(err.headers ?? {})) reply.header(name, value);
  return reply.code(err.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(toProblem(err, request.id)));
}
