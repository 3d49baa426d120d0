import { dictionary } from '@zxcvbn-ts/language-common';
import { AppError, type FieldError } from '../errors.js';

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 256;

let commonPasswords: Set<string> | undefined;

/** The common-password list shipped with @zxcvbn-ts/language-common (about 30k entries). */
function isCommonPassword(password: string): boolean {
  commonPasswords ??= new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()));
  return commonPasswords.has(password.toLowerCase());
}

/** Every policy rule the password breaks, each naming the rule; empty when it is acceptable. */
export function passwordPolicyErrors(password: string, identity: { username?: string; email?: string } = {}, field = 'password'): FieldError[] {
  const errors: FieldError[] = [];
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) errors.push({ field, message: `must be at least ${PASSWORD_MIN_LENGTH} characters` });
  if (length > PASSWORD_MAX_LENGTH) errors.push({ field, message: `must be at most ${PASSWORD_MAX_LENGTH} characters` });
  if (isCommonPassword(password)) errors.push({ field, message: 'is too common: it appears in a list of frequently used passwords' });
  const lower = password.toLowerCase();
  if (identity.username && lower === identity.username.toLowerCase()) errors.push({ field, message: 'must not be the same as the username' });
  if (identity.email && lower === identity.email.toLowerCase()) errors.push({ field, message: 'must not be the same as the email' });
  return errors;
}

/** A new password breaks no policy rule; checked before any hash is spent. */
export function assertPasswordPolicy(password: string, identity: { username: string; email: string }): void {
  const errors = passwordPolicyErrors(password, identity);
  if (errors.length > 0) throw new AppError('validation_failed', { detail: 'The password does not meet the policy.', errors });
}
