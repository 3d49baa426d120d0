import { hkdfSync } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import { lockoutPolicy } from './auth/lockout.js';
import { createPasswordHasher, type PasswordHasher } from './auth/passwords.js';
import { type AuthService, createAuthService } from './auth/service.js';
import { createTokenService, type TokenService } from './auth/tokens.js';
import type { Clock } from './clock.js';
import type { Config } from './config.js';
import type { DatabaseKind } from './db/connection.js';
import type { Database } from './db/types.js';
import { createUserService, type UserService } from './users/service.js';

export interface Services {
  passwords: PasswordHasher;
  tokens: TokenService;
  auth: AuthService;
  users: UserService;
}

export interface ServiceDeps {
  config: Config;
  db: Kysely<Database>;
  kind: DatabaseKind;
  clock: Clock;
  logger: Logger;
}

/** The server key for identifier digests, derived from the signing key every instance shares. */
function identifierKeyFrom(config: Config): Buffer {
  const material = config.jwt.secret ?? config.jwt.privateKeyPem ?? '';
  return Buffer.from(hkdfSync('sha256', material, 'gatehouse', 'login identifier digests', 32));
}

/** Every service, built one way in one place; the HTTP app and the CLI both call this. */
export function createServices({ config, db, kind, clock, logger }: ServiceDeps): Services {
  const passwords = createPasswordHasher(config.passwords, { onCorruptHash: (corrupt) => logger.error({ password_hash_error: corrupt }, 'stored password hash cannot be verified; answered as a wrong password') });
  const tokens = createTokenService(config.jwt, clock);
  const identifierKey = identifierKeyFrom(config);
  const auth = createAuthService({ db, kind, identifierKey, clock, config, logger, passwords, tokens });
  const users = createUserService({ db, kind, clock, logger, passwords, lockout: lockoutPolicy(config), identifierKey });
  return { passwords, tokens, auth, users };
}
