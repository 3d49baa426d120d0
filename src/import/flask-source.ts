import { createHash } from 'node:crypto';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import { sqlitePathFromUrl } from '../db/connection.js';

/**
 * The Flask service's database, read directly and read-only: SQLite (`sqlite:///relative.db`,
 * `sqlite:////absolute.db`) or PostgreSQL (`postgresql://`, `postgres://`, `postgresql+psycopg2://`). This is the
 * source's dialect, not Gatehouse's: it stays in this file.
 */

export type SourceRow = Record<string, unknown>;

export interface FlaskSource {
  readonly kind: 'sqlite' | 'postgres';
  tables(): Promise<string[]>;
  columns(table: string): Promise<string[]>;
  count(table: string): Promise<number>;
  /** Rows whose `key` is above `after` (all when undefined), in key order, at most `limit`: keyset pagination. */
  page(table: string, columns: readonly string[], key: string, after: unknown, limit: number): Promise<SourceRow[]>;
  close(): Promise<void>;
}

export class SourceError extends Error {}

const quote = (identifier: string): string => `"${identifier.replaceAll('"', '""')}"`;

/** `?` for SQLite, `$1` for PostgreSQL (numbered in order). */
function pageSql(table: string, columns: readonly string[], key: string, after: unknown, style: '?' | '$1'): string {
  const at = (n: number): string => (style === '?' ? '?' : `$${n}`);
  const filter = after === undefined ? '' : ` WHERE ${quote(key)} > ${at(1)}`;
  return `SELECT ${columns.map(quote).join(', ')} FROM ${quote(table)}${filter} ORDER BY ${quote(key)} LIMIT ${at(after === undefined ? 1 : 2)}`;
}

function openSqliteSource(url: string): FlaskSource {
  const path = sqlitePathFromUrl(url);
  if (path === ':memory:') throw new SourceError('an in-memory SQLite database has nothing to import: give the Flask database file');
  let database: SqliteDatabase.Database;
  try {
    database = new SqliteDatabase(path, { readonly: true, fileMustExist: true });
  } catch (err) {
    throw new SourceError(`cannot open the Flask database ${path}: ${(err as Error).message}`);
  }
  const statements = new Map<string, SqliteDatabase.Statement>();
  const prepared = (text: string): SqliteDatabase.Statement => {
    let statement = statements.get(text);
    if (!statement) statements.set(text, (statement = database.prepare(text)));
    return statement;
  };
  return {
    kind: 'sqlite',
    tables: async () => (database.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as Array<{ name: string }>).map((r) => r.name),
    columns: async (table) => (database.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as Array<{ name: string }>).map((r) => r.name),
    count: async (table) => Number((database.prepare(`SELECT count(*) AS n FROM ${quote(table)}`).get() as { n: number }).n),
    page: async (table, columns, key, after, limit) => {
      const statement = prepared(pageSql(table, columns, key, after, '?'));
      return (after === undefined ? statement.all(limit) : statement.all(after, limit)) as SourceRow[];
    },
    close: async () => {
      database.close();
    },
  };
}

// Timestamps come back as the text PostgreSQL prints: pg would read `timestamp without time zone` as local time.
const TEXT_TYPES = new Set([1082, 1114, 1184]);
const types = { getTypeParser: (oid: number, format?: 'text' | 'binary') => (TEXT_TYPES.has(oid) ? (value: string) => value : pg.types.getTypeParser(oid, format as 'text')) } as pg.CustomTypesConfig;

async function openPostgresSource(url: string): Promise<FlaskSource> {
  const client = new pg.Client({ connectionString: url.replace(/^postgresql\+\w+:/, 'postgresql:'), types, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
    await client.query('SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY');
  } catch (err) {
    await client.end().catch(() => {});
    throw new SourceError(`cannot open the Flask database: ${(err as Error).message}`);
  }
  client.on('error', () => {}); // a lost connection fails the next query, which reports it
  return {
    kind: 'postgres',
    tables: async () => (await client.query<{ name: string }>(`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema()`)).rows.map((r) => r.name),
    columns: async (table) =>
      (await client.query<{ name: string }>(`SELECT column_name AS name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position`, [table])).rows.map((r) => r.name),
    count: async (table) => Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${quote(table)}`)).rows[0]?.n ?? 0),
    page: async (table, columns, key, after, limit) => {
      const text = pageSql(table, columns, key, after, '$1');
      // A named statement is parsed and planned once per connection, not once per page.
      const name = `flask_page_${createHash('sha256').update(text).digest('hex').slice(0, 16)}`;
      const { rows } = await client.query({ name, text, values: after === undefined ? [limit] : [after, limit] });
      return rows as SourceRow[];
    },
    close: async () => {
      await client.end();
    },
  };
}

export async function openFlaskSource(url: string): Promise<FlaskSource> {
  if (url.startsWith('sqlite:')) return openSqliteSource(url);
  if (/^postgres(ql)?(\+\w+)?:\/\//.test(url)) return openPostgresSource(url);
  throw new SourceError('--from must be a sqlite:/// or postgresql:// URL, as the Flask service\'s SQLALCHEMY_DATABASE_URI');
}
