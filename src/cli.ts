import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { isLockedOut } from './account/lockout.js';
import { purgeExpired } from './account/purge.js';
import { outboxCounts } from './mail/outbox.js';
import { type Config, type Env, loadConfig, loadDatabaseConfig, readEnvFile, withDevelopmentSecret } from './config.js';
import { type DatabaseHandle, openDatabase } from './db/connection.js';
import type { Kysely } from 'kysely';
import type { Database } from './db/types.js';
import { makeMigration, migrateToLatest, migrationStatus, rollbackOne } from './db/migrator.js';
import type { UserRow } from './db/types.js';
import { isAppError } from './errors.js';
import { systemClock } from './clock.js';
import { type AppLogger, createLogger } from './logging.js';
import { USERNAME_PATTERN } from './schemas/fields.js';
import { createServices, type Services } from './wiring.js';
import { findUserByLogin } from './account/user-lookup.js';
import { findUsersPage } from './users/repository.js';
import { CLI_ACTOR } from './account/actor.js';
import { createPasswordHasher } from './account/password-hasher.js';
import { deriveKey, identifierDigestKey } from './keys.js';
import { SourceError } from './import/flask-source.js';
import { importFlask } from './import/import-flask.js';
import { formatReport, type ImportReport } from './import/import-report.js';
import { importUsers } from './import/import-users.js';
import { createProgress } from './import/progress.js';
import { openapiDocument } from './openapi-document.js';
import { type AuditFilter, listAuditEvents } from './admin/audit-log.js';
import type { PublicAuditEvent } from './schemas/audit.js';

export class CliError extends Error {}

