import { type Static, Type } from 'typebox';
import { NullableString, RoleSchema } from './fields.js';

const Timestamp = Type.String({ format: 'date-time' });

/** The user as the API shows it: never a hash or a secret. */
export const UserSchema = Type.Object(
  {
    id: Type.Integer(),
    username: Type.String(),
    email: Type.String({ format: 'email' }),
    role: RoleSchema,
    is_active: Type.Boolean(),
    is_locked: Type.Boolean(),
    email_verified: Type.Boolean(),
    email_verified_at: NullableString({ format: 'date-time' }),
    pending_email: NullableString({ format: 'email', description: 'An address waiting for its mailed confirmation' }),
    mfa_enabled: Type.Boolean({ description: 'A second factor (TOTP) is enabled' }),
    locked_until: Type.Optional(NullableString({ format: 'date-time' })),
    failed_login_attempts: Type.Optional(Type.Integer()),
    created_at: Timestamp,
    updated_at: Timestamp,
    last_login_at: NullableString({ format: 'date-time' }),
  },
  { title: 'User', description: 'locked_until and failed_login_attempts are shown to admins only' },
);
export type PublicUser = Static<typeof UserSchema>;

export const UserResponse = Type.Object({ user: UserSchema });
