import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import { type AttemptBudget, createAttemptBudget } from './account/attempt-budget.js';
import { lockoutPolicy } from './account/lockout.js';
import { createDummyMix, type DummyMix } from './account/dummy-mix.js';
import { createPasswordHasher, type PasswordHasher } from './account/password-hasher.js';
import { type AuthService, createAuthService } from './auth/auth-service.js';
import { createSessionManagement, type SessionManagement } from './users/user-sessions.js';
import { createTokenService, type TokenService } from './auth/tokens.js';
import { createLegacyTokenVerifier } from './auth/legacy-tokens.js';
import type { Clock } from './clock.js';
import type { Config } from './config.js';
import type { Database } from './db/types.js';
import { dataEncryptionKey, deriveKey, identifierDigestKey } from './keys.js';
import { type Metrics, noAuthMetrics } from './metrics.js';
import { createMailer, type Mailer } from './mail/sender.js';
import { createAccountMail } from './users/account-mail.js';
import { createMfaService, type MfaService } from './users/mfa-service.js';
import { createRecoveryService, type RecoveryService } from './users/recovery.js';
import { createUserService, type UserService } from './users/user-service.js';
import { createIdentityService, type IdentityService } from './users/identities.js';
import { createOAuthService, type OAuthService } from './auth/oauth/oauth-service.js';
import { createTokenPairs } from './auth/token-pairs.js';
import { createCeremonies } from './auth/webauthn.js';
import { createPasskeySignIn, type PasskeySignIn } from './auth/passkey-sign-in.js';
import { createPasskeyService, type PasskeyService } from './users/passkeys.js';
import { createInvitationService, type InvitationService } from './admin/invitations.js';
import { type AuditTrail, createAuditTrail } from './admin/audit-trail.js';
import { createWebhookService, type WebhookService } from './admin/webhooks.js';
import { createWebhookDispatcher } from './webhooks/dispatcher.js';
import { enqueueWebhookEvent } from './webhooks/outbox.js';
import { onCommit } from './db/transactions.js';

export interface Services {
  passwords: PasswordHasher;
  /** The stored hashes' shapes unknown accounts are verified against (refreshed by the password-mix plugin). */
  dummyMix: DummyMix;
  tokens: TokenService;
  mailer: Mailer;
  auth: AuthService;
  users: UserService;
  recovery: RecoveryService;
  mfa: MfaService;
  sessions: SessionManagement;
  /** Budgets every credential check; one per app, so the checks of one process queue in one place. */
  budget: AttemptBudget;
  /** Social sign-in: start, callback, the one-time code's exchange. */
  oauth: OAuthService;
  identities: IdentityService;
  /** Passkeys: the account's (register, list, rename, remove) and signing in with one. */
  passkeys: PasskeyService;
  passkeySignIn: PasskeySignIn;
  /** Admins' invitations: mailed single-use links that create an account with a role. */
  invitations: InvitationService;
  /** Records audit events in the transactions of the changes they record. */
  audit: AuditTrail;
  /** Webhook endpoints (admins') and the dispatcher that delivers the outbox enqueueWebhookEvent writes to. */
  webhooks: WebhookService;
}

export interface ServiceDeps {
  config: Config;
  db: Kysely<Database>;
  clock: Clock;
  logger: Logger;
  /** Prometheus instruments when metrics are on; absent or null: nothing is measured. */
  metrics?: Metrics | null;
}

/** Every service, built one way in one place: the services plugin (src/plugins/app/services.ts) and the CLI both call this. */
export function createServices({ config, db, clock, logger, metrics = null }: ServiceDeps): Services {
  const dummyMix = createDummyMix(config.passwords);
  const hasher = createPasswordHasher(config.passwords, { dummies: dummyMix, concurrency: config.passwordHashConcurrency, onCorruptHash: (corrupt) => logger.error({ password_hash_error: corrupt }, 'stored password hash cannot be verified; answered as a wrong password') });
  const passwords = metrics ? metrics.timedHasher(hasher) : hasher;
  const tokens = createTokenService(config.jwt, clock, { csrfKey: config.tokenLocation.cookies ? deriveKey(config, 'csrf claims') : null });
  const identifierKey = identifierDigestKey(config);
  const mailer = createMailer({ db, config, clock, logger, key: deriveKey(config, 'mail outbox') });
  const accountMail = createAccountMail(mailer, config.mail);
  const secrets = dataEncryptionKey(config);
  // An event that raises a webhook writes its deliveries in the same transaction, then wakes the dispatcher (made below).
  let wakeDispatcher = (): void => {};
  const audit = createAuditTrail({ db, logger, emit: async (trx, event, options) => {
    // Nothing queued (no endpoint subscribed): nothing to wake it for (every login would cost a claim statement).
    if ((await enqueueWebhookEvent(trx, event, options)) === 0) return;
    // Woken before the commit, the dispatcher could look before the deliveries are there and wait for its next poll.
    onCommit(trx, () => wakeDispatcher());
  } });
  const budget = createAttemptBudget({ db, clock, audit, policy: lockoutPolicy(config), metrics: metrics ?? noAuthMetrics });
  const legacy = config.legacyJwt && createLegacyTokenVerifier({ db, clock, legacy: config.legacyJwt, clockToleranceSeconds: config.jwt.clockToleranceSeconds });
  const auth = createAuthService({ db, identifierKey, clock, config, logger, audit, passwords, tokens, secrets, metrics: metrics ?? noAuthMetrics, budget, legacy });
  const users = createUserService({ db, clock, audit, passwords, budget, identifierKey, mailer, accountMail });
  const recovery = createRecoveryService({ db, clock, config, logger, audit, passwords, mailer, accountMail, identifierKey });
  const sessions = createSessionManagement({ db, clock, audit });
  const mfa = createMfaService({ db, clock, config, logger, audit, passwords, budget, secrets });
  const pairs = createTokenPairs({ tokens, config, clock });
  const oauth = createOAuthService({ db, clock, config, logger, audit, pairs });
  const identities = createIdentityService({ db, clock, audit, passwords, budget });
  const ceremonies = createCeremonies(config.webauthn);
  const passkeys = createPasskeyService({ db, clock, logger, audit, passwords, budget, ceremonies });
  const passkeySignIn = createPasskeySignIn({ db, clock, config, audit, ceremonies, pairs, decoyKey: deriveKey(config, 'passkey decoys'), metrics: metrics ?? noAuthMetrics });
  const invitations = createInvitationService({ db, clock, mail: config.mail, audit, passwords, mailer });
  const webhookKey = deriveKey(config, 'webhook secrets');
  const dispatcher = createWebhookDispatcher({ db, settings: config.webhooks, clock, logger, audit, key: webhookKey });
  wakeDispatcher = () => dispatcher.kick();
  const webhooks = createWebhookService({ db, clock, settings: config.webhooks, production: config.nodeEnv === 'production', key: webhookKey, audit, dispatcher });
  return { passwords, dummyMix, tokens, mailer, auth, users, recovery, mfa, sessions, budget, oauth, identities, passkeys, passkeySignIn, invitations, audit, webhooks };
}
