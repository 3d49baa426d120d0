import { CompiledQuery, type DatabaseConnection, type QueryCompiler, type SelectQueryNode, SqliteDialect, type SqliteDialectConfig, SqliteDriver, SqliteQueryCompiler } from 'kysely';

/**
 * BEGIN IMMEDIATE takes SQLite's write lock before the first read, so what a transaction reads cannot change
 * before it writes, even for another process on the same file (the CLI, a second instance). That is what a
 * row lock gives on PostgreSQL, so every transaction of the app is a write transaction on both databases.
 */
class ImmediateTransactionDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

const ROW_LOCKS = new Set(['ForUpdate', 'ForNoKeyUpdate', 'ForShare', 'ForKeyShare', 'NoWait', 'SkipLocked']);

/** Row-lock clauses (`FOR UPDATE`, `SKIP LOCKED`) are PostgreSQL's; on SQLite the transaction's write lock covers them. */
class CompilerWithoutRowLocks extends SqliteQueryCompiler {
  protected override visitSelectQuery(node: SelectQueryNode): void {
    const locks = node.endModifiers?.some((modifier) => modifier.modifier !== undefined && ROW_LOCKS.has(modifier.modifier));
    super.visitSelectQuery(locks ? { ...node, endModifiers: node.endModifiers?.filter((modifier) => !(modifier.modifier && ROW_LOCKS.has(modifier.modifier))) } : node);
  }
}

/** SQLite as the services see PostgreSQL: write transactions and row locks written the same way for both. */
export class GatehouseSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;

  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }

  override createDriver(): SqliteDriver {
    return new ImmediateTransactionDriver(this.#config);
  }

  override createQueryCompiler(): QueryCompiler {
    return new CompilerWithoutRowLocks();
  }
}