export interface CliContext {
  config: Config;
  env: Env;
  args: string[];
  /** Opened on first use, closed when the command ends. */
  database(): DatabaseHandle;
  print(line: string): void;
  /** Asks for a secret without echoing it; undefined when there is no terminal to ask on. */
  promptSecret(question: string): Promise<string | undefined>;
  /** The services the server runs, on this database, writing audit events to the server's log (LOG_DIR). */
  services(): Services;
  /** Where a progress bar may be drawn; undefined when output is not a terminal. */
  terminal: NodeJS.WriteStream | undefined;
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
  'create-admin': {
    summary: 'create-admin --username U --email E: create an admin; password from ADMIN_PASSWORD or a no-echo prompt',
    async run(ctx) {
      const { username, email } = createAdminArgs(ctx.args);
      const password = await adminPassword(ctx);
      try {
        const user = await ctx.services().users.register({ username, email, password }, { actor: CLI_ACTOR, role: 'admin' });
        ctx.print(`created admin ${user.username} (id ${user.id}, ${user.email})`);
      } catch (err) {
        if (isAppError(err) && err.code === 'validation_failed') throw new CliError(`the password is refused: ${(err.errors ?? []).map((e) => e.message).join('; ')}`);
        if (isAppError(err) && err.code === 'username_taken') throw new CliError(`username "${username}" is already taken`);
        if (isAppError(err) && err.code === 'email_taken') throw new CliError(`email "${email}" is already registered`);
        throw err;
      }
    },
  },
  promote: {
    summary: 'promote USERNAME: make an existing user an admin',
    async run(ctx) {
      const user = await userNamed(ctx, 'promote');
      if (user.role === 'admin') return ctx.print(`${user.username} is already an admin`);
      await ctx.services().users.update({ actor: CLI_ACTOR, id: user.id, changes: { role: 'admin' } });
      ctx.print(`promoted ${user.username} (id ${user.id}) to admin${user.is_active === 1 ? '' : ' (the account is deactivated)'}`);
    },
  },
  unlock: {
    summary: 'unlock USERNAME: clear failed logins and the lock',
    async run(ctx) {
      const user = await userNamed(ctx, 'unlock');
      await ctx.services().users.update({ actor: CLI_ACTOR, id: user.id, changes: { unlock: true } });
      ctx.print(`unlocked ${user.username} (id ${user.id})`);
    },
  },
  'list-users': {
    summary: 'list every user: id, username, email, role, active, locked',
    async run(ctx) {
      const now = Date.now();
      const rows: string[][] = [['id', 'username', 'email', 'role', 'active', 'locked']];
      for await (const user of allUsers(ctx)) {
        rows.push([String(user.id), user.username, user.email, user.role, user.is_active === 1 ? 'yes' : 'no', isLockedOut(user.locked_until, now) ? 'yes' : 'no']);
      }
      const widths = rows[0]!.map((_, col) => Math.max(...rows.map((row) => row[col]!.length)));
      for (const row of rows) ctx.print(row.map((cell, col) => cell.padEnd(widths[col]!)).join('  ').trimEnd());
    },
  },
  purge: {
    summary: 'delete expired sessions and stale failed-login counters now',
    async run(ctx) {
      const purged = await purgeExpired(ctx.database().db, ctx.config, Date.now());
      ctx.print(`purged ${purged.sessions} expired sessions, ${purged.loginFailures} stale login-failure counters, ${purged.emailTokens} expired mailed tokens, ${purged.mfaChallenges} expired login challenges, ${purged.mail} old outbox messages, ${purged.auditEvents} audit events past AUDIT_RETENTION_DAYS`);
    },
  },
  'send-password-reset': {
    summary: 'send-password-reset USERNAME: mail that user a password-reset link',
    async run(ctx) {
      const user = await userNamed(ctx, 'send-password-reset');
      const { recovery, mailer } = ctx.services();
      await recovery.sendPasswordReset({ actor: CLI_ACTOR, id: user.id });
      // The server's sender would deliver it too; sending now tells the operator whether it went out.
      const sent = await mailer.drain();
      ctx.print(`queued a password-reset link for ${user.username} (id ${user.id}); ${sent} message(s) sent now`);
    },
  },
  'import-flask': {
    summary: 'import-flask --from URL [--dry-run] [--report FILE] [--users-table T] [--blacklist-table T] [--map field=column ...]: move the Flask service\'s users and token blacklist in',
    async run(ctx) {
      const values = importArgs(ctx.args, 'import-flask --from <SQLALCHEMY_DATABASE_URI> [--dry-run] [--report FILE] [--users-table T] [--blacklist-table T] [--map field=column ...]', {
        'users-table': { type: 'string' },
        'blacklist-table': { type: 'string' },
        map: { type: 'string', multiple: true },
      });
      const report = await runImport(() =>
        importFlask(
          { from: values.from as string, dryRun: values['dry-run'] === true, usersTable: values['users-table'] as string | undefined, blacklistTable: values['blacklist-table'] as string | undefined, maps: (values.map as string[] | undefined) ?? [] },
          { ...importDeps(ctx), lockDurationMs: ctx.config.lockout.durationSeconds * 1000 },
        ),
      );
      await finishImport(ctx, report, values.report as string | undefined);
    },
  },
  'import-users': {
    summary: 'import-users --from FILE.jsonl [--dry-run] [--report FILE]: users from JSON lines {username, email, password | password_hash, role?, is_active?, email_verified?}',
    async run(ctx) {
      const values = importArgs(ctx.args, 'import-users --from FILE.jsonl [--dry-run] [--report FILE]', {});
      const hasher = createPasswordHasher(ctx.config.passwords, { concurrency: ctx.config.passwordHashConcurrency });
      const report = await runImport(() =>
        importUsers({ from: values.from as string, dryRun: values['dry-run'] === true }, { ...importDeps(ctx), hashPassword: hasher.hash, digestKey: deriveKey(ctx.config, 'user import digests') }),
      );
      await finishImport(ctx, report, values.report as string | undefined);
    },
  },
  audit: {
    summary: 'audit [--action A] [--actor ID] [--target ID] [--since TIME] [--until TIME] [--limit N] [--json]: stored audit events, newest first',
    async run(ctx) {
      const { filter, limit, json } = auditArgs(ctx.args);
      let after: number | undefined;
      let printed = 0;
      while (printed < limit) {
        const page = await listAuditEvents(ctx.database().db, filter, { after, perPage: Math.min(200, limit - printed) });
        for (const event of page.events) ctx.print(json ? printable(JSON.stringify(event)) : formatAuditEvent(event));
        printed += page.events.length;
        if (page.next === null) break;
        after = page.next;
      }
      if (!json && printed === 0) ctx.print('no audit events match');
    },
  },
  'mail-status': {
    summary: 'outbox messages by status, and the oldest one still waiting',
    async run(ctx) {
      const counts = await outboxCounts(ctx.database().db);
      ctx.print(`pending ${counts.pending}, sending ${counts.sending}, sent ${counts.sent}, failed ${counts.failed}`);
      if (counts.oldestPendingAt !== null) ctx.print(`oldest pending since ${new Date(counts.oldestPendingAt).toISOString()}`);
    },
  },
};

