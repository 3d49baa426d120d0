import { randomUUID } from 'node:crypto';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance } from 'fastify';
import FindMyWay, { type HTTPMethod } from 'find-my-way';
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from '../db/errors.js';
import { AppError, type FieldError, isAppError, MAX_LISTED_ERRORS } from '../errors.js';
import { codeForStatus, PROBLEM_CONTENT_TYPE, sendProblem, toProblem } from './problem.js';

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

const FRAMEWORK_CODES: Record<string, ConstructorParameters<typeof AppError>[0]> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'bad_request',
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'malformed_json',
  FST_ERR_CTP_INVALID_JSON_BODY: 'malformed_json',
};

/** Turns anything thrown into an AppError; unknown errors become a bare 500. */
export function toAppError(err: FastifyError | Error): AppError {
  if (isAppError(err)) return err;
  const fastifyError = err as FastifyError;
  if (fastifyError.validation) return validationError(fastifyError.validation as AjvIssue[], fastifyError.validationContext);
  const known = fastifyError.code ? FRAMEWORK_CODES[fastifyError.code] : undefined;
  if (known) return new AppError(known);
  const status = fastifyError.statusCode ?? 500;
  if (status === 400 && err instanceof SyntaxError) return new AppError('malformed_json');
  if (status >= 400 && status < 500) return new AppError(codeForStatus(status));
  if (isDatabaseUnavailable(err)) {
    return new AppError('service_unavailable', { detail: 'The database is unavailable; retry shortly.', retryAfter: DATABASE_RETRY_AFTER_SECONDS, cause: err });
  }
  return new AppError('internal_error', { cause: err });
}

/** One place maps every error to problem+json; 5xx log the cause and never echo it. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    const appError = toAppError(err);
    if (appError.status >= 500) request.log.error({ err }, 'unhandled error');
    return sendProblem(request, reply, appError);
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
    if (allowed.length > 0) {
      return sendProblem(request, reply, new AppError('method_not_allowed', { headers: { allow: allowed.join(', ') } }));
    }
    return sendProblem(request, reply, new AppError('not_found', { detail: `No route ${request.method} ${path}.` }));
  });
}

/**
 * Requests Node's HTTP parser refuses before Fastify sees them (oversized headers, garbage, slow clients)
 * still get a problem+json answer; then the socket is closed.
 */
export function clientErrorHandler(err: NodeJS.ErrnoException, socket: Socket): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const code = err.code === 'HPE_HEADER_OVERFLOW' ? 'headers_too_large' : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 'request_timeout' : 'bad_request';
  const problem = toProblem(new AppError(code), randomUUID());
  const body = JSON.stringify(problem);
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${problem.status} ${problem.title}\r\nContent-Type: ${PROBLEM_CONTENT_TYPE}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nX-Request-Id: ${problem.request_id}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy();
}
