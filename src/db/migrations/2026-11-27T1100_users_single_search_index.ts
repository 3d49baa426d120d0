import { type Kysely, PostgresAdapter, sql } from 'kysely';

// GET /api/users?q= now matches one expression, `lower(username) || '\n' || email`, served by one pg_trgm GIN
// index instead of a BitmapOr of two: with a million users a term such as user99999 shares its common trigrams
// ("use", "ser") with every row, and each of the two index scans cost about 7 ms; one scan halves that. The
// newline keeps a match from spanning both fields (q refuses control characters). Written out here, not
// imported: src/users/repository.ts must keep the very same expression (test/users-keyset.test.ts checks the plan).
const SEARCH_EXPRESSION = sql`(lower(username) || ${sql.lit('\n')} || email)`;

async function hasTrigram(db: Kysely<any>): Promise<boolean> {
  const { rows } = await sql<{ present: number }>`SELECT 1 AS present FROM pg_extension WHERE extname = 'pg_trgm'`.execute(db);
  return rows.length > 0;
}

export async function up(db: Kysely<any>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter) || !(await hasTrigram(db))) return;
  // Building it took 6 s for a million users (2-core machine), during which writes to users wait (the migration's
  // transaction holds the table): no statement timeout may cut it short. A large deployment can build it
  // beforehand without blocking: CREATE INDEX CONCURRENTLY users_search_trgm ON users USING gin
  // ((lower(username) || E'\n' || email) gin_trgm_ops); this migration then only drops the old two.
  await sql`SET LOCAL statement_timeout = 0`.execute(db);
  await sql`CREATE INDEX IF NOT EXISTS users_search_trgm ON users USING gin (${SEARCH_EXPRESSION} gin_trgm_ops)`.execute(db);
  await sql`DROP INDEX IF EXISTS users_username_trgm`.execute(db);
  await sql`DROP INDEX IF EXISTS users_email_trgm`.execute(db);
  // Statistics of the new expression, at once: without them the planner guesses and serves a term matching
  // every user (q=example) from the index, a bitmap of all rows (550 ms with a million), not the id order.
  await sql`ANALYZE users`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter) || !(await hasTrigram(db))) return;
  await sql`CREATE INDEX IF NOT EXISTS users_username_trgm ON users USING gin (lower(username) gin_trgm_ops)`.execute(db);
  await sql`CREATE INDEX IF NOT EXISTS users_email_trgm ON users USING gin (email gin_trgm_ops)`.execute(db);
  await sql`DROP INDEX IF EXISTS users_search_trgm`.execute(db);
}
