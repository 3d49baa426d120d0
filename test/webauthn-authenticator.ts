/**
 * A software WebAuthn authenticator for Node tests: it answers the options a server sends (JSON) the way a browser's
 * `navigator.credentials.create()` / `.get()` and `PublicKeyCredential.toJSON()` would with a platform authenticator,
 * so WebAuthn routes can be driven end to end without a browser.
 *
 * Keys are P-256 (ES256), attestation is `none`, and every response can be forged in one field at a time (origin,
 * rp id, challenge, UV flag, client data type, sign count, user handle, signing key) to exercise the verifier's checks.
 */
import { createHash, createSign, generateKeyPairSync, randomBytes, randomInt, type KeyObject } from 'node:crypto';
import { encode } from 'cbor2';
import type {
  AuthenticationResponseJSON,
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
  RegistrationResponseJSON,
} from '@simplewebauthn/server';

/** One credential (key pair) the authenticator holds. */
export interface SoftCredential {
  /** Credential id, base64url. */
  id: string;
  /** The user handle, base64url: `user.id` of the creation options. */
  userHandle: string;
  /** The rp id the credential is scoped to. */
  rpId: string;
  /** The signature counter as last reported. */
  counter: number;
  privateKey: KeyObject;
  publicKey: KeyObject;
}

/** How the authenticator behaves; everything but `origin` is optional. */
export interface AuthenticatorOptions {
  /** The origin the "browser" is on, written into clientDataJSON. The rp id defaults to options.rp.id / options.rpId, else this origin's host. */
  origin: string;
  /** Set the UV (user verified) flag; default true. */
  uv?: boolean;
  /** Set the BE (backup eligible) flag; default false. */
  backupEligible?: boolean;
  /** Set the BS (backed up) flag; default false. */
  backedUp?: boolean;
  /** The AAGUID written at registration, 16 bytes; default all zeros. */
  aaguid?: Buffer;
  /** How much the counter rises per assertion; default 1; 0 = an authenticator with no counter (always reports 0). */
  counterStep?: number;
}

/** Forgeries for one registration; each replaces what the authenticator would otherwise produce. */
export interface RegisterOverride {
  /** clientDataJSON origin. */
  origin?: string;
  /** The rp id hashed into authenticatorData (the credential is still stored under the real rp id). */
  rpId?: string;
  /** clientDataJSON challenge. */
  challenge?: string;
  /** The UV flag. */
  uv?: boolean;
  /** clientDataJSON type (normally 'webauthn.create'). */
  type?: string;
}

/** Forgeries for one assertion; each replaces what the authenticator would otherwise produce. */
export interface AssertOverride {
  /** Use this credential (base64url id), whatever allowCredentials says. */
  credentialId?: string;
  /** clientDataJSON origin. */
  origin?: string;
  /** The rp id hashed into authenticatorData. */
  rpId?: string;
  /** clientDataJSON challenge. */
  challenge?: string;
  /** The UV flag. */
  uv?: boolean;
  /** Report this sign count instead of raising the counter (the stored counter is left as it was). */
  counter?: number;
  /** Report this user handle; null: omit it. */
  userHandle?: string | null;
  /** Sign with this private key instead of the credential's. */
  signWith?: KeyObject;
  /** clientDataJSON type (normally 'webauthn.get'). */
  type?: string;
}

export interface SoftAuthenticator {
  /** The credentials it holds, oldest first. */
  credentials: SoftCredential[];
  /** Answers creation options (as the server sent them, JSON) like navigator.credentials.create(); stores the new credential. Refuses (throws) if an excludeCredentials entry is one of its own credentials, like a browser. */
  register(options: PublicKeyCredentialCreationOptionsJSON, override?: RegisterOverride): RegistrationResponseJSON;
  /** Answers request options like navigator.credentials.get(): picks `credentialId`, else the first of its credentials in allowCredentials, else (empty allowCredentials: discoverable) its first credential for the rp id; raises the counter by counterStep. */
  assert(options: PublicKeyCredentialRequestOptionsJSON, override?: AssertOverride): AuthenticationResponseJSON;
  /** A copy of one credential (default: the first) in a second authenticator (a cloned key: same id, key and counter at the time of the copy). */
  clone(credentialId?: string): SoftAuthenticator;
}

