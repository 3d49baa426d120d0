import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parse as parseDotenv } from 'dotenv';

/** Where settings come from: the environment, `.env`, or a test's own object. */
export type Env = Record<string, string | undefined>;

export class ConfigError extends Error {
  constructor(readonly variable: string, message: string) {
    super(`${variable}: ${message}`);
    this.name = 'ConfigError';
  }
}

export const MIN_SECRET_BYTES = 32;

interface IntOptions { min?: number; max?: number }

/** Typed readers of one environment: an empty value counts as unset; a bad one throws ConfigError naming it. */
export function readers(env: Env) {
  const raw = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value === undefined || value === '' ? undefined : value;
  };
  const str = (name: string, fallback: string): string => raw(name) ?? fallback;
  const int = (name: string, fallback: number, { min = 0, max = Number.MAX_SAFE_INTEGER }: IntOptions = {}): number => {
    const value = raw(name);
    if (value === undefined) return fallback;
    if (!/^-?\d+$/.test(value)) throw new ConfigError(name, `expected an integer, got "${value}"`);
    const n = Number(value);
    if (n < min || n > max) throw new ConfigError(name, `must be between ${min} and ${max}, got ${n}`);
    return n;
  };
  const bool = (name: string, fallback: boolean): boolean => {
    const value = raw(name)?.toLowerCase();
    if (value === undefined) return fallback;
    if (['1', 'true', 'yes', 'on'].includes(value)) return true;
    if (['0', 'false', 'no', 'off'].includes(value)) return false;
    throw new ConfigError(name, `expected true or false, got "${value}"`);
  };
  const oneOf = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const value = raw(name);
    if (value === undefined) return fallback;
    if (!(allowed as readonly string[]).includes(value)) {
      throw new ConfigError(name, `must be one of ${allowed.join(', ')}, got "${value}"`);
    }
    return value as T;
  };
  const matching = (name: string, pattern: RegExp, fallback: string, expected: string): string => {
    const value = raw(name) ?? fallback;
    if (!pattern.test(value)) throw new ConfigError(name, `expected ${expected}, got "${value}"`);
    return value;
  };
  return { raw, str, int, bool, oneOf, matching };
}

export const DEV_SECRET_FILE = '.gatehouse-dev-secret';

/**
 * Development without JWT_SECRET_KEY (or a key file): a secret generated once and kept in a git-ignored file,
 * so a restart keeps tokens valid and second factors readable. Anything else is returned unchanged.
 */
export function withDevelopmentSecret(env: Env, file = DEV_SECRET_FILE): Env {
  const nodeEnv = (env.NODE_ENV ?? env.FLASK_ENV ?? '').trim() || 'development';
  if (nodeEnv !== 'development' || env.JWT_SECRET_KEY?.trim() || env.JWT_PRIVATE_KEY_FILE?.trim() || env.JWT_PRIVATE_KEY?.trim()) return env;
  let secret = existsSync(file) ? readFileSync(file, 'utf8').trim() : '';
  if (Buffer.byteLength(secret) < MIN_SECRET_BYTES) {
    secret = randomBytes(48).toString('base64url');
    writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  }
  return { ...env, JWT_SECRET_KEY: secret };
}

/** Reads `.env` (if present) beneath the real environment: real variables win. */
export function readEnvFile(path = '.env'): Env {
  return existsSync(path) ? parseDotenv(readFileSync(path)) : {};
}
