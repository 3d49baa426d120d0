import type { Kysely } from 'kysely';
import type { Database, UserRow } from '../db/types.js';
import { AppError } from '../errors.js';
import { inspectPasswordHash } from './password-formats.js';

/**
 * A user's ways to sign in: a usable password, linked provider identities, passkeys. Removing one is refused when it
 * is the last. The caller holds the user's row lock (lockUserRow), so two removals racing cannot each leave the other
 * as the last one and remove both.
 */

/** A password the user can sign in with (an account created through a provider has none). */
export function hasUsablePassword(user: Pick<UserRow, 'password_hash'>): boolean {
  return inspectPasswordHash(user.password_hash).usable;
}

export async function assertAnotherWayIn(trx: Kysely<Database>, user: Pick<UserRow, 'id' | 'password_hash'>, removing: { identityId?: string; passkeyId?: string }): Promise<void> {
  if (hasUsablePassword(user)) return;
  let identities = trx.selectFrom('user_identities').select('id').where('user_id', '=', user.id);
  if (removing.identityId !== undefined) identities = identities.where('id', '!=', removing.identityId);
  if (await identities.limit(1).executeTakeFirst()) return;
  let passkeys = trx.selectFrom('passkeys').select('id').where('user_id', '=', user.id);
  if (removing.passkeyId !== undefined) passkeys = passkeys.where('id', '!=', removing.passkeyId);
  if (await passkeys.limit(1).executeTakeFirst()) return;
  throw new AppError('last_sign_in_method');
}
