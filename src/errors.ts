/**
 * Every error the API answers with: a stable snake_case code, its HTTP status and default message.
 * The HTTP mapping (src/http/error-handler.ts) and the OpenAPI document both read this table.
 */
export const ERROR_CODES = Object.freeze({
  validation_failed: { status: 400, detail: 'The request is invalid.' },
  malformed_json: { status: 400, detail: 'The request body is not valid JSON.' },
  bad_request: { status: 400, detail: 'The request cannot be processed.' },
  passkey_rejected: { status: 400, detail: 'The passkey could not be registered.' },
  invalid_or_expired_token: { status: 400, detail: 'This link is invalid, expired or already used.' },
  unauthorized: { status: 401, detail: 'Authentication is required.' },
  authorization_required: { status: 401, detail: 'Missing Authorization header with a Bearer token.' },
  invalid_token: { status: 401, detail: 'The token is invalid.' },
  token_expired: { status: 401, detail: 'The token has expired.' },
  token_revoked: { status: 401, detail: 'The token has been revoked.' },
  refresh_reused: { status: 401, detail: 'This refresh token was already used; the session has been revoked.' },
  invalid_credentials: { status: 401, detail: 'Invalid credentials.' },
  invalid_mfa_code: { status: 401, detail: 'The code is wrong, expired or already used.' },
  invalid_current_password: { status: 403, detail: 'The current password is wrong.' },
  account_disabled: { status: 403, detail: 'This account is disabled.' },
  mfa_required: { status: 403, detail: 'This needs a session that passed a second factor: enrol one, then log in with it.' },
  email_not_verified: { status: 403, detail: 'Confirm your email address first: follow the link we mailed you.' },
  forbidden: { status: 403, detail: 'You are not allowed to do this.' },
  csrf_failed: { status: 403, detail: 'The request failed the CSRF check: a missing or wrong X-CSRF-TOKEN header, or an origin that is not allowed.' },
  user_not_found: { status: 404, detail: 'User not found.' },
  session_not_found: { status: 404, detail: 'Session not found.' },
  invitation_not_found: { status: 404, detail: 'No pending invitation with this id.' },
  webhook_not_found: { status: 404, detail: 'No webhook endpoint with this id.' },
  not_found: { status: 404, detail: 'No such resource.' },
  method_not_allowed: { status: 405, detail: 'This method is not allowed on this resource.' },
  request_timeout: { status: 408, detail: 'The request took too long to arrive.' },
  conflict: { status: 409, detail: 'The request conflicts with the current state of the resource.' },
  username_taken: { status: 409, detail: 'This username is already taken.' },
  email_taken: { status: 409, detail: 'This email is already registered.' },
  last_admin: { status: 409, detail: 'The last active admin cannot be removed, demoted or deactivated.' },
  mfa_already_enabled: { status: 409, detail: 'A second factor is already enabled; turn it off first to enrol a new one.' },
  last_sign_in_method: { status: 409, detail: 'This is your last way to sign in: set a password, link another provider or add a passkey first.' },
  already_verified: { status: 409, detail: 'This email address is already verified.' },
  precondition_failed: { status: 412, detail: 'A precondition of the request does not hold.' },
  payload_too_large: { status: 413, detail: 'The request body is too large.' },
  uri_too_long: { status: 414, detail: 'The request URL, or a segment of its path, is too long.' },
  unsupported_media_type: { status: 415, detail: 'Send the body as application/json.' },
  range_not_satisfiable: { status: 416, detail: 'The requested range cannot be served.' },
  account_locked: { status: 423, detail: 'Too many failed logins: the account is temporarily locked.' },
  rate_limited: { status: 429, detail: 'Too many requests: slow down.' },
  headers_too_large: { status: 431, detail: 'The request headers are too large.' },
  internal_error: { status: 500, detail: 'An unexpected error occurred.' },
  not_implemented: { status: 501, detail: 'The server does not support this request.' },
  service_unavailable: { status: 503, detail: 'The service is not ready.' },
  mail_unavailable: { status: 503, detail: 'Mail cannot be sent: the server has no SMTP_URL.' },
} satisfies Record<string, { status: number; detail: string }>);

export type ErrorCode = keyof typeof ERROR_CODES;

/**
 * The code of an error that has only a status (thrown by the framework, a plugin or a library): a generic one,
 * never the code of another error that shares the status (a bare 404 is `not_found`, not `user_not_found`).
 * Specific codes are kept for the errors that raise them.
 */
export const GENERIC_CODES: Readonly<Record<number, ErrorCode>> = Object.freeze({
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  408: 'request_timeout',
  409: 'conflict',
  412: 'precondition_failed',
  413: 'payload_too_large',
  414: 'uri_too_long',
  415: 'unsupported_media_type',
  416: 'range_not_satisfiable',
  429: 'rate_limited',
  431: 'headers_too_large',
  500: 'internal_error',
  501: 'not_implemented',
  503: 'service_unavailable',
});

/** The generic code for a status; another 4xx is a `bad_request`, another 5xx an `internal_error`. */
export function genericCodeFor(status: number): ErrorCode {
  return GENERIC_CODES[status] ?? (status >= 500 ? 'internal_error' : 'bad_request');
}

export interface FieldError {
  field: string;
  message: string;
}

/** A problem lists at most this many field errors; `errors_total` counts them all when there are more. */
export const MAX_LISTED_ERRORS = 20;

export interface AppErrorOptions {
  detail?: string;
  errors?: FieldError[];
  /** How many rules were broken in all, when `errors` holds only the first ones. */
  errorsTotal?: number;
  /** Seconds until the client may retry; becomes a Retry-After header. */
  retryAfter?: number;
  headers?: Record<string, string>;
  cause?: unknown;
  /** Only for a code whose table entry says its status depends on the route (invalid_mfa_code). */
  status?: number;
}

export class AppError extends Error {
  readonly status: number;
  readonly errors?: FieldError[];
  readonly errorsTotal?: number;
  readonly retryAfter?: number;
  readonly headers?: Record<string, string>;

  constructor(readonly code: ErrorCode, options: AppErrorOptions = {}) {
    super(options.detail ?? ERROR_CODES[code].detail, { cause: options.cause });
    this.name = 'AppError';
    this.status = options.status ?? ERROR_CODES[code].status;
    this.errors = options.errors;
    this.errorsTotal = options.errorsTotal;
    this.retryAfter = options.retryAfter;
    this.headers = options.headers;
  }
}

export function isAppError(err: unknown): err is AppError {
  return err instanceof AppError;
}
