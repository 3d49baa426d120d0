import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli.js';
import { backend, bearer, buildTestApp, createTestDatabase, loginUser, registerAndLogin, registerUser, type TestApp, type TestDatabase, TEST_SECRET, uniqueIdentity } from './helper.js';
import { startSmtpServer, type TestSmtpServer } from './smtp-helper.js';

const ADMIN_PASSWORD = 'granite-Harbor-58-kite';

describe(`admin CLI on ${backend}`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(async () => t.close());

  async function cli(argv: string[], { env = {}, prompt }: { env?: Record<string, string>; prompt?: string[] } = {}) {
    const out: string[] = [];
    const err: string[] = [];
    const answers = prompt ? [...prompt] : undefined;
    const code = await runCli(argv, {
      env: {
        NODE_ENV: 'test',
        JWT_SECRET_KEY: TEST_SECRET,
        DATABASE_URL: t.database.url,
        LOG_LEVEL: 'silent',
        LOG_TO_FILE: 'false',
        ARGON2_MEMORY_COST: '8192',
        ARGON2_TIME_COST: '1',
        ...env,
      },
      print: (line) => out.push(line),
      printError: (line) => err.push(line),
      // No terminal in tests: the prompt answers from the list, or is unavailable.
      promptSecret: async () => answers?.shift(),
    });
    return { code, out: out.join('\n'), err: err.join('\n') };
  }
  const userRow = (username: string) => t.app.db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();

  it('creates an admin from ADMIN_PASSWORD who can log in and list users', async () => {
    const { username, email } = uniqueIdentity('boss');
    const res = await cli(['create-admin', '--username', username, '--email', email.toUpperCase()], { env: { ADMIN_PASSWORD } });
    expect(res).toMatchObject({ code: 0, err: '' });
    expect(res.out).toMatch(new RegExp(`created admin ${username} \\(id \\d+, ${email}\\)`));
    expect(res.out).not.toContain(ADMIN_PASSWORD);

    const login = await loginUser(t.app, { email, password: ADMIN_PASSWORD });
    expect(login.statusCode).toBe(200);
    expect(login.json().user).toMatchObject({ username, email, role: 'admin' });
    const list = await t.app.inject({ method: 'GET', url: '/api/users', headers: bearer(login.json().access_token) });
    expect(list.statusCode).toBe(200);
  });

  it('creates an admin from the no-echo prompt, asking twice', async () => {
    const { username, email } = uniqueIdentity('prompted');
    expect((await cli(['create-admin', '--username', username, '--email', email], { prompt: [ADMIN_PASSWORD, ADMIN_PASSWORD] })).code).toBe(0);
    expect((await loginUser(t.app, { username, password: ADMIN_PASSWORD })).statusCode).toBe(200);

    const other = uniqueIdentity('mismatch');
    const res = await cli(['create-admin', '--username', other.username, '--email', other.email], { prompt: [ADMIN_PASSWORD, 'something-else-77'] });
    expect(res).toMatchObject({ code: 1, err: 'error: the two passwords differ' });
    expect(await userRow(other.username)).toBeUndefined();
  });

  it('refuses to run without a password source, and never takes one from argv', async () => {
    const { username, email } = uniqueIdentity('nopass');
    const none = await cli(['create-admin', '--username', username, '--email', email]);
    expect(none.code).toBe(1);
    expect(none.err).toMatch(/^error: no password given: set ADMIN_PASSWORD/);
    const argv = await cli(['create-admin', '--username', username, '--email', email, '--password', ADMIN_PASSWORD]);
    expect(argv.code).toBe(1);
    expect(argv.err).toMatch(/^error: .*never read from the command line/);
    expect(await userRow(username)).toBeUndefined();
  });

  it('refuses a password that fails the policy, and bad or missing flags', async () => {
    const { username, email } = uniqueIdentity('weak');
    const weak = await cli(['create-admin', '--username', username, '--email', email], { env: { ADMIN_PASSWORD: 'password1' } });
    expect(weak.code).toBe(1);
    expect(weak.err).toMatch(/^error: the password is refused: .*too common/);
    expect((await cli(['create-admin', '--username', username], { env: { ADMIN_PASSWORD } })).err).toMatch(/usage: create-admin/);
    expect((await cli(['create-admin', '--username', 'x', '--email', email], { env: { ADMIN_PASSWORD } })).code).toBe(1);
    expect((await cli(['create-admin', '--username', username, '--email', 'not-an-email'], { env: { ADMIN_PASSWORD } })).code).toBe(1);
    expect(await userRow(username)).toBeUndefined();
  });

  it('says clearly when the username or email is taken', async () => {
    const taken = await registerUser(t.app);
    const byName = await cli(['create-admin', '--username', taken.username.toUpperCase(), '--email', 'fresh-name@example.com'], { env: { ADMIN_PASSWORD } });
    expect(byName).toMatchObject({ code: 1, err: `error: username "${taken.username.toUpperCase()}" is already taken` });
    const byEmail = await cli(['create-admin', '--username', 'fresh_admin', '--email', taken.email], { env: { ADMIN_PASSWORD } });
    expect(byEmail).toMatchObject({ code: 1, err: `error: email "${taken.email}" is already registered` });
  });

  it('promotes a user, which applies to their live token at once', async () => {
    const alice = await registerAndLogin(t.app);
    expect((await t.app.inject({ method: 'GET', url: '/api/users', headers: bearer(alice.access) })).statusCode).toBe(403);
    const res = await cli(['promote', alice.username]);
    expect(res).toMatchObject({ code: 0, out: `promoted ${alice.username} (id ${alice.id}) to admin` });
    expect((await t.app.inject({ method: 'GET', url: '/api/users', headers: bearer(alice.access) })).statusCode).toBe(200);
    expect((await cli(['promote', alice.username])).out).toBe(`${alice.username} is already an admin`);
    expect(await cli(['promote', 'no_such_user'])).toMatchObject({ code: 1, err: 'error: no user named "no_such_user"' });
    expect((await cli(['promote'])).code).toBe(1);
  });

  it('unlocks a locked account', async () => {
    const bob = await registerUser(t.app);
    for (let i = 0; i < t.config.lockout.maxFailedLogins; i++) await loginUser(t.app, { username: bob.username, password: 'wrong-password-x' });
    expect((await loginUser(t.app, { username: bob.username, password: bob.password })).statusCode).toBe(423);
    expect(await cli(['unlock', bob.username])).toMatchObject({ code: 0, out: `unlocked ${bob.username} (id ${bob.id})` });
    expect((await loginUser(t.app, { username: bob.username, password: bob.password })).statusCode).toBe(200);
    expect((await cli(['unlock', 'no_such_user'])).code).toBe(1);
  });

  it('writes audit events for create-admin, promote and unlock to the log file, with the CLI as actor', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gatehouse-cli-logs-'));
    const logEnv = { LOG_TO_FILE: 'true', LOG_DIR: dir, LOG_LEVEL: 'info' };
    const dave = await registerUser(t.app);
    const admin = uniqueIdentity('auditboss');
    expect((await cli(['create-admin', '--username', admin.username, '--email', admin.email], { env: { ...logEnv, ADMIN_PASSWORD } })).code).toBe(0);
    expect((await cli(['promote', dave.username], { env: logEnv })).code).toBe(0);
    await t.app.db.updateTable('users').set({ failed_login_attempts: 5, locked_until: Date.now() + 3_600_000 }).where('id', '=', dave.id).execute();
    expect((await cli(['unlock', dave.username], { env: logEnv })).code).toBe(0);
    const lines = readdirSync(dir).filter((f) => /^gatehouse\.\d+\.log$/.test(f))
      .flatMap((f) => readFileSync(path.join(dir, f), 'utf8').trim().split('\n'))
      .map((line) => JSON.parse(line));
    const events = lines.filter((l) => l.audit).map(({ audit, via, actor_id, user_id, to }) => ({ audit, via, actor_id, user_id, to }));
    const created = await t.app.db.selectFrom('users').select('id').where('username', '=', admin.username).executeTakeFirstOrThrow();
    expect(events).toEqual(expect.arrayContaining([
      { audit: 'user_registered', via: 'cli', actor_id: null, user_id: created.id, to: undefined },
      { audit: 'role_changed', via: 'cli', actor_id: null, user_id: dave.id, to: 'admin' },
      { audit: 'user_unlocked', via: 'cli', actor_id: null, user_id: dave.id, to: undefined },
    ]));
    // The same events are stored, with the CLI named as the actor.
    const stored = await t.app.db.selectFrom('audit_events').select(['action', 'actor_id', 'target_user_id', 'details']).where('target_user_id', 'in', [created.id, dave.id]).orderBy('id').execute();
    expect(stored.map((e) => [e.action, e.actor_id, e.target_user_id, JSON.parse(e.details ?? '{}').via])).toEqual(expect.arrayContaining([
      ['user_registered', null, created.id, 'cli'],
      ['role_changed', null, dave.id, 'cli'],
      ['user_unlocked', null, dave.id, 'cli'],
    ]));
    expect(JSON.stringify(lines)).not.toContain(ADMIN_PASSWORD);
  });

  it('create-admin, promote and unlock, run as processes with a log file, end cleanly: nothing on stderr (no "log transport error: the worker is ending")', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gatehouse-cli-process-'));
    /** `npm run cli -- …` as a process: its exit code, stdout and stderr. */
    const run = (argv: string[]) =>
      new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
        const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...argv], {
          env: {
            PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NODE_ENV: 'test', JWT_SECRET_KEY: TEST_SECRET, DATABASE_URL: t.database.url,
            LOG_TO_FILE: 'true', LOG_DIR: dir, LOG_LEVEL: 'info', ARGON2_MEMORY_COST: '8192', ARGON2_TIME_COST: '1', ADMIN_PASSWORD,
            MAIL_OUTBOX_DIR: path.join(dir, 'mail'),
          },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let out = '';
        let err = '';
        child.stdout.on('data', (chunk) => (out += chunk));
        child.stderr.on('data', (chunk) => (err += chunk));
        child.once('close', (code) => resolve({ code, out, err }));
      });
    const admin = uniqueIdentity('procboss');
    const erin = await registerUser(t.app);
    // Locked, so that the unlock changes something (and is recorded).
    await t.app.db.updateTable('users').set({ failed_login_attempts: 5, locked_until: Date.now() + 3_600_000 }).where('id', '=', erin.id).execute();
    for (const argv of [['create-admin', '--username', admin.username, '--email', admin.email], ['promote', erin.username], ['unlock', erin.username]]) {
      const res = await run(argv);
      expect(res, argv[0]).toMatchObject({ code: 0, err: '' });
      expect(res.out, argv[0]).toMatch(/^(created admin|promoted|unlocked) /);
    }
    const logged = readdirSync(dir).filter((f) => /^gatehouse\.\d+\.log$/.test(f)).map((f) => readFileSync(path.join(dir, f), 'utf8')).join('');
    expect(logged).toContain('"audit":"user_unlocked"');
    expect(logged).not.toMatch(/mail sender could not read the outbox/);
  }, 60_000);

  it('lists users as a table with role, active and locked', async () => {
    const carol = await registerUser(t.app);
    await t.app.db.updateTable('users').set({ is_active: 0, locked_until: Date.now() + 60_000 }).where('id', '=', carol.id).execute();
    const res = await cli(['list-users']);
    expect(res.code).toBe(0);
    const lines = res.out.split('\n');
    expect(lines[0]).toMatch(/^id\s+username\s+email\s+role\s+active\s+locked$/);
    const count = Number((await t.app.db.selectFrom('users').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    expect(lines).toHaveLength(count + 1);
    expect(lines.find((line) => line.includes(` ${carol.username} `))).toMatch(new RegExp(`^${carol.id}\\s+${carol.username}\\s+${carol.email}\\s+user\\s+no\\s+yes$`));
  });

  it('purges expired sessions and prints the counts', async () => {
    const dave = await registerAndLogin(t.app);
    await t.app.db.updateTable('sessions').set({ expires_at: Date.now() - 1000 }).where('user_id', '=', dave.id).execute();
    const res = await cli(['purge']);
    expect(res).toMatchObject({ code: 0, out: expect.stringMatching(/^purged 1 expired sessions, \d+ stale login-failure counters, \d+ expired mailed tokens, \d+ expired login challenges, \d+ old outbox messages, \d+ audit events past AUDIT_RETENTION_DAYS$/) });
    expect(await t.app.db.selectFrom('sessions').select('id').where('user_id', '=', dave.id).execute()).toEqual([]);
  });
});

