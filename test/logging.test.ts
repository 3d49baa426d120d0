import { mkdtempSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino, { type Logger } from 'pino';
import { describe, expect, it, vi } from 'vitest';
import { requestChildLogger } from '../src/logging.js';
import { bearer, buildTestApp, loginUser, manualClock, PASSWORD, registerUser } from './helper.js';
import { waitFor } from './wait-for.js';

function readLogDir(dir: string): string {
  return readdirSync(dir).filter((f) => f.endsWith('.log')).map((f) => readFileSync(path.join(dir, f), 'utf8')).join('');
}

describe('log file', () => {
  it('holds request logs and audit events but never a password, hash or token', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gatehouse-logs-'));
    const clock = manualClock(Date.now());
    const t = await buildTestApp({ clock, env: { LOG_TO_FILE: 'true', LOG_DIR: dir, LOG_LEVEL: 'debug', MAX_FAILED_LOGINS: '2' } });
    let secrets: string[] = [];
    try {
      const user = await registerUser(t.app);
      const login = (await loginUser(t.app, { username: user.username, password: PASSWORD })).json();
      await loginUser(t.app, { username: user.username, password: 'Wrong-password-99' });
      const { password_hash } = await t.app.db.selectFrom('users').select('password_hash').where('id', '=', user.id).executeTakeFirstOrThrow();
      await t.app.inject({ method: 'POST', url: '/api/auth/refresh', headers: { authorization: `Bearer ${login.refresh_token}`, cookie: 'session=cookie-secret-value' } });
      clock.advance(60_000);
      await t.app.inject({ method: 'POST', url: '/api/auth/refresh', headers: bearer(login.refresh_token) });
      const second = (await loginUser(t.app, { username: user.username, password: PASSWORD })).json();
      await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: bearer(second.access_token) });
      await loginUser(t.app, { username: user.username, password: 'Wrong-password-99' });
      await loginUser(t.app, { username: user.username, password: 'Wrong-password-99' });
      // Whatever code logs these objects later, redaction scrubs them.
      t.app.log.info({ password: PASSWORD, body: { refresh_token: login.refresh_token, user: { password_hash } } }, 'object with secrets');
      secrets = [PASSWORD, 'Wrong-password-99', password_hash, login.access_token, login.refresh_token, second.access_token, second.refresh_token, 'cookie-secret-value'];
    } finally {
      await t.close();
    }
    const written = readLogDir(dir);
    for (const event of ['user_registered', 'login_succeeded', 'login_failed', 'refresh_reused', 'logout', 'account_locked']) {
      expect(written).toContain(`"audit":"${event}"`);
    }
    expect(written).toContain('object with secrets');
    expect(written).toContain('[REDACTED]');
    for (const secret of secrets) expect(written).not.toContain(secret);
    expect(readdirSync(dir)).toContain('current.log');
  });
});

describe('log rotation', () => {
  it('rotates by LOG_FILE_SIZE and keeps LOG_FILE_COUNT rotated files beside the active one', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gatehouse-rotate-'));
    const t = await buildTestApp({ env: { LOG_TO_FILE: 'true', LOG_DIR: dir, LOG_LEVEL: 'info', LOG_FILE_SIZE: '1k', LOG_FILE_COUNT: '3' } });
    try {
      for (let i = 0; i < 200; i++) {
        t.app.log.info({ line: i, filler: 'x'.repeat(100) }, 'rotation test line');
        // Let the transport write between batches of lines, as a real server's requests would: wait until it has.
        if (i % 20 === 19) await waitFor(`log line ${i} to be written`, () => readLogDir(dir).includes(`"line":${i},`));
      }
    } finally {
      await t.close();
    }
    const files = readdirSync(dir).filter((f) => /^gatehouse\.\d+\.log$/.test(f));
    const active = path.basename(readlinkSync(path.join(dir, 'current.log')));
    expect(files).toContain(active);
    // As the seed's backupCount=3 would: three rotated files, and the one being written.
    expect(files.filter((f) => f !== active)).toHaveLength(3);
    expect(files).toHaveLength(4);
    const numbers = files.map((f) => Number(f.split('.')[1])).sort((a, b) => a - b);
    expect(numbers[0]).toBeGreaterThan(1);
    expect(readLogDir(dir)).toContain('"line":199');
  });
});

describe('per-request child logger', () => {
  function capture(level: string): { logger: Logger; lines: Record<string, unknown>[] } {
    const lines: Record<string, unknown>[] = [];
    const logger = pino({ level, redact: ['*.password'] }, { write: (line: string) => lines.push(JSON.parse(line) as Record<string, unknown>) });
    return { logger, lines };
  }

  it('is made only when the request logs at an enabled level, and then carries the request id and redaction', () => {
    const { logger, lines } = capture('warn');
    const child = vi.spyOn(logger, 'child');
    const log = requestChildLogger(logger, { reqId: 'req-1' }, {});
    log.info('not written');
    log.debug({ a: 1 }, 'not written either');
    expect(child).not.toHaveBeenCalled();
    expect(lines).toEqual([]);
    log.warn({ body: { password: 'secret-pw' } }, 'first');
    log.error('second');
    expect(child).toHaveBeenCalledTimes(1);
    expect(lines.map((l) => [l.reqId, l.msg])).toEqual([['req-1', 'first'], ['req-1', 'second']]);
    expect(JSON.stringify(lines)).not.toContain('secret-pw');
    log.child({ part: 'x' }).warn('nested');
    expect(lines.at(-1)).toMatchObject({ reqId: 'req-1', part: 'x', msg: 'nested' });
    expect(log.bindings()).toEqual({ reqId: 'req-1' });
    // A level of its own (a route's logLevel) is honoured, and so is a parent level changed at run time.
    requestChildLogger(logger, { reqId: 'req-2' }, { level: 'debug' }).debug('route debug');
    expect(lines.at(-1)).toMatchObject({ reqId: 'req-2', msg: 'route debug' });
    logger.level = 'info';
    requestChildLogger(logger, { reqId: 'req-3' }, {}).info('now on');
    expect(lines.at(-1)).toMatchObject({ reqId: 'req-3', msg: 'now on' });
  });

  it('logs each request with its own id through the app', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gatehouse-logs-'));
    const t = await buildTestApp({ env: { LOG_TO_FILE: 'true', LOG_DIR: dir, LOG_LEVEL: 'info' } });
    try {
      for (const id of ['first-request', 'second-request']) await t.app.inject({ method: 'GET', url: '/health', headers: { 'x-request-id': id } });
    } finally {
      await t.close();
    }
    // gatehouse.N.log only: current.log is a link to the active one.
    const lines = readdirSync(dir).filter((f) => /^gatehouse\.\d+\.log$/.test(f)).map((f) => readFileSync(path.join(dir, f), 'utf8')).join('').trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    for (const id of ['first-request', 'second-request']) {
      expect(lines.filter((l) => l.reqId === id).map((l) => l.msg)).toEqual(['incoming request', 'request completed']);
    }
  });
});