function auditArgs(args: string[]): { filter: AuditFilter; limit: number; json: boolean } {
  const usage = 'usage: audit [--action A] [--actor ID] [--target ID] [--since TIME] [--until TIME] [--limit N] [--json]';
  const id = (value: unknown, name: string): number | undefined => {
    if (value === undefined) return undefined;
    if (!/^[1-9][0-9]{0,9}$/.test(String(value)) || Number(value) > 2_147_483_647) throw new CliError(`--${name} expects a user id\n${usage}`);
    return Number(value);
  };
  const time = (value: unknown, name: string): number | undefined => {
    if (value === undefined) return undefined;
    // ISO 8601 only: Date.parse would read "1" or "Dec 1" as some year's date and print nothing, silently.
    const parsed = ISO_TIME.test(String(value)) ? Date.parse(String(value)) : Number.NaN;
    if (Number.isNaN(parsed)) throw new CliError(`--${name} expects a date or time such as 2026-12-01 or 2026-12-01T10:00:00Z\n${usage}`);
    return parsed;
  };
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args,
      options: { action: { type: 'string' }, actor: { type: 'string' }, target: { type: 'string' }, since: { type: 'string' }, until: { type: 'string' }, limit: { type: 'string' }, json: { type: 'boolean' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (err) {
    throw new CliError(`${(err as Error).message}\n${usage}`);
  }
  const limit = values.limit === undefined ? 50 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100_000) throw new CliError(`--limit expects a number from 1 to 100000\n${usage}`);
  const filter: AuditFilter = {
    action: values.action as string | undefined,
    actorId: id(values.actor, 'actor'),
    targetUserId: id(values.target, 'target'),
    since: time(values.since, 'since'),
    until: time(values.until, 'until'),
  };
  return { filter, limit, json: values.json === true };
}

const ISO_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/** Characters a terminal acts on (C0 and C1 controls) or that reorder what it shows (bidi overrides), escaped. */
const TERMINAL_CONTROLS = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const printable = (text: string): string => text.replace(TERMINAL_CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** One event on one line: time, action, who, about whom, from where, and the details; client-chosen text escaped. */
function formatAuditEvent(event: PublicAuditEvent): string {
  const parts = [event.at, event.action, `actor=${event.actor_id ?? '-'}`, `target=${event.target_user_id ?? '-'}`];
  if (event.ip) parts.push(`ip=${event.ip}`);
  if (Object.keys(event.details).length > 0) parts.push(JSON.stringify(event.details));
  return printable(parts.join('  '));
}

type ArgOptions = NonNullable<Parameters<typeof parseArgs>[0]>['options'];

function importArgs(args: string[], usage: string, extra: ArgOptions): Record<string, string | boolean | string[] | undefined> {
  try {
    const { values } = parseArgs({ args, options: { from: { type: 'string' }, 'dry-run': { type: 'boolean' }, report: { type: 'string' }, ...extra }, strict: true, allowPositionals: false });
    if (!values.from) throw new Error('--from is required');
    return values as Record<string, string | boolean | string[] | undefined>;
  } catch (err) {
    throw new CliError(`${(err as Error).message}\nusage: ${usage}`);
  }
}

function importDeps(ctx: CliContext) {
  return {
    db: ctx.database().db,
    identifierKey: identifierDigestKey(ctx.config),
    now: () => Date.now(),
    progress: (total: number, label: string) => createProgress({ total, label, terminal: ctx.terminal, print: ctx.print }),
    // Each committed batch is on record in its own transaction: a run stopped part-way leaves what it wrote on record.
    recordBatch: (trx: Kysely<Database>, { source, written, now }: { source: 'flask' | 'jsonl'; written: number; now: number }) =>
      ctx.services().audit.record(trx, { action: 'users_imported', target: null, by: CLI_ACTOR, details: { source, written } }, now),
  };
}

/** A source that cannot be read, or lacks a required column, is the operator's to fix: a message, not a stack. */
async function runImport(run: () => Promise<ImportReport>): Promise<ImportReport> {
  try {
    return await run();
  } catch (err) {
    if (err instanceof SourceError) throw new CliError(err.message);
    throw err;
  }
}

async function finishImport(ctx: CliContext, report: ImportReport, file: string | undefined): Promise<void> {
  for (const line of formatReport(report)) ctx.print(line);
  // One summary event per run (no per-user events or webhooks): counts only, never a row's data.
  if (!report.dry_run) {
    const details = { source: report.source, read: report.read, imported: report.imported, updated: report.updated, unchanged: report.unchanged, conflicts: report.conflicts.length, refused: report.refused.length };
    await ctx.services().audit.record(ctx.database().db, { action: 'import_completed', target: null, by: CLI_ACTOR, details }, Date.now());
  }
  if (file) {
    await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
    ctx.print(`report written to ${file}`);
  }
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function createAdminArgs(args: string[]): { username: string; email: string } {
  let values: { username?: string; email?: string };
  try {
    ({ values } = parseArgs({ args, options: { username: { type: 'string' }, email: { type: 'string' } }, strict: true, allowPositionals: false }));
  } catch (err) {
    const hint = args.some((a) => a.startsWith('--password')) ? ' (the password is never read from the command line: set ADMIN_PASSWORD or answer the prompt)' : '';
    throw new CliError(`${(err as Error).message}${hint}\nusage: create-admin --username U --email E`);
  }
  const { username, email } = values;
  if (!username || !email) throw new CliError('usage: create-admin --username U --email E');
  if (!new RegExp(USERNAME_PATTERN).test(username)) throw new CliError('the username must be 3-32 letters, digits, _ . or -');
  if (email.length > 254 || !EMAIL.test(email)) throw new CliError(`"${email}" is not an email address`);
  return { username, email: email.toLowerCase() };
}

async function adminPassword(ctx: CliContext): Promise<string> {
  if (ctx.env.ADMIN_PASSWORD) return ctx.env.ADMIN_PASSWORD;
  const first = await ctx.promptSecret('Password for the new admin: ');
  if (first === undefined) throw new CliError('no password given: set ADMIN_PASSWORD, or run on a terminal to be prompted (never pass it as an argument)');
  if ((await ctx.promptSecret('Repeat the password: ')) !== first) throw new CliError('the two passwords differ');
  return first;
}

async function userNamed(ctx: CliContext, command: string): Promise<UserRow> {
  const [username, ...rest] = ctx.args;
  if (!username || rest.length > 0) throw new CliError(`usage: ${command} USERNAME`);
  const user = await findUserByLogin(ctx.database().db, { username });
  if (!user) throw new CliError(`no user named "${username}"`);
  return user;
}

/** Every user in id order, read page by page (keyset), so a large table is never loaded in one query. */
async function* allUsers(ctx: CliContext): AsyncGenerator<UserRow> {
  let afterId = 0;
  for (;;) {
    const page = await findUsersPage(ctx.database().db, {}, { limit: 500, afterId });
    yield* page;
    if (page.length < 500) return;
    afterId = page[page.length - 1]!.id;
  }
}

/** Reads a line from the terminal in raw mode, echoing nothing. */
async function promptOnTerminal(question: string): Promise<string | undefined> {
  const { stdin, stderr } = process;
  if (!stdin.isTTY) return undefined;
  stderr.write(question);
  stdin.setRawMode(true);
  stdin.setEncoding('utf8');
  stdin.resume();
  return new Promise((resolve, reject) => {
    let value = '';
    const finish = (outcome: () => void): void => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      stderr.write('\n');
      outcome();
    };
    const onData = (chunk: string): void => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n' || char === '\u0004') return finish(() => resolve(value));
        if (char === '\u0003') return finish(() => reject(new CliError('cancelled')));
        if (char === '\u007f' || char === '\b') value = [...value].slice(0, -1).join('');
        else value += char;
      }
    };
    stdin.on('data', onData);
  });
}