const FLAG_UP = 0x01;
const FLAG_UV = 0x04;
const FLAG_BE = 0x08;
const FLAG_BS = 0x10;
const FLAG_AT = 0x40;
const ES256 = -7;

const sha256 = (data: Buffer | string): Buffer => createHash('sha256').update(data).digest();

/** cbor2 encodes a Buffer as a tagged object; a plain Uint8Array copy is encoded as a CBOR byte string. */
const bytes = (buf: Buffer): Uint8Array => new Uint8Array(buf);

function uint32BE(n: number): Buffer {
  const buf = Buffer.alloc(4);
  buf.writeUInt32BE(n >>> 0);
  return buf;
}

function uint16BE(n: number): Buffer {
  const buf = Buffer.alloc(2);
  buf.writeUInt16BE(n);
  return buf;
}

const hostOf = (origin: string): string => new URL(origin).hostname;

/** The flags byte: UP always, the rest as configured. */
function flagsByte(opts: { uv: boolean; backupEligible: boolean; backedUp: boolean; attested: boolean }): Buffer {
  let flags = FLAG_UP;
  if (opts.uv) flags |= FLAG_UV;
  if (opts.backupEligible) flags |= FLAG_BE;
  if (opts.backedUp) flags |= FLAG_BS;
  if (opts.attested) flags |= FLAG_AT;
  return Buffer.from([flags]);
}

/** The credential public key as a COSE_Key map with integer keys (EC2, ES256, P-256). */
function coseKey(publicKey: KeyObject): Uint8Array {
  const jwk = publicKey.export({ format: 'jwk' });
  if (!jwk.x || !jwk.y) throw new Error('not an EC public key');
  return encode(
    new Map<number, number | Uint8Array>([
      [1, 2],
      [3, ES256],
      [-1, 1],
      [-2, bytes(Buffer.from(jwk.x, 'base64url'))],
      [-3, bytes(Buffer.from(jwk.y, 'base64url'))],
    ]),
  );
}

/** aaguid | credential id length | credential id | COSE key. */
function attestedCredentialData(aaguid: Buffer, cred: SoftCredential): Buffer {
  const id = Buffer.from(cred.id, 'base64url');
  return Buffer.concat([aaguid, uint16BE(id.length), id, coseKey(cred.publicKey)]);
}

function clientDataJSON(type: string, challenge: string, origin: string): Buffer {
  return Buffer.from(JSON.stringify({ type, challenge, origin, crossOrigin: false }));
}

function newCredential(rpId: string, userHandle: string): SoftCredential {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const id = randomBytes(randomInt(16, 33)).toString('base64url');
  return { id, userHandle, rpId, counter: 0, privateKey, publicKey };
}

/** ES256 as WebAuthn uses it: a DER-encoded ECDSA-SHA256 signature over authenticatorData || SHA-256(clientDataJSON). */
function sign(key: KeyObject, authData: Buffer, clientData: Buffer): Buffer {
  return createSign('SHA256').update(Buffer.concat([authData, sha256(clientData)])).sign(key);
}

/** Creates a software authenticator with no credentials; `defaults` apply to every registration and assertion. */
export function softAuthenticator(defaults: AuthenticatorOptions): SoftAuthenticator {
  return authenticatorWith(defaults, []);
}

