import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Clock } from '../../clock.js';
import type { Config } from '../../config.js';
import type { Database } from '../../db/types.js';
import { inWriteTransaction } from '../../db/transactions.js';
import { AppError } from '../../errors.js';
import type { AuditTrail } from '../../admin/audit-trail.js';
import type { LoginResult, MfaChallenge } from '../../schemas/auth.js';
import { findIdentity, findIdentityOfUser, linkIdentity } from '../../account/identities.js';
import { settleAccountSuccess } from '../../account/lockout.js';
import { assertMaySignIn } from '../../account/sign-in-gate.js';
import { mayAct } from '../../account/actor.js';
import { issueExchangeCode, newSignIn, redeemExchangeCode, saveSignIn, takeSignIn } from '../../account/provider-sign-ins.js';
import { toPublicUser } from '../../account/public-user.js';
import { openMfaChallenge, secondStepMethods } from '../../account/second-factor.js';
import { isLive, openSession, sessionLifetime } from '../../account/sessions.js';
import { findUserById } from '../../account/user-lookup.js';
import type { TokenPairs } from '../token-pairs.js';
import { MFA_CHALLENGE_TTL_MS, type ClientInfo } from '../auth-service.js';
import { resolveAccount } from './linking.js';
import { createProvider, type Provider, ProviderRefusal } from './providers.js';
import { allowedRedirect, redirectWith } from './redirect-allowlist.js';

export interface OAuthStart {
  /** The value of the browser's sign-in cookie: the callback and the exchange must come from this browser. */
  browserKey: string;
  authorizationUrl: string;
}

export interface OAuthService {
  /** 302 target of GET /api/auth/oauth/:provider/start; `link`: a signed-in user linking another identity. */
  start(input: { provider: string; redirectTo: string | undefined; link?: { userId: number; sessionId: string } }): Promise<OAuthStart>;
  /** Where the callback sends the browser: `redirect_to` with `?code=` (or `?linked=`), or with `?error=`. */
  callback(input: { provider: string; browserKey: string | undefined; query: URLSearchParams; client?: ClientInfo }): Promise<string>;
  /** The one-time code for the usual login answer (or the second-factor step). */
  exchange(input: { code: string; browserKey: string | undefined } & ClientInfo): Promise<LoginResult | MfaChallenge>;
  isProvider(name: string): boolean;
}

export interface OAuthDeps {
  db: Kysely<Database>;
  clock: Clock;
  config: Config;
  logger: Logger;
  audit: AuditTrail;
  pairs: TokenPairs;
}

