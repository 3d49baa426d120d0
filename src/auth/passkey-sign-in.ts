import { createHmac } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { Database, PasskeyRow, UserRow } from '../db/types.js';
import { inWriteTransaction } from '../db/transactions.js';
import { sha256Hex } from '../digests.js';
import { AppError } from '../errors.js';
import type { AuditTrail } from '../admin/audit-trail.js';
import { type AuthMetrics, noAuthMetrics } from '../metrics.js';
import type { LoginResult, MfaChallenge } from '../schemas/auth.js';
import { assertMaySignIn } from '../account/sign-in-gate.js';
import { hasUsablePassword } from '../account/ways-in.js';
import { findIdentityOfUser } from '../account/identities.js';
import { isLockedOut, lockedError, settleAccountSuccess } from '../account/lockout.js';
import { advanceSignCount, findPasskeyByCredentialId, listPasskeys, saveChallenge, takeChallenge } from '../account/passkeys.js';
import { toPublicUser } from '../account/public-user.js';
import { consumeMfaChallenge, findLiveMfaChallenge, firstStepMethod, mfaStepExpired, openMfaChallenge } from '../account/second-factor.js';
import { openSession, sessionLifetime } from '../account/sessions.js';
import { findUserById, findUserByLogin } from '../account/user-lookup.js';
import { type ClientInfo, MFA_CHALLENGE_TTL_MS, refusalAfterRace } from './auth-service.js';
import type { TokenPairs } from './token-pairs.js';
import { type AuthenticationResponseJSON, type Ceremonies, CeremonyRefusal, challengeOf, type PublicKeyCredentialRequestOptionsJSON } from './webauthn.js';

/** Signing in with a passkey: by itself (no username), or as the second step of a password or provider login. */
export interface PasskeySignIn {
  /** `mfaToken`: options for that login's user's passkeys; `username`: for authenticators without discoverable credentials. */
  options(input: { username?: string; mfaToken?: string }): Promise<PublicKeyCredentialRequestOptionsJSON>;
  /** The usual login answer (amr webauthn, aal 2 when the authenticator verified the user), or the code step of an account with TOTP whose authenticator did not. */
  signIn(input: { response: AuthenticationResponseJSON } & ClientInfo): Promise<LoginResult | MfaChallenge>;
  /** POST /api/auth/login/mfa {mfa_token, webauthn}. */
  completeSecondStep(input: { mfaToken: string; response: AuthenticationResponseJSON } & ClientInfo): Promise<LoginResult>;
}

export interface PasskeySignInDeps {
  db: Kysely<Database>;
  clock: Clock;
  config: Config;
  audit: AuditTrail;
  ceremonies: Ceremonies;
  pairs: TokenPairs;
  /** Keys the stand-in credential ids answered for usernames without passkeys. */
  decoyKey: Buffer;
  metrics?: AuthMetrics;
}

/** Why an assertion was refused, for the audit line. */
type Refusal = 'expired_challenge' | 'unknown_credential' | 'other_user' | 'user_handle' | 'signature';

