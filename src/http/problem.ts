import { STATUS_CODES } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, ERROR_CODES, type ErrorCode, MAX_LISTED_ERRORS } from '../errors.js';
import type { Problem } from '../schemas/problem.js';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

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

/** Sends an AppError as RFC 9457 problem+json, bypassing route response serializers. */
export function sendProblem(request: FastifyRequest, reply: FastifyReply, err: AppError): FastifyReply {
  if (err.retryAfter !== undefined) reply.header('retry-after', String(Math.max(1, Math.ceil(err.retryAfter))));
  for (const [name, value] of Object.entries(err.headers ?? {})) reply.header(name, value);
  return reply.code(err.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(toProblem(err, request.id)));
}

export function codeForStatus(status: number): ErrorCode {
  const match = (Object.keys(ERROR_CODES) as ErrorCode[]).find((code) => ERROR_CODES[code].status === status);
  return match ?? (status >= 500 ? 'internal_error' : 'bad_request');
}
