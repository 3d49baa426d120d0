import { type Static, Type } from 'typebox';
import { NullableString, Timestamp } from './fields.js';

/** One live session (a login's refresh-token family) as its owner, or an admin, sees it: never a token id. */
export const SessionSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    created_at: { ...Timestamp, description: 'When the login opened it' },
    last_used_at: { ...Timestamp, description: 'Its last refresh (the login, before any); other requests do not move it' },
    expires_at: { ...Timestamp, description: 'When its refresh token stops working unless refreshed again' },
    ip: NullableString({ description: 'Client IP of the login request' }),
    user_agent: NullableString({ description: 'User-Agent of the login request (first 512 characters)' }),
    current: Type.Boolean({ description: 'True for the session of the access token making this request' }),
    aal: Type.Integer({ minimum: 1, maximum: 2, description: 'Authenticator assurance level of the login: 1 password, 2 with a second factor' }),
  },
  { title: 'Session' },
);
export type PublicSession = Static<typeof SessionSchema>;

export const SessionListResponse = Type.Object({ sessions: Type.Array(SessionSchema, { description: 'Live sessions, newest first' }) });

export const RevokedResponse = Type.Object({ revoked: Type.Integer({ minimum: 0, description: 'How many live sessions were ended' }) });

/** Session ids are UUIDs; anything else is a malformed id (400), which says nothing about anyone's sessions. */
export const SessionIdParams = Type.Object(
  { id: Type.String({ format: 'uuid', maxLength: 36, description: 'Session id' }) },
  { additionalProperties: false },
);
