import type { FastifyInstance } from 'fastify';
import { bearer, type LoggedInUser } from './helper.js';
import { type SoftAuthenticator, softAuthenticator } from './webauthn-authenticator.js';

/** Passkey tests: Gatehouse at APP_URL http://localhost:8000, so the RP ID is localhost and the origin allowed is that one. */
export const PASSKEY_ORIGIN = 'http://localhost:8000';
export const PASSKEY_ENV = { APP_URL: PASSKEY_ORIGIN };

/** A software authenticator on the allowed origin (user verification on unless told). */
export const newAuthenticator = (options: { uv?: boolean; counterStep?: number } = {}): SoftAuthenticator => softAuthenticator({ origin: PASSKEY_ORIGIN, ...options });

/** The claims of a JWT, unverified (the tests read amr and aal). */
export function claimsOf(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1] as string, 'base64url').toString('utf8')) as Record<string, unknown>;
}

export async function creationOptions(app: FastifyInstance, access: string, body: object = {}) {
  return app.inject({ method: 'POST', url: '/api/users/me/passkeys/options', headers: bearer(access), payload: body });
}

/** Asks for creation options and answers them with the authenticator; returns the registration's answer. */
export async function registerPasskey(app: FastifyInstance, user: Pick<LoggedInUser, 'access'>, authenticator: SoftAuthenticator, { name, currentPassword }: { name?: string; currentPassword?: string } = {}) {
  const options = await creationOptions(app, user.access, currentPassword === undefined ? {} : { current_password: currentPassword });
  if (options.statusCode !== 200) throw new Error(`passkey options failed: ${options.statusCode} ${options.body}`);
  const response = authenticator.register(options.json());
  return app.inject({ method: 'POST', url: '/api/users/me/passkeys', headers: bearer(user.access), payload: { response, ...(name === undefined ? {} : { name }) } });
}

export async function signInOptions(app: FastifyInstance, body: { username?: string; mfa_token?: string } = {}) {
  return app.inject({ method: 'POST', url: '/api/auth/passkey/options', payload: body });
}

/** A discoverable sign-in (no username) with the authenticator's first credential; returns the sign-in's answer. */
export async function signInWithPasskey(app: FastifyInstance, authenticator: SoftAuthenticator, override: Parameters<SoftAuthenticator['assert']>[1] = {}) {
  const options = await signInOptions(app);
  if (options.statusCode !== 200) throw new Error(`passkey sign-in options failed: ${options.statusCode} ${options.body}`);
  return app.inject({ method: 'POST', url: '/api/auth/passkey', payload: { response: authenticator.assert(options.json(), override) } });
}
