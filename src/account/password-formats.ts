/**
 * The stored password-hash formats Gatehouse accepts, and the bounds on their parameters: one file, read by the
 * hasher before any verification, by the Flask import and by the admin API before a hash is stored. A hash
 * whose parameters would make one login cost a denial of service (a malicious row) is refused here, never
 * computed.
 */

export type HashScheme = 'argon2' | 'bcrypt' | 'pbkdf2' | 'scrypt';

export type HashInspection =
  | { usable: true; scheme: HashScheme }
  /** `scheme` when the prefix names one (a malformed or out-of-bounds hash of that scheme). */
  | { usable: false; scheme?: HashScheme; reason: string };

/** Stored for an account without a usable password (an imported hash of an unknown format): it signs in after a reset. */
export const UNUSABLE_PASSWORD_HASH = '!unusable';

/** The largest parameters accepted: about a second of one core, or 128 MiB, per verification at most. */
export const HASH_LIMITS = {
  /** 2^14 rounds: about a second (Flask-Bcrypt's default is 12). */
  bcryptMaxCost: 14,
  pbkdf2MaxIterations: 1_200_000,
  scryptMaxN: 1 << 17,
  scryptMaxR: 32,
  scryptMaxP: 4,
  /** scrypt needs 128 * N * r bytes. */
  scryptMaxMemoryBytes: 64 * 1024 * 1024,
  argon2MaxMemoryKiB: 128 * 1024,
  argon2MaxTime: 10,
  argon2MaxParallelism: 8,
  /** Memory times passes: 128 MiB twice, 64 MiB four times, 19 MiB thirteen times, about a second of one core. */
  argon2MaxWorkKiB: 256 * 1024,
} as const;

const BCRYPT = /^\$2[aby]\$(0[4-9]|[12]\d|3[01])\$[./A-Za-z0-9]{53}$/;
const ARGON2 = /^\$argon2(?:id|i|d)\$(?:v=(?:16|19)\$)?m=(\d{1,10}),t=(\d{1,10}),p=(\d{1,3})\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+$/;
const PBKDF2 = /^pbkdf2:(sha256|sha512|sha1):(\d{1,10})\$([^$]{1,128})\$([0-9a-f]+)$/;
const SCRYPT = /^scrypt:(\d{1,10}):(\d{1,3}):(\d{1,3})\$([^$]{1,128})\$([0-9a-f]{128})$/;
const DIGEST_HEX_LENGTH = { sha1: 40, sha256: 64, sha512: 128 } as const;

export interface Pbkdf2Params {
  digest: 'sha1' | 'sha256' | 'sha512';
  iterations: number;
  salt: string;
  hex: string;
}

export interface ScryptParams {
  N: number;
  r: number;
  p: number;
  salt: string;
  hex: string;
}

export function parsePbkdf2(stored: string): Pbkdf2Params | undefined {
  const m = PBKDF2.exec(stored);
  if (!m) return undefined;
  const digest = m[1] as Pbkdf2Params['digest'];
  return { digest, iterations: Number(m[2]), salt: m[3] as string, hex: m[4] as string };
}

export function parseScrypt(stored: string): ScryptParams | undefined {
  const m = SCRYPT.exec(stored);
  if (!m) return undefined;
  return { N: Number(m[1]), r: Number(m[2]), p: Number(m[3]), salt: m[4] as string, hex: m[5] as string };
}

/** Which scheme a stored hash is, and whether its parameters are within bounds; never throws. */
export function inspectPasswordHash(stored: string): HashInspection {
  if (BCRYPT.test(stored)) {
    if (Number(stored.slice(4, 6)) > HASH_LIMITS.bcryptMaxCost) return { usable: false, scheme: 'bcrypt', reason: 'bcrypt cost above the accepted bound' };
    return { usable: true, scheme: 'bcrypt' };
  }
  if (stored.startsWith('$2')) return { usable: false, scheme: 'bcrypt', reason: 'malformed bcrypt hash' };

  const argon2 = ARGON2.exec(stored);
  if (argon2) {
    const [m, t, p] = [Number(argon2[1]), Number(argon2[2]), Number(argon2[3])];
    // argon2 needs at least 8 KiB per lane: a smaller m is refused by every implementation, never computed.
    if (m < 8 * p || t < 1 || p < 1) return { usable: false, scheme: 'argon2', reason: 'argon2 parameters below their minimum' };
    if (m > HASH_LIMITS.argon2MaxMemoryKiB || t > HASH_LIMITS.argon2MaxTime || p > HASH_LIMITS.argon2MaxParallelism || m * t > HASH_LIMITS.argon2MaxWorkKiB) {
      return { usable: false, scheme: 'argon2', reason: 'argon2 parameters above the accepted bounds' };
    }
    return { usable: true, scheme: 'argon2' };
  }
  if (stored.startsWith('$argon2')) return { usable: false, scheme: 'argon2', reason: 'malformed argon2 hash' };

  if (stored.startsWith('pbkdf2:')) {
    const p = parsePbkdf2(stored);
    if (!p || p.hex.length !== DIGEST_HEX_LENGTH[p.digest]) return { usable: false, scheme: 'pbkdf2', reason: 'malformed pbkdf2 hash' };
    if (p.iterations < 1 || p.iterations > HASH_LIMITS.pbkdf2MaxIterations) return { usable: false, scheme: 'pbkdf2', reason: 'pbkdf2 iterations outside the accepted bounds' };
    return { usable: true, scheme: 'pbkdf2' };
  }

  if (stored.startsWith('scrypt:')) {
    const s = parseScrypt(stored);
    if (!s) return { usable: false, scheme: 'scrypt', reason: 'malformed scrypt hash' };
    const powerOfTwo = s.N >= 2 && (s.N & (s.N - 1)) === 0;
    // scrypt also needs N < 2^(16 r) (RFC 7914; OpenSSL refuses the rest, so their dummy would cost nothing).
    if (!powerOfTwo || s.r < 1 || s.p < 1 || s.N >= 2 ** (16 * s.r)) return { usable: false, scheme: 'scrypt', reason: 'scrypt parameters invalid' };
    if (s.N > HASH_LIMITS.scryptMaxN || s.r > HASH_LIMITS.scryptMaxR || s.p > HASH_LIMITS.scryptMaxP || 128 * s.N * s.r > HASH_LIMITS.scryptMaxMemoryBytes) {
      return { usable: false, scheme: 'scrypt', reason: 'scrypt parameters above the accepted bounds' };
    }
    return { usable: true, scheme: 'scrypt' };
  }
  return { usable: false, reason: 'unknown hash format' };
}

/**
 * What sets a usable hash's cost, without its salt or digest (`pbkdf2:sha256:600000`, `$2b$12`,
 * `$argon2id$v=19$m=19456,t=2,p=1`): hashes of one shape cost the same to verify. Undefined when unusable.
 */
export function hashShape(stored: string): string | undefined {
  const inspection = inspectPasswordHash(stored);
  if (!inspection.usable) return undefined;
  if (inspection.scheme === 'bcrypt') return `$2b$${stored.slice(4, 6)}`;
  if (inspection.scheme === 'argon2') return stored.split('$').slice(0, -2).join('$');
  return stored.slice(0, stored.indexOf('$'));
}

/** A hash read from a database column: text as is, bytes (a BLOB or bytea, a Flask app that forgot `.decode()`) as UTF-8. */
export function hashFromColumn(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value instanceof Uint8Array) return Buffer.from(value).toString('utf8');
  return undefined;
}
