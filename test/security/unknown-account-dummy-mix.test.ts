import { pbkdf2Sync, scryptSync } from 'node:crypto';
import { verify as argon2Verify } from '@node-rs/argon2';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDummyMix } from '../../src/account/dummy-mix.js';
import { takeHashCensus } from '../../src/account/hash-census.js';
import { identifierKeyer } from '../../src/account/lockout.js';
import { UNUSABLE_PASSWORD_HASH } from '../../src/account/password-formats.js';
import { verifyPbkdf2, verifyScrypt } from '../../src/account/werkzeug-hashes.js';
import { deriveKey } from '../../src/keys.js';
import { backend, buildTestApp, loginUser, type TestApp } from '../helper.js';

// DESIGN: "a wrong password for an existing or a non-existing account gives the same status, body and (within
// noise) timing". Imported accounts keep slower formats (bcrypt-12, pbkdf2-600000) until their next login, so an
// unknown identifier is refused after a dummy of the stored hashes' mix: the same dummy for the same identifier,
// each shape as often as accounts store it. The tests read which computation ran, never a clock.

vi.mock('../../src/account/werkzeug-hashes.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/account/werkzeug-hashes.js')>();
  return { verifyPbkdf2: vi.fn(real.verifyPbkdf2), verifyScrypt: vi.fn(real.verifyScrypt) };
});
vi.mock('@node-rs/argon2', async (importOriginal) => {
  const real = await importOriginal<typeof import('@node-rs/argon2')>();
  return { ...real, verify: vi.fn(real.verify) };
});

const PARAMS = { memoryCost: 8192, timeCost: 1, parallelism: 1 };
const CURRENT = '$argon2id$v=19$m=8192,t=1,p=1';
const PBKDF2 = 'pbkdf2:sha256:1000';
const SCRYPT = 'scrypt:1024:8:1';
const shapeOf = (dummy: string): string => (dummy.startsWith('$argon2') ? dummy.split('$').slice(0, -2).join('$') : dummy.startsWith('$2') ? `$2b$${dummy.slice(4, 6)}` : dummy.split('$')[0] ?? '');
const werkzeugPbkdf2 = (password: string, salt: string): string => `${PBKDF2}$${salt}$${pbkdf2Sync(password, salt, 1000, 32, 'sha256').toString('hex')}`;
const werkzeugScrypt = (password: string, salt: string): string => `${SCRYPT}$${salt}$${scryptSync(password, salt, 64, { N: 1024, r: 8, p: 1 }).toString('hex')}`;

beforeEach(() => vi.clearAllMocks());

describe('the dummy mix', () => {
  it('without a census, unknown accounts cost argon2id at the current parameters', async () => {
    const mix = createDummyMix(PARAMS);
    expect(shapeOf(await mix.pick('some-seed'))).toBe(CURRENT);
    expect(shapeOf(await mix.pick())).toBe(CURRENT);
    expect(mix.shares()).toEqual([{ shape: CURRENT, share: 1 }]);
  });

  it('picks each shape in proportion to the accounts storing it', async () => {
    const mix = createDummyMix(PARAMS);
    await mix.update([{ shape: PBKDF2, accounts: 600 }, { shape: SCRYPT, accounts: 300 }, { shape: '$2b$04', accounts: 60 }, { shape: '$argon2i$v=19$m=1024,t=1,p=1', accounts: 40 }]);
    const counts = new Map<string, number>();
    for (let i = 0; i < 10_000; i++) {
      const shape = shapeOf(await mix.pick(`identifier-key-${i}`));
      counts.set(shape, (counts.get(shape) ?? 0) + 1);
    }
    expect([...counts.keys()].sort()).toEqual(['$2b$04', '$argon2i$v=19$m=1024,t=1,p=1', PBKDF2, SCRYPT].sort());
    // Fixed seeds through SHA-256: the same counts on every run, within 1.5 points of each share.
    expect(Math.abs((counts.get(PBKDF2) ?? 0) / 10_000 - 0.6)).toBeLessThan(0.015);
    expect(Math.abs((counts.get(SCRYPT) ?? 0) / 10_000 - 0.3)).toBeLessThan(0.015);
    expect(Math.abs((counts.get('$2b$04') ?? 0) / 10_000 - 0.06)).toBeLessThan(0.015);
    expect(Math.abs((counts.get('$argon2i$v=19$m=1024,t=1,p=1') ?? 0) / 10_000 - 0.04)).toBeLessThan(0.015);
    expect(mix.shares().reduce((sum, s) => sum + s.share, 0)).toBeCloseTo(1, 10);
  });

  it('gives one seed the same dummy every time, and makes each dummy with its shape\'s parameters', async () => {
    const mix = createDummyMix(PARAMS);
    await mix.update([{ shape: PBKDF2, accounts: 1 }, { shape: SCRYPT, accounts: 1 }, { shape: '$2b$05', accounts: 1 }, { shape: '$argon2d$v=16$m=2048,t=2,p=1', accounts: 1 }]);
    for (let i = 0; i < 50; i++) {
      const first = await mix.pick(`seed-${i}`);
      expect(await mix.pick(`seed-${i}`)).toBe(first);
    }
    const dummies = new Set<string>();
    for (let i = 0; i < 200; i++) dummies.add(shapeOf(await mix.pick(`seed-${i}`)));
    expect([...dummies].sort()).toEqual(['$2b$05', '$argon2d$v=16$m=2048,t=2,p=1', PBKDF2, SCRYPT].sort());
  });

  it('a new census replaces the mix: shapes no longer stored are no longer spent', async () => {
    const mix = createDummyMix(PARAMS);
    await mix.update([{ shape: PBKDF2, accounts: 5 }]);
    expect(shapeOf(await mix.pick('x'))).toBe(PBKDF2);
    await mix.update([{ shape: CURRENT, accounts: 5 }]);
    for (let i = 0; i < 20; i++) expect(shapeOf(await mix.pick(`seed-${i}`))).toBe(CURRENT);
  });
});

