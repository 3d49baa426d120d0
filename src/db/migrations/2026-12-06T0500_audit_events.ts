import { type Kysely, PostgresAdapter } from 'kysely';

// Audit events, written in the transaction of the change each records. No foreign keys: an event outlives the
// account it is about (a deletion is itself an event). Indexes serve the admin queries (newest first by id, per
// action, actor or target) and the retention purge (by time).
export async function up(db: Kysely<any>): Promise<void> {
  const isPostgres = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema
    .createTable('audit_events')
    .addColumn('id', 'integer', (c) => (isPostgres ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey().autoIncrement()))
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addColumn('action', 'varchar(64)', (c) => c.notNull())
    .addColumn('actor_id', 'integer')
    .addColumn('target_user_id', 'integer')
    .addColumn('session_id', 'varchar(64)')
    .addColumn('ip', 'varchar(64)')
    .addColumn('user_agent', 'varchar(512)')
    .addColumn('request_id', 'varchar(64)')
    .addColumn('details', 'text')
    .execute();
  await db.schema.createIndex('audit_events_at').on('audit_events').column('at').execute();
  await db.schema.createIndex('audit_events_action_id').on('audit_events').columns(['action', 'id']).execute();
  await db.schema.createIndex('audit_events_actor_id').on('audit_events').columns(['actor_id', 'id']).execute();
  await db.schema.createIndex('audit_events_target_id').on('audit_events').columns(['target_user_id', 'id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('audit_events').execute();
}
