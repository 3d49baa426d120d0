import type { Compilable, CompiledQuery, Kysely } from 'kysely';

/** Stands in for a named parameter while the query is built; a string no caller sends. */
const placeholder = (name: string): string => `\u0000gatehouse-parameter:${name}`;

/**
 * The SQL of every prepared query, with the statement name PostgreSQL knows it by (one name per text, for the
 * process's life): the pool runs these as named statements, parsed and planned once per connection
 * (src/db/connection.ts). Only fixed texts come here, so the set stays as small as the list of prepared queries.
 */
const statementNames = new Map<string, string>();

/** The statement name of a prepared query's SQL, or undefined for any other SQL. */
export function statementNameOf(sql: string): string | undefined {
  return statementNames.get(sql);
}

/**
 * A hot query that Kysely builds and compiles once per database, so each call only binds its parameters: on
 * SQLite, building and compiling the session lookup took about 20 of its 30 µs on every authenticated request.
 * `build` writes the query with the named parameters it is given (stand-ins: use them as values, never compute
 * with them); each call fills them in by name wherever they ended up in the SQL. Compiled per Kysely instance: a
 * transaction's is a new one each time, so use it for queries run on the database itself. Values go to the
 * driver as given, past any Kysely plugin (none is configured here), and every call shares one queryId.
 */
export function preparedQuery<DB, Row, Name extends string>(
  names: readonly Name[],
  build: (db: Kysely<DB>, parameters: Record<Name, never>) => Compilable<Row>,
): (db: Kysely<DB>, values: Record<Name, unknown>) => CompiledQuery<Row> {
  const byPlaceholder = new Map<unknown, Name>(names.map((name) => [placeholder(name), name]));
  const compiledFor = new WeakMap<Kysely<DB>, { query: CompiledQuery<Row>; slots: Array<{ name: Name } | { value: unknown }> }>();
  return (db, values) => {
    let compiled = compiledFor.get(db);
    if (!compiled) {
      const stand = Object.fromEntries(names.map((name) => [name, placeholder(name)])) as Record<Name, never>;
      const query = build(db, stand).compile();
      const slots = query.parameters.map((value) => {
        const name = byPlaceholder.get(value);
        return name === undefined ? { value } : { name };
      });
      const unused = names.filter((name) => !slots.some((slot) => 'name' in slot && slot.name === name));
      if (unused.length > 0) throw new Error(`prepared query does not use its parameters ${unused.join(', ')}`);
      compiled = { query, slots };
      compiledFor.set(db, compiled);
      if (!statementNames.has(query.sql)) statementNames.set(query.sql, `gatehouse_prepared_${statementNames.size + 1}`);
    }
    const parameters = compiled.slots.map((slot) => ('name' in slot ? values[slot.name] : slot.value));
    return { ...compiled.query, parameters };
  };
}

/** Runs a prepared read at once and synchronously, outside the query queue: SQLite's reading connection. */
export type DirectRead = (sql: string, parameters: readonly unknown[]) => unknown;

const directReads = new WeakMap<object, DirectRead>();

/**
 * Lets `firstRowOf` read `db`'s committed state through `read`, past Kysely's connection queue and its promise
 * chain: a database with one writing connection and readers beside it (SQLite in WAL mode) sees, on the reader,
 * exactly what has committed, which is what a read outside a transaction sees through the queue.
 */
export function allowDirectReads(db: object, read: DirectRead): void {
  directReads.set(db, read);
}

/**
 * The first row of a prepared read. On a database handle with a direct reader (SQLite), read there; anywhere else
 * (PostgreSQL, a transaction, which must see its own writes) through Kysely as usual.
 */
export async function firstRowOf<DB, Row>(db: Kysely<DB>, query: CompiledQuery<Row>): Promise<Row | undefined> {
  const direct = directReads.get(db);
  if (direct) return direct(query.sql, query.parameters) as Row | undefined;
  return (await db.executeQuery(query)).rows[0];
}
