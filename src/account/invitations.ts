import { randomBytes, randomUUID } from 'node:crypto';
import type { ExpressionBuilder, Kysely } from 'kysely';
import type { Database, InvitationRow } from '../db/types.js';
import { emailTokenDigest } from './email-tokens.js';

export type InvitationStatus = 'pending' | 'accepted' | 'revoked' | 'expired';

/** Accepted and revoked invitations, and unused ones, are kept this long after they expire, then purged. */
export const INVITATIONS_KEPT_MS = 30 * 86_400_000;

/** An invitation's state at `now`, from its columns: accepted and revoked are final, the rest pending until it expires. */
export function invitationStatus(row: InvitationRow, now: number): InvitationStatus {
  if (row.accepted_at !== null) return 'accepted';
  if (row.revoked_at !== null) return 'revoked';
  return row.expires_at > now ? 'pending' : 'expired';
}

const isPending = (now: number) => (eb: ExpressionBuilder<Database, 'invitations'>) =>
  eb.and([eb('accepted_at', 'is', null), eb('revoked_at', 'is', null), eb('expires_at', '>', now)]);

/**
 * Issues an invitation with a new token (32 random bytes, base64url; only its digest is stored) and revokes the
 * address's older pending ones. Call inside the transaction that queues the mail carrying the token.
 */
export async function issueInvitation(
  trx: Kysely<Database>,
  { email, role, invitedBy, now, ttlMs }: { email: string; role: InvitationRow['role']; invitedBy: number | null; now: number; ttlMs: number },
): Promise<{ invitation: InvitationRow; token: string; revoked: string[] }> {
  const revoked = await trx.updateTable('invitations').set({ revoked_at: now }).where('email', '=', email).where(isPending(now)).returning('id').execute();
  const token = randomBytes(32).toString('base64url');
  const invitation = await trx
    .insertInto('invitations')
    .values({ id: randomUUID(), email, role, token_hash: emailTokenDigest(token), invited_by: invitedBy, created_at: now, expires_at: now + ttlMs })
    .returningAll()
    .executeTakeFirstOrThrow();
  return { invitation, token, revoked: revoked.map((row) => row.id) };
}

/** The pending invitation of this token, without spending it (to check the request before anything else). */
export async function findPendingInvitation(db: Kysely<Database>, { token, now }: { token: string; now: number }): Promise<InvitationRow | undefined> {
  return db.selectFrom('invitations').selectAll().where('token_hash', '=', emailTokenDigest(token)).where(isPending(now)).executeTakeFirst();
}

/** Spends a pending invitation in one statement: of racing uses (and a racing revocation) exactly one gets the row. */
export async function consumeInvitation(trx: Kysely<Database>, { token, now }: { token: string; now: number }): Promise<InvitationRow | undefined> {
  return trx.updateTable('invitations').set({ accepted_at: now }).where('token_hash', '=', emailTokenDigest(token)).where(isPending(now)).returningAll().executeTakeFirst();
}

export async function recordAcceptedUser(trx: Kysely<Database>, { id, userId }: { id: string; userId: number }): Promise<void> {
  await trx.updateTable('invitations').set({ accepted_user_id: userId }).where('id', '=', id).execute();
}

/** Revokes one pending invitation; undefined when there is none of that id (unknown, accepted, revoked or expired). */
export async function revokeInvitation(db: Kysely<Database>, { id, now }: { id: string; now: number }): Promise<InvitationRow | undefined> {
  return db.updateTable('invitations').set({ revoked_at: now }).where('id', '=', id).where(isPending(now)).returningAll().executeTakeFirst();
}

/** Revokes every pending invitation an admin sent (they stop being an admin): the ids revoked. */
export async function revokeInvitationsBy(trx: Kysely<Database>, { invitedBy, now }: { invitedBy: number; now: number }): Promise<string[]> {
  const rows = await trx.updateTable('invitations').set({ revoked_at: now }).where('invited_by', '=', invitedBy).where(isPending(now)).returning('id').execute();
  return rows.map((row) => row.id);
}

/** Invitations in one state (or all), newest first, at most `limit`. */
export async function listInvitations(db: Kysely<Database>, { status, now, limit }: { status: InvitationStatus | 'all'; now: number; limit: number }): Promise<InvitationRow[]> {
  let query = db.selectFrom('invitations').selectAll();
  if (status === 'pending') query = query.where(isPending(now));
  if (status === 'accepted') query = query.where('accepted_at', 'is not', null);
  if (status === 'revoked') query = query.where('accepted_at', 'is', null).where('revoked_at', 'is not', null);
  if (status === 'expired') query = query.where('accepted_at', 'is', null).where('revoked_at', 'is', null).where('expires_at', '<=', now);
  return query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
}

/** Deletes invitations that expired more than INVITATIONS_KEPT_MS ago, whatever became of them. */
export async function purgeOldInvitations(db: Kysely<Database>, now: number): Promise<number> {
  const result = await db.deleteFrom('invitations').where('expires_at', '<=', now - INVITATIONS_KEPT_MS).executeTakeFirst();
  return Number(result.numDeletedRows);
}
