import type { LoginCredentials, Method, MfaMethod, PathsFor, Registration, RequestOptions, ResponseBody, User } from './api-types.js';
import { type CookieReader, documentCookieReader } from './cookies.js';
import { bearerCredentials, cookieCredentials, type Credentials } from './credentials.js';
import { GatehouseError } from './errors.js';
import { type FetchLike, fillPath, globalFetch, queryString, send } from './http.js';
import { type Passkey, passkeyCeremonies } from './passkeys.js';
import { createRefreshCoordinator, type RefreshOutcome } from './refresh.js';
import { memoryTokenStore, type TokenStore } from './token-store.js';
import type { paths } from './openapi.js';

export type SignedOutReason = 'logout' | 'refresh_failed' | 'other_tab';

export interface ClientOptions {
  /** Gatehouse's base URL, e.g. 'https://auth.example.com' (no trailing /api). */
  baseUrl: string;
  /** 'bearer': tokens in a TokenStore, sent as Authorization. 'cookie': HttpOnly cookies set by the server, CSRF header echoed. */
  mode: 'bearer' | 'cookie';
  /** Bearer mode: where the tokens live (default: memory). */
  tokenStore?: TokenStore;
  /** Cookie mode: reads csrf_access_token and csrf_refresh_token (default: document.cookie). */
  cookies?: CookieReader;
  fetch?: FetchLike;
  onSignedOut?: (reason: SignedOutReason) => void;
}

export type LoginResult = { mfaRequired: false; user: User } | { mfaRequired: true; mfaToken: string; methods: MfaMethod[] };
export type MfaStep = { mfaToken: string; code: string } | { mfaToken: string; recoveryCode: string };

type OptionsArgument<P extends keyof paths, M extends Method> = {} extends RequestOptions<P, M> ? [options?: RequestOptions<P, M>] : [options: RequestOptions<P, M>];

export interface GatehouseClient {
  /** Any operation of the API, typed by the OpenAPI document; an expired access token is refreshed once and the request retried. */
  request<M extends Method, P extends PathsFor<M>>(method: M, path: P, ...options: OptionsArgument<P, M>): Promise<ResponseBody<P, M>>;
  register(registration: Registration): Promise<User>;
  login(credentials: LoginCredentials): Promise<LoginResult>;
  completeMfa(step: MfaStep): Promise<{ user: User }>;
  /** Adds a passkey to the signed-in account: creation options, navigator.credentials.create(), then the registration. */
  registerPasskey(options?: { name?: string; currentPassword?: string }): Promise<Passkey>;
  /** Signs in with any passkey of this site (discoverable, no username): answers like login(). */
  signInWithPasskey(): Promise<LoginResult>;
  /** The second step of a login (login() answered mfaRequired with 'webauthn' among its methods) with a passkey. */
  completeMfaWithPasskey(mfaToken: string): Promise<{ user: User }>;
  me(): Promise<User>;
  /** Refreshes now (joining a refresh already running); a refused refresh signs the client out and throws. */
  refresh(): Promise<void>;
  /** Ends the session on the server and signs the client out (a session already gone counts as done). */
  logout(): Promise<void>;
  /** Called when the client signs out; returns the function that stops the calls. */
  onSignedOut(listener: (reason: SignedOutReason) => void): () => void;
  /** Closes the cross-tab channel (cookie mode); the client still works within this page. */
  close(): void;
}

