import { promises as fs } from 'node:fs';
import path from 'node:path';
import { type Kysely, type MigrationResultSet, Migrator } from 'kysely';
import { migrations } from './migrations/index.js';

export interface MigrationStatus {
  name: string;
  executedAt: Date | null;
}

export function createMigrator(db: Kysely<any>): Migrator {
  return new Migrator({
    db,
    // A static list: works the same under tsx, Vitest and the compiled build.
    provider: { getMigrations: async () => migrations },
    migrationTableName: 'gatehouse_migrations',
    migrationLockTableName: 'gatehouse_migrations_lock',
  });
}

function unwrap({ error, results }: MigrationResultSet): string[] {
  const failed = results?.find((r) => r.status === 'Error');
  if (error) {
    const cause = error instanceof Error ? error.message : String(error);
    throw new Error(failed ? `migration ${failed.migrationName} failed: ${cause}` : `migration failed: ${cause}`);
  }
  return (results ?? []).map((r) => r.migrationName);
}

/** Applies every pending migration; returns the names applied. */
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  return unwrap(await createMigrator(db).migrateToLatest());
}

/** Reverts the newest applied migration; returns its name (or nothing when none is applied). */
export async function rollbackOne(db: Kysely<any>): Promise<string[]> {
  return unwrap(await createMigrator(db).migrateDown());
}

export async function migrationStatus(db: Kysely<any>): Promise<MigrationStatus[]> {
  const migrations = await createMigrator(db).getMigrations();
  return migrations.map((m) => ({ name: m.name, executedAt: m.executedAt ?? null }));
}

const TEMPLATE = `import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
}

export async function down(db: Kysely<any>): Promise<void> {
}
`;

/** Writes a new, empty, date-prefixed migration into src/db/migrations and registers it in index.ts. */
export async function makeMigration(name: string, { dir = 'src/db/migrations', now = new Date() } = {}): Promise<string> {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error('migration name must be snake_case (a-z, 0-9, _)');
  const migrationName = `${now.toISOString().slice(0, 16).replace(':', '')}_${name}`;
  const file = path.resolve(dir, `${migrationName}.ts`);
  await fs.writeFile(file, TEMPLATE, { flag: 'wx' });

  const indexFile = path.resolve(dir, 'index.ts');
  const index = await fs.readFile(indexFile, 'utf8');
  const alias = `m${String(Object.keys(migrations).length + 1).padStart(4, '0')}`;
  const withImport = index.replace(/(import \* as \w+ from '[^']+';\n)(?!import)/, `$1import * as ${alias} from './${migrationName}.js';\n`);
  const withEntry = withImport.replace(/\n};\s*$/, `\n  '${migrationName}': ${alias},\n};\n`);
  await fs.writeFile(indexFile, withEntry);
  return file;
}
