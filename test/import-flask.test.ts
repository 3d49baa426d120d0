import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { hash as bcryptHash } from '@node-rs/bcrypt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UNUSABLE_PASSWORD_HASH } from '../src/account/password-formats.js';
import { runCli } from '../src/cli.js';
import type { ImportReport } from '../src/import/import-report.js';
import { createFlaskPostgres, createFlaskSqlite, type FlaskDatabase, type FlaskRow, type FlaskTable, sqlalchemyTime } from './flask-fixture.js';
import { backend, bearer, buildTestApp, loginUser, registerUser, TEST_DATABASE_URL, TEST_SECRET, type TestApp } from './helper.js';

const ALICE_PASSWORD = 'Flask-alice-pass-1';
const ADMIN_PASSWORD = 'Flask-admin-pass-2';
const DAY = 86_400_000;
const CREATED = Date.UTC(2025, 9, 30, 18, 31, 32, 742);

const USERS_COLUMNS: FlaskTable['columns'] = {
  id: 'Integer', username: 'String', email: 'String', password_hash: 'String', role: 'String', is_active: 'Boolean',
  failed_login_attempts: 'Integer', locked_until: 'DateTime', created_at: 'DateTime', updated_at: 'DateTime', last_login: 'DateTime',
};
const BLACKLIST_COLUMNS: FlaskTable['columns'] = { id: 'Integer', jti: 'String', token_type: 'String', user_id: 'Integer', expires: 'DateTime', created_at: 'DateTime' };
const MALICIOUS_SCRYPT = `scrypt:16777216:8:1$abcdefgh$${'ab'.repeat(64)}`;
const WERKZEUG_FIRST_ID = 30;
const werkzeug = JSON.parse(readFileSync(new URL('./fixtures/werkzeug-hashes.json', import.meta.url), 'utf8')) as { vectors: Array<{ method: string; password: string; hash: string }> };

interface Hashes {
  alice: string;
  admin: string;
}

/** The Flask service's users: one of each case the import has to decide. */
function flaskUsers({ alice, admin }: Hashes, now = Date.now()): FlaskRow[] {
  const t = sqlalchemyTime;
  const base = { role: 'user', is_active: true, failed_login_attempts: 0, locked_until: null, created_at: t(CREATED), updated_at: t(CREATED), last_login: null };
  return [
    { ...base, id: 1, username: 'root', email: 'Root@Example.com', password_hash: admin, role: 'admin', last_login: t(CREATED + DAY) },
    { ...base, id: 2, username: 'alice', email: 'alice@example.com', password_hash: alice },
    { ...base, id: 3, username: 'bob', email: 'bob@example.com', password_hash: alice, failed_login_attempts: 5, locked_until: t(now + DAY) },
    { ...base, id: 4, username: 'carol', email: 'carol@example.com', password_hash: alice, failed_login_attempts: 5, locked_until: t(now - DAY) },
    { ...base, id: 5, username: 'dave', email: 'dave@example.com', password_hash: alice, is_active: false },
    { ...base, id: 6, username: 'alice2', email: 'ALICE@EXAMPLE.COM', password_hash: alice },
    { ...base, id: 7, username: 'nomail', email: null, password_hash: alice },
    { ...base, id: 8, username: 'badmail', email: 'not-an-email', password_hash: alice },
    { ...base, id: 9, username: 'legacy', email: 'legacy@example.com', password_hash: 'md5$abcdef$0123456789abcdef' },
    { ...base, id: 10, username: 'evil', email: 'evil@example.com', password_hash: MALICIOUS_SCRYPT },
    { ...base, id: 11, username: 'mod', email: 'mod@example.com', password_hash: alice, role: 'moderator' },
    { ...base, id: 12, username: 'ALICE', email: 'other-alice@example.com', password_hash: alice },
    ...werkzeug.vectors.map((v, i) => ({ ...base, id: WERKZEUG_FIRST_ID + i, username: `wz${i}`, email: `wz${i}@example.com`, password_hash: v.hash })),
  ];
}

function flaskBlacklist(): FlaskRow[] {
  return [
    { id: 1, jti: 'a1b2c3d4-0000-4000-8000-000000000001', token_type: 'refresh', user_id: 2, expires: sqlalchemyTime(Date.UTC(2030, 0, 1)), created_at: sqlalchemyTime(CREATED) },
    { id: 2, jti: 'a1b2c3d4-0000-4000-8000-000000000002', token_type: 'access', user_id: 1, expires: null, created_at: sqlalchemyTime(CREATED) },
  ];
}

