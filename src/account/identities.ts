import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database, UserIdentityRow, UserRow } from '../db/types.js';
import { AppError } from '../errors.js';
import { lockUserRow } from './user-lookup.js';
import { assertAnotherWayIn } from './ways-in.js';

/** Provider identities linked to users (provider + subject is one identity, of one user). */

export interface ProviderIdentity {
  provider: string;
  subject: string;
  email: string | null;
  emailVerified: boolean;
}

export async function findIdentity(db: Kysely<Database>, provider: string, subject: string): Promise<UserIdentityRow | undefined> {
  return db.selectFrom('user_identities').selectAll().where('provider', '=', provider).where('subject', '=', subject).executeTakeFirst();
}

export async function findIdentityOfUser(db: Kysely<Database>, userId: number, identityId: string): Promise<UserIdentityRow | undefined> {
  return db.selectFrom('user_identities').selectAll().where('id', '=', identityId).where('user_id', '=', userId).executeTakeFirst();
}

export async function listIdentities(db: Kysely<Database>, userId: number): Promise<UserIdentityRow[]> {
  return db.selectFrom('user_identities').selectAll().where('user_id', '=', userId).orderBy('created_at').orderBy('id').execute();
}

/** Links the identity to the user; undefined when it is already someone's (provider + subject is unique). */
export async function linkIdentity(db: Kysely<Database>, userId: number, identity: ProviderIdentity, now: number): Promise<UserIdentityRow | undefined> {
  return db
    .insertInto('user_identities')
    .values({ id: randomUUID(), user_id: userId, provider: identity.provider, subject: identity.subject, email: identity.email, email_verified: identity.emailVerified ? 1 : 0, created_at: now, last_used_at: now })
    .onConflict((oc) => oc.columns(['provider', 'subject']).doNothing())
    .returningAll()
    .executeTakeFirst();
}

/** A sign-in through the identity: when, and the email the provider asserts now. */
export async function touchIdentity(db: Kysely<Database>, identityId: string, identity: ProviderIdentity, now: number): Promise<void> {
  await db.updateTable('user_identities').set({ last_used_at: now, email: identity.email, email_verified: identity.emailVerified ? 1 : 0 }).where('id', '=', identityId).execute();
}

/** Unlinks one of the user's identities, unless it is their last way in (ways-in.ts), under the user's row lock. */
export async function unlinkIdentity(trx: Kysely<Database>, userId: number, identityId: string): Promise<UserIdentityRow> {
  const user = await lockUserRow(trx, userId);
  const identity = user && (await findIdentityOfUser(trx, userId, identityId));
  if (!user || !identity) throw new AppError('not_found', { detail: 'No such identity.' });
  await assertAnotherWayIn(trx, user, { identityId });
  await trx.deleteFrom('user_identities').where('id', '=', identityId).execute();
  return identity;
}

/**
 * A password reset proves the mailbox: identities that do not assert that very address as verified are unlinked, so
 * one that created the account with someone else's unverified address (reverse pre-account takeover) loses it.
 */
export async function unlinkIdentitiesNotProvingEmail(trx: Kysely<Database>, user: Pick<UserRow, 'id' | 'email'>): Promise<UserIdentityRow[]> {
  const all = await listIdentities(trx, user.id);
  const unproven = all.filter((identity) => identity.email_verified !== 1 || identity.email?.toLowerCase() !== user.email.toLowerCase());
  if (unproven.length > 0) await trx.deleteFrom('user_identities').where('id', 'in', unproven.map((identity) => identity.id)).execute();
  return unproven;
}
