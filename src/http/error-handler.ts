import { randomUUID } from 'node:crypto';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import FindMyWay, { type HTTPMethod } from 'find-my-way';
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from '../db/errors.js';
import { AppError, type ErrorCode, type FieldError, genericCodeFor, isAppError, MAX_LISTED_ERRORS } from '../errors.js';
import { ensureSecurityHeaders, PROBLEM_CONTENT_TYPE, sendProblem, toProblem } from './problem.js';
import { API_SECURITY_HEADERS } from './security-headers.js';

interface AjvIssue {
  instancePath?: string;
  keyword: string;
  message?: string;
  params?: Record<string, unknown>;
}

function fieldOf(issue: AjvIssue): string {
  const missing = issue.params?.missingProperty ?? issue.params?.additionalProperty;
  const base = (issue.instancePath ?? '').replace(/^\//, '').replaceAll('/', '.');
  if (typeof missing === 'string') return base ? `${base}.${missing}` : missing;
  return base || '(root)';
}

function messageOf(issue: AjvIssue): string {
  if (issue.keyword === 'additionalProperties') return 'is not an accepted field';
  if (issue.keyword === 'required') return 'is required';
  return issue.message ?? 'is invalid';
}

/** The one place validation failures become a problem: the first MAX_LISTED_ERRORS issues, and their count. */
export function validationError(issues: AjvIssue[], context = 'body'): AppError {
  const errors: FieldError[] = issues.slice(0, MAX_LISTED_ERRORS).map((issue) => ({ field: fieldOf(issue), message: messageOf(issue) }));
  return new AppError('validation_failed', { detail: `The ${context} is invalid.`, errors, errorsTotal: issues.length });
}

const FRAMEWORK_CODES: Record<string, { code: ErrorCode; detail?: string }> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { code: 'unsupported_media_type' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { code: 'bad_request' },
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'payload_too_large' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'malformed_json' },
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'malformed_json' },
  FST_ERR_BAD_URL: { code: 'bad_request', detail: 'The URL path is not validly percent-encoded.' },
  FST_ERR_MAX_PARAM_LENGTH: { code: 'uri_too_long', detail: 'A path parameter is longer than 100 characters.' },
};

/**
 * Turns anything thrown into an AppError. An error with only a status (from the framework, a plugin or a
 * library) gets that status's generic code and detail, never its own message; anything else is a bare 500.
 */
export function toAppError(err: FastifyError | Error): AppError {
  if (isAppError(err)) return err;
  const fastifyError = err as FastifyError;
  if (fastifyError.validation) return validationError(fastifyError.validation as AjvIssue[], fastifyError.validationContext);
  const known = fastifyError.code ? FRAMEWORK_CODES[fastifyError.code] : undefined;
  if (known) return new AppError(known.code, { detail: known.detail });
  const status = fastifyError.statusCode ?? 500;
  if (status === 400 && err instanceof SyntaxError) return new AppError('malformed_json');
  if (isDatabaseUnavailable(err)) {
    return new AppError('service_unavailable', { detail: 'The database is unavailable; retry shortly.', retryAfter: DATABASE_RETRY_AFTER_SECONDS, cause: err });
  }
  if (status >= 400 && status !== 500) return new AppError(genericCodeFor(status), { cause: err });
  return new AppError('internal_error', { cause: err });
}

/**
 * Fastify's `frameworkErrors`: bad percent-encoding and overlong path parameters, found while routing, before
 * any hook runs. Answered in the same shape as everything else.
 */
export function frameworkErrorHandler(err: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const appError = toAppError(err);
  if (appError.status >= 500) request.log.error({ err }, 'framework error');
  sendProblem(request, reply, appError);
}

/** One place maps every error to problem+json; 5xx log the cause and never echo it. */
async function errorHandling(app: FastifyInstance): Promise<void> {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    const appError = toAppError(err);
    if (appError.status >= 500) request.log.error({ err }, 'unhandled error');
    return sendProblem(request, reply, appError);
  });

  // A plugin that answers an error itself (CORS refusing a preflight with text/plain, before helmet ran) is
  // brought into the contract: problem+json with the generic code for its status, and the security headers.
  app.addHook('onSend', (request, reply, payload, done) => {
    if (reply.statusCode < 400 || String(reply.getHeader('content-type') ?? '').startsWith('application/problem+json')) return done(null, payload);
    const appError = new AppError(genericCodeFor(reply.statusCode));
    reply.header('x-request-id', request.id);
    ensureSecurityHeaders(reply);
    reply.code(appError.status).type(PROBLEM_CONTENT_TYPE);
    done(null, JSON.stringify(toProblem(appError, request.id)));
  });

  // A mirror of the route table tells a wrong method (405 + Allow) from an unknown path (404).
  const routes = FindMyWay();
  app.addHook('onRoute', (route) => {
    // CORS's catch-all preflight route (OPTIONS *) would make every unknown path look like a 405.
    if (route.url === '*') return;
    for (const method of [route.method].flat()) {
      if (!routes.hasRoute(method as HTTPMethod, route.url)) routes.on(method as HTTPMethod, route.url, () => {});
    }
  });

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    const allowed = (['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'] as const).filter((m) => routes.find(m, path));
    // A route of this very method that found nothing (a missing static file) is a 404, not a 405.
    if (allowed.length > 0 && !(allowed as readonly string[]).includes(request.method)) {
      return sendProblem(request, reply, new AppError('method_not_allowed', { headers: { allow: allowed.join(', ') } }));
    }
    return sendProblem(request, reply, new AppError('not_found', { detail: `No route ${request.method} ${path}.` }));
  });
}

/** Every error, thrown or answered by a plugin, as problem+json; 404 and 405 told apart. */
export default fp(errorHandling, { name: 'error-handling', fastify: '5.x' });

/**
 * Requests Node's HTTP parser refuses before Fastify sees them (oversized headers, garbage, slow clients)
 * still get a problem+json answer; then the socket is closed.
 */
export function clientErrorHandler(err: NodeJS.ErrnoException, socket: Socket): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const code = err.code === 'HPE_HEADER_OVERFLOW' ? 'headers_too_large' : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 'request_timeout' : 'bad_request';
  const problem = toProblem(new AppError(code), randomUUID());
  const body = JSON.stringify(problem);
  // Never into the middle of a response already under way on this socket.
  const inFlight = (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
  if (socket.writable && !inFlight?.headersSent) {
    const headers = { 'Content-Type': PROBLEM_CONTENT_TYPE, 'Content-Length': String(Buffer.byteLength(body)), 'X-Request-Id': problem.request_id, ...API_SECURITY_HEADERS, Connection: 'close' };
    const head = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`).join('');
    socket.write(`HTTP/1.1 ${problem.status} ${problem.title}\r\n${head}\r\n${body}`);
  }
  socket.destroy();
}
