import { type Static, Type } from 'typebox';
import { NullableString, Timestamp } from './fields.js';

const OutboxStatusSchema = Type.Union([Type.Literal('pending'), Type.Literal('sending'), Type.Literal('sent'), Type.Literal('failed')]);

/** The outbox as admins see it: counts by status and the newest failures (never a message's body). */
export const MailStatusResponse = Type.Object({
  counts: Type.Object({ pending: Type.Integer(), sending: Type.Integer(), sent: Type.Integer(), failed: Type.Integer() }),
  oldest_pending_at: NullableString({ format: 'date-time', description: 'When the oldest undelivered message was queued' }),
  failures: Type.Array(
    Type.Object({
      id: Type.Integer(),
      recipient: Type.String(),
      template: Type.String(),
      status: { ...OutboxStatusSchema, description: 'failed: given up; pending: waiting for its next attempt' },
      attempts: Type.Integer(),
      last_error: Type.String(),
      created_at: Timestamp,
    }),
    { description: 'Newest first: messages whose last attempt failed' },
  ),
});
export type MailStatus = Static<typeof MailStatusResponse>;
