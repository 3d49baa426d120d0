import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { decodeJwt } from 'jose';
import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matchTotpStep } from '../src/account/second-factor.js';
import { backend, bearer, buildTestApp, loginUser, type LoggedInUser, perTestClock, registerAndLogin, type TestApp } from './helper.js';

const codeAt = (secret: string, at: number): string => new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' }).generate({ timestamp: at });

describe('TOTP arithmetic (otpauth) against RFC 6238 appendix B, SHA-1', () => {
  const rfcSecret = Secret.fromUTF8('12345678901234567890');
  const vectors: Array<[number, string]> = [[59, '94287082'], [1_111_111_109, '07081804'], [1_111_111_111, '14050471'], [1_234_567_890, '89005924'], [2_000_000_000, '69279037'], [20_000_000_000, '65353130']];
  it.each(vectors)('at T=%i s the 8-digit code is %s, and its last 6 digits are our code', (seconds, expected) => {
    expect(new TOTP({ secret: rfcSecret, digits: 8, period: 30, algorithm: 'SHA1' }).generate({ timestamp: seconds * 1000 })).toBe(expected);
    expect(matchTotpStep(rfcSecret.base32, expected.slice(2), seconds * 1000)).toBe(Math.floor(seconds / 30));
  });

  it('accepts the neighbouring steps (±30 s of drift) and nothing further', () => {
    const now = 1_700_000_000_000;
    const secret = rfcSecret.base32;
    for (const [offset, ok] of [[-30_000, true], [30_000, true], [-60_000, false], [60_000, false]] as const) {
      expect(matchTotpStep(secret, codeAt(secret, now + offset), now) !== null, String(offset)).toBe(ok);
    }
  });
});

