import { CompiledQuery, type DatabaseConnection, type KyselyPlugin, OperationNodeTransformer, type PluginTransformQueryArgs, type PluginTransformResultArgs, type QueryResult, type RootOperationNode, type SelectQueryNode, SqliteDialect, type SqliteDialectConfig, SqliteDriver, type UnknownRow } from 'kysely';

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

class RowLockRemover extends OperationNodeTransformer {
  protected override transformSelectQuery(node: SelectQueryNode): SelectQueryNode {
    const transformed = super.transformSelectQuery(node);
    const endModifiers = transformed.endModifiers?.filter((modifier) => !(modifier.modifier && ROW_LOCKS.has(modifier.modifier)));
    return { ...transformed, endModifiers };
  }
}

/** Row-lock clauses (`FOR UPDATE`, `SKIP LOCKED`) are PostgreSQL's; on SQLite the transaction's write lock covers them. */
const withoutRowLocks: KyselyPlugin = {
  transformQuery: (args: PluginTransformQueryArgs): RootOperationNode => new RowLockRemover().transformNode(args.node),
  transformResult: async (args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> => args.result,
};

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
}

export const sqlitePlugins: KyselyPlugin[] = [withoutRowLocks];
