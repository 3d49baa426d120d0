import { Type } from 'typebox';
import { ERROR_CODES } from '../errors.js';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);
const Timestamp = Type.String({ format: 'date-time' });

/** Free-text lookups reach SQL: control characters (NUL breaks PostgreSQL text) are refused up front. */
export const NO_CONTROL_CHARACTERS = '^[^\\u0000-\\u001f\\u007f]*$';

export const ProblemSchema = Type.Object(
  {
    type: Type.String({ example: 'about:blank' }),
    title: Type.String({ example: 'Unauthorized' }),
    status: Type.Integer({ example: 401 }),
    code: Type.Union(Object.keys(ERROR_CODES).map((code) => Type.Literal(code)), { description: 'Stable, snake_case error code' }),
    detail: Type.String(),
    request_id: Type.String(),
    message: Type.String({ description: 'Same as detail (Flask-compatible)' }),
    error: Type.String({ description: 'Same as code (Flask-compatible)' }),
    errors: Type.Optional(Type.Array(Type.Object({ field: Type.String(), message: Type.String() }))),
  },
  { title: 'Problem', description: 'RFC 9457 problem details' },
);

export const RoleSchema = Type.Union([Type.Literal('user'), Type.Literal('admin')]);

export const UserSchema = Type.Object(
  {
    id: Type.Integer(),
    username: Type.String(),
    email: Type.String({ format: 'email' }),
    role: RoleSchema,
    is_active: Type.Boolean(),
    is_locked: Type.Boolean(),
    locked_until: Type.Optional(Nullable(Timestamp)),
    failed_login_attempts: Type.Optional(Type.Integer()),
    created_at: Timestamp,
    updated_at: Timestamp,
    last_login_at: Nullable(Timestamp),
  },
  { title: 'User', description: 'locked_until and failed_login_attempts are shown to admins only' },
);

export const MessageSchema = Type.Object({ message: Type.String() });

/** Response schemas for the problem statuses a route can answer. */
export const problems = (...statuses: number[]): Record<number, typeof ProblemSchema> =>
  Object.fromEntries(statuses.map((status) => [status, ProblemSchema]));

/** OpenAPI security requirement of routes that take a Bearer token. */
export const BEARER = [{ bearerAuth: [] }];
