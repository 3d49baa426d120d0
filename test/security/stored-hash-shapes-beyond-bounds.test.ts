import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { takeHashCensus } from '../../src/account/hash-census.js';
import { hashShape, inspectPasswordHash } from '../../src/account/password-formats.js';
import { backend, bearer, buildTestApp, type LoggedInUser, registerAndLogin, type TestApp, uniqueIdentity } from '../helper.js';

// Attacks by a stored hash (a malicious Flask row, an admin's POST /api/users with password_hash):
// - bcrypt at cost 31 (2^31 rounds: days of one core) passed the format check, so one login to that account, and
//   the dummy the census makes of its shape, would compute it;
// - argon2 with m < 8 * p passed the bounds but no argon2 library computes it: its shape in the census made the
//   dummy mix's update fail every time, so unknown accounts stayed on the start-up dummy whatever hashes are
//   stored (the timing parity the mix exists for was lost by one row).

const BCRYPT_TAIL = 'abcdefghijklmnopqrstuv'.padEnd(53, 'A');
const BCRYPT_COST_31 = `$2b$31$${BCRYPT_TAIL}`;
const ARGON2_M_BELOW_8P = '$argon2id$v=19$m=8,t=1,p=4$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNo';

describe('stored hash shapes beyond what a login may compute', () => {
  it('refuses bcrypt above the accepted cost, and keeps the usual costs', () => {
    expect(inspectPasswordHash(BCRYPT_COST_31)).toMatchObject({ usable: false });
    expect(inspectPasswordHash(`$2b$20$${BCRYPT_TAIL}`)).toMatchObject({ usable: false });
    expect(hashShape(BCRYPT_COST_31)).toBeUndefined();
    for (const cost of ['04', '10', '12', '13']) expect(inspectPasswordHash(`$2b$${cost}$${BCRYPT_TAIL}`)).toEqual({ usable: true, scheme: 'bcrypt' });
  });

  it('refuses argon2 with less memory than 8 KiB per lane (no library computes it)', () => {
    expect(inspectPasswordHash(ARGON2_M_BELOW_8P)).toMatchObject({ usable: false });
    expect(hashShape(ARGON2_M_BELOW_8P)).toBeUndefined();
    expect(inspectPasswordHash('$argon2id$v=19$m=32,t=1,p=4$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNo')).toEqual({ usable: true, scheme: 'argon2' });
  });
});

describe('argon2 work (memory times passes) beyond about a second of one core', () => {
  // Each bound alone let m = 128 MiB with t = 10 through: several seconds of a hashing thread per login.
  const argon2 = (m: number, t: number) => `$argon2id$v=19$m=${m},t=${t},p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNo`;
  it('refuses the largest memory with the most passes, and keeps the usual shapes', () => {
    expect(inspectPasswordHash(argon2(131_072, 10))).toMatchObject({ usable: false });
    expect(inspectPasswordHash(argon2(131_072, 3))).toMatchObject({ usable: false });
    for (const [m, t] of [[131_072, 2], [65_536, 4], [19_456, 2], [47_104, 1], [4096, 3]] as const) {
      expect(inspectPasswordHash(argon2(m, t)), `m=${m},t=${t}`).toEqual({ usable: true, scheme: 'argon2' });
    }
  });
});

describe('scrypt parameters OpenSSL refuses', () => {
  // A row OpenSSL will not compute is answered as corrupt, after a dummy; but as a census shape its dummy
  // failed at once: unknown identifiers drawing it answered in no time, an oracle for which accounts exist.
  it('refuses N >= 2^(16 r), and keeps werkzeug\'s default', () => {
    expect(inspectPasswordHash(`scrypt:65536:1:1$saltsaltsalt$${'ab'.repeat(64)}`)).toMatchObject({ usable: false });
    expect(hashShape(`scrypt:131072:1:1$saltsaltsalt$${'ab'.repeat(64)}`)).toBeUndefined();
    expect(inspectPasswordHash(`scrypt:32768:8:1$saltsaltsalt$${'ab'.repeat(64)}`)).toEqual({ usable: true, scheme: 'scrypt' });
    expect(inspectPasswordHash(`scrypt:32768:1:1$saltsaltsalt$${'ab'.repeat(64)}`)).toEqual({ usable: true, scheme: 'scrypt' });
  });
});

describe(`POST /api/users and the dummy mix with such hashes on ${backend}`, () => {
  let t: TestApp;
  let admin: LoggedInUser;
  beforeAll(async () => {
    t = await buildTestApp();
    admin = await registerAndLogin(t.app, { role: 'admin' });
  });
  afterAll(async () => t.close());

  const create = (passwordHash: string) =>
    t.app.inject({ method: 'POST', url: '/api/users', headers: bearer(admin.access), payload: { ...uniqueIdentity('shape'), password_hash: passwordHash } });

  it('answers 400 naming password_hash for either shape, and stores nothing', async () => {
    for (const stored of [BCRYPT_COST_31, ARGON2_M_BELOW_8P]) {
      const res = await create(stored);
      expect(res.statusCode, stored).toBe(400);
      expect(res.json()).toMatchObject({ code: 'validation_failed', errors: [{ field: 'password_hash' }] });
    }
  });

  it('keeps the dummy mix following the census when a row of argon2 m < 8p is stored (an imported row)', async () => {
    const [bcryptRow, badRow] = [uniqueIdentity('bc'), uniqueIdentity('bad')];
    const now = Date.now();
    const base = { created_at: now, updated_at: now, role: 'user' as const, is_active: 1 };
    // As the importer would write them: straight into the table.
    await t.app.db.insertInto('users').values([
      { ...base, ...bcryptRow, password_hash: `$2b$04$${BCRYPT_TAIL}` },
      { ...base, ...badRow, password_hash: ARGON2_M_BELOW_8P },
    ]).execute();
    const census = await takeHashCensus(t.app.db);
    await expect(t.app.services.dummyMix.update(census)).resolves.toBeUndefined();
    expect(t.app.services.dummyMix.shares().map((s) => s.shape)).toContain('$2b$04');
  });
});

describe('the dummy mix with a shape whose dummy cannot be made', () => {
  it('leaves that shape out and follows the others', async () => {
    const { createDummyMix } = await import('../../src/account/dummy-mix.js');
    const mix = createDummyMix({ memoryCost: 8192, timeCost: 1, parallelism: 1 } as never);
    await expect(mix.update([{ shape: '$argon2id$v=19$m=8,t=1,p=4', accounts: 5 }, { shape: '$2b$04', accounts: 1 }])).resolves.toBeUndefined();
    expect(mix.shares()).toEqual([{ shape: '$2b$04', share: 1 }]);
  });
});
