import { type Static, Type } from 'typebox';
import { Email, MailedToken, NewPassword, NullableInteger, NullableString, RoleSchema, Timestamp, Username } from './fields.js';

/** An invitation as admins see it: never its token or the token's digest. */
export const InvitationSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    email: Type.String({ format: 'email' }),
    role: RoleSchema,
    status: Type.Union([Type.Literal('pending'), Type.Literal('accepted'), Type.Literal('revoked'), Type.Literal('expired')]),
    invited_by: NullableInteger({ description: 'The admin who sent it; null once they are deleted' }),
    created_at: Timestamp,
    expires_at: Timestamp,
    accepted_at: NullableString({ format: 'date-time' }),
    revoked_at: NullableString({ format: 'date-time' }),
  },
  { title: 'Invitation' },
);
export type PublicInvitation = Static<typeof InvitationSchema>;

export const InvitationResponse = Type.Object({ invitation: InvitationSchema });

export const InvitationListResponse = Type.Object({ invitations: Type.Array(InvitationSchema, { description: 'Newest first' }) });

export const InvitationBody = Type.Object(
  { email: Email, role: { ...RoleSchema, description: 'The role the account gets: user or admin' } },
  { additionalProperties: false },
);

export const INVITATION_STATUSES = ['pending', 'accepted', 'revoked', 'expired', 'all'] as const;

export const InvitationListQuery = Type.Object(
  {
    status: Type.Optional(Type.Union(INVITATION_STATUSES.map((status) => Type.Literal(status)), { description: 'Default pending' })),
  },
  { additionalProperties: false },
);
export type InvitationStatusFilter = (typeof INVITATION_STATUSES)[number];

/** Invitation ids are UUIDs; anything else is a malformed id (400). */
export const InvitationIdParams = Type.Object(
  { id: Type.String({ format: 'uuid', maxLength: 36, description: 'Invitation id' }) },
  { additionalProperties: false },
);

export const AcceptInvitationBody = Type.Object(
  { token: MailedToken, username: Username, password: NewPassword },
  { additionalProperties: false, description: 'The token from the mailed link, and the new account\'s username and password' },
);
export type InvitationAcceptance = Static<typeof AcceptInvitationBody>;
