import { type Static, Type } from 'typebox';
import { RoleSchema } from './fields.js';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);
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
    email_verified_at: Nullable(Timestamp),
    pending_email: Nullable(Type.String({ format: 'email', description: 'An address waiting for its mailed confirmation' })),
    mfa_enabled: Type.Boolean({ description: 'A second factor (TOTP) is enabled' }),
    locked_until: Type.Optional(Nullable(Timestamp)),
    failed_login_attempts: Type.Optional(Type.Integer()),
    created_at: Timestamp,
    updated_at: Timestamp,
    last_login_at: Nullable(Timestamp),
  },
  { title: 'User', description: 'locked_until and failed_login_attempts are shown to admins only' },
);
export type PublicUser = Static<typeof UserSchema>;

export const UserResponse = Type.Object({ user: UserSchema });
