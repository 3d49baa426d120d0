import { createHmac } from 'node:crypto';
import { inspectPasswordHash, UNUSABLE_PASSWORD_HASH } from '../account/password-formats.js';
import { PASSWORD_MAX_LENGTH } from '../account/password-policy.js';
import { USERNAME_PATTERN } from '../schemas/fields.js';

/** One line of `import-users`: `{username, email, password | password_hash, role?, is_active?, email_verified?}`. */
export interface JsonlUser {
  line: number;
  username: string;
  email: string;
  /** A password to hash (argon2id), or a stored hash copied as it is. */
  secret: { password: string } | { password_hash: string };
  role: 'user' | 'admin';
  is_active: boolean;
  email_verified: boolean;
  /** HMAC under a server key: a plain digest of a line with a password would be a fast hash of that password. */
  digest: string;
  unusable_reason?: string;
}

export type MappedLine = { kind: 'user'; user: JsonlUser } | { kind: 'refused'; line: number; email: string | null; reason: string };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const USERNAME = new RegExp(USERNAME_PATTERN);

const optionalBoolean = (value: unknown, fallback: boolean): boolean | undefined => (value === undefined || value === null ? fallback : typeof value === 'boolean' ? value : undefined);

export function mapJsonlLine(value: unknown, line: number, digestKey: Buffer): MappedLine {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { kind: 'refused', line, email: null, reason: 'not a JSON object' };
  const fields = value as Record<string, unknown>;
  const email = typeof fields.email === 'string' ? fields.email.trim().toLowerCase() : '';
  const refuse = (reason: string): MappedLine => ({ kind: 'refused', line, email: email || null, reason });
  if (!email) return refuse('no email');
  if (email.length > 254 || !EMAIL.test(email)) return refuse('invalid email');
  if (typeof fields.username !== 'string' || fields.username === '') return refuse('no username');
  if (!USERNAME.test(fields.username)) return refuse('invalid username (3-32 letters, digits, _ . -)');
  const role = fields.role ?? 'user';
  if (role !== 'user' && role !== 'admin') return refuse('invalid role (user or admin)');
  const isActive = optionalBoolean(fields.is_active, true);
  if (isActive === undefined) return refuse('invalid is_active (a boolean)');
  const emailVerified = optionalBoolean(fields.email_verified, false);
  if (emailVerified === undefined) return refuse('invalid email_verified (a boolean)');

  const { password, password_hash: passwordHash } = fields;
  if (password !== undefined && passwordHash !== undefined) return refuse('both password and password_hash');
  let secret: JsonlUser['secret'];
  let unusable_reason: string | undefined;
  if (password !== undefined) {
    if (typeof password !== 'string' || password.length === 0 || password.length > PASSWORD_MAX_LENGTH) return refuse(`invalid password (1-${PASSWORD_MAX_LENGTH} characters)`);
    secret = { password };
  } else if (passwordHash !== undefined) {
    if (typeof passwordHash !== 'string') return refuse('invalid password_hash');
    const inspection = inspectPasswordHash(passwordHash);
    if (!inspection.usable && !/^(unknown|malformed)/.test(inspection.reason)) return refuse(inspection.reason);
    if (!inspection.usable) unusable_reason = inspection.reason;
    secret = { password_hash: inspection.usable ? passwordHash : UNUSABLE_PASSWORD_HASH };
  } else {
    return refuse('no password or password_hash');
  }
  const digest = createHmac('sha256', digestKey)
    .update(JSON.stringify([fields.username, email, password ?? null, passwordHash ?? null, role, isActive, emailVerified]))
    .digest('hex');
  return {
    kind: 'user',
    user: { line, username: fields.username, email, secret, role, is_active: isActive, email_verified: emailVerified, digest, ...(unusable_reason ? { unusable_reason } : {}) },
  };
}
