import { pbkdf2Sync, scryptSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { hash as argon2Hash, verify as argon2Verify } from '@node-rs/argon2';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { UNUSABLE_PASSWORD_HASH } from '../../src/account/password-formats.js';
import { verifyPbkdf2, verifyScrypt } from '../../src/account/werkzeug-hashes.js';
import { backend, buildTestApp, loginUser, registerUser, type TestApp } from '../helper.js';
import { holdVerifications } from './hold-checks.js';

// Users imported from Flask keep their hashes as they were: every accepted format signs in, is upgraded to
// argon2id on that login, and stays within the same lockout as native accounts. A row the formats refuse
// (a parameter set that would cost a denial of service) is answered as a wrong password without being computed.

vi.mock('../../src/account/werkzeug-hashes.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/account/werkzeug-hashes.js')>();
  return { verifyPbkdf2: vi.fn(real.verifyPbkdf2), verifyScrypt: vi.fn(real.verifyScrypt) };
});
vi.mock('@node-rs/argon2', async (importOriginal) => {
  const real = await importOriginal<typeof import('@node-rs/argon2')>();
  return { ...real, verify: vi.fn(real.verify) };
});

const MAX = 5;
const WRONG = 'not-the-Password-99';
const CURRENT_ARGON2ID = /^\$argon2id\$v=19\$m=8192,t=1,p=1\$/;
const { vectors } = JSON.parse(readFileSync(new URL('../fixtures/werkzeug-hashes.json', import.meta.url), 'utf8')) as { vectors: { password: string; hash: string }[] };
const vector = (prefix: string) => vectors.find((v) => v.hash.startsWith(prefix)) as { password: string; hash: string };

/** Stored hashes of each format, as Flask (werkzeug) or another argon2 library wrote them. */
const FORMATS: [string, () => Promise<{ password: string; hash: string }>][] = [
  ['werkzeug pbkdf2:sha256', async () => vector('pbkdf2:sha256:260000$')],
  ['werkzeug pbkdf2:sha512', async () => vector('pbkdf2:sha512:')],
  ['werkzeug scrypt', async () => vector('scrypt:16384:8:1$')],
  ['argon2i', async () => ({ password: 'Argon2i-Passw0rd', hash: await argon2Hash('Argon2i-Passw0rd', { algorithm: 1, memoryCost: 1024, timeCost: 1 }) })],
  ['argon2d', async () => ({ password: 'Argon2d-Passw0rd', hash: await argon2Hash('Argon2d-Passw0rd', { algorithm: 0, memoryCost: 1024, timeCost: 1 }) })],
];

/** Cheap hashes of the same formats, for tests that spend many verifications. */
const CHEAP: [string, (password: string) => Promise<string>][] = [
  ['werkzeug pbkdf2', async (pw) => `pbkdf2:sha256:1000$saltSALT$${pbkdf2Sync(pw, 'saltSALT', 1000, 32, 'sha256').toString('hex')}`],
  ['werkzeug scrypt', async (pw) => `scrypt:1024:8:1$saltSALT$${scryptSync(pw, 'saltSALT', 64, { N: 1024, r: 8, p: 1 }).toString('hex')}`],
  ['argon2i', (pw) => argon2Hash(pw, { algorithm: 1, memoryCost: 1024, timeCost: 1 })],
  ['!unusable', async () => UNUSABLE_PASSWORD_HASH],
];

