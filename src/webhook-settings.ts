import { type Env, readers } from './env.js';

/** Outbound webhook deliveries (WEBHOOK_*). */
export interface WebhookConfig {
  /** WEBHOOK_ALLOW_PRIVATE: deliveries may go to private, loopback and link-local addresses (tests, closed networks). */
  allowPrivate: boolean;
  /** Milliseconds one attempt may take, connection to answer; then it counts as failed. */
  timeoutMs: number;
  /** Milliseconds between the dispatcher's looks at the outbox (commits kick it at once as well). */
  pollIntervalMs: number;
}

export function parseWebhooks(env: Env): WebhookConfig {
  const { bool, int } = readers(env);
  return {
    allowPrivate: bool('WEBHOOK_ALLOW_PRIVATE', false),
    timeoutMs: int('WEBHOOK_TIMEOUT', 10_000, { min: 100, max: 60_000 }),
    pollIntervalMs: int('WEBHOOK_POLL_INTERVAL', 5_000, { min: 10, max: 600_000 }),
  };
}
