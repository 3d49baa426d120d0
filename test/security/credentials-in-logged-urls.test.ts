import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../helper.js';

function readLogDir(dir: string): string {
  return readdirSync(dir).filter((f) => f.endsWith('.log')).map((f) => readFileSync(path.join(dir, f), 'utf8')).join('');
}

describe('credentials in query strings', () => {
  it('never reach the log file: every credential parameter of a logged URL is [REDACTED]', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gatehouse-url-logs-'));
    const t = await buildTestApp({ env: { LOG_TO_FILE: 'true', LOG_DIR: dir, LOG_LEVEL: 'info' } });
    const urls = [
      '/api/users/me?access_token=SECRET-access-1&x=1',
      '/anything?token=SECRET-token-2',
      '/api/auth/refresh?refresh_token=SECRET-refresh-3',
      '/reset?code=SECRET-code-4&lang=en',
      '/api/auth/login?password=SECRET-password-5',
      // Spelled differently, or a token parameter nobody listed yet.
      '/api/users/me?acc%65ss_token=SECRET-encoded-6',
      '/api/users/me?ACCESS_TOKEN=SECRET-upper-7',
      '/verify?email_verification_token=SECRET-future-8',
      '/api/users/me?x=1&access_token=SECRET-repeat-9&access_token=SECRET-repeat-10',
      '/api/users/%zz?token=SECRET-bad-url-11',
    ];
    try {
      for (const url of urls) await t.app.inject({ method: 'GET', url });
    } finally {
      await t.close();
    }
    const written = readLogDir(dir);
    expect(written).toContain('"url":"/api/users/me?access_token=[REDACTED]&x=1"');
    expect(written).toContain('"url":"/reset?code=[REDACTED]&lang=en"');
    expect(written).toContain('"url":"/verify?email_verification_token=[REDACTED]"');
    expect(written.match(/SECRET[-\w]*/g) ?? []).toEqual([]);
  });
});
