import { type Static, Type } from 'typebox';
import { Email, NO_CONTROL_CHARACTERS, NewPassword, NullableInteger, NullableString, Password, RoleSchema, Timestamp, UserId, Username } from './fields.js';

export const USER_STATUSES = ['active', 'disabled', 'locked'] as const;
/** active: may sign in (active, not locked now); disabled: deactivated; locked: locked out now (active or not). */
export type UserStatus = (typeof USER_STATUSES)[number];

/** A page of the user list: this many by default, at most MAX_PER_PAGE. */
export const DEFAULT_PER_PAGE = 20;
export const MAX_PER_PAGE = 100;

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

export const UserIdParams = Type.Object({ id: UserId }, { additionalProperties: false });

export const UserListQuery = Type.Object(
  {
    // No schema default: a filled-in page would make every `after` request look like page + after.
    page: Type.Optional(Type.Integer({ minimum: 1, maximum: 1_000_000, description: 'Offset paging (default 1); not with after' })),
    after: Type.Optional(Type.Integer({ minimum: 0, maximum: 2_147_483_647, description: 'Keyset paging: users with an id above this one (the previous page\'s next); not with page' })),
    per_page: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_PER_PAGE, default: DEFAULT_PER_PAGE })),
    role: Type.Optional(RoleSchema),
    q: Type.Optional(Type.String({ maxLength: 254, pattern: NO_CONTROL_CHARACTERS, description: 'Case-insensitive substring of the username or email' })),
    status: Type.Optional(Type.Union(USER_STATUSES.map((status) => Type.Literal(status)), {
      description: 'active: active and not locked now; disabled: deactivated (is_active false); locked: locked out now',
    })),
  },
  { additionalProperties: false },
);

export const UserListResponse = Type.Object({
  users: Type.Array(UserSchema),
  page: NullableInteger({ description: 'The offset page; null on a keyset (after) page' }),
  per_page: Type.Integer(),
  total: Type.Integer({ description: 'Matching users, counted up to a cap (10,000); see total_exact' }),
  total_exact: Type.Boolean({ description: 'False when the count stopped at the cap: total is the cap and there are more' }),
  pages: Type.Integer(),
  next: NullableInteger({ description: 'The after of the next page when more users may follow; null on the last page' }),
});
export type UserList = Static<typeof UserListResponse>;

/** The longest hash accepted from another system (the longest werkzeug pbkdf2 of a 128-character salt is about 290). */
const PASSWORD_HASH_MAX_LENGTH = 512;

/** What POST /api/users (admins) carries: exactly one of password or password_hash. */
export const UserCreationBody = Type.Object(
  {
    username: Username,
    email: Email,
    password: Type.Optional({ ...NewPassword, description: 'Checked by the password policy, then hashed with argon2id; not with password_hash' }),
    password_hash: Type.Optional(Type.String({
      minLength: 1,
      maxLength: PASSWORD_HASH_MAX_LENGTH,
      pattern: NO_CONTROL_CHARACTERS,
      description: 'A hash from another system, stored as is and replaced by argon2id at the first good login; not with password. '
        + 'Accepted: argon2 (PHC string), bcrypt ($2a$, $2b$, $2y$), werkzeug pbkdf2:sha256|sha512:N$salt$hex and scrypt:N:r:p$salt$hex, '
        + 'with bounded parameters (400 validation_failed naming password_hash otherwise). Never shown again.',
      example: '$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW',
    })),
    role: Type.Optional({ ...RoleSchema, description: 'Default user' }),
    is_active: Type.Optional(Type.Boolean({ description: 'Default true' })),
    email_verified: Type.Optional(Type.Boolean({ description: 'Default false: the address gets a verification mail (when the account is active); true marks it verified now' })),
  },
  { additionalProperties: false, description: 'Exactly one of password or password_hash' },
);
export type UserCreation = Static<typeof UserCreationBody>;

/** What PUT /api/users/:id may carry; role, is_active and unlock are for admins only. */
export const UserChangesBody = Type.Object(
  {
    username: Type.Optional(Username),
    email: Type.Optional(Email),
    password: Type.Optional(NewPassword),
    current_password: Type.Optional({ ...Password, description: 'Required to change your own password or email' }),
    role: Type.Optional({ ...RoleSchema, description: 'Admins only' }),
    is_active: Type.Optional(Type.Boolean({ description: 'Admins only' })),
    unlock: Type.Optional(Type.Boolean({ description: 'Admins only: true clears failed logins and the lock' })),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UserChanges = Static<typeof UserChangesBody>;
