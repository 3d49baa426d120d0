import { writeFile } from 'node:fs/promises';
import { buildApp } from './app.js';
import { ConfigError, type Config, loadConfig } from './config.js';
import { type DatabaseHandle, openDatabase } from './db/connection.js';
import { makeMigration, migrateToLatest, migrationStatus, rollbackOne } from './db/migrator.js';
import { createLogger } from './logging.js';

export class CliError extends Error {}

export interface CliContext {
  config: Config;
  args: string[];
  /** Opened on first use, closed when the command ends. */
  database(): DatabaseHandle;
  print(line: string): void;
}

type Command = { summary: string; run(ctx: CliContext): Promise<void> };

const commands: Record<string, Command> = {
  migrate: {
    summary: 'apply every pending migration',
    async run(ctx) {
      const applied = await migrateToLatest(ctx.database().db);
      ctx.print(applied.length ? `applied: ${applied.join(', ')}` : 'already up to date');
    },
  },
  rollback: {
    summary: 'revert the newest applied migration',
    async run(ctx) {
      const reverted = await rollbackOne(ctx.database().db);
      ctx.print(reverted.length ? `reverted: ${reverted.join(', ')}` : 'nothing to revert');
    },
  },
  status: {
    summary: 'list migrations and whether each is applied',
    async run(ctx) {
      for (const m of await migrationStatus(ctx.database().db)) {
        ctx.print(`${m.executedAt ? `applied ${m.executedAt.toISOString()}` : 'pending                         '}  ${m.name}`);
      }
    },
  },
  make: {
    summary: 'make NAME: create an empty migration file',
    async run(ctx) {
      const name = ctx.args[0];
      if (!name) throw new CliError('usage: make NAME (snake_case)');
      ctx.print(`created ${await makeMigration(name)}`);
    },
  },
  openapi: {
    summary: 'openapi [FILE]: write the OpenAPI document (default openapi.json)',
    async run(ctx) {
      const file = ctx.args[0] ?? 'openapi.json';
      await writeFile(file, `${JSON.stringify(await openapiDocument(ctx.config), null, 2)}\n`);
      ctx.print(`wrote ${file}`);
    },
  },
};

/** The document needs the routes, not the data: an in-memory database, no Redis, no log files. */
async function openapiDocument(config: Config): Promise<unknown> {
  const offline: Config = { ...config, databaseUrl: 'sqlite:///:memory:', redisUrl: null, log: { ...config.log, toFile: false, level: 'silent' } };
  const logging = createLogger(offline, { stdout: false });
  const app = await buildApp({ config: offline, logger: logging.logger });
  try {
    await app.ready();
    return app.swagger();
  } finally {
    await app.close();
    await logging.close();
  }
}

function usage(): string {
  const width = Math.max(...Object.keys(commands).map((c) => c.length));
  return ['usage: npm run cli -- <command> [options]', '', ...Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`)].join('\n');
}

/** Runs one CLI command; returns the process exit code. */
export async function runCli(argv: string[], { env, print = console.log, printError = console.error }: {
  env?: Record<string, string | undefined>;
  print?: (line: string) => void;
  printError?: (line: string) => void;
} = {}): Promise<number> {
  const [name, ...args] = argv;
  const command = name ? commands[name] : undefined;
  if (!command) {
    printError(name && name !== 'help' && name !== '--help' ? `unknown command "${name}"\n\n${usage()}` : usage());
    return name === 'help' || name === '--help' ? 0 : 2;
  }
  let handle: DatabaseHandle | undefined;
  try {
    const config = loadConfig(env);
    await command.run({
      config,
      args,
      database: () => (handle ??= openDatabase(config.databaseUrl, { poolSize: 2 })),
      print,
    });
    return 0;
  } catch (err) {
    if (err instanceof CliError || err instanceof ConfigError) printError(`error: ${err.message}`);
    else printError(`error: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  } finally {
    await handle?.db.destroy();
  }
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  runCli(process.argv.slice(2)).then((code) => process.exit(code));
}
