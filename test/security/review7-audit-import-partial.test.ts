import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { hash as bcryptHash } from '@node-rs/bcrypt';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { backend, buildTestApp, TEST_SECRET, type TestApp } from '../helper.js';

// Attack (auditor's view): a bulk import commits its users batch by batch (200 lines per transaction) and writes
// its one summary event (users_imported) only after the whole run, outside every batch's transaction. A run
// that stops part-way (a database error in a later batch, the process killed, the file unreadable half-way)
// leaves the earlier batches' accounts created with no event at all: accounts (here 200, admins among them)
// appear in the database and nothing in the audit log says how.

describe(`review7: a bulk import that stops part-way, on ${backend}`, () => {
  let t: TestApp;
  let dir: string;
  beforeAll(async () => {
    t = await buildTestApp();
    dir = mkdtempSync(path.join(tmpdir(), 'review7-import-'));
  });
  afterAll(() => t.close());

  it('the accounts a stopped run committed are on record in the audit log', async () => {
    const hash = await bcryptHash('bcrypt-Import-pass-8', 4);
    const lines = Array.from({ length: 201 }, (_, i) => JSON.stringify({ username: `r7imp_${i}`, email: `r7imp_${i}@example.com`, password_hash: hash, role: i === 0 ? 'admin' : 'user' }));
    const file = path.join(dir, 'users.jsonl');
    writeFileSync(file, `${lines.join('\n')}\n`);
    // The second batch fails in the database (any error would do: a constraint, an outage, a kill).
    if (backend === 'postgres') {
      await sql`CREATE FUNCTION r7_refuse_import() RETURNS trigger AS $$ BEGIN IF NEW.username = 'r7imp_200' THEN RAISE EXCEPTION 'refused by the test'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`.execute(t.app.db);
      await sql`CREATE TRIGGER r7_refuse_import BEFORE INSERT ON users FOR EACH ROW EXECUTE FUNCTION r7_refuse_import()`.execute(t.app.db);
    } else {
      await sql`CREATE TRIGGER r7_refuse_import BEFORE INSERT ON users WHEN NEW.username = 'r7imp_200' BEGIN SELECT RAISE(ABORT, 'refused by the test'); END`.execute(t.app.db);
    }
    const err: string[] = [];
    const code = await runCli(['import-users', '--from', file], {
      env: { NODE_ENV: 'test', JWT_SECRET_KEY: TEST_SECRET, DATABASE_URL: t.database.url, LOG_LEVEL: 'silent', LOG_TO_FILE: 'false', ARGON2_MEMORY_COST: '8192', ARGON2_TIME_COST: '1' },
      print: () => {},
      printError: (line) => err.push(line),
    });
    expect(code).toBe(1);
    const imported = await t.app.db.selectFrom('users').select(['id', 'role']).where('username', 'like', 'r7imp_%').execute();
    expect(imported.length, 'the first batch committed').toBe(200);
    expect(imported.filter((u) => u.role === 'admin')).toHaveLength(1);
    const events = await t.app.db.selectFrom('audit_events').select(['action', 'details']).where('action', 'in', ['users_imported', 'user_created']).execute();
    expect(events.length, 'an admin and 199 users were created: the log must say so').toBeGreaterThan(0);
  });
});
