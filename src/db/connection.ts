import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, type SqliteDialectConfig } from 'kysely';
import pg from 'pg';
import type { Database } from './types.js';

export type DatabaseKind = 'sqlite' | 'postgres';

export interface DatabaseHandle {
  db: Kysely<Database>;
  kind: DatabaseKind;
}

/** `sqlite:///app.db` is relative, `sqlite:////abs/app.db` absolute, `sqlite:///:memory:` in memory. */
export function sqlitePathFromUrl(url: string): string {
  const path = url.replace(/^sqlite:\/\/\//, '');
  if (path === ':memory:' || path === '') return ':memory:';
  return resolve(path);
}

function databaseKind(url: string): DatabaseKind {
  return url.startsWith('sqlite:') ? 'sqlite' : 'postgres';
}

const PG_INT8 = 20;

const STATEMENT_CACHE_SIZE = 200;

/** better-sqlite3 compiles a statement on every prepare(); Kysely prepares per query, so keep the compiled ones. */
function withStatementCache(database: SqliteDatabase.Database): SqliteDialectConfig['database'] {
  const cache = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => database.close(),
    prepare: (sql: string) => {
      let statement = cache.get(sql);
      if (!statement) {
        statement = database.prepare(sql);
        if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
        cache.set(sql, statement);
      }
      return statement;
    },
  };
}

function openSqlite(url: string): Kysely<Database> {
  const path = sqlitePathFromUrl(url);
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const database = new SqliteDatabase(path, { timeout: 5000 });
  database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  database.pragma('synchronous = NORMAL');
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(database) }) });
}

function openPostgres(url: string, poolSize: number): Kysely<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    // Timestamps and counts are BIGINT: read them as numbers (epoch ms stay far below 2^53).
    types: { getTypeParser: (oid: number, format?: 'text' | 'binary') => (oid === PG_INT8 ? Number : pg.types.getTypeParser(oid, format as 'text')) } as pg.CustomTypesConfig,
  });
  // An idle client losing its connection must not crash the process; the next query reports it.
  pool.on('error', () => {});
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

export function openDatabase(url: string, options: { poolSize?: number } = {}): DatabaseHandle {
  const kind = databaseKind(url);
  const db = kind === 'sqlite' ? openSqlite(url) : openPostgres(url, options.poolSize ?? 10);
  return { db, kind };
}
