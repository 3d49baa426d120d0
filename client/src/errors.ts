import type { ErrorCode, FieldError } from './api-types.js';

/**
 * Failures that never reached a problem answer: the server could not be reached, or answered something that is not
 * Gatehouse JSON; or, for passkeys, this runtime has no WebAuthn (webauthn_unavailable) or the browser's ceremony
 * failed (webauthn_failed: cancelled, timed out, no matching passkey, already registered; the browser's error is the cause).
 */
export type ClientErrorCode = 'network_error' | 'unexpected_response' | 'webauthn_unavailable' | 'webauthn_failed';

/** Every failure of the client: `code` is the server's stable problem code, or one of the client's own (ClientErrorCode). */
export class GatehouseError extends Error {
  override readonly name = 'GatehouseError';
  /** The HTTP status; 0 when no answer arrived. */
  readonly status: number;
  readonly code: ErrorCode | ClientErrorCode;
  readonly detail: string;
  /** The server's request id (X-Request-Id), to quote when reporting a problem. */
  readonly requestId: string | undefined;
  /** Validation failures, one per broken rule; empty for other errors. */
  readonly errors: FieldError[];

  constructor(fields: { status: number; code: ErrorCode | ClientErrorCode; detail: string; requestId?: string | undefined; errors?: FieldError[]; cause?: unknown }) {
    super(`${fields.code}: ${fields.detail}`, fields.cause === undefined ? undefined : { cause: fields.cause });
    this.status = fields.status;
    this.code = fields.code;
    this.detail = fields.detail;
    this.requestId = fields.requestId;
    this.errors = fields.errors ?? [];
  }
}

export function isGatehouseError(value: unknown, code?: ErrorCode | ClientErrorCode): value is GatehouseError {
  return value instanceof GatehouseError && (code === undefined || value.code === code);
}

/** A problem+json body as the server sends it; anything else is not one. */
export function problemFrom(status: number, body: unknown, requestId: string | undefined): GatehouseError | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const problem = body as { code?: unknown; detail?: unknown; request_id?: unknown; errors?: unknown };
  if (typeof problem.code !== 'string') return undefined;
  return new GatehouseError({
    status,
    code: problem.code as ErrorCode,
    detail: typeof problem.detail === 'string' ? problem.detail : '',
    requestId: typeof problem.request_id === 'string' ? problem.request_id : requestId,
    errors: Array.isArray(problem.errors) ? (problem.errors as FieldError[]) : [],
  });
}
