/**
 * Every error the API answers with: a stable snake_case code, its HTTP status and default message.
 * The HTTP mapping (src/http/error-handler.ts) and the OpenAPI document both read this table.
 */
export const ERROR_CODES = Object.freeze({
  validation_failed: { status: 400, detail: 'The request is invalid.' },
  malformed_json: { status: 400, detail: 'The request body is not valid JSON.' },
  bad_request: { status: 400, detail: 'The request cannot be processed.' },
  authorization_required: { status: 401, detail: 'Missing Authorization header with a Bearer token.' },
  invalid_token: { status: 401, detail: 'The token is invalid.' },
  token_expired: { status: 401, detail: 'The token has expired.' },
  token_revoked: { status: 401, detail: 'The token has been revoked.' },
  refresh_reused: { status: 401, detail: 'This refresh token was already used; the session has been revoked.' },
  invalid_credentials: { status: 401, detail: 'Invalid credentials.' },
  invalid_current_password: { status: 403, detail: 'The current password is wrong.' },
  account_disabled: { status: 403, detail: 'This account is disabled.' },
  forbidden: { status: 403, detail: 'You are not allowed to do this.' },
  user_not_found: { status: 404, detail: 'User not found.' },
  not_found: { status: 404, detail: 'No such resource.' },
  method_not_allowed: { status: 405, detail: 'This method is not allowed on this resource.' },
  request_timeout: { status: 408, detail: 'The request took too long to arrive.' },
  username_taken: { status: 409, detail: 'This username is already taken.' },
  email_taken: { status: 409, detail: 'This email is already registered.' },
  last_admin: { status: 409, detail: 'The last active admin cannot be removed, demoted or deactivated.' },
  payload_too_large: { status: 413, detail: 'The request body is too large.' },
  unsupported_media_type: { status: 415, detail: 'Send the body as application/json.' },
  account_locked: { status: 423, detail: 'Too many failed logins: the account is temporarily locked.' },
  rate_limited: { status: 429, detail: 'Too many requests: slow down.' },
  headers_too_large: { status: 431, detail: 'The request headers are too large.' },
  internal_error: { status: 500, detail: 'An unexpected error occurred.' },
  service_unavailable: { status: 503, detail: 'The service is not ready.' },
} satisfies Record<string, { status: number; detail: string }>);

export type ErrorCode = keyof typeof ERROR_CODES;

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
    this.status = ERROR_CODES[code].status;
    this.errors = options.errors;
    this.errorsTotal = options.errorsTotal;
    this.retryAfter = options.retryAfter;
    this.headers = options.headers;
  }
}

export function isAppError(err: unknown): err is AppError {
  return err instanceof AppError;
}
