import { randomBytes } from 'node:crypto';
import { Algorithm, hash as argon2Hash, verify as argon2Verify } from '@node-rs/argon2';
import { verify as bcryptVerify } from '@node-rs/bcrypt';
import type { Config } from '../config.js';

const BCRYPT_PREFIX = /^\$2[aby]\$/;
/** A whole bcrypt hash: cost 04-31, then 22 characters of salt and 31 of digest. */
const BCRYPT_HASH = /^\$2[aby]\$(0[4-9]|[12]\d|3[01])\$[./A-Za-z0-9]{53}$/;
/** bcrypt reads only this many bytes of a password (the Flask service truncated longer ones silently). */
const BCRYPT_MAX_BYTES = 72;
const ARGON2_PREFIX = /^\$argon2(id|i|d)\$/;
const ARGON2ID_PARAMS = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$/;

export interface PasswordCheck {
  valid: boolean;
  /** The stored hash is bcrypt or weaker argon2 parameters: store a fresh hash after this login. */
  needsRehash: boolean;
}

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(storedHash: string, password: string): Promise<PasswordCheck>;
  /** Spends the same time as a real verification, for logins to accounts that do not exist. */
  verifyAgainstDummy(password: string): Promise<void>;
}

/** What is known of a stored hash that cannot be verified; never the hash itself. */
export interface CorruptHash {
  /** `bcrypt`, `argon2` or `unknown`, from the hash's prefix. */
  scheme: 'bcrypt' | 'argon2' | 'unknown';
  reason: string;
}

export interface PasswordHasherOptions {
  /** Told of every stored hash that cannot be verified (the login is answered as a wrong password). */
  onCorruptHash?: (corrupt: CorruptHash) => void;
}

/** argon2id (and bcrypt for imported Flask users), computed on libuv's thread pool, never the event loop. */
export function createPasswordHasher(params: Config['passwords'], { onCorruptHash = () => {} }: PasswordHasherOptions = {}): PasswordHasher {
  const options = { algorithm: Algorithm.Argon2id, memoryCost: params.memoryCost, timeCost: params.timeCost, parallelism: params.parallelism };
  const hash = (password: string): Promise<string> => argon2Hash(password, options);
  let dummyHash: Promise<string> | undefined;

  const verifyAgainstDummy = async (password: string): Promise<void> => {
    dummyHash ??= hash(randomBytes(32).toString('base64url'));
    await argon2Verify(await dummyHash, password);
  };

  /** Reported, never the hash itself (nor a library message quoting it); answered like a wrong password, in the same time. */
  const corrupt = async (storedHash: string, scheme: CorruptHash['scheme'], reason: string, password: string): Promise<PasswordCheck> => {
    onCorruptHash({ scheme, reason: storedHash ? reason.replaceAll(storedHash, '[REDACTED]') : reason });
    await verifyAgainstDummy(password);
    return { valid: false, needsRehash: false };
  };

  const hasCurrentParams = (storedHash: string): boolean => {
    const match = ARGON2ID_PARAMS.exec(storedHash);
    return match !== null && Number(match[1]) === params.memoryCost && Number(match[2]) === params.timeCost && Number(match[3]) === params.parallelism;
  };

  return {
    hash,
    async verify(storedHash, password) {
      if (BCRYPT_PREFIX.test(storedHash)) {
        // The bcrypt library answers false for a malformed hash rather than failing: check the shape first.
        if (!BCRYPT_HASH.test(storedHash)) return corrupt(storedHash, 'bcrypt', 'not a well-formed bcrypt hash', password);
        let valid: boolean;
        try {
          valid = await bcryptVerify(password, storedHash);
        } catch (err) {
          return corrupt(storedHash, 'bcrypt', (err as Error).message, password);
        }
        // bcrypt saw only the first 72 bytes: a longer password may match through that truncation alone, and
        // rehashing it whole would make it, not the owner's own password, the only one accepted.
        return { valid, needsRehash: valid && Buffer.byteLength(password) <= BCRYPT_MAX_BYTES };
      }
      if (!ARGON2_PREFIX.test(storedHash)) return corrupt(storedHash, 'unknown', 'neither an argon2 nor a bcrypt hash', password);
      let valid: boolean;
      try {
        valid = await argon2Verify(storedHash, password);
      } catch (err) {
        return corrupt(storedHash, 'argon2', (err as Error).message, password);
      }
      return { valid, needsRehash: valid && !hasCurrentParams(storedHash) };
    },
    verifyAgainstDummy,
  };
}