export function createPasskeySignIn({ db, clock, config, audit, ceremonies, pairs, decoyKey, metrics = noAuthMetrics }: PasskeySignInDeps): PasskeySignIn {
  const lifetime = sessionLifetime(config);
  const notAccepted = () => new AppError('invalid_credentials', { detail: 'The passkey was not accepted: start the sign-in again.' });
  const wrongFactor = () => new AppError('invalid_mfa_code', { detail: 'The passkey was not accepted: ask for new options and try again.' });

  /** A credential id that looks like one, the same for every request about this username, which no authenticator holds. */
  const decoyFor = (username: string) => ({ credential_id: createHmac('sha256', decoyKey).update(username.toLowerCase()).digest().subarray(0, 16).toString('base64url'), transports: '' });

  /** A refused assertion changes nothing: its event is written on its own. */
  async function refuse(reason: Refusal, { userId = null, details = {}, client }: { userId?: number | null; details?: Record<string, unknown>; client?: ClientInfo }, error: AppError): Promise<AppError> {
    await audit.record(db, { action: 'passkey_assertion_refused', target: userId, client, details: { reason, ...details } }, clock.now());
    return error;
  }

  /**
   * The checks every assertion passes before the account is looked at: the challenge spent (whatever follows), a
   * registered credential of the expected user, the user handle of that credential, the signature over the challenge
   * from an allowed origin and this RP ID.
   */
  async function verified(
    response: AuthenticationResponseJSON,
    purpose: 'sign_in' | 'second_factor',
    { expectedUserId, error, boundTo, client }: { expectedUserId?: number; error: () => AppError; boundTo?: string; client?: ClientInfo },
  ): Promise<{ passkey: PasskeyRow; signCount: number; userVerified: boolean }> {
    const now = clock.now();
    const challenge = challengeOf(response);
    const ceremony = challenge === undefined ? undefined : await takeChallenge(db, { challenge, purpose, now });
    if (!ceremony || (boundTo !== undefined && ceremony.mfa_token_hash !== boundTo)) throw await refuse('expired_challenge', { client }, error());
    const passkey = await findPasskeyByCredentialId(db, response.id);
    if (!passkey) throw await refuse('unknown_credential', { client }, error());
    const owner = expectedUserId ?? ceremony.user_id;
    if (owner !== null && passkey.user_id !== owner) throw await refuse('other_user', { userId: passkey.user_id, details: { passkey_id: passkey.id }, client }, error());
    // A discoverable sign-in names the user only by the handle: it must be the credential's. When present, always.
    const handle = response.response.userHandle;
    if (handle === undefined ? owner === null : handle !== passkey.user_handle) throw await refuse('user_handle', { userId: passkey.user_id, details: { passkey_id: passkey.id }, client }, error());
    try {
      const { signCount, userVerified } = await ceremonies.verifyAssertion(response, ceremony.challenge, passkey);
      return { passkey, signCount, userVerified };
    } catch (err) {
      if (!(err instanceof CeremonyRefusal)) throw err;
      // The library's message quotes what the client sent (its origin, say): the event keeps the reason only.
      throw await refuse('signature', { userId: passkey.user_id, details: { passkey_id: passkey.id }, client }, error());
    }
  }

  /** A sign count that did not rise: a copy of the key signed. Refused, and audited for the account's owner to see. */
  async function cloned(passkey: PasskeyRow, signCount: number, error: AppError, client: ClientInfo): Promise<AppError> {
    const details = { passkey_id: passkey.id, stored: passkey.sign_count, presented: signCount };
    await audit.record(db, { action: 'passkey_counter_regressed', target: passkey.user_id, client, details }, clock.now());
    return error;
  }

  return {
    async options({ username, mfaToken }) {
      const now = clock.now();
      if (mfaToken !== undefined) {
        const step = await findLiveMfaChallenge(db, mfaToken, now);
        // A step opened by a passkey (one factor, the user unverified) takes a code: a passkey again is the same factor.
        const passkeys = step && step.passkey_id === null ? await listPasskeys(db, step.user_id) : [];
        if (!step || passkeys.length === 0) throw mfaStepExpired();
        const options = await ceremonies.requestOptions(passkeys);
        await saveChallenge(db, { challenge: options.challenge, purpose: 'second_factor', user_id: step.user_id, mfa_token_hash: sha256Hex(mfaToken) }, now);
        return options;
      }
      // A username lists that user's credentials; an unknown one (or one without passkeys) a stand-in. No transports
      // on either (a hint browsers do without): a stand-in's would tell it from a real passkey's. What can still differ
      // is the number of entries and the ids' lengths: discoverable sign-in (no username) tells nothing at all.
      // A username only: answering an email with the same real ids would link the two for whoever knows one.
      const user = username === undefined ? undefined : await findUserByLogin(db, { username });
      const passkeys = user ? await listPasskeys(db, user.id) : [];
      const allow = username === undefined ? [] : passkeys.length > 0 ? passkeys.map((p) => ({ credential_id: p.credential_id, transports: '' })) : [decoyFor(username)];
      const options = await ceremonies.requestOptions(allow);
      await saveChallenge(db, { challenge: options.challenge, purpose: 'sign_in', user_id: username === undefined ? null : user?.id ?? 0 }, now);
      return options;
    },

    async signIn({ response, ...client }) {
      const { ip, userAgent } = client;
      const { passkey, signCount, userVerified } = await verified(response, 'sign_in', { error: notAccepted, client });
      const now = clock.now();
      const opened = await inWriteTransaction(db, async (trx) => {
        const counted = await advanceSignCount(trx, passkey.id, signCount, now);
        if (counted === 'gone') throw notAccepted();
        if (counted === 'regressed') return { kind: 'cloned' as const };
        const user = await findUserById(trx, passkey.user_id);
        if (!user) throw notAccepted();
        // A lock is set by wrong passwords and codes, which anyone can send: an account with no usable password has
        // none to guess, so its lock does not shut it out of its passkeys.
        assertMaySignIn(user, now, { requireVerifiedEmail: config.mail.requireEmailVerification, lockApplies: hasUsablePassword(user) });
        // A passkey without user verification is one factor: an account with TOTP still asks for its code.
        if (user.mfa_enabled_at !== null && !userVerified) {
          const mfaToken = await openMfaChallenge(trx, { userId: user.id, passwordHash: user.password_hash, passkeyId: passkey.id, now, ttlMs: MFA_CHALLENGE_TTL_MS, ip, userAgent });
          await audit.record(trx, { action: 'login_mfa_pending', target: user.id, client, details: { via: 'passkey', passkey_id: passkey.id } }, now);
          return { kind: 'mfa' as const, mfaToken, userId: user.id };
        }
        const aal = userVerified ? 2 : 1;
        const updated = await settleAccountSuccess(trx, { userId: user.id, now, passwordHash: user.password_hash, changes: { last_login_at: now }, activeOnly: true, withoutFactor: aal < 2, evenIfLocked: !hasUsablePassword(user) });
        if (!updated) return { kind: 'refused' as const };
        const session = await openSession(trx, { userId: user.id, now, lifetime, ip, userAgent, aal, amr: ['webauthn'] });
        await audit.record(trx, { action: 'login_succeeded', target: user.id, by: user.id, sessionId: session.id, client, details: { via: 'passkey', passkey_id: passkey.id, aal }, user: updated }, now);
        return { kind: 'session' as const, updated, session };
      });
      if (opened.kind === 'cloned') throw await cloned(passkey, signCount, notAccepted(), client);
      if (opened.kind === 'refused') throw await refusalAfterRace(db, passkey.user_id, now);
      if (opened.kind === 'mfa') {
        metrics.loginOutcome('mfa_pending');
        return { mfa_required: true, mfa_token: opened.mfaToken, methods: ['totp', 'recovery_code'] };
      }
      const { updated, session } = opened;
      metrics.loginOutcome('success');
      return { ...pairs.issue(updated, session, { fresh: true }), user: toPublicUser(updated, { now }) };
    },

    async completeSecondStep({ mfaToken, response, ...client }) {
      const { ip, userAgent } = client;
      const step = await findLiveMfaChallenge(db, mfaToken, clock.now());
      if (!step) throw mfaStepExpired();
      if (step.passkey_id !== null) throw wrongFactor();
      const { passkey, signCount } = await verified(response, 'second_factor', { expectedUserId: step.user_id, error: wrongFactor, boundTo: sha256Hex(mfaToken), client });
      const now = clock.now();
      const user = await findUserById(db, step.user_id);
      if (!user) throw mfaStepExpired();
      // A lock stops the second step too, as it stops codes.
      if (isLockedOut(user.locked_until, now)) throw lockedError(user.locked_until as number, now);
      const opened = await inWriteTransaction(db, async (trx) => {
        const counted = await advanceSignCount(trx, passkey.id, signCount, now);
        if (counted === 'gone') throw wrongFactor();
        if (counted === 'regressed') return { kind: 'cloned' as const };
        if (!(await consumeMfaChallenge(trx, mfaToken, now))) throw mfaStepExpired();
        // A provider sign-in's step holds only while its identity is still linked.
        const identity = step.identity_id === null ? undefined : await findIdentityOfUser(trx, user.id, step.identity_id);
        if (step.identity_id !== null && !identity) throw mfaStepExpired();
        const updated = await settleAccountSuccess(trx, { userId: user.id, now, passwordHash: step.password_hash, changes: { last_login_at: now }, activeOnly: true });
        if (!updated) return { kind: 'refused' as const };
        const amr = [firstStepMethod(step), 'webauthn'];
        const session = await openSession(trx, { userId: user.id, now, lifetime, ip, userAgent, aal: 2, provider: identity?.provider, amr });
        await audit.record(trx, { action: 'login_succeeded', target: user.id, by: user.id, sessionId: session.id, client, details: { via: 'webauthn', passkey_id: passkey.id }, user: updated }, now);
        return { kind: 'session' as const, updated, session };
      });
      if (opened.kind === 'cloned') throw await cloned(passkey, signCount, wrongFactor(), client);
      if (opened.kind === 'refused') throw await refusalAfterRace(db, user.id, now);
      const { updated, session } = opened;
      metrics.loginOutcome('success');
      return { ...pairs.issue(updated, session, { fresh: true }), user: toPublicUser(updated, { now }) };
    },
  };
}
