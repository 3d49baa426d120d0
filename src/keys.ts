import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import type { Config } from './config.js';

/**
 * A 32-byte key for one purpose, derived (HKDF-SHA-256) from the token signing key every instance shares,
 * so no extra secret has to be configured and keys for different purposes never coincide.
 */
export function deriveKey(config: Config, purpose: string): Buffer {
  const material = config.jwt.secret ?? config.jwt.privateKeyPem ?? '';
  return Buffer.from(hkdfSync('sha256', material, 'gatehouse', purpose, 32));
}

/** The key that seals second-factor secrets: DATA_ENCRYPTION_KEY, or one derived from the signing key. */
export function dataEncryptionKey(config: Config): Buffer {
  return config.mfa.dataEncryptionKey ?? deriveKey(config, 'data encryption');
}

/** The key of the login identifiers' counter digests: the server and an import (which carries locks to them) must agree. */
export function identifierDigestKey(config: Config): Buffer {
  return deriveKey(config, 'login identifier digests');
}

const IV_BYTES = 12;
const TAG_BYTES = 16;

/** AES-256-GCM: iv | tag | ciphertext, base64url. Tampering makes `openSealed` throw. */
export function seal(key: Buffer, plaintext: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
}

export function openSealed(key: Buffer, sealed: string): string {
  const raw = Buffer.from(sealed, 'base64url');
  const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, IV_BYTES));
  decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
}
