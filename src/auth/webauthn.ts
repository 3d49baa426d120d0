import {
  type AuthenticationResponseJSON,
  type AuthenticatorTransportFuture,
  generateAuthenticationOptions,
  generateRegistrationOptions,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  type RegistrationResponseJSON,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from '@simplewebauthn/server';
import type { PasskeyRow } from '../db/types.js';
import type { WebAuthnConfig } from '../webauthn-settings.js';
import type { RegistrationInput } from '../schemas/passkey.js';
import { CEREMONY_TTL_MS, type NewPasskey } from '../account/passkeys.js';

/**
 * The WebAuthn ceremonies, through @simplewebauthn/server: options for the browser, and the verification of what
 * its authenticator answered (origin, RP ID, challenge, signature, flags). No storage here: the caller keeps the
 * challenge and the credentials.
 */

export type { AuthenticationResponseJSON, PublicKeyCredentialCreationOptionsJSON, PublicKeyCredentialRequestOptionsJSON };

const KNOWN_TRANSPORTS = new Set<string>(['ble', 'cable', 'hybrid', 'internal', 'nfc', 'smart-card', 'usb']);
const isKnownTransport = (t: string): t is AuthenticatorTransportFuture => KNOWN_TRANSPORTS.has(t);

const transportsOf = (passkey: Pick<PasskeyRow, 'transports'>): AuthenticatorTransportFuture[] =>
  passkey.transports === '' ? [] : (passkey.transports.split(' ') as AuthenticatorTransportFuture[]);

const descriptor = (passkey: Pick<PasskeyRow, 'credential_id' | 'transports'>) => ({ id: passkey.credential_id, transports: transportsOf(passkey) });

/** The challenge a response answers (from its clientDataJSON), or undefined when it names none. */
export function challengeOf(response: { response: { clientDataJSON: string } }): string | undefined {
  try {
    const client = JSON.parse(Buffer.from(response.response.clientDataJSON, 'base64url').toString('utf8')) as { challenge?: unknown };
    return typeof client.challenge === 'string' && /^[A-Za-z0-9_-]{16,128}$/.test(client.challenge) ? client.challenge : undefined;
  } catch {
    return undefined;
  }
}

/** A credential the authenticator just created, verified; everything the passkeys table keeps of it. */
export type VerifiedCreation = Omit<NewPasskey, 'user_id' | 'user_handle' | 'name' | 'created_at'>;

/** Why a response was refused: the library's message, for the log (never shown to the client). */
export class CeremonyRefusal extends Error {}

export interface Ceremonies {
  creationOptions(input: { userName: string; userHandle: string; exclude: PasskeyRow[] }): Promise<PublicKeyCredentialCreationOptionsJSON>;
  verifyCreation(response: RegistrationInput, challenge: string): Promise<VerifiedCreation>;
  /** `allow`: the credentials that may answer; empty: any discoverable credential of this RP (no username). */
  requestOptions(allow: Array<Pick<PasskeyRow, 'credential_id' | 'transports'>>): Promise<PublicKeyCredentialRequestOptionsJSON>;
  /** The signature over this challenge by the passkey's key; the sign count is the caller's (advanceSignCount). */
  verifyAssertion(response: AuthenticationResponseJSON, challenge: string, passkey: PasskeyRow): Promise<{ signCount: number; userVerified: boolean; backedUp: boolean }>;
}

export function createCeremonies(settings: WebAuthnConfig): Ceremonies {
  const expected = { expectedOrigin: settings.origins, expectedRPID: settings.rpId, requireUserVerification: false };
  const refusal = (err: unknown) => new CeremonyRefusal(err instanceof Error ? err.message : String(err));
  return {
    creationOptions: ({ userName, userHandle, exclude }) => generateRegistrationOptions({
      rpName: settings.rpName,
      rpID: settings.rpId,
      userName,
      userID: Buffer.from(userHandle, 'base64url'),
      timeout: CEREMONY_TTL_MS,
      attestationType: 'none',
      excludeCredentials: exclude.map(descriptor),
      // Resident (discoverable): the passkey signs in without a username.
      authenticatorSelection: { residentKey: 'required', userVerification: 'preferred' },
    }),

    async verifyCreation(input, challenge) {
      // Transports no browser of today reports are dropped, not refused: a newer browser may know more.
      const transports = (input.response.transports ?? []).filter(isKnownTransport);
      const response: RegistrationResponseJSON = { ...input, response: { ...input.response, transports } };
      let verification;
      try {
        verification = await verifyRegistrationResponse({ response, expectedChallenge: challenge, ...expected });
      } catch (err) {
        throw refusal(err);
      }
      if (!verification.verified) throw new CeremonyRefusal('registration not verified');
      const info = verification.registrationInfo;
      return {
        credential_id: info.credential.id,
        public_key: Buffer.from(info.credential.publicKey).toString('base64url'),
        sign_count: info.credential.counter,
        transports: [...new Set(transports)].join(' '),
        aaguid: info.aaguid,
        backup_eligible: info.credentialDeviceType === 'multiDevice' ? 1 : 0,
        backed_up: info.credentialBackedUp ? 1 : 0,
        user_verified: info.userVerified ? 1 : 0,
      };
    },

    requestOptions: (allow) => generateAuthenticationOptions({ rpID: settings.rpId, allowCredentials: allow.map(descriptor), userVerification: 'preferred', timeout: CEREMONY_TTL_MS }),

    async verifyAssertion(response, challenge, passkey) {
      let verification;
      try {
        verification = await verifyAuthenticationResponse({
          response,
          expectedChallenge: challenge,
          ...expected,
          // Counter 0 here: the sign count is compared and stored in one statement (advanceSignCount), so two racing
          // assertions cannot both pass a check made before either wrote.
          credential: { id: passkey.credential_id, publicKey: Buffer.from(passkey.public_key, 'base64url'), counter: 0, transports: transportsOf(passkey) },
        });
      } catch (err) {
        throw refusal(err);
      }
      if (!verification.verified) throw new CeremonyRefusal('assertion not verified');
      const info = verification.authenticationInfo;
      return { signCount: info.newCounter, userVerified: info.userVerified, backedUp: info.credentialBackedUp };
    },
  };
}
