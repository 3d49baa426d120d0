import type { Kysely } from 'kysely';
import type { Database, WebhookDeliveryRow, WebhookDeliveryStatus } from '../db/types.js';
import { WEBHOOK_TEST_EVENT, type WebhookEventType } from './events.js';
import { newMessageId } from './signature.js';

/** The body every attempt sends, byte for byte: `{type, timestamp, data}`. */
function payloadOf(type: string, data: Record<string, unknown>, now: number): string {
  return JSON.stringify({ type, timestamp: new Date(now).toISOString(), data });
}

const subscribedTo = (events: string, type: string): boolean => (JSON.parse(events) as string[]).includes(type);

/**
 * Queues `event` for every enabled endpoint subscribed to its type, inside the transaction of the change it reports;
 * resolves with how many deliveries it queued (kick `services.webhooks.dispatcher` after the commit when any).
 * `data` is sent as is: never a secret, hash, token or code.
 */
export async function enqueueWebhookEvent(trx: Kysely<Database>, event: { type: WebhookEventType; data: Record<string, unknown> }, { now }: { now: number }): Promise<number> {
  const enabled = await trx.selectFrom('webhook_endpoints').select(['id', 'events']).where('disabled_at', 'is', null).execute();
  const endpoints = enabled.filter((endpoint) => subscribedTo(endpoint.events, event.type));
  if (endpoints.length === 0) return 0;
  // One message, one id: each endpoint's receiver deduplicates its retries by it.
  const messageId = newMessageId();
  const payload = payloadOf(event.type, event.data, now);
  await trx
    .insertInto('webhook_deliveries')
    .values(endpoints.map(({ id }) => ({ endpoint_id: id, message_id: messageId, type: event.type, payload, status: 'pending' as const, next_attempt_at: now, created_at: now })))
    .execute();
  return endpoints.length;
}

/** Queues a `webhook.test` event for one endpoint, subscribed or not; resolves with the delivery's id. */
export async function enqueueTestDelivery(db: Kysely<Database>, endpointId: string, { now }: { now: number }): Promise<number> {
  const row = await db
    .insertInto('webhook_deliveries')
    .values({
      endpoint_id: endpointId, message_id: newMessageId(), type: WEBHOOK_TEST_EVENT, payload: payloadOf(WEBHOOK_TEST_EVENT, { webhook_id: endpointId }, now),
      status: 'pending', next_attempt_at: now, created_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Settles an attempt: delivered, retried at `retryAt`, or given up (`retryAt` null). Only the claim's holder may. */
export async function settleDelivery(
  db: Kysely<Database>,
  row: WebhookDeliveryRow,
  outcome: { delivered: boolean; status: number | null; error: string | null; retryAt: number | null; now: number },
): Promise<void> {
  const common = { claimed_until: null, last_status: outcome.status, last_error: outcome.error?.slice(0, 256) ?? null };
  await db
    .updateTable('webhook_deliveries')
    .set(outcome.delivered
      ? { ...common, status: 'delivered', delivered_at: outcome.now }
      : outcome.retryAt === null ? { ...common, status: 'failed' } : { ...common, status: 'pending', next_attempt_at: outcome.retryAt })
    .where('id', '=', row.id)
    .where('claimed_until', '=', row.claimed_until)
    .execute();
}

/** An endpoint's deliveries, newest first, below the id `after` (keyset paging). */
export async function listDeliveries(
  db: Kysely<Database>,
  { endpointId, status, after, limit }: { endpointId: string; status?: WebhookDeliveryStatus; after?: number; limit: number },
): Promise<WebhookDeliveryRow[]> {
  let query = db.selectFrom('webhook_deliveries').selectAll().where('endpoint_id', '=', endpointId);
  if (status) query = query.where('status', '=', status);
  if (after !== undefined) query = query.where('id', '<', after);
  return query.orderBy('id', 'desc').limit(limit).execute();
}

/** Deliveries settled (delivered or failed) before `before` are forgotten; pending ones stay whatever their age. */
export async function purgeSettledDeliveries(db: Kysely<Database>, before: number): Promise<number> {
  const result = await db.deleteFrom('webhook_deliveries').where('status', 'in', ['delivered', 'failed']).where('created_at', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}