function flaskTables(hashes: Hashes): FlaskTable[] {
  return [
    { name: 'users', columns: USERS_COLUMNS, rows: flaskUsers(hashes) },
    { name: 'token_blacklist', columns: BLACKLIST_COLUMNS, rows: flaskBlacklist() },
  ];
}

async function cliOn(t: TestApp, argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, {
    env: { NODE_ENV: 'test', JWT_SECRET_KEY: TEST_SECRET, DATABASE_URL: t.database.url, LOG_LEVEL: 'silent', LOG_TO_FILE: 'false', ARGON2_MEMORY_COST: '8192', ARGON2_TIME_COST: '1' },
    print: (line) => out.push(line),
    printError: (line) => err.push(line),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function importWithReport(t: TestApp, argv: string[]): Promise<{ code: number; out: string; err: string; report: ImportReport }> {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'import-report-')), 'report.json');
  const res = await cliOn(t, [...argv, '--report', file]);
  expect(res, res.err).toMatchObject({ code: 0, err: '' });
  return { ...res, report: JSON.parse(readFileSync(file, 'utf8')) as ImportReport };
}

const counts = async (t: TestApp) => ({
  users: Number((await t.app.db.selectFrom('users').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n),
  imports: Number((await t.app.db.selectFrom('user_imports').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n),
  tokens: Number((await t.app.db.selectFrom('legacy_revoked_tokens').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n),
});

const userRow = (t: TestApp, id: number) => t.app.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();

let hashes: Hashes;
beforeAll(async () => {
  // Flask-Bcrypt's default cost; two hashes only, they are slow.
  hashes = { alice: await bcryptHash(ALICE_PASSWORD, 12), admin: await bcryptHash(ADMIN_PASSWORD, 12) };
}, 30_000);

const sources: Array<{ name: string; create: (tables: FlaskTable[]) => Promise<FlaskDatabase> }> = [
  { name: 'SQLite', create: createFlaskSqlite },
  ...(TEST_DATABASE_URL ? [{ name: 'PostgreSQL', create: createFlaskPostgres }] : []),
];

describe.each(sources)(`import-flask from a $name Flask database into Gatehouse on ${backend}`, ({ name, create }) => {
  let t: TestApp;
  let flask: FlaskDatabase;
  let first: ImportReport;
  const timezone = process.env.TZ;
  beforeAll(async () => {
    t = await buildTestApp();
    flask = await create(flaskTables(hashes));
    // A timestamp without time zone read as local time would shift by nine hours here.
    process.env.TZ = 'Asia/Tokyo';
    first = (await importWithReport(t, ['import-flask', '--from', flask.url])).report;
  }, 60_000);
  afterAll(async () => {
    process.env.TZ = timezone;
    await t?.close();
    await flask?.drop();
  });

  it('reports what it imported, refused and found in conflict, naming each row', () => {
    expect(first).toMatchObject({ source: 'flask', dry_run: false, read: 12 + werkzeug.vectors.length, updated: 0, unchanged: 0, largest_id: WERKZEUG_FIRST_ID + werkzeug.vectors.length - 1 });
    expect(first.imported).toBe(7 + werkzeug.vectors.length);
    expect(first.conflicts).toEqual([
      { source_id: 6, email: 'alice@example.com', reason: 'email already registered by Flask user 2 (the lowest id is imported)' },
      { source_id: 12, email: 'other-alice@example.com', reason: 'username already taken (case-insensitively) by Flask user 2 (the lowest id is imported)' },
    ]);
    expect(first.refused).toEqual([
      { source_id: 7, email: null, reason: 'no email' },
      { source_id: 8, email: 'not-an-email', reason: 'invalid email' },
      { source_id: 10, email: 'evil@example.com', reason: 'scrypt parameters above the accepted bounds' },
    ]);
    expect(first.unusable_passwords).toEqual([{ source_id: 9, email: 'legacy@example.com', reason: 'unknown hash format' }]);
    expect(first.roles_mapped_to_user).toEqual([{ source_id: 11, role: 'moderator' }]);
    expect(first.revoked_tokens).toEqual({ read: 2, imported: 2, already_present: 0, refused: 0 });
  });

  it('keeps ids, roles, timestamps (naive UTC) and hashes as they were, emails in lower case', async () => {
    const root = await userRow(t, 1);
    expect(root).toMatchObject({ username: 'root', email: 'root@example.com', role: 'admin', password_hash: hashes.admin, created_at: CREATED, updated_at: CREATED, last_login_at: CREATED + DAY, email_verified_at: null });
    expect(await userRow(t, 11)).toMatchObject({ role: 'user' });
    expect(await userRow(t, 9)).toMatchObject({ password_hash: UNUSABLE_PASSWORD_HASH });
    expect(await userRow(t, 4)).toMatchObject({ locked_until: null, failed_login_attempts: 0 });
    expect(await userRow(t, 6)).toBeUndefined();
    expect(await userRow(t, 10)).toBeUndefined();
    const sources = await t.app.db.selectFrom('user_imports').select(['user_id', 'source']).orderBy('user_id').execute();
    expect(sources.map((s) => s.user_id)).toEqual([1, 2, 3, 4, 5, 9, 11, ...werkzeug.vectors.map((_, i) => WERKZEUG_FIRST_ID + i)]);
    expect(new Set(sources.map((s) => s.source))).toEqual(new Set(['flask']));
    const tokens = await t.app.db.selectFrom('legacy_revoked_tokens').selectAll().orderBy('jti').execute();
    expect(tokens).toEqual([
      { jti: 'a1b2c3d4-0000-4000-8000-000000000001', token_type: 'refresh', user_id: 2, expires_at: Date.UTC(2030, 0, 1), revoked_at: CREATED },
      { jti: 'a1b2c3d4-0000-4000-8000-000000000002', token_type: 'access', user_id: 1, expires_at: null, revoked_at: CREATED },
    ]);
  });

  it('logs every bcrypt user in with their Flask password, as the same id and role; a lock answers 423, a deactivated account 403', async () => {
    const root = await loginUser(t.app, { email: 'ROOT@example.com', password: ADMIN_PASSWORD });
    expect(root.statusCode, root.body).toBe(200);
    expect(root.json().user).toMatchObject({ id: 1, username: 'root', role: 'admin' });
    for (const [id, login] of [[2, { username: 'alice' }], [4, { email: 'carol@example.com' }], [11, { username: 'mod' }]] as const) {
      const res = await loginUser(t.app, { ...login, password: ALICE_PASSWORD });
      expect(res.statusCode, `${id} ${res.body}`).toBe(200);
      expect(res.json().user).toMatchObject({ id, role: 'user' });
    }
    expect((await loginUser(t.app, { username: 'bob', password: ALICE_PASSWORD })).statusCode).toBe(423);
    const dave = await loginUser(t.app, { username: 'dave', password: ALICE_PASSWORD });
    expect(dave.statusCode).toBe(403);
    expect(dave.json().code).toBe('account_disabled');
    expect((await loginUser(t.app, { username: 'legacy', password: ALICE_PASSWORD })).statusCode).toBe(401);
  }, 30_000);

  it('logs werkzeug users (pbkdf2, scrypt) in with their Flask password', async () => {
    for (const [i, v] of werkzeug.vectors.entries()) {
      const res = await loginUser(t.app, { username: `wz${i}`, password: v.password });
      expect(res.statusCode, `${v.method} ${res.body}`).toBe(200);
      expect(res.json().user.id).toBe(WERKZEUG_FIRST_ID + i);
    }
  }, 60_000);

  it('a second run changes nothing; a Flask row changed since is updated; one changed at Gatehouse since is a conflict, not overwritten', async () => {
    const before = await counts(t);
    const again = (await importWithReport(t, ['import-flask', '--from', flask.url])).report;
    expect(again).toMatchObject({ imported: 0, updated: 0, unchanged: first.imported, revoked_tokens: { imported: 0, already_present: 2 } });
    expect(again.conflicts).toEqual(first.conflicts);
    expect(await counts(t)).toEqual(before);

    await flask.execute('UPDATE users SET role = ?, updated_at = ? WHERE id = ?', ['admin', sqlalchemyTime(Date.now()), 5]);
    const delta = (await importWithReport(t, ['import-flask', '--from', flask.url])).report;
    expect(delta).toMatchObject({ imported: 0, updated: 1, unchanged: first.imported - 1 });
    expect(await userRow(t, 5)).toMatchObject({ role: 'admin' });

    // Alice renames herself at Gatehouse; then Flask changes her row too (before cut-over).
    const login = await loginUser(t.app, { username: 'alice', password: ALICE_PASSWORD });
    const renamed = await t.app.inject({ method: 'PUT', url: '/api/users/2', headers: bearer(login.json().access_token), payload: { username: 'alice_at_gatehouse' } });
    expect(renamed.statusCode, renamed.body).toBe(200);
    await flask.execute('UPDATE users SET is_active = ? WHERE id = ?', [false, 2]);
    const third = (await importWithReport(t, ['import-flask', '--from', flask.url])).report;
    // Flask user 12 ("ALICE") no longer collides with anyone: it comes in now.
    expect(third).toMatchObject({ imported: 1, updated: 0 });
    expect(await userRow(t, 12)).toMatchObject({ username: 'ALICE' });
    expect(third.conflicts).toContainEqual({ source_id: 2, email: 'alice@example.com', reason: 'changed at Gatehouse since it was imported: not overwritten' });
    expect(await userRow(t, 2)).toMatchObject({ username: 'alice_at_gatehouse', is_active: 1 });
  }, 30_000);

  it('moves the id sequence past the largest imported id: a new registration gets the next id', async () => {
    const user = await registerUser(t.app);
    expect(user.id).toBe(WERKZEUG_FIRST_ID + werkzeug.vectors.length);
    expect(user.id).toBeGreaterThan(first.largest_id!);
  });

  it(`on ${name}, prints counts and names without a hash`, async () => {
    const res = await cliOn(t, ['import-flask', '--from', flask.url, '--dry-run']);
    expect(res.code).toBe(0);
    expect(res.out).toMatch(/^dry run: nothing was written/);
    expect(res.out).toContain('id 6 alice@example.com: email already registered by Flask user 2');
    expect(res.out).not.toMatch(/\$2b\$|pbkdf2:|scrypt:/);
  });
});

describe(`import-flask: dry run, other table shapes and failures, on ${backend}`, () => {
  let t: TestApp;
  const owned: FlaskDatabase[] = [];
  const sqlite = async (tables: FlaskTable[]) => {
    const db = await createFlaskSqlite(tables);
    owned.push(db);
    return db;
  };
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(async () => {
    await t?.close();
    for (const db of owned) await db.drop();
  });

  it('a dry run gives the same report and writes nothing', async () => {
    const flask = await sqlite(flaskTables(hashes));
    const { report } = await importWithReport(t, ['import-flask', '--from', flask.url, '--dry-run']);
    expect(report).toMatchObject({ dry_run: true, imported: 7 + werkzeug.vectors.length, revoked_tokens: { imported: 2 }, largest_id: null });
    expect(report.conflicts).toHaveLength(2);
    expect(report.refused).toHaveLength(3);
    expect(await counts(t)).toEqual({ users: 0, imports: 0, tokens: 0 });
  });

  it('reads a `user` table with is_admin, is_locked and a bytes hash column named password', async () => {
    const flask = await sqlite([
      {
        name: 'user',
        columns: { id: 'Integer', username: 'String', email: 'String', password: 'LargeBinary', is_admin: 'Boolean', is_locked: 'Boolean', created_at: 'DateTime' },
        rows: [
          { id: 100, username: 'boss', email: 'boss@example.com', password: Buffer.from(hashes.admin), is_admin: true, is_locked: false, created_at: sqlalchemyTime(CREATED) },
          { id: 101, username: 'frozen', email: 'frozen@example.com', password: Buffer.from(hashes.alice), is_admin: false, is_locked: true, created_at: sqlalchemyTime(CREATED) },
        ],
      },
    ]);
    const { report } = await importWithReport(t, ['import-flask', '--from', flask.url]);
    expect(report).toMatchObject({ imported: 2, refused: [], conflicts: [], revoked_tokens: { read: 0 } });
    const boss = await loginUser(t.app, { username: 'boss', password: ADMIN_PASSWORD });
    expect(boss.statusCode, boss.body).toBe(200);
    expect(boss.json().user).toMatchObject({ id: 100, role: 'admin' });
    // is_locked without a time: locked for LOCKOUT_DURATION from the import.
    expect((await loginUser(t.app, { username: 'frozen', password: ALICE_PASSWORD })).statusCode).toBe(423);
    const frozen = await userRow(t, 101);
    expect(frozen!.locked_until! - Date.now()).toBeGreaterThan(t.config.lockout.durationSeconds * 1000 - 60_000);
  }, 30_000);

  it('--users-table and --map name a table and columns of other names', async () => {
    const flask = await sqlite([
      { name: 'accounts', columns: { id: 'Integer', login_name: 'String', mail: 'String', pw: 'String' }, rows: [{ id: 200, login_name: 'mapped', mail: 'Mapped@Example.com', pw: hashes.alice }] },
    ]);
    const missing = await cliOn(t, ['import-flask', '--from', flask.url, '--users-table', 'accounts']);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/^error: table "accounts" has no column for email, password_hash .*--map field=column/);
    const { report } = await importWithReport(t, ['import-flask', '--from', flask.url, '--users-table', 'accounts', '--map', 'email=mail', '--map', 'password_hash=pw', '--map', 'username=login_name']);
    expect(report.imported).toBe(1);
    expect(await userRow(t, 200)).toMatchObject({ username: 'mapped', email: 'mapped@example.com' });
  });

  it('refuses a Flask user whose id belongs to a Gatehouse user, or whose email is registered at Gatehouse already', async () => {
    const native = await registerUser(t.app, { email: 'native@example.com', username: 'native' });
    const flask = await sqlite([
      {
        name: 'users',
        columns: { id: 'Integer', username: 'String', email: 'String', password_hash: 'String' },
        rows: [
          { id: native.id, username: 'someone', email: 'someone@example.com', password_hash: hashes.alice },
          { id: 300, username: 'native-too', email: 'NATIVE@example.com', password_hash: hashes.alice },
        ],
      },
    ]);
    const { report } = await importWithReport(t, ['import-flask', '--from', flask.url]);
    expect(report.imported).toBe(0);
    expect(report.conflicts).toEqual([
      { source_id: native.id, email: 'someone@example.com', reason: `id ${native.id} is taken by a Gatehouse user not imported from Flask` },
      { source_id: 300, email: 'native@example.com', reason: `email already registered by Gatehouse user ${native.id}` },
    ]);
  });

  it('exits non-zero with a message when the source cannot be read or has no users table', async () => {
    const absent = await cliOn(t, ['import-flask', '--from', 'sqlite:////nonexistent/flask/app.db']);
    expect(absent.code).toBe(1);
    expect(absent.err).toMatch(/^error: cannot open the Flask database/);
    const dir = mkdtempSync(path.join(tmpdir(), 'not-a-db-'));
    writeFileSync(path.join(dir, 'app.db'), 'this is not a database, just text '.repeat(200));
    const garbage = await cliOn(t, ['import-flask', '--from', `sqlite:///${dir}/app.db`]);
    expect(garbage.code).toBe(1);
    expect(garbage.err).toMatch(/^error: /);
    const empty = await sqlite([{ name: 'posts', columns: { id: 'Integer' }, rows: [] }]);
    const noUsers = await cliOn(t, ['import-flask', '--from', empty.url]);
    expect(noUsers).toMatchObject({ code: 1, err: expect.stringMatching(/^error: no users table found .*--users-table/) });
    expect((await cliOn(t, ['import-flask'])).err).toMatch(/--from is required/);
    expect((await cliOn(t, ['import-flask', '--from', 'mysql://x/y'])).code).toBe(1);
  });

  it('runs as a process (npm run cli -- import-flask): exit 0, the report on stdout, nothing on stderr', async () => {
    const flask = await sqlite(flaskTables(hashes));
    const result = await new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'import-flask', '--from', flask.url, '--dry-run'], {
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NODE_ENV: 'test', JWT_SECRET_KEY: TEST_SECRET, DATABASE_URL: t.database.url, LOG_TO_FILE: 'false' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      let err = '';
      child.stdout.on('data', (chunk) => (out += chunk));
      child.stderr.on('data', (chunk) => (err += chunk));
      child.once('close', (code) => resolve({ code, out, err }));
    });
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toMatch(/users read 20: imported 15/);
  }, 60_000);
});
