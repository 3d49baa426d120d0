import { readFileSync } from 'node:fs';
import { hash as argon2Hash, verify as argon2Verify } from '@node-rs/argon2';
import { hashSync as bcryptHashSync } from '@node-rs/bcrypt';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { type CorruptHash, createPasswordHasher } from '../../src/account/password-hasher.js';
import { HASH_LIMITS, UNUSABLE_PASSWORD_HASH } from '../../src/account/password-formats.js';
import { verifyPbkdf2, verifyScrypt } from '../../src/account/werkzeug-hashes.js';

// Every computation the hasher may start is watched, so "never computed" is a fact the test reads, not a time.
vi.mock('../../src/account/werkzeug-hashes.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/account/werkzeug-hashes.js')>();
  return { verifyPbkdf2: vi.fn(real.verifyPbkdf2), verifyScrypt: vi.fn(real.verifyScrypt) };
});
vi.mock('@node-rs/argon2', async (importOriginal) => {
  const real = await importOriginal<typeof import('@node-rs/argon2')>();
  return { ...real, verify: vi.fn(real.verify) };
});

interface Vector {
  method: string;
  password: string;
  hash: string;
}
const { vectors } = JSON.parse(readFileSync(new URL('../fixtures/werkzeug-hashes.json', import.meta.url), 'utf8')) as { vectors: Vector[] };
const PARAMS = { memoryCost: 8192, timeCost: 1, parallelism: 1 };
const ARGON2 = { d: 0, i: 1, id: 2 } as const;

function hasherReporting() {
  const reports: CorruptHash[] = [];
  const hasher = createPasswordHasher(PARAMS, { onCorruptHash: (c) => reports.push(c) });
  return { hasher, reports };
}

beforeEach(() => vi.clearAllMocks());

describe('werkzeug known-answer vectors (werkzeug 3.1.8)', () => {
  it('holds vectors of every werkzeug format the Flask service used', () => {
    const kinds = new Set(vectors.map((v) => v.hash.split('$')[0]));
    expect([...kinds]).toEqual(expect.arrayContaining(['pbkdf2:sha256:260000', 'pbkdf2:sha256:600000', 'pbkdf2:sha256:1000000', 'pbkdf2:sha512:600000', 'scrypt:32768:8:1', 'scrypt:16384:8:1']));
  });

  it.each(vectors.map((v) => [`${v.hash.split('$')[0]} (${/[^\x20-\x7e]/.test(v.password) ? 'unicode' : 'ascii'})`, v] as const))('%s verifies, asks for an argon2id rehash, and refuses a wrong password', async (_name, v) => {
    const { hasher, reports } = hasherReporting();
    expect(await hasher.verify(v.hash, v.password)).toEqual({ valid: true, needsRehash: true });
    expect(await hasher.verify(v.hash, `${v.password}x`)).toEqual({ valid: false, needsRehash: false });
    expect(await hasher.verify(v.hash, v.password.slice(0, -1))).toEqual({ valid: false, needsRehash: false });
    expect(reports).toEqual([]);
  });

  it('passes werkzeug parameters to the computation as stored, salt as UTF-8 text', async () => {
    const { hasher } = hasherReporting();
    const v = vectors.find((x) => x.hash.startsWith('scrypt:32768:8:1$')) as Vector;
    await hasher.verify(v.hash, v.password);
    expect(vi.mocked(verifyScrypt)).toHaveBeenCalledWith(v.password, expect.objectContaining({ N: 32768, r: 8, p: 1, salt: v.hash.split('$')[1] }));
  });
});

describe('argon2 PHC strings of every variant', () => {
  it.each(['i', 'd', 'id'] as const)('argon2%s verifies and refuses a wrong password', async (variant) => {
    const { hasher } = hasherReporting();
    const stored = await argon2Hash('Correct-Horse-7', { algorithm: ARGON2[variant], memoryCost: 1024, timeCost: 1 });
    expect(stored.startsWith(`$argon2${variant}$`)).toBe(true);
    expect(await hasher.verify(stored, 'Correct-Horse-7')).toEqual({ valid: true, needsRehash: true });
    expect(await hasher.verify(stored, 'Correct-Horse-8')).toEqual({ valid: false, needsRehash: false });
  });

  it('argon2id at the current parameters is not rehashed; at other parameters it is', async () => {
    const { hasher } = hasherReporting();
    expect(await hasher.verify(await hasher.hash('Correct-Horse-7'), 'Correct-Horse-7')).toEqual({ valid: true, needsRehash: false });
    const older = await argon2Hash('Correct-Horse-7', { algorithm: ARGON2.id, memoryCost: 4096, timeCost: 1 });
    expect(await hasher.verify(older, 'Correct-Horse-7')).toEqual({ valid: true, needsRehash: true });
  });

  it('bcrypt keeps its 72-byte rule: no rehash when only the first 72 bytes matched', async () => {
    const { hasher } = hasherReporting();
    const first72 = 'a'.repeat(72);
    const stored = bcryptHashSync(first72, 4);
    expect(await hasher.verify(stored, first72)).toEqual({ valid: true, needsRehash: true });
    expect(await hasher.verify(stored, `${first72}-more`)).toEqual({ valid: true, needsRehash: false });
  });
});