function usage(): string {
  const width = Math.max(...Object.keys(commands).map((c) => c.length));
  return ['usage: npm run cli -- <command> [options]', '', ...Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`)].join('\n');
}

/** Commands that read or change the schema only: they load loadDatabaseConfig, not the server's whole config. */
const DATABASE_ONLY_COMMANDS = new Set(['audit', 'migrate', 'rollback', 'status', 'make']);

/** Runs one CLI command; returns the process exit code. */
export async function runCli(argv: string[], { env, print = console.log, printError = console.error, promptSecret = promptOnTerminal, terminal = process.stdout.isTTY ? process.stdout : undefined }: {
  env?: Record<string, string | undefined>;
  terminal?: NodeJS.WriteStream;
  print?: (line: string) => void;
  printError?: (line: string) => void;
  promptSecret?: (question: string) => Promise<string | undefined>;
} = {}): Promise<number> {
  const [name, ...args] = argv;
  const command = name ? commands[name] : undefined;
  if (!command) {
    printError(name && name !== 'help' && name !== '--help' ? `unknown command "${name}"\n\n${usage()}` : usage());
    return name === 'help' || name === '--help' ? 0 : 2;
  }
  let handle: DatabaseHandle | undefined;
  let logging: AppLogger | undefined;
  let services: Services | undefined;
  // ADMIN_PASSWORD may come from .env too, like every setting.
  const environment = env ?? withDevelopmentSecret({ ...readEnvFile(), ...process.env });
  try {
    const { databaseUrl } = loadDatabaseConfig(environment);
    // Migration commands need the database only: a production host runs them without JWT_SECRET_KEY.
    // Every other command validates the whole configuration before it starts.
    let config: Config | undefined = DATABASE_ONLY_COMMANDS.has(name as string) ? undefined : loadConfig(environment);
    const fullConfig = (): Config => (config ??= loadConfig(environment));
    await command.run({
      get config() {
        return fullConfig();
      },
      env: environment,
      args,
      database: () => (handle ??= openDatabase(databaseUrl, { poolSize: 2 })),
      print,
      promptSecret,
      terminal,
      services: () => {
        // Opened only by commands that change accounts: the log file (audit events) is the server's, shared.
        logging ??= createLogger(fullConfig(), { stdout: false });
        handle ??= openDatabase(databaseUrl, { poolSize: 2 });
        return (services ??= createServices({ config: fullConfig(), db: handle.db, clock: systemClock, logger: logging.logger }));
      },
    });
    return 0;
  } catch (err) {
    printError(`error: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  } finally {
    // In this order: a mail send the command kicked off still needs the database and the log, and nothing may
    // write to the log once its transport ends ("the worker is ending").
    await services?.mailer.stop();
    // A change the command made may have woken the webhook dispatcher (it delivers from here too): it ends first.
    await services?.webhooks.dispatcher.stop();
    await handle?.db.destroy();
    await logging?.close();
  }
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  runCli(process.argv.slice(2)).then((code) => process.exit(code));
}