describe(`migration commands on ${backend}`, () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database.drop());

  async function cli(argv: string[], env: Record<string, string | undefined>) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(argv, { env, print: (line) => out.push(line), printError: (line) => err.push(line), promptSecret: async () => undefined });
    return { code, out: out.join('\n'), err: err.join('\n') };
  }

  it('run in production with DATABASE_URL alone: no JWT_SECRET_KEY needed', async () => {
    // The whole environment a deployment step gives them: no secret, no Redis, no log settings.
    const env = { NODE_ENV: 'production', DATABASE_URL: database.url };
    const pending = await cli(['status'], env);
    expect(pending).toMatchObject({ code: 0, err: '' });
    expect(pending.out).toMatch(/^pending\s+\S+/m);
    expect(pending.out).not.toMatch(/^applied/m);

    const migrated = await cli(['migrate'], env);
    expect(migrated).toMatchObject({ code: 0, err: '', out: expect.stringMatching(/^applied: /) });
    expect((await cli(['status'], env)).out).not.toMatch(/^pending/m);
    expect(await cli(['migrate'], env)).toMatchObject({ code: 0, out: 'already up to date' });
    expect(await cli(['rollback'], env)).toMatchObject({ code: 0, out: expect.stringMatching(/^reverted: /) });
    expect((await cli(['migrate'], env)).out).toMatch(/^applied: /);
  });

  it('still validate the database settings, and other commands still need the whole configuration', async () => {
    expect(await cli(['migrate'], { NODE_ENV: 'production', DATABASE_URL: 'mysql://db/gatehouse' })).toMatchObject({ code: 1, err: expect.stringMatching(/^error: DATABASE_URL: /) });
    expect(await cli(['status'], { NODE_ENV: 'staging', DATABASE_URL: database.url })).toMatchObject({ code: 1, err: expect.stringMatching(/^error: NODE_ENV: /) });
    expect(await cli(['list-users'], { NODE_ENV: 'production', DATABASE_URL: database.url })).toMatchObject({ code: 1, err: 'error: JWT_SECRET_KEY: is required in production (at least 32 random bytes)' });
  });
});

