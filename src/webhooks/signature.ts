import { createHmac, randomBytes } from 'node:crypto';

// Standard Webhooks (https://www.standardwebhooks.com): the secret is `whsec_` and base64 of 24 to 64 random bytes;
// the signature is `v1,` and base64 of HMAC-SHA256, keyed with those bytes, over `${id}.${timestamp}.${body}`.
const SECRET_PREFIX = 'whsec_';

export function newSigningSecret(): string {
  return `${SECRET_PREFIX}${randomBytes(32).toString('base64')}`;
}

/** The webhook-signature header for one attempt; `timestamp` is the webhook-timestamp header (unix seconds). */
export function signWebhook(secret: string, { id, timestamp, body }: { id: string; timestamp: number; body: string }): string {
  const key = Buffer.from(secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret, 'base64');
  return `v1,${createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')}`;
}

/** A message id for the webhook-id header, kept by every attempt at the message. */
export function newMessageId(): string {
  return `msg_${randomBytes(18).toString('base64url')}`;
}
