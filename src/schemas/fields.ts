import { Type } from 'typebox';
import { PASSWORD_MAX_LENGTH } from '../account/password-policy.js';

export const USERNAME_PATTERN = '^[A-Za-z0-9_.-]{3,32}$';
/** Free-text lookups reach SQL: control characters (NUL breaks PostgreSQL text) are refused up front. */
export const NO_CONTROL_CHARACTERS = '^[^\\u0000-\\u001f\\u007f]*$';

export const Username = Type.String({ pattern: USERNAME_PATTERN, description: '3-32 letters, digits, _ . -; unique case-insensitively', example: 'alice' });
export const Email = Type.String({ format: 'email', maxLength: 254, example: 'alice@example.com' });
// The length bound is enforced by the schema, before any hash is spent.
export const Password = Type.String({ minLength: 1, maxLength: PASSWORD_MAX_LENGTH, example: 'correct horse battery staple' });
/** Marks a body field as a password being set: validation reports its policy errors with the schema's (http/validation.ts). */
export const PASSWORD_POLICY_KEYWORD = 'x-password-policy';
/** A password being set, not one presented to be checked: the password policy applies to it. */
export const NewPassword = Type.String({ minLength: 1, maxLength: PASSWORD_MAX_LENGTH, example: 'correct horse battery staple', [PASSWORD_POLICY_KEYWORD]: true });

/**
 * A value or null in answers, written the OpenAPI 3.0 way (`nullable`). fast-json-stringify serialises it with a
 * null check; an anyOf [T, null] made it validate each value against the branches (with their formats) instead,
 * about 2% of an authenticated request's CPU.
 */
export const NullableString = (options: { format?: string; description?: string } = {}) =>
  Type.Unsafe<string | null>({ type: 'string', ...options, nullable: true });
export const NullableInteger = (options: { description?: string } = {}) => Type.Unsafe<number | null>({ type: 'integer', ...options, nullable: true });

export const Timestamp = Type.String({ format: 'date-time' });

// Ids are PostgreSQL `integer`s: anything outside that range is a malformed id (400), never a driver error.
export const UserId = Type.Integer({ minimum: 1, maximum: 2_147_483_647, description: 'User id' });

export const RoleSchema = Type.Union([Type.Literal('user'), Type.Literal('admin')]);

/** Mailed tokens are 32 bytes in base64url (43 characters); anything else is refused by the schema. */
export const MailedToken = Type.String({ minLength: 16, maxLength: 128, pattern: '^[A-Za-z0-9_-]+$', description: 'The token from the mailed link' });
