import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { backend, buildTestApp, registerAndLogin, type TestApp, TEST_SECRET } from '../helper.js';

// Attack (operator's input): `gatehouse audit` is what an auditor runs. Its arguments must either mean what they
// say or be refused with the usage line. (1) --actor/--target accept ten digits, past the id column's range: on
// PostgreSQL the driver's "out of range" error reaches the operator instead of the usage (SQLite answers "no
// audit events match"). (2) --since/--until go through Date.parse, which reads "1", "0", "12" or "Dec 1" as a
// date: `--until 1` means "before 2001-01-01" and silently prints nothing; "Dec 1" means 1 December 2001. The
// usage promises "a date or time such as 2026-12-01 or 2026-12-01T10:00:00Z": anything else should be refused.

describe(`review7: the audit command's arguments, on ${backend}`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
    await registerAndLogin(t.app);
  });
  afterAll(() => t.close());

  async function cli(argv: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(argv, {
      env: { NODE_ENV: 'test', JWT_SECRET_KEY: TEST_SECRET, DATABASE_URL: t.database.url, LOG_LEVEL: 'silent', LOG_TO_FILE: 'false' },
      print: (line) => out.push(line),
      printError: (line) => err.push(line),
      promptSecret: async () => undefined,
    });
    return { code, out: out.join('\n'), err: err.join('\n') };
  }

  for (const flag of ['--actor', '--target']) {
    it(`${flag} 9999999999 (past the id column) is refused with the usage, not a database error`, async () => {
      const res = await cli(['audit', flag, '9999999999']);
      expect(res.err).not.toMatch(/out of range|integer/i);
      expect(res).toMatchObject({ code: 1, err: expect.stringContaining('usage: audit') });
    });
  }

  for (const value of ['1', '0', 'Dec 1', '12']) {
    it(`--until ${JSON.stringify(value)} (not a date or time) is refused, not read as some year`, async () => {
      const res = await cli(['audit', '--until', value]);
      expect(res, `Date.parse(${JSON.stringify(value)}) = ${new Date(Date.parse(value)).toISOString()}`).toMatchObject({ code: 1, err: expect.stringContaining('usage: audit') });
    });
  }

  it('holds: an unparseable time, a bad id, a bad limit, an unknown option are refused with the usage', async () => {
    for (const argv of [['--since', '2016-12-31T23:59:60Z'], ['--since', 'yesterday'], ['--actor', '0'], ['--target', 'x'], ['--limit', '0'], ['--limit', '100001'], ['--after', '5'], ['stray']]) {
      const res = await cli(['audit', ...argv]);
      expect({ argv, code: res.code }).toEqual({ argv, code: 1 });
      expect(res.err).toContain('usage: audit');
    }
  });

  it('holds: events print newest first, one per line, with --json parseable', async () => {
    const res = await cli(['audit', '--limit', '2', '--json']);
    expect(res.code).toBe(0);
    const lines = res.out.split('\n').map((l) => JSON.parse(l) as { id: number });
    expect(lines).toHaveLength(2);
    expect(lines[0]!.id).toBeGreaterThan(lines[1]!.id);
  });
});
