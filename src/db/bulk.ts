import { type Kysely, PostgresAdapter, type RawBuilder, sql } from 'kysely';
import type { Database } from './types.js';

/**
 * Many rows, or many values, handed to the database as one JSON parameter: one statement of a few hundred bytes
 * of SQL, whatever the number of rows, so nothing is compiled or bound per value (an import of a million users
 * spent most of its time building and binding 24,000-parameter statements). PostgreSQL reads the JSON with the
 * table's own row type (`json_populate_recordset`), SQLite with `json_each`.
 */

const isPostgres = (db: Kysely<Database>): boolean => db.getExecutor().adapter instanceof PostgresAdapter;

export interface BulkInsertOptions<C extends string> {
  /** ON CONFLICT (these columns): do nothing, or update the `update` columns from the new row. */
  onConflict?: { columns: readonly C[]; update?: readonly C[] };
}

/** Inserts `rows` (objects holding `columns`) into `table` in one statement; returns the rows inserted or updated. */
export async function insertRows<T extends keyof Database & string, C extends keyof Database[T] & string>(
  db: Kysely<Database>,
  table: T,
  columns: readonly C[],
  rows: ReadonlyArray<Partial<Record<C, unknown>>>,
  { onConflict }: BulkInsertOptions<C> = {},
): Promise<number> {
  if (rows.length === 0) return 0;
  const json = JSON.stringify(rows.map((row) => Object.fromEntries(columns.map((c) => [c, row[c] ?? null]))));
  const names = sql.join(columns.map((c) => sql.id(c)));
  const source = isPostgres(db)
    ? sql`select ${names} from json_populate_recordset(null::${sql.id(table)}, ${json}::json)`
    : // `where true`: SQLite would read ON CONFLICT as part of the SELECT's join otherwise.
      sql`select ${sql.join(columns.map((c) => sql`json_extract(value, ${`$.${c}`})`))} from json_each(${json}) where true`;
  const conflict = onConflict
    ? sql` on conflict (${sql.join(onConflict.columns.map((c) => sql.id(c)))}) ${
        onConflict.update?.length ? sql`do update set ${sql.join(onConflict.update.map((c) => sql`${sql.id(c)} = excluded.${sql.id(c)}`))}` : sql`do nothing`
      }`
    : sql``;
  const result = await sql`insert into ${sql.id(table)} (${names}) ${source}${conflict}`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

/**
 * `values` as a table `alias` with one column, `value`, for a join: thousands of values as one parameter. A join
 * from it is answered by the other table's index, one lookup per value, on both databases (PostgreSQL planned
 * `column = any(array)` or `in (subquery)` under OR as a scan of the whole table, per batch).
 */
export function valuesTable(db: Kysely<Database>, values: ReadonlyArray<string | number>, type: 'text' | 'integer', alias: string): RawBuilder<unknown> {
  if (isPostgres(db)) return type === 'integer' ? sql`unnest(${values}::integer[]) as ${sql.id(alias)}(value)` : sql`unnest(${values}::text[]) as ${sql.id(alias)}(value)`;
  return sql`json_each(${JSON.stringify(values)}) as ${sql.id(alias)}`;
}
