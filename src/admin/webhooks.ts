import type { Kysely } from 'kysely';
import type { Actor } from '../account/actor.js';
import type { AuditTrail } from './audit-trail.js';
import { inWriteTransaction } from '../db/transactions.js';
import { type Clock, toIso } from '../clock.js';
import type { Database, WebhookDeliveryRow, WebhookEndpointRow } from '../db/types.js';
import { AppError } from '../errors.js';
import { seal } from '../keys.js';
import type { DeliveryList, DeliveryListFilter, NewWebhook, PublicDelivery, PublicWebhook, WebhookChanges } from '../schemas/webhook.js';
import type { WebhookConfig } from '../webhook-settings.js';
import { localHostProblem } from '../webhooks/addresses.js';
import type { WebhookDispatcher } from '../webhooks/dispatcher.js';
import { deleteEndpoint, type EndpointChanges, findEndpoint, insertEndpoint, listEndpoints, lockEndpoint, updateEndpoint } from '../webhooks/endpoints.js';
import { enqueueTestDelivery, listDeliveries } from '../webhooks/outbox.js';
import { newSigningSecret } from '../webhooks/signature.js';

/** The url column's size (varchar 2048), which the stored, percent-encoded form must fit. */
const MAX_URL_LENGTH = 2048;

/** A list shows at most this many endpoints, newest first. */
export const MAX_LISTED_WEBHOOKS = 1000;

export interface WebhookService {
  /** Registers an endpoint; the signing secret is in this answer only. */
  create(options: { actor: Actor; input: NewWebhook }): Promise<{ webhook: PublicWebhook; secret: string }>;
  list(): Promise<PublicWebhook[]>;
  get(id: string): Promise<PublicWebhook>;
  update(options: { actor: Actor; id: string; changes: WebhookChanges }): Promise<PublicWebhook>;
  /** Deletes the endpoint and its deliveries, pending ones included. */
  remove(options: { actor: Actor; id: string }): Promise<void>;
  /** Queues a `webhook.test` event for the endpoint, subscribed or not; resolves with the delivery's id. */
  sendTest(options: { actor: Actor; id: string }): Promise<number>;
  deliveries(options: { id: string; filter: DeliveryListFilter }): Promise<DeliveryList>;
  rotateSecret(options: { actor: Actor; id: string }): Promise<{ webhook: PublicWebhook; secret: string }>;
  /** The outbox's dispatcher: kick it after committing a transaction that called enqueueWebhookEvent. */
  dispatcher: WebhookDispatcher;
}

export function toPublicWebhook(row: WebhookEndpointRow): PublicWebhook {
  return {
    id: row.id,
    url: row.url,
    events: JSON.parse(row.events) as PublicWebhook['events'],
    description: row.description,
    enabled: row.disabled_at === null,
    created_at: new Date(row.created_at).toISOString(),
    updated_at: new Date(row.updated_at).toISOString(),
    disabled_at: toIso(row.disabled_at),
    failing_since: toIso(row.failing_since),
  };
}

function toPublicDelivery(row: WebhookDeliveryRow): PublicDelivery {
  return {
    id: row.id,
    message_id: row.message_id,
    type: row.type,
    status: row.status,
    attempts: row.attempts,
    last_status: row.last_status,
    last_error: row.last_error,
    next_attempt_at: row.status === 'pending' ? toIso(row.next_attempt_at) : null,
    created_at: new Date(row.created_at).toISOString(),
    delivered_at: toIso(row.delivered_at),
  };
}

const invalidUrl = (message: string): AppError => new AppError('validation_failed', { errors: [{ field: 'url', message }] });

/** The URL rule at registration (docs/webhooks.md); names are judged again at each delivery, on the address connected to. */
export function assertWebhookUrl(url: string, { allowPrivate, production }: { allowPrivate: boolean; production: boolean }): string {
  if (!URL.canParse(url)) throw invalidUrl('is not a URL');
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw invalidUrl('must be an http or https URL');
  if (parsed.protocol === 'http:' && production && !allowPrivate) throw invalidUrl('must be an https URL');
  if (parsed.username || parsed.password) throw invalidUrl('must not carry credentials');
  const local = allowPrivate ? null : localHostProblem(parsed.hostname);
  if (local) throw invalidUrl(`must reach a public address: ${local}`);
  // The URL stored is the parser's serialisation, which percent-encodes: it must fit the column (varchar 2048) too.
  const serialised = parsed.toString();
  if (serialised.length > MAX_URL_LENGTH) throw invalidUrl(`must be at most ${MAX_URL_LENGTH} characters once percent-encoded`);
  return serialised;
}

