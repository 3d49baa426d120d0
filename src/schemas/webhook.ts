import { type Static, Type } from 'typebox';
import { WEBHOOK_EVENT_TYPES, type WebhookEventType } from '../webhooks/events.js';
import type { WebhookDeliveryStatus } from '../db/types.js';
import { NO_CONTROL_CHARACTERS, NullableInteger, NullableString, Timestamp } from './fields.js';

// Type.Unsafe keeps the enum's schema and gives it its static type (a mapped Union's is lost).
const EventType = Type.Unsafe<WebhookEventType>(Type.Union(WEBHOOK_EVENT_TYPES.map((type) => Type.Literal(type)), { description: 'An event type (docs/webhooks.md lists them with their payloads)' }));
const Events = Type.Array(EventType, { minItems: 1, maxItems: WEBHOOK_EVENT_TYPES.length, uniqueItems: true, description: 'The events the endpoint receives; at least one' });
const Url = Type.String({
  minLength: 1, maxLength: 2048, pattern: NO_CONTROL_CHARACTERS,
  description: 'http(s) URL the events are POSTed to; https in production. Private, loopback and link-local addresses are refused unless WEBHOOK_ALLOW_PRIVATE=true',
  example: 'https://app.example.com/hooks/gatehouse',
});
const Description = Type.String({ maxLength: 256, pattern: NO_CONTROL_CHARACTERS, description: 'A note for admins' });

/** An endpoint as admins see it: never its signing secret. */
export const WebhookSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    url: Type.String(),
    events: Type.Array(EventType),
    description: Type.String(),
    enabled: Type.Boolean({ description: 'False once an admin disabled it or its deliveries failed for a day' }),
    created_at: Timestamp,
    updated_at: Timestamp,
    disabled_at: NullableString({ format: 'date-time' }),
    failing_since: NullableString({ format: 'date-time', description: 'When its current run of failed attempts began; null after a success' }),
  },
  { title: 'Webhook' },
);
export type PublicWebhook = Static<typeof WebhookSchema>;

export const WebhookResponse = Type.Object({ webhook: WebhookSchema });

export const WebhookWithSecretResponse = Type.Object({
  webhook: WebhookSchema,
  secret: Type.String({ description: 'The signing secret (whsec_…), shown this once: receivers verify webhook-signature with it', example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' }),
});

export const WebhookListResponse = Type.Object({ webhooks: Type.Array(WebhookSchema, { description: 'Newest first' }) });

export const CreateWebhookBody = Type.Object(
  { url: Url, events: Events, description: Type.Optional(Description) },
  { additionalProperties: false },
);
export type NewWebhook = Static<typeof CreateWebhookBody>;

export const UpdateWebhookBody = Type.Object(
  {
    url: Type.Optional(Url),
    events: Type.Optional(Events),
    description: Type.Optional(Description),
    enabled: Type.Optional(Type.Boolean({ description: 'false disables the endpoint (its pending deliveries fail); true enables it again and clears failing_since' })),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type WebhookChanges = Static<typeof UpdateWebhookBody>;

/** Webhook ids are UUIDs; anything else is a malformed id (400). */
export const WebhookIdParams = Type.Object(
  { id: Type.String({ format: 'uuid', maxLength: 36, description: 'Webhook id' }) },
  { additionalProperties: false },
);

export const WEBHOOK_DELIVERY_STATUSES = ['pending', 'sending', 'delivered', 'failed'] as const;
const DeliveryStatus = Type.Unsafe<WebhookDeliveryStatus>(Type.Union(WEBHOOK_DELIVERY_STATUSES.map((status) => Type.Literal(status))));
export const MAX_DELIVERIES_PER_PAGE = 100;

export const DeliveryListQuery = Type.Object(
  {
    status: Type.Optional(DeliveryStatus),
    after: Type.Optional(Type.Integer({ minimum: 1, maximum: 2_147_483_647, description: 'Keyset paging: deliveries older than this id (the previous page\'s next)' })),
    per_page: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_DELIVERIES_PER_PAGE, default: 20 })),
  },
  { additionalProperties: false },
);
export type DeliveryListFilter = Static<typeof DeliveryListQuery>;

export const DeliverySchema = Type.Object(
  {
    id: Type.Integer(),
    message_id: Type.String({ description: 'The webhook-id header, the same on every attempt' }),
    type: Type.String(),
    status: DeliveryStatus,
    attempts: Type.Integer(),
    last_status: NullableInteger({ description: 'The HTTP status of the last attempt; null when none came back' }),
    last_error: NullableString({ description: 'Why the last attempt failed, briefly' }),
    next_attempt_at: NullableString({ format: 'date-time', description: 'When a pending delivery is tried next' }),
    created_at: Timestamp,
    delivered_at: NullableString({ format: 'date-time' }),
  },
  { title: 'WebhookDelivery' },
);
export type PublicDelivery = Static<typeof DeliverySchema>;

export const DeliveryListResponse = Type.Object({
  deliveries: Type.Array(DeliverySchema, { description: 'Newest first' }),
  next: NullableInteger({ description: 'The after of the next page when more may follow; null on the last page' }),
});
export type DeliveryList = Static<typeof DeliveryListResponse>;

export const TestDeliveryResponse = Type.Object({ delivery_id: Type.Integer({ description: 'The queued webhook.test delivery' }) });
