import { type Static, Type } from 'typebox';
import { ERROR_CODES, type ErrorCode, MAX_LISTED_ERRORS } from '../errors.js';

const ErrorCodeSchema = (description: string) => Type.Unsafe<ErrorCode>(Type.String({ enum: Object.keys(ERROR_CODES), description }));

export const FieldErrorSchema = Type.Object({ field: Type.String(), message: Type.String() });

/** RFC 9457 problem details, plus the Flask service's `message` and `error` for its clients. */
export const ProblemSchema = Type.Object(
  {
    type: Type.Literal('about:blank'),
    title: Type.String({ example: 'Unauthorized' }),
    status: Type.Integer({ example: 401 }),
    code: ErrorCodeSchema('Stable, snake_case error code'),
    detail: Type.String(),
    request_id: Type.String(),
    message: Type.String({ description: 'Same as detail (Flask-compatible)' }),
    error: ErrorCodeSchema('Same as code (Flask-compatible)'),
    errors: Type.Optional(Type.Array(FieldErrorSchema, { description: `Validation failures, one per broken rule (the first ${MAX_LISTED_ERRORS})` })),
    errors_total: Type.Optional(Type.Integer({ description: `How many rules were broken in all; present when more than ${MAX_LISTED_ERRORS}` })),
  },
  { title: 'Problem', description: 'RFC 9457 problem details' },
);
export type Problem = Static<typeof ProblemSchema>;

/** Response schemas for the problem statuses a route can answer. */
export const problems = (...statuses: number[]): Record<number, typeof ProblemSchema> =>
  Object.fromEntries(statuses.map((status) => [status, ProblemSchema]));

export const MessageSchema = Type.Object({ message: Type.String() });

/** OpenAPI security requirement of routes that take a Bearer token. */
export const BEARER = [{ bearerAuth: [] }];
