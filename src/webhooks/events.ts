/** The events an endpoint may subscribe to; `webhook.test` is sent only by the test route, to one endpoint. */
export const WEBHOOK_EVENT_TYPES = [
  'user.created',
  'user.updated',
  'user.deleted',
  'user.locked',
  'user.password_changed',
  'user.email_verified',
  'session.created',
  'session.revoked',
  'mfa.enabled',
  'mfa.disabled',
] as const;

export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

export const WEBHOOK_TEST_EVENT = 'webhook.test';
