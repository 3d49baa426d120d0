import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Clock } from '../clock.js';
import { claimDueRows, createQueueDrain, renewRowClaim } from '../db/outbox-queue.js';
import type { Database, WebhookDeliveryRow } from '../db/types.js';
import { openSealed } from '../keys.js';
import type { AuditTrail } from '../admin/audit-trail.js';
import { inWriteTransaction } from '../db/transactions.js';
import type { WebhookConfig } from '../webhook-settings.js';
import { disableFailingEndpoint, findEndpoint, recordEndpointFailure, recordEndpointSuccess } from './endpoints.js';
import { type AttemptOutcome, type OutboundRequest, postWebhook } from './outbound.js';
import { settleDelivery } from './outbox.js';
import { signWebhook } from './signature.js';

const BATCH = 20;
const FIRST_RETRY_MS = 30_000;
const LONGEST_RETRY_MS = 2 * 3_600_000;
/** A delivery is retried for a day after it was queued, then failed; an endpoint failing for a day is disabled. */
export const WEBHOOK_RETRY_WINDOW_MS = 86_400_000;
export const WEBHOOK_DISABLE_AFTER_MS = 86_400_000;

export interface WebhookDispatcher {
  /** Asks the dispatcher to look at the outbox now (after the transaction that queued events has committed). */
  kick(): void;
  /** Attempts every due delivery; resolves with how many were delivered. Never throws for one failing delivery. */
  drain(): Promise<number>;
  start(): void;
  stop(): Promise<void>;
}

/** Exponential backoff: 30 s, 1 min, 2 min … capped at 2 hours. */
export function webhookRetryDelayMs(attempts: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1), LONGEST_RETRY_MS);
}

export type PostWebhook = (request: OutboundRequest, options: { timeoutMs: number; allowPrivate: boolean }) => Promise<AttemptOutcome>;

/**
 * Delivers the outbox at least once, signed per Standard Webhooks, whatever the number of instances: each claim is
 * renewed (compare-and-set) right before its attempt, so a dispatcher that lost its lease skips the row.
 */
export function createWebhookDispatcher({ db, settings, clock, logger, audit, key, post = postWebhook }: {
  db: Kysely<Database>;
  settings: WebhookConfig;
  clock: Clock;
  logger: Logger;
  audit: AuditTrail;
  /** Opens the endpoints' sealed signing secrets. */
  key: Buffer;
  post?: PostWebhook;
}): WebhookDispatcher {
  // The lease outlasts an attempt's timeout, so a live attempt keeps its row.
  const leaseMs = settings.timeoutMs + 60_000;
  let timer: NodeJS.Timeout | undefined;

  async function noteFailure(endpointId: string, now: number): Promise<void> {
    const failingSince = await recordEndpointFailure(db, endpointId, now);
    if (failingSince === null || now - failingSince < WEBHOOK_DISABLE_AFTER_MS) return;
    await inWriteTransaction(db, async (trx) => {
      if (await disableFailingEndpoint(trx, endpointId, now)) {
        await audit.record(trx, { action: 'webhook_endpoint_disabled', target: null, details: { webhook_id: endpointId, reason: 'failing', failing_since: new Date(failingSince).toISOString() } }, now);
      }
    });
  }

  async function attempt(claimed: WebhookDeliveryRow): Promise<boolean> {
    const row = await renewRowClaim(db, 'webhook_deliveries', claimed, { now: clock.now(), leaseMs });
    if (!row) return false;
    const endpoint = await findEndpoint(db, row.endpoint_id);
    if (!endpoint) return false;
    const logged = { webhook_id: endpoint.id, delivery_id: row.id, message_id: row.message_id, type: row.type, attempts: row.attempts };
    if (endpoint.disabled_at !== null) {
      await settleDelivery(db, row, { delivered: false, status: null, error: 'endpoint disabled', retryAt: null, now: clock.now() });
      return false;
    }
    let outcome: AttemptOutcome;
    try {
      const timestamp = Math.floor(clock.now() / 1000);
      const signature = signWebhook(openSealed(key, endpoint.sealed_secret), { id: row.message_id, timestamp, body: row.payload });
      const headers = {
        'content-type': 'application/json', 'user-agent': 'Gatehouse-Webhooks',
        'webhook-id': row.message_id, 'webhook-timestamp': String(timestamp), 'webhook-signature': signature,
      };
      outcome = await post({ url: endpoint.url, headers, body: row.payload }, { timeoutMs: settings.timeoutMs, allowPrivate: settings.allowPrivate });
    } catch {
      outcome = { delivered: false, status: null, error: 'the signing secret cannot be opened' };
    }
    const now = clock.now();
    if (outcome.delivered) {
      await settleDelivery(db, row, { ...outcome, retryAt: null, now });
      await recordEndpointSuccess(db, endpoint.id);
      logger.info({ ...logged, status: outcome.status }, 'webhook delivered');
      return true;
    }
    const next = now + webhookRetryDelayMs(row.attempts);
    const retryAt = next <= row.created_at + WEBHOOK_RETRY_WINDOW_MS ? next : null;
    await settleDelivery(db, row, { ...outcome, retryAt, now });
    logger.warn({ ...logged, status: outcome.status, error: outcome.error, retry_at: retryAt }, retryAt ? 'webhook not delivered; will retry' : 'webhook not delivered; giving up');
    await noteFailure(endpoint.id, now);
    return false;
  }

  const { drain, stop } = createQueueDrain({
    claim: (limit) => claimDueRows(db, 'webhook_deliveries', { now: clock.now(), limit, leaseMs }),
    work: attempt,
    batch: BATCH,
  });

  const drainLogged = (): void => {
    drain().catch((err) => logger.warn({ err: { message: (err as Error).message } }, 'webhook dispatcher could not read the outbox'));
  };

  return {
    kick: () => setImmediate(drainLogged),
    drain,
    start() {
      timer = setInterval(drainLogged, settings.pollIntervalMs);
      timer.unref();
    },
    async stop() {
      clearInterval(timer);
      await stop();
    },
  };
}
