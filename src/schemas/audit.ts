import { type Static, Type } from 'typebox';
import { NullableInteger, NullableString, Timestamp, UserId } from './fields.js';

export const DEFAULT_AUDIT_PER_PAGE = 50;
export const MAX_AUDIT_PER_PAGE = 200;

/** One stored audit event; `details` never holds a secret, hash, token or code. */
export const AuditEventSchema = Type.Object(
  {
    id: Type.Integer(),
    at: Timestamp,
    action: Type.String({ description: 'What happened: a snake_case verb in the past tense (docs/audit.md lists them)' }),
    actor_id: NullableInteger({ description: 'Who acted; null when anonymous or the CLI (details.via is then "cli")' }),
    target_user_id: NullableInteger({ description: 'The account the event is about; kept after it is deleted' }),
    session_id: NullableString({ description: 'The session the event came through or is about' }),
    ip: NullableString(),
    user_agent: NullableString(),
    request_id: NullableString({ description: 'The request id (X-Request-Id), as in the log lines' }),
    details: Type.Record(Type.String(), Type.Unknown(), { description: 'What else there is to know about the event' }),
  },
  { title: 'AuditEvent' },
);
export type PublicAuditEvent = Static<typeof AuditEventSchema>;

export const AuditEventList = Type.Object({
  events: Type.Array(AuditEventSchema, { description: 'Newest first' }),
  next: NullableInteger({ description: 'Pass as `after` for the next (older) page; null on the last page' }),
});
export type AuditEventPage = Static<typeof AuditEventList>;

const Paging = {
  after: Type.Optional(Type.Integer({ minimum: 1, maximum: 2_147_483_647, description: 'Keyset paging: the events older than this id (the `next` of the previous page)' })),
  per_page: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_AUDIT_PER_PAGE, description: `Default ${DEFAULT_AUDIT_PER_PAGE}` })),
};

const Window = {
  since: Type.Optional(Type.String({ format: 'date-time', description: 'Events at or after this time' })),
  until: Type.Optional(Type.String({ format: 'date-time', description: 'Events before this time' })),
};

/** GET /api/admin/audit: every filter given applies. */
export const AuditQuery = Type.Object(
  {
    action: Type.Optional(Type.String({ pattern: '^[a-z][a-z0-9_.]{0,63}$', description: 'One action name' })),
    actor: Type.Optional({ ...UserId, description: 'The acting user\'s id' }),
    target: Type.Optional({ ...UserId, description: 'The id of the account the events are about' }),
    ...Window,
    ...Paging,
  },
  { additionalProperties: false },
);
export type AuditQueryString = Static<typeof AuditQuery>;

/** One account's history (GET /api/users/:id/audit, /api/users/me/audit). */
export const AccountAuditQuery = Type.Object(
  {
    action: AuditQuery.properties.action,
    ...Window,
    ...Paging,
  },
  { additionalProperties: false },
);
export type AccountAuditQueryString = Static<typeof AccountAuditQuery>;
