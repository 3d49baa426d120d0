import { createHmac } from 'node:crypto';
import { sameSecret } from '../digests.js';
import { AppError } from '../errors.js';
import type { TokenType } from './tokens.js';

/**
 * The `csrf` claim signed into a session's tokens in cookie mode: an HMAC of the token type and the session id,
 * so it is the same for every token of one session (a refresh in one tab does not invalidate the header another
 * tab is sending), different between sessions, and unguessable from the session id alone.
 */
export function csrfClaimFor(key: Buffer, type: TokenType, sessionId: string): string {
  return createHmac('sha256', key).update(`${type}:${sessionId}`).digest('base64url');
}

/**
 * What a cookie-carried token must come with on an unsafe request: the X-CSRF-TOKEN header sent beside it
 * (undefined when absent). A token of the right session is the only proof that the page sending it could read
 * the session's readable CSRF cookie (a signed double submit).
 */
export interface CsrfProof {
  presented: string | undefined;
}

/** 403 csrf_failed unless the header equals the csrf claim signed in the token (compared in constant time). */
export function assertCsrfProof(claim: unknown, proof: CsrfProof | undefined): void {
  if (proof === undefined) return;
  const { presented } = proof;
  if (typeof claim !== 'string' || claim === '' || presented === undefined || !sameSecret(presented, claim)) {
    throw new AppError('csrf_failed', { detail: 'Send the X-CSRF-TOKEN header with the value of this session\'s CSRF cookie.' });
  }
}
