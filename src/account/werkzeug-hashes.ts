/**
 * Werkzeug's `generate_password_hash` formats, as the Flask service stored them: `pbkdf2:<digest>:<iterations>`
 * and `scrypt:<N>:<r>:<p>`, each `$<salt>$<hex>`, the salt used as its UTF-8 text. Called only with parameters
 * `inspectPasswordHash` has bounded; computed on libuv's thread pool, compared in constant time.
 */
import { pbkdf2, scrypt, type ScryptOptions, timingSafeEqual } from 'node:crypto';
import type { Pbkdf2Params, ScryptParams } from './password-formats.js';

const DIGEST_BYTES = { sha1: 20, sha256: 32, sha512: 64 } as const;
/** Werkzeug's scrypt key length. */
const SCRYPT_KEY_BYTES = 64;
/** Node refuses scrypt above `maxmem` (32 MiB by default, less than N=32768, r=8 needs): room for OpenSSL's own buffers. */
const SCRYPT_MEMORY_MARGIN = 1024 * 1024;

/** Whether `password` gives the stored werkzeug pbkdf2 digest. */
export async function verifyPbkdf2(password: string, { digest, iterations, salt, hex }: Pbkdf2Params): Promise<boolean> {
  const derived = await new Promise<Buffer>((resolve, reject) => {
    pbkdf2(Buffer.from(password, 'utf8'), Buffer.from(salt, 'utf8'), iterations, DIGEST_BYTES[digest], digest, (err, key) => (err ? reject(err) : resolve(key)));
  });
  return sameBytes(derived, hex);
}

/** Whether `password` gives the stored werkzeug scrypt digest. */
export async function verifyScrypt(password: string, { N, r, p, salt, hex }: ScryptParams): Promise<boolean> {
  // OpenSSL allocates 128 * r * (N + p + 2) bytes; the bounds on N, r and p keep this within HASH_LIMITS.
  const options: ScryptOptions = { N, r, p, maxmem: 128 * r * (N + p + 2) + SCRYPT_MEMORY_MARGIN };
  const derived = await new Promise<Buffer>((resolve, reject) => {
    scrypt(Buffer.from(password, 'utf8'), Buffer.from(salt, 'utf8'), SCRYPT_KEY_BYTES, options, (err, key) => (err ? reject(err) : resolve(key)));
  });
  return sameBytes(derived, hex);
}

function sameBytes(derived: Buffer, hex: string): boolean {
  const stored = Buffer.from(hex, 'hex');
  return stored.length === derived.length && timingSafeEqual(stored, derived);
}
