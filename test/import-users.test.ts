import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { hash as bcryptHash } from '@node-rs/bcrypt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli.js';
import type { ImportReport } from '../src/import/import-report.js';
import { backend, buildTestApp, loginUser, registerUser, TEST_SECRET, type TestApp } from './helper.js';

const PASSWORD = 'jsonl-Import-pass-9';
const HASHED_PASSWORD = 'bcrypt-Import-pass-8';

describe(`import-users from JSON lines on ${backend}`, () => {
  let t: TestApp;
  let dir: string;
  beforeAll(async () => {
    t = await buildTestApp();
    dir = mkdtempSync(path.join(tmpdir(), 'import-users-'));
  });
  afterAll(async () => t.close());

  async function importFile(lines: string[], flags: string[] = []): Promise<{ code: number; out: string; err: string; report: ImportReport }> {
    const file = path.join(dir, `users-${Math.random().toString(36).slice(2)}.jsonl`);
    writeFileSync(file, `${lines.join('\n')}\n`);
    const reportFile = `${file}.report.json`;
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(['import-users', '--from', file, '--report', reportFile, ...flags], {
      env: { NODE_ENV: 'test', JWT_SECRET_KEY: TEST_SECRET, DATABASE_URL: t.database.url, LOG_LEVEL: 'silent', LOG_TO_FILE: 'false', ARGON2_MEMORY_COST: '8192', ARGON2_TIME_COST: '1' },
      print: (line) => out.push(line),
      printError: (line) => err.push(line),
    });
    return { code, out: out.join('\n'), err: err.join('\n'), report: code === 0 ? (JSON.parse(readFileSync(reportFile, 'utf8')) as ImportReport) : (undefined as never) };
  }
  const userCount = async () => Number((await t.app.db.selectFrom('users').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  let lines: string[];
  beforeAll(async () => {
    const bcrypt = await bcryptHash(HASHED_PASSWORD, 10);
    lines = [
      JSON.stringify({ username: 'jane', email: 'Jane@Example.com', password: PASSWORD }),
      JSON.stringify({ username: 'kim', email: 'kim@example.com', password_hash: bcrypt, role: 'admin', email_verified: true }),
      JSON.stringify({ username: 'lee', email: 'lee@example.com', password: PASSWORD, is_active: false }),
      '{"username": "broken", ',
      JSON.stringify({ username: 'nomail', password: PASSWORD }),
      JSON.stringify({ username: 'x', email: 'short@example.com', password: PASSWORD }),
      JSON.stringify({ username: 'both', email: 'both@example.com', password: PASSWORD, password_hash: bcrypt }),
      JSON.stringify({ username: 'odd', email: 'odd@example.com', password_hash: 'sha1$nope' }),
      JSON.stringify({ username: 'janet', email: 'JANE@example.com', password: PASSWORD }),
      '',
      JSON.stringify({ username: 'root2', email: 'root2@example.com', password: PASSWORD, role: 'superuser' }),
      '[1, 2]',
    ];
  });

  it('a dry run reports what would happen and writes nothing', async () => {
    const before = await userCount();
    const { code, report } = await importFile(lines, ['--dry-run']);
    expect(code).toBe(0);
    expect(report).toMatchObject({ dry_run: true, imported: 4 });
    expect(await userCount()).toBe(before);
  });

  it('creates users (passwords hashed to argon2id, hashes copied), refuses bad lines by line number, never stopping', async () => {
    const { code, report, out } = await importFile(lines);
    expect(code).toBe(0);
    expect(report).toMatchObject({ source: 'jsonl', read: 11, imported: 4, updated: 0, unchanged: 0 });
    expect(report.refused).toEqual([
      { line: 4, reason: 'not valid JSON' },
      { line: 5, email: null, reason: 'no email' },
      { line: 6, email: 'short@example.com', reason: 'invalid username (3-32 letters, digits, _ . -)' },
      { line: 7, email: 'both@example.com', reason: 'both password and password_hash' },
      { line: 11, email: 'root2@example.com', reason: 'invalid role (user or admin)' },
      { line: 12, email: null, reason: 'not a JSON object' },
    ]);
    expect(report.conflicts).toEqual([{ line: 9, email: 'jane@example.com', reason: 'email already registered by line 1' }]);
    expect(report.unusable_passwords).toEqual([{ line: 8, email: 'odd@example.com', reason: 'unknown hash format' }]);
    expect(out).not.toContain(PASSWORD);

    const jane = await loginUser(t.app, { email: 'jane@example.com', password: PASSWORD });
    expect(jane.statusCode, jane.body).toBe(200);
    const stored = await t.app.db.selectFrom('users').select(['password_hash', 'email_verified_at', 'role']).where('username', '=', 'jane').executeTakeFirstOrThrow();
    expect(stored.password_hash).toMatch(/^\$argon2id\$/);
    expect(stored.email_verified_at).toBeNull();
    const kim = await loginUser(t.app, { username: 'kim', password: HASHED_PASSWORD });
    expect(kim.statusCode, kim.body).toBe(200);
    expect(kim.json().user).toMatchObject({ role: 'admin' });
    const kimRow = await t.app.db.selectFrom('users').select(['email_verified_at']).where('username', '=', 'kim').executeTakeFirstOrThrow();
    expect(kimRow.email_verified_at).toBeGreaterThan(0);
    expect((await loginUser(t.app, { username: 'lee', password: PASSWORD })).statusCode).toBe(403);
  }, 30_000);

  it('a second run changes nothing; a changed line updates its user; an email registered at Gatehouse is a conflict', async () => {
    const before = await userCount();
    const again = (await importFile(lines)).report;
    expect(again).toMatchObject({ imported: 0, updated: 0, unchanged: 4 });
    expect(await userCount()).toBe(before);

    const changed = [...lines];
    changed[2] = JSON.stringify({ username: 'lee', email: 'lee@example.com', password: PASSWORD, is_active: true });
    const native = await registerUser(t.app, { username: 'native_j', email: 'native_j@example.com' });
    changed.push(JSON.stringify({ username: 'nativecopy', email: native.email, password: PASSWORD }));
    const delta = (await importFile(changed)).report;
    expect(delta).toMatchObject({ imported: 0, updated: 1, unchanged: 3 });
    expect(delta.conflicts).toContainEqual({ line: 13, email: native.email, reason: `email already registered by Gatehouse user ${native.id}` });
    expect((await loginUser(t.app, { username: 'lee', password: PASSWORD })).statusCode).toBe(200);
  }, 30_000);

  it('exits non-zero when the file cannot be read', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(['import-users', '--from', path.join(dir, 'absent.jsonl')], {
      env: { NODE_ENV: 'test', JWT_SECRET_KEY: TEST_SECRET, DATABASE_URL: t.database.url, LOG_LEVEL: 'silent', LOG_TO_FILE: 'false' },
      print: (line) => out.push(line),
      printError: (line) => err.push(line),
    });
    expect(code).toBe(1);
    expect(err.join('\n')).toMatch(/^error: cannot read .*absent\.jsonl/);
  });
});
