/** Which unique rule a failed insert/update broke, on SQLite or PostgreSQL; null when it was something else. */
export function uniqueViolation(err: unknown): 'username' | 'email' | 'other' | null {
  const e = err as { code?: string; constraint?: string; message?: string };
  const isSqlite = typeof e?.code === 'string' && e.code.startsWith('SQLITE_CONSTRAINT_UNIQUE');
  const isPostgres = e?.code === '23505';
  if (!isSqlite && !isPostgres) return null;
  const where = `${e.constraint ?? ''} ${e.message ?? ''}`;
  if (/users_username_lower_unique|users\.username/.test(where)) return 'username';
  if (/users_email_unique|users\.email/.test(where)) return 'email';
  return 'other';
}

/** Seconds a client is told to wait (Retry-After) when the database is unavailable. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

// Connection exceptions (class 08), shutdown or start-up in progress (57P01-57P03), too many connections,
// and statement_timeout (57014): the database is unreachable or overloaded, not the request wrong.
const POSTGRES_UNAVAILABLE = /^(08...|57P0[123]|57014|53300)$/;
const SQLITE_UNAVAILABLE = /^SQLITE_(BUSY|LOCKED|IOERR|CANTOPEN|FULL)(_|$)/;
const SOCKET_UNAVAILABLE = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);
// pg and pg-pool say these in words only, without a code.
const DRIVER_UNAVAILABLE = [
  /^Connection terminated/, // unexpectedly, or due to connection timeout
  /^timeout exceeded when trying to connect$/, // no pool slot or no connection within connectionTimeoutMillis
  /^Query read timeout$/, // the client-side backstop of statement_timeout
  /^Client (has encountered a connection error|was closed) and is not queryable$/,
  /^timeout expired$/,
];

/**
 * True when `err` says the database cannot be reached or answered too late (PostgreSQL down, restarting,
 * timed out; SQLite busy or its file unreadable), so the request may succeed if retried later.
 * Looks through `cause` and AggregateError `errors`, where pg and Node put the socket error.
 */
export function isDatabaseUnavailable(err: unknown, depth = 0): boolean {
  if (typeof err !== 'object' || err === null || depth > 3) return false;
  const e = err as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
  if (typeof e.code === 'string') {
    if (POSTGRES_UNAVAILABLE.test(e.code) || SQLITE_UNAVAILABLE.test(e.code) || SOCKET_UNAVAILABLE.has(e.code)) return true;
  }
  if (typeof e.message === 'string' && DRIVER_UNAVAILABLE.some((pattern) => pattern.test(e.message as string))) return true;
  if (Array.isArray(e.errors) && e.errors.some((inner) => isDatabaseUnavailable(inner, depth + 1))) return true;
  return isDatabaseUnavailable(e.cause, depth + 1);
}