describe(`the census of stored hashes and unknown logins (${backend})`, () => {
  let t: TestApp;
  let sequence = 0;
  beforeAll(async () => {
    t = await buildTestApp({ env: { MAX_FAILED_LOGINS: '100', AUTH_RATE_LIMIT_MAX: '100000' } });
  });
  afterAll(async () => t.close());

  async function insertUsers(hashes: string[]): Promise<void> {
    const now = Date.now();
    const rows = hashes.map((password_hash) => {
      sequence += 1;
      return { username: `mix${sequence}`, email: `mix${sequence}@example.com`, password_hash, role: 'user' as const, is_active: 1, created_at: now, updated_at: now };
    });
    await t.app.db.insertInto('users').values(rows).execute();
  }

  it('counts usable shapes only; every row of a small table, an even sample of a large one', async () => {
    await insertUsers([
      ...Array.from({ length: 6 }, (_, i) => werkzeugPbkdf2('pw', `salt${i}`)),
      ...Array.from({ length: 2 }, (_, i) => werkzeugScrypt('pw', `salt${i}`)),
      UNUSABLE_PASSWORD_HASH,
      `scrypt:16777216:8:1$salt$${'ab'.repeat(64)}`,
      'md5$x$y',
    ]);
    expect(await takeHashCensus(t.app.db)).toEqual([{ shape: PBKDF2, accounts: 6 }, { shape: SCRYPT, accounts: 2 }]);
    // 11 rows, a sample of about 3: ids divisible by ceil(11 / 3) = 4.
    const ids = (await t.app.db.selectFrom('users').select(['id', 'password_hash']).orderBy('id').execute());
    const expected = new Map<string, number>();
    for (const row of ids.filter((r) => r.id % 4 === 0)) {
      const shape = row.password_hash.startsWith('pbkdf2:') ? PBKDF2 : row.password_hash.startsWith(`${SCRYPT}$`) ? SCRYPT : undefined;
      if (shape) expected.set(shape, (expected.get(shape) ?? 0) + 1);
    }
    const sampled = await takeHashCensus(t.app.db, { sampleSize: 3 });
    expect(new Map(sampled.map((s) => [s.shape, s.accounts]))).toEqual(expected);
  });

  /** Logs in twice as each fixed unknown email; each login spends exactly the dummy its key picks. Returns the shapes picked. */
  async function expectKeyedDummies(app: TestApp): Promise<Set<string>> {
    const keyOf = identifierKeyer(deriveKey(app.config, 'login identifier digests'));
    const seen = new Set<string>();
    for (let i = 0; i < 12; i++) {
      const email = `ghost-${i}@example.com`;
      const chosen = shapeOf(await app.app.services.dummyMix.pick(keyOf({ email })));
      seen.add(chosen);
      for (let attempt = 0; attempt < 2; attempt++) {
        vi.clearAllMocks();
        expect((await loginUser(app.app, { email, password: `Wrong-${i}-password` })).statusCode).toBe(401);
        const spent = [
          ...vi.mocked(verifyPbkdf2).mock.calls.map(([, p]) => `pbkdf2:${p.digest}:${p.iterations}`),
          ...vi.mocked(verifyScrypt).mock.calls.map(([, p]) => `scrypt:${p.N}:${p.r}:${p.p}`),
          ...vi.mocked(argon2Verify).mock.calls.map(([stored]) => shapeOf(String(stored))),
        ];
        expect(spent, `${email}, attempt ${attempt}`).toEqual([chosen]);
      }
    }
    return seen;
  }

  it('an unknown identifier spends a dummy of the format its key picks, the same one every time', async () => {
    await t.app.services.dummyMix.update(await takeHashCensus(t.app.db));
    expect(t.app.services.dummyMix.shares().map((s) => s.shape).sort()).toEqual([PBKDF2, SCRYPT]);
    // Fixed identifiers under the test key: both shapes are among them, so a mix ignoring the census fails here.
    expect([...(await expectKeyedDummies(t))].sort()).toEqual([PBKDF2, SCRYPT]);
  });

  it('the app takes the census before it serves, and metrics keep the seed', async () => {
    // With metrics on too: the timed hasher hands the seed through.
    const second = await buildTestApp({ database: t.database, env: { METRICS_ENABLED: 'true', MAX_FAILED_LOGINS: '100', AUTH_RATE_LIMIT_MAX: '100000' } });
    try {
      expect(second.app.services.dummyMix.shares().map((s) => s.shape).sort()).toEqual([PBKDF2, SCRYPT]);
      expect([...(await expectKeyedDummies(second))].sort()).toEqual([PBKDF2, SCRYPT]);
    } finally {
      await second.close();
    }
  });
});
