import { availableParallelism } from 'node:os';
import { Algorithm, hash as argon2Hash, verify as argon2Verify } from '@node-rs/argon2';
import { verify as bcryptVerify } from '@node-rs/bcrypt';
import pLimit from 'p-limit';
import type { Config } from '../config.js';
import { createDummyMix, type DummyMix } from './dummy-mix.js';
import { type HashScheme, inspectPasswordHash, parsePbkdf2, parseScrypt, UNUSABLE_PASSWORD_HASH } from './password-formats.js';
import { verifyPbkdf2, verifyScrypt } from './werkzeug-hashes.js';

/** bcrypt reads only this many bytes of a password (the Flask service truncated longer ones silently). */
const BCRYPT_MAX_BYTES = 72;
const ARGON2ID_PARAMS = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$/;
const INVALID: PasswordCheck = { valid: false, needsRehash: false };

export interface PasswordCheck {
  valid: boolean;
  /** The stored hash is not argon2id with the current parameters: store a fresh hash after this login. */
  needsRehash: boolean;
}

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(storedHash: string, password: string): Promise<PasswordCheck>;
  /**
   * Spends what verifying a stored hash costs, for logins to accounts that do not exist: a dummy of the stored
   * hashes' mix, the same one for the same seed (the identifier's key).
   */
  verifyAgainstDummy(password: string, seed?: string): Promise<void>;
}

/** What is known of a stored hash that cannot be verified; never the hash itself. */
export interface CorruptHash {
  /** The scheme its prefix names, or `unknown`. */
  scheme: HashScheme | 'unknown';
  reason: string;
}

export interface PasswordHasherOptions {
  /** Told of every stored hash that cannot be verified (the login is answered as a wrong password). */
  onCorruptHash?: (corrupt: CorruptHash) => void;
  /** The dummies unknown accounts are verified against; argon2id at the current parameters when absent. */
  dummies?: DummyMix;
  /**
   * Hashes and verifications computed at once (PASSWORD_HASH_CONCURRENCY; the CPUs + 1 when absent); the others
   * wait their turn in order. More than the cores cannot go faster, and each one beyond them takes CPU time from
   * the event loop (every other request) and a libuv thread from DNS and file work.
   */
  concurrency?: number;
}


/** Verifies a hash `inspectPasswordHash` accepted, off the event loop (napi or libuv's thread pool). */
function verifyAccepted(scheme: HashScheme, storedHash: string, password: string): Promise<boolean> {
  switch (scheme) {
    case 'bcrypt':
      return bcryptVerify(password, storedHash);
    case 'argon2':
      return argon2Verify(storedHash, password);
    case 'pbkdf2':
      return verifyPbkdf2(password, parsePbkdf2(storedHash) as NonNullable<ReturnType<typeof parsePbkdf2>>);
    case 'scrypt':
      return verifyScrypt(password, parseScrypt(storedHash) as NonNullable<ReturnType<typeof parseScrypt>>);
  }
}

/** argon2id for new hashes; every format of password-formats.ts verified, and all but current argon2id rehashed. */
export function createPasswordHasher(
  params: Config['passwords'],
  { onCorruptHash = () => {}, dummies = createDummyMix(params), concurrency = availableParallelism() + 1 }: PasswordHasherOptions = {},
): PasswordHasher {
  const options = { algorithm: Algorithm.Argon2id, memoryCost: params.memoryCost, timeCost: params.timeCost, parallelism: params.parallelism };
  const inTurn = pLimit(concurrency);
  const hash = (password: string): Promise<string> => inTurn(() => argon2Hash(password, options));
  const verifyInTurn = (scheme: HashScheme, storedHash: string, password: string): Promise<boolean> => inTurn(() => verifyAccepted(scheme, storedHash, password));

  const verifyAgainstDummy = async (password: string, seed?: string): Promise<void> => {
    const dummy = await dummies.pick(seed);
    const inspection = inspectPasswordHash(dummy);
    if (inspection.usable) await verifyInTurn(inspection.scheme, dummy, password).catch(() => false);
  };

  /** Reported, never the hash itself (nor a library message quoting it); answered like a wrong password, in the same time. */
  const corrupt = async (storedHash: string, { scheme = 'unknown', reason }: { scheme?: CorruptHash['scheme']; reason: string }, password: string): Promise<PasswordCheck> => {
    onCorruptHash({ scheme, reason: storedHash ? reason.replaceAll(storedHash, '[REDACTED]') : reason });
    await verifyAgainstDummy(password, storedHash);
    return INVALID;
  };

  const needsRehash = (scheme: HashScheme, storedHash: string, password: string): boolean => {
    // bcrypt saw only the first 72 bytes: a longer password may match through that truncation alone, and
    // rehashing it whole would make it, not the owner's own password, the only one accepted.
    if (scheme === 'bcrypt') return Buffer.byteLength(password) <= BCRYPT_MAX_BYTES;
    const match = scheme === 'argon2' ? ARGON2ID_PARAMS.exec(storedHash) : null;
    return !(match !== null && Number(match[1]) === params.memoryCost && Number(match[2]) === params.timeCost && Number(match[3]) === params.parallelism);
  };

  return {
    hash,
    async verify(storedHash, password) {
      if (storedHash === UNUSABLE_PASSWORD_HASH) {
        // No password signs in (a reset does), in the time a password would take; not a fault to report.
        await verifyAgainstDummy(password, storedHash);
        return INVALID;
      }
      // Unknown, malformed or out of bounds (a row that would cost a denial of service): never computed.
      const inspection = inspectPasswordHash(storedHash);
      if (!inspection.usable) return corrupt(storedHash, inspection, password);
      let valid: boolean;
      try {
        valid = await verifyInTurn(inspection.scheme, storedHash, password);
      } catch (err) {
        return corrupt(storedHash, { scheme: inspection.scheme, reason: (err as Error).message }, password);
      }
      return { valid, needsRehash: valid && needsRehash(inspection.scheme, storedHash, password) };
    },
    verifyAgainstDummy,
  };
}