/** An authenticator holding `credentials` (the array is its own, and grows with each registration). */
function authenticatorWith(defaults: AuthenticatorOptions, credentials: SoftCredential[]): SoftAuthenticator {
  const aaguid = defaults.aaguid ?? Buffer.alloc(16);
  if (aaguid.length !== 16) throw new Error('aaguid must be 16 bytes');
  const counterStep = defaults.counterStep ?? 1;

  const flags = (uv: boolean | undefined, attested: boolean): Buffer =>
    flagsByte({
      uv: uv ?? defaults.uv ?? true,
      backupEligible: defaults.backupEligible ?? false,
      backedUp: defaults.backedUp ?? false,
      attested,
    });

  function register(options: PublicKeyCredentialCreationOptionsJSON, override: RegisterOverride = {}): RegistrationResponseJSON {
    const rpId = options.rp.id ?? hostOf(defaults.origin);
    const excluded = (options.excludeCredentials ?? []).find((d) => credentials.some((c) => c.id === d.id && c.rpId === rpId));
    if (excluded) throw new Error(`InvalidStateError: credential ${excluded.id} is excluded`);
    const params = options.pubKeyCredParams ?? [];
    if (params.length > 0 && !params.some((p) => p.alg === ES256)) throw new Error('NotSupportedError: ES256 not offered');

    const cred = newCredential(rpId, options.user.id);
    const authData = Buffer.concat([
      sha256(override.rpId ?? rpId),
      flags(override.uv, true),
      uint32BE(cred.counter),
      attestedCredentialData(aaguid, cred),
    ]);
    const attestationObject = encode({ fmt: 'none', attStmt: {}, authData: bytes(authData) });
    const clientData = clientDataJSON(
      override.type ?? 'webauthn.create',
      override.challenge ?? options.challenge,
      override.origin ?? defaults.origin,
    );
    credentials.push(cred);
    return {
      id: cred.id,
      rawId: cred.id,
      type: 'public-key',
      response: {
        clientDataJSON: clientData.toString('base64url'),
        attestationObject: Buffer.from(attestationObject).toString('base64url'),
        transports: ['internal'],
        publicKeyAlgorithm: ES256,
        publicKey: cred.publicKey.export({ format: 'der', type: 'spki' }).toString('base64url'),
        authenticatorData: authData.toString('base64url'),
      },
      clientExtensionResults: {},
      authenticatorAttachment: 'platform',
    };
  }

  /** The credential an assertion uses, as described on `assert`. */
  function pick(options: PublicKeyCredentialRequestOptionsJSON, credentialId: string | undefined): SoftCredential {
    if (credentialId !== undefined) {
      const cred = credentials.find((c) => c.id === credentialId);
      if (!cred) throw new Error(`NotAllowedError: no credential ${credentialId}`);
      return cred;
    }
    const rpId = options.rpId ?? hostOf(defaults.origin);
    const mine = credentials.filter((c) => c.rpId === rpId);
    const allowed = options.allowCredentials ?? [];
    const cred = allowed.length > 0 ? mine.find((c) => allowed.some((d) => d.id === c.id)) : mine[0];
    if (!cred) throw new Error(`NotAllowedError: no credential for ${rpId}`);
    return cred;
  }

  function assert(options: PublicKeyCredentialRequestOptionsJSON, override: AssertOverride = {}): AuthenticationResponseJSON {
    const cred = pick(options, override.credentialId);
    if (override.counter === undefined) cred.counter += counterStep;
    const rpId = override.rpId ?? options.rpId ?? hostOf(defaults.origin);
    const authData = Buffer.concat([sha256(rpId), flags(override.uv, false), uint32BE(override.counter ?? cred.counter)]);
    const clientData = clientDataJSON(
      override.type ?? 'webauthn.get',
      override.challenge ?? options.challenge,
      override.origin ?? defaults.origin,
    );
    const userHandle = override.userHandle === undefined ? cred.userHandle : override.userHandle;
    return {
      id: cred.id,
      rawId: cred.id,
      type: 'public-key',
      response: {
        clientDataJSON: clientData.toString('base64url'),
        authenticatorData: authData.toString('base64url'),
        signature: sign(override.signWith ?? cred.privateKey, authData, clientData).toString('base64url'),
        ...(userHandle === null ? {} : { userHandle }),
      },
      clientExtensionResults: {},
      authenticatorAttachment: 'platform',
    };
  }

  function clone(credentialId?: string): SoftAuthenticator {
    const cred = credentialId === undefined ? credentials[0] : credentials.find((c) => c.id === credentialId);
    if (!cred) throw new Error(`no credential ${credentialId ?? '(none registered)'} to clone`);
    return authenticatorWith(defaults, [{ ...cred }]);
  }

  return { credentials, register, assert, clone };
}