describe(`imported password hashes over HTTP (${backend})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ env: { MAX_FAILED_LOGINS: String(MAX), AUTH_RATE_LIMIT_MAX: '100000' } });
  });
  afterEach(() => vi.restoreAllMocks());
  afterAll(async () => t.close());

  const setHash = (id: number, hash: string) => t.app.db.updateTable('users').set({ password_hash: hash }).where('id', '=', id).execute();
  const storedHash = async (id: number) => (await t.app.db.selectFrom('users').select('password_hash').where('id', '=', id).executeTakeFirstOrThrow()).password_hash;

  it.each(FORMATS)('%s: the right password signs in and the hash becomes argon2id; a wrong one is 401', async (_name, make) => {
    const { password, hash } = await make();
    const user = await registerUser(t.app);
    await setHash(user.id, hash);
    expect((await loginUser(t.app, { username: user.username, password: WRONG })).statusCode).toBe(401);
    expect(await storedHash(user.id)).toBe(hash);
    expect((await loginUser(t.app, { username: user.username, password })).statusCode).toBe(200);
    expect(await storedHash(user.id)).toMatch(CURRENT_ARGON2ID);
    expect((await loginUser(t.app, { email: user.email, password })).statusCode).toBe(200);
    expect((await loginUser(t.app, { email: user.email, password: WRONG })).statusCode).toBe(401);
  });

  it.each(CHEAP)('%s: MAX_FAILED_LOGINS wrong passwords lock the account, then even the right one is 423', async (name, make) => {
    const user = await registerUser(t.app);
    await setHash(user.id, await make(user.password));
    const statuses = [];
    for (let i = 0; i < MAX; i++) statuses.push((await loginUser(t.app, { username: user.username, password: `${WRONG}-${i}` })).statusCode);
    expect(statuses).toEqual([401, 401, 401, 401, 423]);
    const right = await loginUser(t.app, { username: user.username, password: user.password });
    expect(right.statusCode).toBe(423);
    expect(right.json().code).toBe('account_locked');
    if (name !== '!unusable') expect(await storedHash(user.id)).not.toMatch(/^\$argon2id\$/);
  });

  it.each(CHEAP)('%s: a burst of wrong logins spends at most MAX_FAILED_LOGINS verifications', async (_name, make) => {
    const user = await registerUser(t.app);
    await setHash(user.id, await make(user.password));
    const hold = holdVerifications(t);
    const logins = Array.from({ length: 30 }, (_, i) => loginUser(t.app, { username: user.username, password: `Wrong-${i}-pw` }));
    await hold.whenHeld(MAX);
    await hold.whenQueued(30 - MAX);
    hold.release();
    const results = await Promise.all(logins);
    expect(hold.calls).toBe(MAX);
    expect(results.filter((r) => r.statusCode === 401)).toHaveLength(MAX - 1);
    expect(results.filter((r) => r.statusCode === 423)).toHaveLength(30 - (MAX - 1));
  });

  it('`!unusable` refuses every password like a wrong one', async () => {
    const user = await registerUser(t.app);
    const wrong = await loginUser(t.app, { username: user.username, password: WRONG });
    await setHash(user.id, UNUSABLE_PASSWORD_HASH);
    const right = await loginUser(t.app, { username: user.username, password: user.password });
    expect(right.statusCode).toBe(401);
    expect(right.json()).toEqual({ ...wrong.json(), request_id: right.json().request_id });
  });

  it.each([
    ['scrypt N=2^24', `scrypt:16777216:8:1$saltSALT$${'ab'.repeat(64)}`],
    ['pbkdf2 10^9 iterations', `pbkdf2:sha256:1000000000$saltSALT$${'ab'.repeat(32)}`],
    ['argon2id m=4 GiB', '$argon2id$v=19$m=4194304,t=3,p=1$c29tZXNhbHRzb21lc2FsdA$YWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXo0NTY3ODk'],
  ])('a malicious row (%s) is answered 401 like a wrong password, without being computed', async (_name, malicious) => {
    const user = await registerUser(t.app);
    const wrong = await loginUser(t.app, { username: user.username, password: WRONG });
    await setHash(user.id, malicious);
    vi.mocked(verifyPbkdf2).mockClear();
    vi.mocked(verifyScrypt).mockClear();
    vi.mocked(argon2Verify).mockClear();
    const res = await loginUser(t.app, { username: user.username, password: user.password });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual({ ...wrong.json(), request_id: res.json().request_id });
    expect(vi.mocked(verifyPbkdf2).mock.calls.filter(([, p]) => p.iterations > 1_200_000)).toEqual([]);
    expect(vi.mocked(verifyScrypt).mock.calls.filter(([, p]) => p.N > 1 << 17)).toEqual([]);
    expect(vi.mocked(argon2Verify).mock.calls.filter(([stored]) => stored === malicious)).toEqual([]);
    // A dummy was spent instead (the spies do see computations).
    const spent = vi.mocked(verifyPbkdf2).mock.calls.length + vi.mocked(verifyScrypt).mock.calls.length + vi.mocked(argon2Verify).mock.calls.length;
    expect(spent).toBe(1);
  });
});