export function createWebhookService({ db, clock, settings, production, key, audit, dispatcher }: {
  db: Kysely<Database>;
  clock: Clock;
  settings: WebhookConfig;
  production: boolean;
  /** Seals the signing secrets at rest. */
  key: Buffer;
  audit: AuditTrail;
  dispatcher: WebhookDispatcher;
}): WebhookService {
  const checkUrl = (url: string): string => assertWebhookUrl(url, { allowPrivate: settings.allowPrivate, production });

  async function existing(id: string): Promise<WebhookEndpointRow> {
    const row = await findEndpoint(db, id);
    if (!row) throw new AppError('webhook_not_found');
    return row;
  }

  async function changed(trx: Kysely<Database>, id: string, changes: EndpointChanges): Promise<WebhookEndpointRow> {
    const row = await updateEndpoint(trx, id, { ...changes, updated_at: clock.now() });
    if (!row) throw new AppError('webhook_not_found');
    return row;
  }

  /** The change and its audit event, in one transaction (the URL and secret are never in the event). */
  function withEvent<T>(actor: Actor, action: 'webhook_created' | 'webhook_updated' | 'webhook_deleted' | 'webhook_test_sent' | 'webhook_secret_rotated', change: (trx: Kysely<Database>) => Promise<{ value: T; details: Record<string, unknown> }>): Promise<T> {
    const now = clock.now();
    return inWriteTransaction(db, async (trx) => {
      const { value, details } = await change(trx);
      await audit.record(trx, { action, target: null, by: actor, details }, now);
      return value;
    });
  }

  return {
    dispatcher,

    async create({ actor, input }) {
      const url = checkUrl(input.url);
      const secret = newSigningSecret();
      const row = await withEvent(actor, 'webhook_created', async (trx) => {
        const created = await insertEndpoint(trx, { url, events: input.events, description: input.description ?? '', sealedSecret: seal(key, secret), now: clock.now() });
        return { value: created, details: { webhook_id: created.id, events: input.events } };
      });
      return { webhook: toPublicWebhook(row), secret };
    },

    async list() {
      return (await listEndpoints(db, { limit: MAX_LISTED_WEBHOOKS })).map(toPublicWebhook);
    },

    async get(id) {
      return toPublicWebhook(await existing(id));
    },

    async update({ actor, id, changes }) {
      const set: EndpointChanges = {};
      if (changes.url !== undefined) set.url = checkUrl(changes.url);
      if (changes.events !== undefined) set.events = JSON.stringify(changes.events);
      if (changes.description !== undefined) set.description = changes.description;
      if (changes.enabled === true) Object.assign(set, { disabled_at: null, failing_since: null });
      // Disabling an endpoint already disabled keeps the moment it happened.
      if (changes.enabled === false && (await existing(id)).disabled_at === null) set.disabled_at = clock.now();
      const row = await withEvent(actor, 'webhook_updated', async (trx) => ({ value: await changed(trx, id, set), details: { webhook_id: id, fields: Object.keys(changes) } }));
      return toPublicWebhook(row);
    },

    async remove({ actor, id }) {
      await withEvent(actor, 'webhook_deleted', async (trx) => {
        if (!(await deleteEndpoint(trx, id))) throw new AppError('webhook_not_found');
        return { value: undefined, details: { webhook_id: id } };
      });
    },

    async sendTest({ actor, id }) {
      await existing(id);
      const deliveryId = await withEvent(actor, 'webhook_test_sent', async (trx) => {
        // Checked again under a row lock: an endpoint deleted since is a 404, not a broken foreign key (500).
        if (!(await lockEndpoint(trx, id))) throw new AppError('webhook_not_found');
        const queued = await enqueueTestDelivery(trx, id, { now: clock.now() });
        return { value: queued, details: { webhook_id: id, delivery_id: queued } };
      });
      dispatcher.kick();
      return deliveryId;
    },

    async deliveries({ id, filter }) {
      await existing(id);
      const perPage = filter.per_page ?? 20;
      const rows = await listDeliveries(db, { endpointId: id, status: filter.status, after: filter.after, limit: perPage });
      return { deliveries: rows.map(toPublicDelivery), next: rows.length === perPage ? rows[rows.length - 1]!.id : null };
    },

    async rotateSecret({ actor, id }) {
      const secret = newSigningSecret();
      const row = await withEvent(actor, 'webhook_secret_rotated', async (trx) => ({ value: await changed(trx, id, { sealed_secret: seal(key, secret) }), details: { webhook_id: id } }));
      return { webhook: toPublicWebhook(row), secret };
    },
  };
}