describe(`mail commands on ${backend}`, () => {
  let smtp: TestSmtpServer;
  let t: TestApp | undefined;
  beforeAll(async () => {
    smtp = await startSmtpServer();
  });
  afterEach(async () => {
    smtp.accept();
    await t?.close();
    t = undefined;
  });
  afterAll(async () => smtp.close());

  /** An app of its own per test (its outbox starts empty), whose sender never runs by itself. */
  async function app(): Promise<TestApp> {
    t = await buildTestApp({ env: { SMTP_URL: smtp.url, APP_URL: 'https://auth.example.com', MAIL_POLL_INTERVAL: '600000' } });
    return t;
  }
  async function cli(argv: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(argv, {
      env: {
        NODE_ENV: 'test',
        JWT_SECRET_KEY: TEST_SECRET,
        DATABASE_URL: t!.database.url,
        LOG_LEVEL: 'silent',
        LOG_TO_FILE: 'false',
        SMTP_URL: smtp.url,
        APP_URL: 'https://auth.example.com',
      },
      print: (line) => out.push(line),
      printError: (line) => err.push(line),
      promptSecret: async () => undefined,
    });
    return { code, out: out.join('\n'), err: err.join('\n') };
  }
  /** Lets the registration's mail go out through the app's own sender. */
  async function settle(app: TestApp): Promise<void> {
    await new Promise((resolve) => setImmediate(resolve));
    await app.app.services.mailer.drain();
  }

  it('send-password-reset mails the user a reset link that works, and says it went out', async () => {
    const { app: server } = await app();
    const pia = await registerUser(server);
    await settle(t!);
    const res = await cli(['send-password-reset', pia.username]);
    expect(res).toMatchObject({ code: 0, err: '', out: `queued a password-reset link for ${pia.username} (id ${pia.id}); 1 message(s) sent now` });
    const mails = await smtp.mailFor(pia.email, { count: 2 });
    expect(mails.map((m) => m.subject)).toEqual(['Confirm your email address', 'Reset your password']);
    const token = await smtp.tokenFor(pia.email, { count: 2 });
    expect(mails[1]!.text).toContain(`https://auth.example.com/reset-password#token=${token}`);
    expect(res.out).not.toContain(token);

    const reset = await server.inject({ method: 'POST', url: '/api/auth/password/reset', payload: { token, password: 'amber-Falcon-93-river' } });
    expect(reset.statusCode).toBe(200);
    expect((await loginUser(server, { username: pia.username, password: 'amber-Falcon-93-river' })).statusCode).toBe(200);
    expect(await cli(['send-password-reset', 'no_such_user'])).toMatchObject({ code: 1, err: 'error: no user named "no_such_user"' });
    expect((await cli(['send-password-reset'])).err).toMatch(/usage: send-password-reset USERNAME/);
  });

  it('send-password-reset during an SMTP outage keeps the link queued and says nothing went out; mail-status shows it waiting', async () => {
    const { app: server } = await app();
    expect(await cli(['mail-status'])).toEqual({ code: 0, err: '', out: 'pending 0, sending 0, sent 0, failed 0' });

    const quinn = await registerUser(server);
    await settle(t!);
    expect((await cli(['mail-status'])).out).toBe('pending 0, sending 0, sent 1, failed 0');

    smtp.refuse();
    const res = await cli(['send-password-reset', quinn.username]);
    expect(res).toMatchObject({ code: 0, out: `queued a password-reset link for ${quinn.username} (id ${quinn.id}); 0 message(s) sent now` });
    const row = await server.db.selectFrom('mail_outbox').selectAll().where('template', '=', 'password_reset').executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'pending', attempts: 1 });
    // Another message given up, and one a sender holds right now.
    await server.db.updateTable('mail_outbox').set({ status: 'failed', sealed_body: null }).where('template', '=', 'email_verify').execute();
    const other = await registerUser(server);
    await settle(t!);
    await server.db.updateTable('mail_outbox').set({ status: 'sending', claimed_until: Date.now() + 60_000 }).where('recipient', '=', other.email).execute();

    const status = await cli(['mail-status']);
    expect(status).toEqual({ code: 0, err: '', out: `pending 1, sending 1, sent 0, failed 1\noldest pending since ${new Date(row.created_at).toISOString()}` });
    expect(smtp.received.filter((m) => m.to === quinn.email).map((m) => m.subject)).toEqual(['Confirm your email address']);
  });
});