describe(`second factor on ${backend}`, () => {
  let t: TestApp;
  const clock = perTestClock(Date.UTC(2026, 5, 1, 12, 0, 0));
  const logDir = mkdtempSync(path.join(tmpdir(), 'gatehouse-mfa-logs-'));
  const seen: string[] = [];
  beforeAll(async () => {
    t = await buildTestApp({ clock, env: { LOG_TO_FILE: 'true', LOG_DIR: logDir, LOG_LEVEL: 'debug', SELF_SERVICE_RATE_LIMIT_MAX: '100000' } });
  });
  afterAll(async () => {
    await t.close();
    const logs = readdirSync(logDir).filter((f) => f.endsWith('.log')).map((f) => readFileSync(path.join(logDir, f), 'utf8')).join('');
    expect(logs).toContain('"audit":"mfa_enabled"');
    for (const secret of seen) expect(logs).not.toContain(secret);
  });

  const post = (url: string, token: string | null, payload: object) => t.app.inject({ method: 'POST', url, headers: token ? bearer(token) : {}, payload });
  const del = (url: string, token: string, payload?: object) => t.app.inject({ method: 'DELETE', url, headers: bearer(token), ...(payload ? { payload } : {}) });
  const nextStep = () => clock.advance(30_000);

  /** Enrols and confirms a factor; returns the secret and the recovery codes. */
  async function enrol(user: LoggedInUser): Promise<{ secret: string; recoveryCodes: string[] }> {
    const started = await post('/api/users/me/mfa/totp', user.access, { current_password: user.password });
    expect(started.statusCode).toBe(200);
    const { secret, otpauth_uri: uri, qr_svg: svg } = started.json();
    expect(uri).toMatch(new RegExp(`^otpauth://totp/Gatehouse:${user.username}\\?.*secret=${secret}`));
    expect(uri).toMatch(/algorithm=SHA1&digits=6&period=30/);
    expect(svg).toMatch(/^<svg/);
    const confirmed = await post('/api/users/me/mfa/totp/confirm', user.access, { code: codeAt(secret, clock.now()) });
    expect(confirmed.statusCode).toBe(200);
    const recoveryCodes = confirmed.json().recovery_codes as string[];
    seen.push(secret, ...recoveryCodes);
    nextStep();
    return { secret, recoveryCodes };
  }

  async function passwordStep(user: LoggedInUser): Promise<string> {
    const res = await loginUser(t.app, { username: user.username, password: user.password });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ mfa_required: true, mfa_token: expect.any(String), methods: ['totp', 'recovery_code'] });
    return res.json().mfa_token;
  }
  const codeStep = (mfaToken: string, second: { code: string } | { recovery_code: string }) => post('/api/auth/login/mfa', null, { mfa_token: mfaToken, ...second });

  it('enrols, then a login needs the code, and its tokens say amr ["pwd","otp"], aal 2', async () => {
    const alice = await registerAndLogin(t.app);
    expect(decodeJwt(alice.access)).toMatchObject({ amr: ['pwd'], aal: 1 });
    const { secret } = await enrol(alice);
    const me = await t.app.inject({ method: 'GET', url: '/api/users/me', headers: bearer(alice.access) });
    expect(me.json().user.mfa_enabled).toBe(true);
    const mfaToken = await passwordStep(alice);
    const done = await codeStep(mfaToken, { code: codeAt(secret, clock.now()) });
    expect(done.statusCode).toBe(200);
    expect(decodeJwt(done.json().access_token)).toMatchObject({ amr: ['pwd', 'otp'], aal: 2 });
    const refreshed = await t.app.inject({ method: 'POST', url: '/api/auth/refresh', payload: { refresh_token: done.json().refresh_token } });
    expect(decodeJwt(refreshed.json().access_token)).toMatchObject({ aal: 2 });
    const sessions = await t.app.inject({ method: 'GET', url: '/api/users/me/sessions', headers: bearer(done.json().access_token) });
    expect(sessions.json().sessions.find((s: { current: boolean }) => s.current).aal).toBe(2);
  });

  it('refuses a code of a time step already used, even through a second login', async () => {
    const bob = await registerAndLogin(t.app);
    const { secret } = await enrol(bob);
    const code = codeAt(secret, clock.now());
    expect((await codeStep(await passwordStep(bob), { code })).statusCode).toBe(200);
    const replay = await codeStep(await passwordStep(bob), { code });
    expect([replay.statusCode, replay.json().code]).toEqual([401, 'invalid_mfa_code']);
    nextStep();
    expect((await codeStep(await passwordStep(bob), { code: codeAt(secret, clock.now()) })).statusCode).toBe(200);
  });

  it('a mfa_token is single use and lives 5 minutes', async () => {
    const carol = await registerAndLogin(t.app);
    const { secret } = await enrol(carol);
    const mfaToken = await passwordStep(carol);
    expect((await codeStep(mfaToken, { code: codeAt(secret, clock.now()) })).statusCode).toBe(200);
    nextStep();
    const reused = await codeStep(mfaToken, { code: codeAt(secret, clock.now()) });
    expect([reused.statusCode, reused.json().code]).toEqual([401, 'invalid_or_expired_token']);
    const late = await passwordStep(carol);
    clock.advance(5 * 60_000);
    const expired = await codeStep(late, { code: codeAt(secret, clock.now()) });
    expect([expired.statusCode, expired.json().code]).toEqual([401, 'invalid_or_expired_token']);
  });

  it('a recovery code logs in once; racing uses of one code open exactly one session', async () => {
    const dave = await registerAndLogin(t.app);
    const { recoveryCodes } = await enrol(dave);
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    const [first, second] = recoveryCodes as [string, string];
    expect((await codeStep(await passwordStep(dave), { recovery_code: first.toUpperCase() })).statusCode).toBe(200);
    expect((await codeStep(await passwordStep(dave), { recovery_code: first })).statusCode).toBe(401);
    // Each unfinished password step counts as an attempt until a code completes it: three racers fit the budget.
    const tokens = [await passwordStep(dave), await passwordStep(dave)];
    const results = await Promise.all(tokens.map((mfaToken) => codeStep(mfaToken, { recovery_code: second })));
    expect(results.filter((r) => r.statusCode === 200)).toHaveLength(1);
    // The loser's code was spent, or its attempt was the one past the budget: refused either way.
    expect(results.filter((r) => r.statusCode !== 200).map((r) => r.json().code)).toEqual([expect.stringMatching(/^(invalid_mfa_code|account_locked)$/)]);
    const stored = await t.app.db.selectFrom('mfa_recovery_codes').select('code_hash').where('user_id', '=', dave.id).execute();
    for (const code of recoveryCodes) expect(JSON.stringify(stored)).not.toContain(code);
  });

  it('counts wrong codes toward the lockout like wrong passwords; then even the right code is refused', async () => {
    const erin = await registerAndLogin(t.app);
    const { secret } = await enrol(erin);
    const mfaToken = await passwordStep(erin);
    const statuses = [];
    // The password step neither counts nor clears the count: five wrong codes reach the limit.
    for (let i = 0; i < 5; i++) statuses.push((await codeStep(mfaToken, { code: '000000' === codeAt(secret, clock.now()) ? '111111' : '000000' })).statusCode);
    expect(statuses).toEqual([401, 401, 401, 401, 423]);
    const right = await codeStep(mfaToken, { code: codeAt(secret, clock.now()) });
    expect(right.statusCode).toBe(423);
  });

  it('stores the secret sealed: the database holds ciphertext, not the secret', async () => {
    const frank = await registerAndLogin(t.app);
    const { secret } = await enrol(frank);
    const row = await t.app.db.selectFrom('users').select(['mfa_secret', 'mfa_pending_secret']).where('id', '=', frank.id).executeTakeFirstOrThrow();
    expect(row.mfa_secret).toBeTruthy();
    expect(row.mfa_secret).not.toContain(secret);
    expect(Buffer.from(row.mfa_secret as string, 'base64url').toString('latin1')).not.toContain(secret);
    expect(row.mfa_pending_secret).toBeNull();
  });

  it('forgets a pending enrolment after 10 minutes, and refuses a second enrolment while one is enabled', async () => {
    const gina = await registerAndLogin(t.app);
    const started = (await post('/api/users/me/mfa/totp', gina.access, { current_password: gina.password })).json();
    clock.advance(10 * 60_000 + 1);
    const late = await post('/api/users/me/mfa/totp/confirm', gina.access, { code: codeAt(started.secret, clock.now()) });
    expect([late.statusCode, late.json().code]).toEqual([400, 'invalid_mfa_code']);
    await enrol(gina);
    const again = await post('/api/users/me/mfa/totp', gina.access, { current_password: gina.password });
    expect([again.statusCode, again.json().code]).toEqual([409, 'mfa_already_enabled']);
    const wrongPassword = await post('/api/users/me/mfa/totp', (await registerAndLogin(t.app)).access, { current_password: 'not-the-Password-1' });
    expect([wrongPassword.statusCode, wrongPassword.json().code]).toEqual([403, 'invalid_current_password']);
  });

  it('turns the factor off with the password and a code, ending the other sessions; new recovery codes replace the old', async () => {
    const hank = await registerAndLogin(t.app);
    const { secret, recoveryCodes } = await enrol(hank);
    const renewed = await post('/api/users/me/mfa/recovery-codes', hank.access, { current_password: hank.password, code: codeAt(secret, clock.now()) });
    expect(renewed.statusCode).toBe(200);
    expect(renewed.json().recovery_codes.some((c: string) => recoveryCodes.includes(c))).toBe(false);
    seen.push(...renewed.json().recovery_codes);
    nextStep();
    const other = await codeStep(await passwordStep(hank), { code: codeAt(secret, clock.now()) });
    nextStep();
    const wrong = await del('/api/users/me/mfa/totp', hank.access, { current_password: hank.password, code: '123456' === codeAt(secret, clock.now()) ? '654321' : '123456' });
    expect([wrong.statusCode, wrong.json().code]).toEqual([400, 'invalid_mfa_code']);
    const off = await del('/api/users/me/mfa/totp', hank.access, { current_password: hank.password, code: codeAt(secret, clock.now()) });
    expect(off.statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/users/me', headers: bearer(other.json().access_token) })).statusCode).toBe(401);
    const login = await loginUser(t.app, { username: hank.username, password: hank.password });
    expect(login.json().access_token).toEqual(expect.any(String));
  });

  it('an admin resets a user\'s factor: their sessions end and the next login needs no code', async () => {
    const admin = await registerAndLogin(t.app, { role: 'admin' });
    const ivan = await registerAndLogin(t.app);
    await enrol(ivan);
    expect((await del(`/api/users/${ivan.id}/mfa`, ivan.access)).statusCode).toBe(403);
    expect((await del('/api/users/999999/mfa', admin.access)).statusCode).toBe(404);
    expect((await del(`/api/users/${ivan.id}/mfa`, admin.access)).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/users/me', headers: bearer(ivan.access) })).statusCode).toBe(401);
    const login = await loginUser(t.app, { username: ivan.username, password: ivan.password });
    expect(login.json()).toMatchObject({ user: { mfa_enabled: false } });
  });
});

