import { randomUUID } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import type { Database, OutboxRow, OutboxStatus } from '../db/types.js';
import { seal } from '../keys.js';
import type { RenderedMail, TemplateName } from './templates.js';

export interface OutgoingMail {
  recipient: string;
  template: TemplateName;
  rendered: RenderedMail;
}

/**
 * Writes a message to the outbox. Call it inside the transaction that creates the token the message carries:
 * both commit, or neither does. The body is sealed at rest; the sender clears it once the message is sent.
 */
export async function enqueueMail(trx: Kysely<Database>, mail: OutgoingMail, { now, key, domain }: { now: number; key: Buffer; domain: string }): Promise<void> {
  await trx
    .insertInto('mail_outbox')
    .values({
      recipient: mail.recipient,
      template: mail.template,
      message_id: `<${randomUUID()}@${domain}>`,
      sealed_body: seal(key, JSON.stringify(mail.rendered)),
      status: 'pending',
      next_attempt_at: now,
      created_at: now,
    })
    .execute();
}

/** Sent: the body (and the token in it) is dropped. Only the claim's holder may settle it. */
export async function markSent(db: Kysely<Database>, row: OutboxRow, now: number): Promise<void> {
  await db
    .updateTable('mail_outbox')
    .set({ status: 'sent', sent_at: now, sealed_body: null, claimed_until: null, last_error: null })
    .where('id', '=', row.id)
    .where('claimed_until', '=', row.claimed_until)
    .execute();
}

/** Failed: retried after `retryAt`, or given up (`failed`, body dropped) after the last attempt. */
export async function markFailed(db: Kysely<Database>, row: OutboxRow, { error, retryAt }: { error: string; retryAt: number | null }): Promise<void> {
  await db
    .updateTable('mail_outbox')
    .set(retryAt === null
      ? { status: 'failed', sealed_body: null, claimed_until: null, last_error: error.slice(0, 256) }
      : { status: 'pending', next_attempt_at: retryAt, claimed_until: null, last_error: error.slice(0, 256) })
    .where('id', '=', row.id)
    .where('claimed_until', '=', row.claimed_until)
    .execute();
}

export interface OutboxCounts {
  pending: number;
  sending: number;
  sent: number;
  failed: number;
  oldestPendingAt: number | null;
}

/** What operators see: messages by status, and how old the oldest undelivered one is. */
export async function outboxCounts(db: Kysely<Database>): Promise<OutboxCounts> {
  const rows = await db
    .selectFrom('mail_outbox')
    .select(['status', sql<number | string>`count(*)`.as('n'), sql<number | string | null>`min(created_at)`.as('oldest')])
    .groupBy('status')
    .execute();
  const counts: OutboxCounts = { pending: 0, sending: 0, sent: 0, failed: 0, oldestPendingAt: null };
  for (const row of rows) {
    counts[row.status as OutboxStatus] = Number(row.n);
    if (row.status === 'pending' && row.oldest !== null) counts.oldestPendingAt = Number(row.oldest);
  }
  return counts;
}

export interface MailFailure {
  id: number;
  recipient: string;
  template: string;
  status: OutboxStatus;
  attempts: number;
  last_error: string;
  created_at: number;
}

/** The newest messages whose last attempt failed (given up, or waiting for a retry), newest first. */
export async function recentMailFailures(db: Kysely<Database>, limit: number): Promise<MailFailure[]> {
  const rows = await db
    .selectFrom('mail_outbox')
    .select(['id', 'recipient', 'template', 'status', 'attempts', 'last_error', 'created_at'])
    .where('last_error', 'is not', null)
    .where('status', '!=', 'sent')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((row) => ({ ...row, last_error: row.last_error ?? '', created_at: Number(row.created_at) }));
}

/** Forgets delivered or abandoned messages older than `before`. */
export async function purgeOldMail(db: Kysely<Database>, before: number): Promise<number> {
  const result = await db.deleteFrom('mail_outbox').where('status', 'in', ['sent', 'failed']).where('created_at', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}
