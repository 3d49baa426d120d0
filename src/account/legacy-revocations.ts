import type { Kysely } from 'kysely';
import type { Database } from '../db/types.js';

/** The Flask service's token blacklist (imported), and the Flask tokens logged out here: one table, one rule each. */

export async function isLegacyTokenRevoked(db: Kysely<Database>, jti: string): Promise<boolean> {
  const row = await db.selectFrom('legacy_revoked_tokens').select('jti').where('jti', '=', jti).executeTakeFirst();
  return row !== undefined;
}

/** Blacklists a Flask token until it expires; revoking it twice changes nothing. */
export async function revokeLegacyToken(
  db: Kysely<Database>,
  token: { jti: string; type: 'access' | 'refresh'; userId: number; expiresAt: number; now: number },
): Promise<void> {
  await db
    .insertInto('legacy_revoked_tokens')
    .values({ jti: token.jti, token_type: token.type, user_id: token.userId, expires_at: token.expiresAt, revoked_at: token.now })
    .onConflict((oc) => oc.column('jti').doNothing())
    .execute();
}

/** Deletes blacklist rows of tokens past their expiry: they fail on `exp` anyway. Rows without an expiry stay. */
export async function purgeExpiredLegacyRevocations(db: Kysely<Database>, now: number): Promise<number> {
  const result = await db.deleteFrom('legacy_revoked_tokens').where('expires_at', 'is not', null).where('expires_at', '<=', now).executeTakeFirst();
  return Number(result.numDeletedRows);
}
