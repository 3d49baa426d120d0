import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, type PostgresPool, type PostgresPoolClient, type SqliteDialectConfig } from 'kysely';
import pg from 'pg';
import { allowDirectReads, type DirectRead, statementNameOf } from './prepared.js';
import { GatehouseSqliteDialect } from './sqlite-dialect.js';
import type { Database } from './types.js';

type DatabaseKind = 'sqlite' | 'postgres';

/** Connections of the database handle, for the metrics. */
export interface PoolStats {
  total: number;
  idle: number;
  waiting: number;
}

/** The dialect stays in here: services get the Kysely instance, whose transactions and row locks mean the same on both. */
export interface DatabaseHandle {
  db: Kysely<Database>;
  poolStats(): PoolStats;
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

type Prepare = (sql: string) => SqliteDatabase.Statement;

/** better-sqlite3 compiles a statement on every prepare(); Kysely prepares per query, so keep the compiled ones. */
function statementCache(database: SqliteDatabase.Database): Prepare {
  const cache = new Map<string, SqliteDatabase.Statement>();
  return (sql) => {
    let statement = cache.get(sql);
    if (!statement) {
      statement = database.prepare(sql);
      if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
      cache.set(sql, statement);
    }
    return statement;
  };
}

/**
 * The prepared reads every authenticated request makes (`firstRowOf`), run at once past Kysely's queue. Between
 * transactions they go to the writing connection itself, which then holds no uncommitted change: its page cache
 * stays valid across its own writes (a second connection's is dropped after every commit of the first, and a
 * refresh would re-read its pages from the file). While a transaction is open there (it may span several
 * requests' turns of the event loop), they go to a read-only connection, which in WAL mode sees every committed
 * transaction and never waits for the writer. Nothing here streams rows from the writing connection (Kysely's
 * `.stream()`): a read between two streamed rows would find that connection busy and throw.
 */
function directReader(writer: SqliteDatabase.Database, onWriter: Prepare, path: string): { read: DirectRead; close(): void } {
  const reader = new SqliteDatabase(path, { readonly: true, fileMustExist: true, timeout: 5000 });
  const onReader = statementCache(reader);
  return {
    read: (sql, parameters) => (writer.inTransaction ? onReader(sql) : onWriter(sql)).get(...parameters),
    close: () => reader.close(),
  };
}

function openSqlite(url: string): Kysely<Database> {
  const path = sqlitePathFromUrl(url);
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const database = new SqliteDatabase(path, { timeout: 5000 });
  database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  database.pragma('synchronous = NORMAL');
  // One cache of the writing connection's statements, for Kysely's queries and the direct reads alike.
  const prepare = statementCache(database);
  // An in-memory database has no second connection to the same data.
  const reader = path === ':memory:' ? null : directReader(database, prepare, path);
  const close = () => {
    reader?.close();
    database.close();
  };
  const db = new Kysely<Database>({ dialect: new GatehouseSqliteDialect({ database: { prepare, close } satisfies SqliteDialectConfig['database'] }) });
  if (reader) allowDirectReads(db, reader.read);
  return db;
}

/** Where pool errors go; the pino logger fits. */
export interface DatabaseLogger {
  warn(fields: object, message: string): void;
}

export interface OpenDatabaseOptions {
  poolSize?: number;
  /** PostgreSQL: ms to open a connection or wait for a free one; 0 waits forever. */
  connectTimeoutMs?: number;
  /** PostgreSQL: statement_timeout in ms; 0 or absent: none (migrations and the CLI may run long statements). */
  statementTimeoutMs?: number;
  logger?: DatabaseLogger;
}

// After the server-side statement_timeout, give the answer this long to arrive before giving up on the socket.
const CLIENT_TIMEOUT_GRACE_MS = 1000;
const DEFAULT_CONNECT_TIMEOUT_MS = 5000;

function isClientTimeout(err: unknown): boolean {
  return err instanceof Error && err.message === 'Query read timeout';
}

/**
 * A query abandoned by pg's client-side timeout leaves its connection waiting for an answer that may never come
 * (PostgreSQL hung, network gone): that connection is destroyed on release instead of going back to the pool.
 */
function discardingTimedOutClients(pool: pg.Pool): PostgresPool {
  return {
    connect: async () => {
      const client = await pool.connect();
      let timedOut = false;
      const query = (sqlOrCursor: unknown, parameters?: unknown) => {
        // A prepared query's text runs as a named statement: parsed and planned once per connection.
        const name = typeof sqlOrCursor === 'string' ? statementNameOf(sqlOrCursor) : undefined;
        const run = client.query as (...args: unknown[]) => unknown;
        const result = name === undefined ? run.call(client, sqlOrCursor, parameters) : run.call(client, { name, text: sqlOrCursor, values: parameters });
        if (!(result instanceof Promise)) return result;
        return result.catch((err: unknown) => {
          if (isClientTimeout(err)) timedOut = true;
          throw err;
        });
      };
      return { query, release: (destroy?: boolean) => client.release(destroy || timedOut) } as PostgresPoolClient;
    },
    end: () => pool.end(),
  };
}

function openPostgres(url: string, options: OpenDatabaseOptions): DatabaseHandle {
  const statementTimeoutMs = options.statementTimeoutMs ?? 0;
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS,
    // The server cancels a long statement; the client-side timeout covers a server that does not answer at all.
    ...(statementTimeoutMs > 0 ? { statement_timeout: statementTimeoutMs, query_timeout: statementTimeoutMs + CLIENT_TIMEOUT_GRACE_MS } : {}),
    keepAlive: true,
    // Timestamps and counts are BIGINT: read them as numbers (epoch ms stay far below 2^53).
    types: { getTypeParser: (oid: number, format?: 'text' | 'binary') => (oid === PG_INT8 ? Number : pg.types.getTypeParser(oid, format as 'text')) } as pg.CustomTypesConfig,
  });
  // A connection lost while checked out (between two statements) emits 'error' on its client, which would crash
  // the process without a listener; lost while idle, the pool re-emits it. Log it once, without the query.
  pool.on('connect', (client) => {
    client.on('error', (err: Error & { code?: string }) => options.logger?.warn({ err: { message: err.message, code: err.code } }, 'database connection lost'));
  });
  pool.on('error', () => {}); // already logged by the client's listener above
  return {
    db: new Kysely<Database>({ dialect: new PostgresDialect({ pool: discardingTimedOutClients(pool) }) }),
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
  };
}

export function openDatabase(url: string, options: OpenDatabaseOptions = {}): DatabaseHandle {
  if (databaseKind(url) === 'postgres') return openPostgres(url, options);
  // One connection, never waited for: Kysely's driver queues the queries of one process.
  return { db: openSqlite(url), poolStats: () => ({ total: 1, idle: 0, waiting: 0 }) };
}
