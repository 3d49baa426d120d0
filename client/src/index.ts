export { createClient, type ClientOptions, type GatehouseClient, type LoginResult, type MfaStep, type SignedOutReason } from './client.js';
export type { Passkey } from './passkeys.js';
export type { CookieReader } from './cookies.js';
export { GatehouseError, isGatehouseError, type ClientErrorCode } from './errors.js';
export type { FetchInit, FetchLike, FetchResponse } from './http.js';
export { localStorageTokenStore, memoryTokenStore, type Tokens, type TokenStore } from './token-store.js';
export type { ErrorCode, FieldError, LoginCredentials, Method, MfaMethod, PathsFor, Registration, RequestOptions, ResponseBody, User } from './api-types.js';
export type { paths } from './openapi.js';
