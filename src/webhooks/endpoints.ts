import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { lockRows } from '../db/transactions.js';
import type { Database, WebhookEndpointRow, WebhookEndpointsTable } from '../db/types.js';

/** Queries on webhook_endpoints; the rules (who may, what is valid, the secret's sealing) are the callers'. */

export async function insertEndpoint(
  db: Kysely<Database>,
  { url, events, description, sealedSecret, now }: { url: string; events: string[]; description: string; sealedSecret: string; now: number },
): Promise<WebhookEndpointRow> {
  return db
    .insertInto('webhook_endpoints')
    .values({ id: randomUUID(), url, events: JSON.stringify(events), description, sealed_secret: sealedSecret, disabled_at: null, failing_since: null, created_at: now, updated_at: now })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findEndpoint(db: Kysely<Database>, id: string): Promise<WebhookEndpointRow | undefined> {
  return db.selectFrom('webhook_endpoints').selectAll().where('id', '=', id).executeTakeFirst();
}

/** True when the endpoint exists, locking its row until `trx` ends: a delete racing the caller waits for its commit. */
export async function lockEndpoint(trx: Kysely<Database>, id: string): Promise<boolean> {
  return (await lockRows(trx.selectFrom('webhook_endpoints').select('id').where('id', '=', id)).executeTakeFirst()) !== undefined;
}

export async function listEndpoints(db: Kysely<Database>, { limit }: { limit: number }): Promise<WebhookEndpointRow[]> {
  return db.selectFrom('webhook_endpoints').selectAll().orderBy('created_at', 'desc').orderBy('id').limit(limit).execute();
}

export type EndpointChanges = Partial<Pick<WebhookEndpointsTable, 'url' | 'events' | 'description' | 'sealed_secret' | 'disabled_at' | 'failing_since'>>;

export async function updateEndpoint(db: Kysely<Database>, id: string, changes: EndpointChanges & { updated_at: number }): Promise<WebhookEndpointRow | undefined> {
  return db.updateTable('webhook_endpoints').set(changes).where('id', '=', id).returningAll().executeTakeFirst();
}

/** Deletes the endpoint; its deliveries go with it (the foreign key cascades). */
export async function deleteEndpoint(db: Kysely<Database>, id: string): Promise<boolean> {
  const result = await db.deleteFrom('webhook_endpoints').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** An attempt failed: the endpoint's run of failures starts now unless one is already running; resolves with its start. */
export async function recordEndpointFailure(db: Kysely<Database>, id: string, now: number): Promise<number | null> {
  await db.updateTable('webhook_endpoints').set({ failing_since: now }).where('id', '=', id).where('failing_since', 'is', null).execute();
  const row = await db.selectFrom('webhook_endpoints').select('failing_since').where('id', '=', id).executeTakeFirst();
  return row?.failing_since ?? null;
}

export async function recordEndpointSuccess(db: Kysely<Database>, id: string): Promise<void> {
  await db.updateTable('webhook_endpoints').set({ failing_since: null }).where('id', '=', id).where('failing_since', 'is not', null).execute();
}

/** Disables an enabled endpoint; true only for the caller that did it (two dispatchers may try at once). */
export async function disableFailingEndpoint(db: Kysely<Database>, id: string, now: number): Promise<boolean> {
  const result = await db.updateTable('webhook_endpoints').set({ disabled_at: now, updated_at: now }).where('id', '=', id).where('disabled_at', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