export function createClient(options: ClientOptions): GatehouseClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const fetch = options.fetch ?? globalFetch();
  const listeners = new Set<(reason: SignedOutReason) => void>(options.onSignedOut ? [options.onSignedOut] : []);
  const notify = (reason: SignedOutReason): void => listeners.forEach((listener) => listener(reason));
  const credentials: Credentials =
    options.mode === 'cookie'
      ? cookieCredentials(options.cookies ?? documentCookieReader(), { onOtherTabSignedOut: () => notify('other_tab') })
      : bearerCredentials(options.tokenStore ?? memoryTokenStore());

  const signOut = (reason: SignedOutReason): void => {
    credentials.clear();
    notify(reason);
  };

  const exchangeRefreshToken = async (): Promise<RefreshOutcome> => {
    const { headers, body } = credentials.refreshRequest();
    try {
      credentials.accept((await send(fetch, { method: 'POST', url: `${baseUrl}/api/auth/refresh`, headers, body, credentials: credentials.fetchCredentials })) as object);
      return { ok: true };
    } catch (err) {
      const error = err as GatehouseError;
      if (error.status !== 401) return { ok: false, signedOut: false, error };
      signOut('refresh_failed');
      return { ok: false, signedOut: true, error };
    }
  };
  const refresher = createRefreshCoordinator({ credentialsMarker: credentials.marker, exchange: exchangeRefreshToken });

  async function call(method: string, template: string, { params, query, body }: { params?: object; query?: object; body?: unknown } = {}): Promise<unknown> {
    const upper = method.toUpperCase();
    const url = `${baseUrl}${fillPath(template, params as Record<string, unknown>)}${queryString(query as Record<string, string>)}`;
    const attempt = () => send(fetch, { method: upper, url, headers: credentials.headers(upper, template), body, credentials: credentials.fetchCredentials });
    const seen = credentials.marker();
    try {
      return await attempt();
    } catch (err) {
      if (!(err instanceof GatehouseError) || !credentials.refreshes(err) || !credentials.canRefresh(seen)) throw err;
      const outcome = await refresher.refreshAfter(seen);
      if (!outcome.ok) throw outcome.signedOut ? err : outcome.error;
      return attempt();
    }
  }

  const signedIn = (answer: { access_token?: string; refresh_token?: string; user: User }): User => {
    credentials.accept(answer);
    return answer.user;
  };
  const loginResult = (answer: ResponseBody<'/api/auth/login', 'post'>): LoginResult =>
    'mfa_required' in answer ? { mfaRequired: true, mfaToken: answer.mfa_token, methods: answer.methods } : { mfaRequired: false, user: signedIn(answer) };
  const passkeys = passkeyCeremonies(call);

  return {
    request: ((method: Method, path: string, requestOptions?: object) => call(method, path, requestOptions)) as GatehouseClient['request'],
    async register(registration) {
      return ((await call('post', '/api/auth/register', { body: registration })) as { user: User }).user;
    },
    async login(loginCredentials) {
      return loginResult((await call('post', '/api/auth/login', { body: loginCredentials })) as ResponseBody<'/api/auth/login', 'post'>);
    },
    async completeMfa(step) {
      const body = 'code' in step ? { mfa_token: step.mfaToken, code: step.code } : { mfa_token: step.mfaToken, recovery_code: step.recoveryCode };
      return { user: signedIn((await call('post', '/api/auth/login/mfa', { body })) as ResponseBody<'/api/auth/login/mfa', 'post'>) };
    },
    registerPasskey: (passkeyOptions) => passkeys.registerPasskey(passkeyOptions),
    async signInWithPasskey() {
      const response = await passkeys.signInAssertion();
      return loginResult((await call('post', '/api/auth/passkey', { body: { response } })) as ResponseBody<'/api/auth/passkey', 'post'>);
    },
    async completeMfaWithPasskey(mfaToken) {
      const webauthn = await passkeys.secondStepAssertion(mfaToken);
      return { user: signedIn((await call('post', '/api/auth/login/mfa', { body: { mfa_token: mfaToken, webauthn } })) as ResponseBody<'/api/auth/login/mfa', 'post'>) };
    },
    async me() {
      return ((await call('get', '/api/users/me')) as { user: User }).user;
    },
    async refresh() {
      const outcome = await refresher.refreshAfter(credentials.marker());
      if (!outcome.ok) throw outcome.error;
    },
    async logout() {
      try {
        await call('post', '/api/auth/logout', { body: {} });
      } catch (err) {
        if (!(err instanceof GatehouseError) || err.status !== 401) throw err;
      } finally {
        signOut('logout');
      }
    },
    onSignedOut(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () => credentials.close(),
  };
}