export function createOAuthService({ db, clock, config, logger, audit, pairs }: OAuthDeps): OAuthService {
  const providers = new Map<string, Provider>(Object.values(config.oauth.providers).map((settings) => [settings.name, createProvider(settings)]));
  const lifetime = sessionLifetime(config);
  const { redirectAllowlist, allowSignup } = config.oauth;
  const defaultRedirect = `${redirectAllowlist[0]!.origin}${redirectAllowlist[0]!.pathPrefix}`;
  const callbackUrl = (provider: string) => `${config.mail.appUrl}/api/auth/oauth/${provider}/callback`;
  const providerNamed = (name: string): Provider => {
    const provider = providers.get(name);
    if (!provider) throw new AppError('not_found', { detail: 'No such identity provider.' });
    return provider;
  };
  const codeExpired = () => new AppError('invalid_or_expired_token', { detail: 'The sign-in code is invalid, expired, already used or from another browser: sign in again.' });

  async function linkToSignedInUser(
    link: { userId: number; sessionId: string },
    provider: string,
    profile: { subject: string; email: string | null; emailVerified: boolean },
    { now, client }: { now: number; client?: ClientInfo },
  ): Promise<'linked' | 'identity_taken' | 'invalid_state'> {
    const session = await db.selectFrom('sessions').selectAll().where('id', '=', link.sessionId).where('user_id', '=', link.userId).executeTakeFirst();
    if (!session || !isLive(session, now)) return 'invalid_state';
    const identity = { provider, subject: profile.subject, email: profile.email, emailVerified: profile.emailVerified };
    const by = { target: link.userId, by: link.userId, sessionId: link.sessionId, client };
    const created = await inWriteTransaction(db, async (trx) => {
      const linked = await linkIdentity(trx, link.userId, identity, now);
      if (linked) await audit.record(trx, { action: 'identity_linked', ...by, details: { provider, identity_id: linked.id, via: 'explicit' } }, now);
      return linked;
    });
    const row = created ?? (await findIdentity(db, provider, profile.subject));
    if (!row || row.user_id !== link.userId) {
      await audit.record(db, { action: 'identity_link_refused', ...by, details: { provider, reason: 'linked_to_another_user' } }, now);
      return 'identity_taken';
    }
    return 'linked';
  }

  return {
    isProvider: (name) => providers.has(name),

    async start({ provider: name, redirectTo, link }) {
      const provider = providerNamed(name);
      const target = redirectTo === undefined ? defaultRedirect : allowedRedirect(redirectTo, redirectAllowlist)?.href;
      if (target === undefined) throw new AppError('validation_failed', { errors: [{ field: 'redirect_to', message: 'is not allowed by OAUTH_REDIRECT_ALLOWLIST' }] });
      const { browserKey, checks } = newSignIn();
      let url: URL;
      try {
        url = await provider.authorizationUrl(callbackUrl(name), checks);
      } catch (err) {
        logger.warn({ err, provider: name }, 'identity provider unreachable');
        throw new AppError('service_unavailable', { detail: 'The identity provider cannot be reached: try again later.', retryAfter: 30 });
      }
      await saveSignIn(db, { browserKey, provider: name, checks, redirectTo: target, link: link ?? null, now: clock.now() });
      return { browserKey, authorizationUrl: url.href };
    },

    async callback({ provider: name, browserKey, query, client }) {
      const now = clock.now();
      const taken = browserKey === undefined ? { row: undefined, valid: false } : await takeSignIn(db, { browserKey, provider: name, state: query.get('state') ?? undefined, now });
      const back = taken.row?.redirect_to ?? defaultRedirect;
      const fail = (error: string) => redirectWith(back, { error });
      if (!taken.valid || !taken.row || browserKey === undefined) return fail('invalid_state');
      const { row } = taken;
      const provider = providerNamed(name);
      const current = new URL(callbackUrl(name));
      current.search = query.toString();
      let profile;
      try {
        profile = await provider.complete(current, { state: row.state, nonce: row.nonce, codeVerifier: row.code_verifier });
      } catch (err) {
        if (!(err instanceof ProviderRefusal)) throw err;
        logger.info({ provider: name, refusal: err.code, cause: (err.cause as Error | undefined)?.message }, 'provider sign-in refused');
        return fail(err.code);
      }
      if (row.link_user_id !== null && row.link_session_id !== null) {
        const outcome = await linkToSignedInUser({ userId: row.link_user_id, sessionId: row.link_session_id }, name, profile, { now, client });
        return outcome === 'linked' ? redirectWith(back, { linked: name }) : fail(outcome);
      }
      const resolved = await resolveAccount({ db, audit, allowSignup, client }, name, profile, now);
      if ('refused' in resolved) return fail(resolved.refused);
      if (!mayAct(resolved.user)) return fail('account_disabled');
      const code = await issueExchangeCode(db, { browserKey, userId: resolved.user.id, identityId: resolved.identity.id, now });
      return redirectWith(back, { code });
    },

    async exchange({ code, browserKey, ...client }) {
      const { ip, userAgent } = client;
      const now = clock.now();
      if (browserKey === undefined) throw codeExpired();
      const opened = await inWriteTransaction(db, async (trx) => {
        const redeemed = await redeemExchangeCode(trx, { code, browserKey, now });
        const identity = redeemed && (await findIdentityOfUser(trx, redeemed.user_id, redeemed.identity_id));
        const user = identity && (await findUserById(trx, identity.user_id));
        if (!identity || !user) throw codeExpired();
        assertMaySignIn(user, now, { requireVerifiedEmail: config.mail.requireEmailVerification });
        if (user.mfa_enabled_at !== null) {
          // Bound like a password's step: to the hash as it is now (a password change kills it) and to this identity.
          const mfaToken = await openMfaChallenge(trx, { userId: user.id, passwordHash: user.password_hash, identityId: identity.id, now, ttlMs: MFA_CHALLENGE_TTL_MS, ip, userAgent });
          await audit.record(trx, { action: 'login_mfa_pending', target: user.id, client, details: { via: 'oauth', provider: identity.provider } }, now);
          return { kind: 'mfa' as const, mfaToken, userId: user.id };
        }
        const updated = await settleAccountSuccess(trx, { userId: user.id, now, passwordHash: user.password_hash, changes: { last_login_at: now }, activeOnly: true, withoutFactor: true });
        if (!updated) throw codeExpired();
        const session = await openSession(trx, { userId: user.id, now, lifetime, ip, userAgent, aal: 1, provider: identity.provider });
        await audit.record(trx, { action: 'login_succeeded', target: user.id, by: user.id, sessionId: session.id, client, details: { via: 'oauth', provider: identity.provider }, user: updated }, now);
        return { kind: 'session' as const, updated, session, provider: identity.provider };
      });
      if (opened.kind === 'mfa') {
        return { mfa_required: true, mfa_token: opened.mfaToken, methods: await secondStepMethods(db, opened.userId) };
      }
      const { updated, session } = opened;
      return { ...pairs.issue(updated, session, { fresh: true }), user: toPublicUser(updated, { now }) };
    },
  };
}