describe('an account without a usable password', () => {
  it('`!unusable` is refused after a dummy verification and is not reported as corrupt', async () => {
    const { hasher, reports } = hasherReporting();
    expect(await hasher.verify(UNUSABLE_PASSWORD_HASH, 'anything-at-all')).toEqual({ valid: false, needsRehash: false });
    expect(await hasher.verify(UNUSABLE_PASSWORD_HASH, '')).toEqual({ valid: false, needsRehash: false });
    expect(reports).toEqual([]);
    // The dummy (argon2id at the current parameters while no census was taken) was spent.
    expect(vi.mocked(argon2Verify)).toHaveBeenCalledTimes(2);
    expect(vi.mocked(argon2Verify).mock.calls[0]?.[0]).toMatch(/^\$argon2id\$v=19\$m=8192,t=1,p=1\$/);
  });
});

const hex = (bytes: number): string => 'ab'.repeat(bytes);
const MALICIOUS: [string, string, CorruptHash['scheme']][] = [
  ['scrypt N=2^24', `scrypt:16777216:8:1$saltsaltsalt$${hex(64)}`, 'scrypt'],
  ['scrypt r*N beyond the memory bound', `scrypt:131072:32:1$saltsaltsalt$${hex(64)}`, 'scrypt'],
  ['pbkdf2 10^9 iterations', `pbkdf2:sha256:1000000000$saltsaltsalt$${hex(32)}`, 'pbkdf2'],
  ['pbkdf2 one iteration above the bound', `pbkdf2:sha512:${HASH_LIMITS.pbkdf2MaxIterations + 1}$saltsaltsalt$${hex(64)}`, 'pbkdf2'],
  ['argon2id m=4 GiB', '$argon2id$v=19$m=4194304,t=3,p=1$c29tZXNhbHRzb21lc2FsdA$YWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXo0NTY3ODk', 'argon2'],
  ['argon2i t=1000', '$argon2i$v=19$m=1024,t=1000,p=1$c29tZXNhbHRzb21lc2FsdA$YWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXo0NTY3ODk', 'argon2'],
  ['a pbkdf2 digest of the wrong length', `pbkdf2:sha256:1000$saltsaltsalt$${hex(20)}`, 'pbkdf2'],
  ['an unknown format', 'md5$salt$0123456789abcdef0123456789abcdef', 'unknown'],
];

describe('a stored hash the formats refuse (a malicious or broken row)', () => {
  it.each(MALICIOUS)('%s is answered invalid and reported, without being computed', async (_name, stored, scheme) => {
    const { hasher, reports } = hasherReporting();
    expect(await hasher.verify(stored, 'Correct-Horse-7')).toEqual({ valid: false, needsRehash: false });
    expect(reports).toEqual([{ scheme, reason: expect.any(String) }]);
    expect(reports[0]?.reason).not.toContain(stored);
    expect(vi.mocked(verifyPbkdf2)).not.toHaveBeenCalled();
    expect(vi.mocked(verifyScrypt)).not.toHaveBeenCalled();
    // Only the dummy was verified: argon2id at the current parameters, never the stored row.
    expect(vi.mocked(argon2Verify).mock.calls.map((c) => c[0])).toEqual([expect.stringMatching(/^\$argon2id\$v=19\$m=8192,t=1,p=1\$/)]);
  });

  it('the watch above sees computations: in-bounds rows of the same formats are computed', async () => {
    const { hasher } = hasherReporting();
    await hasher.verify(`scrypt:1024:8:1$saltsaltsalt$${hex(64)}`, 'Correct-Horse-7');
    await hasher.verify(`pbkdf2:sha256:1000$saltsaltsalt$${hex(32)}`, 'Correct-Horse-7');
    const inBounds = '$argon2id$v=19$m=1024,t=1,p=1$c29tZXNhbHRzb21lc2FsdA$YWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXo0NTY3ODk';
    await hasher.verify(inBounds, 'Correct-Horse-7');
    expect(vi.mocked(verifyScrypt)).toHaveBeenCalledTimes(1);
    expect(vi.mocked(verifyPbkdf2)).toHaveBeenCalledTimes(1);
    expect(vi.mocked(argon2Verify).mock.calls.map((c) => c[0])).toEqual([inBounds]);
  });
});
