import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import { type AttemptBudget, createAttemptBudget } from './account/attempt-budget.js';
import { lockoutPolicy } from './account/lockout.js';
import { createPasswordHasher, type PasswordHasher } from './auth/passwords.js';
import { type AuthService, createAuthService } from './auth/service.js';
import { createSessionManagement, type SessionManagement } from './auth/session-management.js';
import { createTokenService, type TokenService } from './auth/tokens.js';
import type { Clock } from './clock.js';
import type { Config } from './config.js';
import type { DatabaseKind } from './db/connection.js';
import type { Database } from './db/types.js';
import { dataEncryptionKey, deriveKey } from './keys.js';
import { type Metrics, noAuthMetrics } from './metrics.js';
import { createMailer, type Mailer } from './mail/sender.js';
import { createAccountMail } from './users/account-mail.js';
import { createMfaService, type MfaService } from './users/mfa-service.js';
import { createRecoveryService, type RecoveryService } from './users/recovery.js';
import { createUserService, type UserService } from './users/service.js';

export interface Services {
  passwords: PasswordHasher;
  tokens: TokenService;
  mailer: Mailer;
  auth: AuthService;
  users: UserService;
  recovery: RecoveryService;
  mfa: MfaService;
  sessions: SessionManagement;
  /** Budgets every credential check; one per app, so the checks of one process queue in one place. */
  budget: AttemptBudget;
}

export interface ServiceDeps {
  config: Config;
  db: Kysely<Database>;
  kind: DatabaseKind;
  clock: Clock;
  logger: Logger;
  /** Prometheus instruments when metrics are on; absent or null: nothing is measured. */
  metrics?: Metrics | null;
}

/** Every service, built one way in one place: the services plugin (src/plugins/app/services.ts) and the CLI both call this. */
export function createServices({ config, db, kind, clock, logger, metrics = null }: ServiceDeps): Services {
  const hasher = createPasswordHasher(config.passwords, { onCorruptHash: (corrupt) => logger.error({ password_hash_error: corrupt }, 'stored password hash cannot be verified; answered as a wrong password') });
  const passwords = metrics ? metrics.timedHasher(hasher) : hasher;
  const tokens = createTokenService(config.jwt, clock);
  const identifierKey = deriveKey(config, 'login identifier digests');
  const mailer = createMailer({ db, kind, config, clock, logger, key: deriveKey(config, 'mail outbox') });
  const accountMail = createAccountMail(mailer, config.mail);
  const secrets = dataEncryptionKey(config);
  const budget = createAttemptBudget({ db, kind, clock, logger, policy: lockoutPolicy(config), metrics: metrics ?? noAuthMetrics });
  const auth = createAuthService({ db, kind, identifierKey, clock, config, logger, passwords, tokens, secrets, metrics: metrics ?? noAuthMetrics, budget });
  const users = createUserService({ db, kind, clock, logger, passwords, budget, identifierKey, mailer, accountMail });
  const recovery = createRecoveryService({ db, kind, clock, config, logger, passwords, mailer, accountMail, identifierKey });
  const sessions = createSessionManagement({ db, kind, clock, logger });
  const mfa = createMfaService({ db, kind, clock, config, logger, passwords, budget, secrets });
  return { passwords, tokens, mailer, auth, users, recovery, mfa, sessions, budget };
}
