import type { Kysely } from 'kysely';
import type { Database } from '../db/types.js';

/**
 * Claims the right to mail `recipient` now, across all accounts: one conditional upsert, so of racing claims
 * within `intervalMs` exactly one wins (PostgreSQL serializes them on the row, SQLite on its write lock).
 * Call inside the transaction that queues the mail; a rollback gives the claim back. Resolves with the seconds
 * still to wait (0 when claimed).
 */
export async function claimRecipientInterval(
  trx: Kysely<Database>,
  { recipient, now, intervalMs }: { recipient: string; now: number; intervalMs: number },
): Promise<number> {
  const claimed = await trx
    .insertInto('mail_recipient_intervals')
    .values({ recipient, last_mailed_at: now })
    .onConflict((oc) =>
      oc.column('recipient').doUpdateSet({ last_mailed_at: now }).where('mail_recipient_intervals.last_mailed_at', '<=', now - intervalMs))
    .returning('recipient')
    .executeTakeFirst();
  if (claimed) return 0;
  const row = await trx.selectFrom('mail_recipient_intervals').select('last_mailed_at').where('recipient', '=', recipient).executeTakeFirst();
  return Math.max(1, Math.ceil(((row?.last_mailed_at ?? now) + intervalMs - now) / 1000));
}

/** Forgets recipients last mailed before `before`: their interval is over. */
export async function purgeRecipientIntervals(db: Kysely<Database>, before: number): Promise<number> {
  const result = await db.deleteFrom('mail_recipient_intervals').where('last_mailed_at', '<=', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}
