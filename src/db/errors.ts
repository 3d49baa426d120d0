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
