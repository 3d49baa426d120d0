import type { ResponseBody } from './api-types.js';
import { type PublicKeyCredentialLike, webAuthn, type WebAuthnLike } from './browser-globals.js';
import { GatehouseError } from './errors.js';

/** How the client sends one request (its `call`): the passkey ceremonies reuse its credentials and refresh. */
export type Call = (method: string, template: string, options?: { body?: unknown }) => Promise<unknown>;

type CreationOptions = ResponseBody<'/api/users/me/passkeys/options', 'post'>;
type RequestOptionsJSON = ResponseBody<'/api/auth/passkey/options', 'post'>;
export type Passkey = ResponseBody<'/api/users/me/passkeys', 'post'>['passkey'];

function available(): WebAuthnLike {
  const found = webAuthn();
  if (found) return found;
  throw new GatehouseError({
    status: 0,
    code: 'webauthn_unavailable',
    detail: 'Passkeys are not available here: this needs a browser with WebAuthn (navigator.credentials and PublicKeyCredential.parseCreationOptionsFromJSON) on a secure origin (https, or http://localhost).',
  });
}

/** Runs the browser's ceremony; whatever it throws (NotAllowedError: cancelled or timed out, InvalidStateError: already registered) becomes webauthn_failed. */
async function ceremony(run: () => Promise<PublicKeyCredentialLike | null>): Promise<unknown> {
  let credential: PublicKeyCredentialLike | null;
  try {
    credential = await run();
  } catch (err) {
    const { name, message } = (err ?? {}) as { name?: string; message?: string };
    throw new GatehouseError({ status: 0, code: 'webauthn_failed', detail: [name, message].filter(Boolean).join(': ') || 'The passkey ceremony failed.', cause: err });
  }
  if (!credential) throw new GatehouseError({ status: 0, code: 'webauthn_failed', detail: 'The browser answered no credential.' });
  return credential.toJSON();
}

export function passkeyCeremonies(call: Call) {
  /** options → navigator.credentials.get() → the assertion as JSON, for the sign-in or for the second step of a login. */
  const assert = async (optionsBody: { mfa_token?: string }): Promise<unknown> => {
    const { credentials, PublicKeyCredential } = available();
    const options = (await call('post', '/api/auth/passkey/options', { body: optionsBody })) as RequestOptionsJSON;
    return ceremony(() => credentials.get({ publicKey: PublicKeyCredential.parseRequestOptionsFromJSON(options) }));
  };

  return {
    async registerPasskey({ name, currentPassword }: { name?: string; currentPassword?: string } = {}): Promise<Passkey> {
      const { credentials, PublicKeyCredential } = available();
      const options = (await call('post', '/api/users/me/passkeys/options', { body: currentPassword === undefined ? {} : { current_password: currentPassword } })) as CreationOptions;
      const response = await ceremony(() => credentials.create({ publicKey: PublicKeyCredential.parseCreationOptionsFromJSON(options) }));
      const answer = (await call('post', '/api/users/me/passkeys', { body: name === undefined ? { response } : { response, name } })) as { passkey: Passkey };
      return answer.passkey;
    },
    /** A discoverable sign-in's assertion: the caller posts it to /api/auth/passkey. */
    signInAssertion: () => assert({}),
    /** The second step's assertion, for the passkeys of the login waiting on `mfaToken`. */
    secondStepAssertion: (mfaToken: string) => assert({ mfa_token: mfaToken }),
  };
}
