import { type Kysely, PostgresAdapter, sql } from 'kysely';

// GET /api/users?q= matches `lower(username) LIKE '%…%' OR email LIKE '%…%'`: a leading wildcard no b-tree
// serves, so on PostgreSQL two pg_trgm GIN indexes do (a BitmapOr of both). SQLite keeps scanning.
export async function up(db: Kysely<any>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  // The migrator runs inside a transaction: a failed CREATE EXTENSION would abort it, so it runs in a savepoint.
  await sql`SAVEPOINT gatehouse_pg_trgm`.execute(db);
  try {
    await sql`CREATE EXTENSION IF NOT EXISTS pg_trgm`.execute(db);
    await sql`RELEASE SAVEPOINT gatehouse_pg_trgm`.execute(db);
  } catch {
    // Creating an extension needs a superuser, or CREATE on the database for a trusted one like pg_trgm (checked
    // here with a role lacking it), and the extension must be installed on the server. The
    // search still works without the indexes, only by scanning; a DBA can run CREATE EXTENSION pg_trgm and then
    // create the index of migration 2026-11-27T1100 (which replaces these two) by hand. Skipping keeps the
    // deployment migrating.
    await sql`ROLLBACK TO SAVEPOINT gatehouse_pg_trgm`.execute(db);
    await sql`RELEASE SAVEPOINT gatehouse_pg_trgm`.execute(db);
  }
  const { rows } = await sql<{ present: number }>`SELECT 1 AS present FROM pg_extension WHERE extname = 'pg_trgm'`.execute(db);
  if (rows.length === 0) return;
  await sql`CREATE INDEX IF NOT EXISTS users_username_trgm ON users USING gin (lower(username) gin_trgm_ops)`.execute(db);
  await sql`CREATE INDEX IF NOT EXISTS users_email_trgm ON users USING gin (email gin_trgm_ops)`.execute(db);
}

// The extension stays: other objects may use it, and dropping it may need rights the application lacks.
export async function down(db: Kysely<any>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  await sql`DROP INDEX IF EXISTS users_email_trgm`.execute(db);
  await sql`DROP INDEX IF EXISTS users_username_trgm`.execute(db);
}
