import { randomBytes } from 'node:crypto';
import type { ExpressionBuilder, Kysely } from 'kysely';
import type { Database, EmailTokenPurpose, EmailTokenRow } from '../db/types.js';
import { sha256Hex } from '../digests.js';

/** Only the digest is stored: a read of the database yields no usable link. */
export function emailTokenDigest(token: string): string {
  return sha256Hex(token);
}

/**
 * Issues a token (32 random bytes, base64url) for one user, one purpose and one address, and voids the user's
 * older live tokens of that purpose. Call inside the transaction that queues the mail carrying it.
 * An email-change token names the session that asked for it and dies with that session.
 */
export async function issueEmailToken(
  trx: Kysely<Database>,
  { userId, purpose, email, now, ttlMs, sessionId = null }: { userId: number; purpose: EmailTokenPurpose; email: string; now: number; ttlMs: number; sessionId?: string | null },
): Promise<string> {
  await voidEmailTokens(trx, { userId, purposes: [purpose], now });
  const token = randomBytes(32).toString('base64url');
  await trx
    .insertInto('email_tokens')
    .values({ token_hash: emailTokenDigest(token), user_id: userId, purpose, email, created_at: now, expires_at: now + ttlMs, session_id: sessionId })
    .execute();
  return token;
}

/**
 * The remediation rule, in one place: drops the user's pending email change and voids every outstanding mailed
 * token (reset, verification, email change). Password reset and change, ending all sessions, deactivation and
 * every email change that takes effect (confirmed, or an admin's) call it inside their transaction; the users row
 * is written first, so it is the lock that orders them.
 */
export async function dropPendingEmailAndVoidTokens(trx: Kysely<Database>, { userId, now }: { userId: number; now: number }): Promise<void> {
  await trx.updateTable('users').set({ pending_email: null }).where('id', '=', userId).execute();
  await voidEmailTokens(trx, { userId, purposes: ['password_reset', 'email_verify', 'email_change'], now });
}

export async function voidEmailTokens(trx: Kysely<Database>, { userId, purposes, now }: { userId: number; purposes: EmailTokenPurpose[]; now: number }): Promise<void> {
  await trx
    .updateTable('email_tokens')
    .set({ voided_at: now })
    .where('user_id', '=', userId)
    .where('purpose', 'in', purposes)
    .where('used_at', 'is', null)
    .where('voided_at', 'is', null)
    .execute();
}

type LiveTokenQuery = { token: string; purposes: EmailTokenPurpose[]; now: number };

/**
 * The token's row, if it is of one of `purposes`, unused, not voided and not expired; an email-change token
 * also needs the session that asked for it to be live (neither ended nor expired).
 */
const isLive = ({ token, purposes, now }: LiveTokenQuery) => (eb: ExpressionBuilder<Database, 'email_tokens'>) =>
  eb.and([
    eb('token_hash', '=', emailTokenDigest(token)),
    eb('purpose', 'in', purposes),
    eb('used_at', 'is', null),
    eb('voided_at', 'is', null),
    eb('expires_at', '>', now),
    eb.or([
      eb('purpose', '!=', 'email_change'),
      eb.exists(
        eb.selectFrom('sessions').select('sessions.id').whereRef('sessions.id', '=', 'email_tokens.session_id').where('sessions.revoked_at', 'is', null).where('sessions.expires_at', '>', now),
      ),
    ]),
  ]);

/** The live token, without spending it (to check a new password against the policy before anything else). */
export async function findLiveEmailToken(db: Kysely<Database>, query: LiveTokenQuery): Promise<EmailTokenRow | undefined> {
  return db.selectFrom('email_tokens').selectAll().where(isLive(query)).executeTakeFirst();
}

/** Spends a live token in one statement: of racing uses exactly one gets the row, the rest get nothing. */
export async function consumeEmailToken(trx: Kysely<Database>, query: LiveTokenQuery): Promise<EmailTokenRow | undefined> {
  return trx.updateTable('email_tokens').set({ used_at: query.now }).where(isLive(query)).returningAll().executeTakeFirst();
}

/** When the user's newest token of this purpose was issued (for the resend interval). */
export async function newestEmailTokenAt(db: Kysely<Database>, userId: number, purpose: EmailTokenPurpose): Promise<number | null> {
  const row = await db.selectFrom('email_tokens').select('created_at').where('user_id', '=', userId).where('purpose', '=', purpose).orderBy('created_at', 'desc').limit(1).executeTakeFirst();
  return row?.created_at ?? null;
}

export async function purgeExpiredEmailTokens(db: Kysely<Database>, now: number): Promise<number> {
  const result = await db.deleteFrom('email_tokens').where('expires_at', '<=', now).executeTakeFirst();
  return Number(result.numDeletedRows);
}
