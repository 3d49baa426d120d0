import { type Static, Type } from 'typebox';
import { NO_CONTROL_CHARACTERS, NullableString, Password, Timestamp, UserId } from './fields.js';

/** WebAuthn values travel as base64url (what PublicKeyCredential.toJSON() writes). */
const B64 = (maxLength: number, description?: string) => Type.String({ maxLength, pattern: '^[A-Za-z0-9_-]*$', ...(description ? { description } : {}) });
const ExtensionResults = Type.Object({}, { additionalProperties: true, maxProperties: 16, description: 'clientExtensionResults, as the browser reports them' });
const Attachment = Type.Optional(Type.Union([Type.Literal('platform'), Type.Literal('cross-platform')]));

/** What `navigator.credentials.create()` answered, as `credential.toJSON()` writes it. */
export const RegistrationResponse = Type.Object({
  id: B64(1366),
  rawId: B64(1366),
  type: Type.Literal('public-key'),
  response: Type.Object({
    clientDataJSON: B64(4096),
    attestationObject: B64(32_768),
    authenticatorData: Type.Optional(B64(8192)),
    transports: Type.Optional(Type.Array(Type.String({ maxLength: 16 }), { maxItems: 8 })),
    publicKeyAlgorithm: Type.Optional(Type.Integer()),
    publicKey: Type.Optional(B64(8192)),
  }, { additionalProperties: false }),
  authenticatorAttachment: Attachment,
  clientExtensionResults: ExtensionResults,
}, { additionalProperties: false, title: 'RegistrationResponse' });
export type RegistrationInput = Static<typeof RegistrationResponse>;

/** What `navigator.credentials.get()` answered, as `credential.toJSON()` writes it. */
export const AuthenticationResponse = Type.Object({
  id: B64(1366),
  rawId: B64(1366),
  type: Type.Literal('public-key'),
  response: Type.Object({
    clientDataJSON: B64(4096),
    authenticatorData: B64(8192),
    signature: B64(1024),
    userHandle: Type.Optional(B64(128)),
  }, { additionalProperties: false }),
  authenticatorAttachment: Attachment,
  clientExtensionResults: ExtensionResults,
}, { additionalProperties: false, title: 'AuthenticationResponse' });

const PasskeyName = Type.String({ minLength: 1, maxLength: 64, pattern: NO_CONTROL_CHARACTERS, example: 'Laptop' });

export const PasskeySchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  name: PasskeyName,
  created_at: Timestamp,
  last_used_at: NullableString({ format: 'date-time' }),
  aaguid: Type.String({ description: 'The authenticator model (all zeros when it does not say)' }),
  transports: Type.Array(Type.String()),
  backup_eligible: Type.Boolean({ description: 'A synced passkey (may be backed up to a cloud account)' }),
  backed_up: Type.Boolean(),
  user_verified: Type.Boolean({ description: 'The authenticator verified the user (PIN, biometrics) when it was registered' }),
}, { title: 'Passkey' });
export type PasskeyView = Static<typeof PasskeySchema>;

export const PasskeyResponse = Type.Object({ passkey: PasskeySchema });
export const PasskeyListResponse = Type.Object({ passkeys: Type.Array(PasskeySchema) });
export const PasskeyIdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
export const UserPasskeyParams = Type.Object({ id: UserId, passkeyId: Type.String({ format: 'uuid' }) }, { additionalProperties: false });

export const CreationOptionsBody = Type.Object({ current_password: Type.Optional(Password) }, { additionalProperties: false, description: 'current_password, unless the session signed in within 10 minutes' });
export const RegisterPasskeyBody = Type.Object({ response: RegistrationResponse, name: Type.Optional(PasskeyName) }, { additionalProperties: false });
export const RenamePasskeyBody = Type.Object({ name: PasskeyName }, { additionalProperties: false });

export const RequestOptionsBody = Type.Object({
  username: Type.Optional(Type.String({ minLength: 1, maxLength: 254, pattern: NO_CONTROL_CHARACTERS, description: 'For authenticators without discoverable credentials: a username (never an email; unknown names are answered alike)' })),
  mfa_token: Type.Optional(Type.String({ minLength: 16, maxLength: 128, pattern: '^[A-Za-z0-9_-]+$', description: 'The second step of a login: options for that user\'s passkeys' })),
}, { additionalProperties: false });
export const PasskeySignInBody = Type.Object({ response: AuthenticationResponse }, { additionalProperties: false });

/** Options for `PublicKeyCredential.parseCreationOptionsFromJSON()` (or @simplewebauthn/browser's startRegistration). */
export const CreationOptionsResponse = Type.Object({
  challenge: Type.String(),
  rp: Type.Object({ id: Type.Optional(Type.String()), name: Type.String() }),
  user: Type.Object({ id: Type.String(), name: Type.String(), displayName: Type.String() }),
}, { additionalProperties: true, title: 'PublicKeyCredentialCreationOptions' });

/** Options for `PublicKeyCredential.parseRequestOptionsFromJSON()` (or @simplewebauthn/browser's startAuthentication). */
export const RequestOptionsResponse = Type.Object({
  challenge: Type.String(),
  rpId: Type.Optional(Type.String()),
  allowCredentials: Type.Optional(Type.Array(Type.Object({ id: Type.String(), type: Type.Literal('public-key'), transports: Type.Optional(Type.Array(Type.String())) }))),
}, { additionalProperties: true, title: 'PublicKeyCredentialRequestOptions' });
