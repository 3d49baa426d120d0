import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import { TEST_DATABASE_URL } from './helper.js';

/** A Flask service's database as Flask-SQLAlchemy creates it: SQLite (DATETIME text, 0/1 booleans) or PostgreSQL. */

export type FlaskValue = string | number | boolean | Buffer | null;
export type FlaskRow = Record<string, FlaskValue>;

export interface FlaskTable {
  name: string;
  /** Column name → SQLAlchemy type: Integer, String, Text, DateTime, Boolean, LargeBinary. */
  columns: Record<string, 'Integer' | 'String' | 'DateTime' | 'Boolean' | 'LargeBinary'>;
  rows: FlaskRow[];
}

export interface FlaskDatabase {
  /** The SQLALCHEMY_DATABASE_URI, as the Flask service's config holds it. */
  url: string;
  /** Runs one statement with `?` placeholders (rewritten to $n on PostgreSQL). */
  execute(statement: string, values?: FlaskValue[]): Promise<void>;
  drop(): Promise<void>;
}

/** `2025-10-30 18:31:32.742142`: how SQLAlchemy writes a naive UTC DateTime to SQLite. */
export function sqlalchemyTime(ms: number): string {
  return new Date(ms).toISOString().replace('T', ' ').replace('Z', '').replace(/\.(\d{3})$/, '.$1142');
}

const SQLITE_TYPES = { Integer: 'INTEGER', String: 'VARCHAR(255)', DateTime: 'DATETIME', Boolean: 'BOOLEAN', LargeBinary: 'BLOB' } as const;
const PG_TYPES = { Integer: 'INTEGER', String: 'VARCHAR(255)', DateTime: 'TIMESTAMP WITHOUT TIME ZONE', Boolean: 'BOOLEAN', LargeBinary: 'BYTEA' } as const;

function createStatement(table: FlaskTable, types: Record<string, string>): string {
  const columns = Object.entries(table.columns).map(([name, type]) => `"${name}" ${types[type]}${name === 'id' ? ' PRIMARY KEY' : ''}`);
  return `CREATE TABLE "${table.name}" (${columns.join(', ')})`;
}

function sqliteValue(value: FlaskValue): FlaskValue {
  return typeof value === 'boolean' ? (value ? 1 : 0) : value;
}

export async function createFlaskSqlite(tables: FlaskTable[]): Promise<FlaskDatabase> {
  const dir = mkdtempSync(path.join(tmpdir(), 'flask-source-'));
  const file = path.join(dir, 'app.db');
  const db = new SqliteDatabase(file);
  for (const table of tables) {
    db.exec(createStatement(table, SQLITE_TYPES));
    const names = Object.keys(table.columns);
    const insert = db.prepare(`INSERT INTO "${table.name}" (${names.map((n) => `"${n}"`).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`);
    for (const row of table.rows) insert.run(names.map((n) => sqliteValue(row[n] ?? null)));
  }
  db.close();
  return {
    url: `sqlite:///${file}`, // sqlite:////tmp/…: SQLAlchemy's absolute form
    execute: async (statement, values = []) => {
      const writer = new SqliteDatabase(file);
      writer.prepare(statement).run(values.map(sqliteValue));
      writer.close();
    },
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Only on the PostgreSQL run (TEST_DATABASE_URL): a database of its own on that server, dropped after. */
export async function createFlaskPostgres(tables: FlaskTable[]): Promise<FlaskDatabase> {
  if (!TEST_DATABASE_URL) throw new Error('createFlaskPostgres needs TEST_DATABASE_URL');
  const name = `flask_source_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = Object.assign(new URL(TEST_DATABASE_URL), { pathname: `/${name}` }).toString();
  const run = async (statement: string, values: FlaskValue[] = []): Promise<void> => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    let n = 0;
    await client.query(statement.replace(/\?/g, () => `$${++n}`), values);
    await client.end();
  };
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  for (const table of tables) {
    await client.query(createStatement(table, PG_TYPES));
    const names = Object.keys(table.columns);
    for (const row of table.rows) {
      await client.query(`INSERT INTO "${table.name}" (${names.map((n) => `"${n}"`).join(', ')}) VALUES (${names.map((_, i) => `$${i + 1}`).join(', ')})`, names.map((n) => row[n] ?? null));
    }
  }
  await client.end();
  return {
    // As SQLAlchemy writes it.
    url: url.replace(/^postgres(ql)?:/, 'postgresql+psycopg2:'),
    execute: run,
    drop: async () => {
      const c = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
