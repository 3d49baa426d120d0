import { createHash, timingSafeEqual } from 'node:crypto';

/** The hex SHA-256 of a secret that is stored only as its digest (a mailed, one-time or browser-bound token). */
export function sha256Hex(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

const digest = (value: string): Buffer => createHash('sha256').update(value).digest();

/** Whether a presented secret equals the expected one: compared as digests, in constant time, whatever their lengths. */
export function sameSecret(presented: string, expected: string): boolean {
  return timingSafeEqual(digest(presented), digest(expected));
}
