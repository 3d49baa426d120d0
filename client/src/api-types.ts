import type { paths } from './openapi.js';

/** The lower-case HTTP methods of the generated `paths`. */
export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

type Operation<P extends keyof paths, M extends Method> = NonNullable<paths[P][M]>;

/** The paths that answer method M, e.g. PathsFor<'delete'> includes '/api/users/{id}'. */
export type PathsFor<M extends Method> = { [P in keyof paths]: [Operation<P, M>] extends [never] ? never : P }[keyof paths];

type PathParamsOf<O> = O extends { parameters: { path: infer T } } ? { params: T } : { params?: undefined };
type QueryOf<O> = O extends { parameters: { query?: infer T } } ? ([NonNullable<T>] extends [never] ? { query?: undefined } : { query?: NonNullable<T> }) : { query?: undefined };
type BodyOf<O> = O extends { requestBody: { content: { 'application/json': infer B } } }
  ? {} extends B ? { body?: B } : { body: B }
  : O extends { requestBody?: { content: { 'application/json': infer B } } } ? { body?: B } : { body?: undefined };

/** What `request(method, path, options)` takes: path params, query and JSON body, each only where the operation has one. */
export type RequestOptions<P extends keyof paths, M extends Method> = PathParamsOf<Operation<P, M>> & QueryOf<Operation<P, M>> & BodyOf<Operation<P, M>>;

type SuccessStatus = 200 | 201 | 202 | 204;
type ContentOf<R> = R extends { content: { 'application/json': infer B } } ? B : R extends { content: { [type: string]: infer T } } ? T : undefined;
/** The body of a successful answer (2xx) of the operation. */
export type ResponseBody<P extends keyof paths, M extends Method> = Operation<P, M> extends { responses: infer R }
  ? { [S in keyof R & SuccessStatus]: ContentOf<R[S]> }[keyof R & SuccessStatus]
  : never;

type ProblemBody = paths['/api/auth/login']['post']['responses'][400]['content']['application/problem+json'];
/** The stable snake_case codes of the server's problem answers (the enum of the OpenAPI Problem schema). */
export type ErrorCode = ProblemBody['code'];
export type FieldError = NonNullable<ProblemBody['errors']>[number];

export type User = ResponseBody<'/api/users/me', 'get'>['user'];
export type MfaMethod = 'totp' | 'recovery_code' | 'webauthn';
export type Registration = NonNullable<RequestOptions<'/api/auth/register', 'post'>['body']>;
export type LoginCredentials = NonNullable<RequestOptions<'/api/auth/login', 'post'>['body']>;