describe(`racing second factors on ${backend}`, () => {
  let t: TestApp;
  const clock = perTestClock(Date.UTC(2026, 5, 1, 12, 0, 0));
  beforeAll(async () => {
    t = await buildTestApp({ clock, env: { MAX_FAILED_LOGINS: '100' } });
  });
  afterAll(async () => t.close());

  it('twenty racing logins with one recovery code, or with one TOTP code, open exactly one session each way', async () => {
    const kim = await registerAndLogin(t.app);
    const started = (await t.app.inject({ method: 'POST', url: '/api/users/me/mfa/totp', headers: bearer(kim.access), payload: { current_password: kim.password } })).json();
    const confirmed = await t.app.inject({ method: 'POST', url: '/api/users/me/mfa/totp/confirm', headers: bearer(kim.access), payload: { code: codeAt(started.secret, clock.now()) } });
    const [recoveryCode] = confirmed.json().recovery_codes as string[];
    clock.advance(30_000);
    const passwordSteps = async () => Promise.all(Array.from({ length: 20 }, async () => (await loginUser(t.app, { username: kim.username, password: kim.password })).json().mfa_token as string));
    for (const second of [{ recovery_code: recoveryCode }, { code: codeAt(started.secret, clock.now()) }]) {
      const tokens = await passwordSteps();
      const results = await Promise.all(tokens.map((mfaToken) => t.app.inject({ method: 'POST', url: '/api/auth/login/mfa', payload: { mfa_token: mfaToken, ...second } })));
      expect(results.filter((r) => r.statusCode === 200), JSON.stringify(Object.keys(second))).toHaveLength(1);
      expect(results.filter((r) => r.statusCode === 401 && r.json().code === 'invalid_mfa_code')).toHaveLength(19);
    }
  });
});

