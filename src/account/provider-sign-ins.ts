import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database, OAuthLoginRow } from '../db/types.js';
import { sameSecret, sha256Hex as sha256 } from '../digests.js';

/** Single-use values of one browser's sign-in at a provider, checked against the provider's answer. */
export interface SignInChecks {
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** How long a browser may stay at the provider. */
export const SIGN_IN_TTL_MS = 10 * 60_000;
/** How long the app has to exchange the callback's one-time code. */
export const EXCHANGE_CODE_TTL_MS = 60_000;

const random = (): string => randomBytes(32).toString('base64url');

/** The browser's key (its cookie's value) and the checks of a new sign-in. */
export function newSignIn(): { browserKey: string; checks: SignInChecks } {
  return { browserKey: random(), checks: { state: random(), nonce: random(), codeVerifier: random() } };
}

export async function saveSignIn(
  db: Kysely<Database>,
  s: { browserKey: string; provider: string; checks: SignInChecks; redirectTo: string; link: { userId: number; sessionId: string } | null; now: number },
): Promise<void> {
  await db.insertInto('oauth_logins').values({
    browser_hash: sha256(s.browserKey),
    provider: s.provider,
    state: s.checks.state,
    nonce: s.checks.nonce,
    code_verifier: s.checks.codeVerifier,
    redirect_to: s.redirectTo,
    link_user_id: s.link?.userId ?? null,
    link_session_id: s.link?.sessionId ?? null,
    created_at: s.now,
    expires_at: s.now + SIGN_IN_TTL_MS,
  }).execute();
}

/**
 * Spends this browser's sign-in in one statement (single use, even for a wrong state), and answers it only if it
 * is for this provider, live, and its state is the one the provider sent back.
 */
export async function takeSignIn(db: Kysely<Database>, { browserKey, provider, state, now }: { browserKey: string; provider: string; state: string | undefined; now: number }): Promise<{ row: OAuthLoginRow | undefined; valid: boolean }> {
  const row = await db.updateTable('oauth_logins').set({ used_at: now }).where('browser_hash', '=', sha256(browserKey)).where('used_at', 'is', null).where('expires_at', '>', now).returningAll().executeTakeFirst();
  const stateMatches = row !== undefined && state !== undefined && sameSecret(state, row.state);
  return { row, valid: stateMatches && row.provider === provider };
}

export async function issueExchangeCode(db: Kysely<Database>, { browserKey, userId, identityId, now }: { browserKey: string; userId: number; identityId: string; now: number }): Promise<string> {
  const code = random();
  await db.insertInto('oauth_exchange_codes').values({ code_hash: sha256(code), browser_hash: sha256(browserKey), user_id: userId, identity_id: identityId, created_at: now, expires_at: now + EXCHANGE_CODE_TTL_MS }).execute();
  return code;
}

/** Spends a one-time code in one statement: live, unused, and presented by the browser it was issued to. */
export async function redeemExchangeCode(db: Kysely<Database>, { code, browserKey, now }: { code: string; browserKey: string; now: number }): Promise<{ user_id: number; identity_id: string } | undefined> {
  return db
    .updateTable('oauth_exchange_codes')
    .set({ used_at: now })
    .where('code_hash', '=', sha256(code))
    .where('browser_hash', '=', sha256(browserKey))
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .returning(['user_id', 'identity_id'])
    .executeTakeFirst();
}

export async function purgeExpiredSignIns(db: Kysely<Database>, now: number): Promise<number> {
  const logins = await db.deleteFrom('oauth_logins').where('expires_at', '<=', now).executeTakeFirst();
  const codes = await db.deleteFrom('oauth_exchange_codes').where('expires_at', '<=', now).executeTakeFirst();
  return Number(logins.numDeletedRows) + Number(codes.numDeletedRows);
}