describe(`MFA_REQUIRED_FOR_ADMINS on ${backend}`, () => {
  let t: TestApp;
  const clock = perTestClock(Date.UTC(2026, 5, 1, 12, 0, 0));
  beforeAll(async () => {
    t = await buildTestApp({ clock, env: { MFA_REQUIRED_FOR_ADMINS: 'true' } });
  });
  afterAll(async () => t.close());

  it('refuses admin-only endpoints to a session below aal 2 until the admin enrols and logs in with a code', async () => {
    const admin = await registerAndLogin(t.app, { role: 'admin' });
    const user = await registerAndLogin(t.app);
    const list = await t.app.inject({ method: 'GET', url: '/api/users', headers: bearer(admin.access) });
    expect([list.statusCode, list.json().code]).toEqual([403, 'mfa_required']);
    const other = await t.app.inject({ method: 'GET', url: `/api/users/${user.id}`, headers: bearer(admin.access) });
    expect(other.statusCode).toBe(403);
    // Their own account and enrolment stay open to them.
    expect((await t.app.inject({ method: 'GET', url: `/api/users/${admin.id}`, headers: bearer(admin.access) })).statusCode).toBe(200);
    const started = (await t.app.inject({ method: 'POST', url: '/api/users/me/mfa/totp', headers: bearer(admin.access), payload: { current_password: admin.password } })).json();
    await t.app.inject({ method: 'POST', url: '/api/users/me/mfa/totp/confirm', headers: bearer(admin.access), payload: { code: codeAt(started.secret, clock.now()) } });
    clock.advance(30_000);
    const { mfa_token: mfaToken } = (await loginUser(t.app, { username: admin.username, password: admin.password })).json();
    const done = await t.app.inject({ method: 'POST', url: '/api/auth/login/mfa', payload: { mfa_token: mfaToken, code: codeAt(started.secret, clock.now()) } });
    expect((await t.app.inject({ method: 'GET', url: '/api/users', headers: bearer(done.json().access_token) })).statusCode).toBe(200);
    // A plain user is not concerned.
    expect((await t.app.inject({ method: 'GET', url: '/api/users/me', headers: bearer(user.access) })).statusCode).toBe(200);
  });
});
