import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database, PasskeyRow, WebAuthnChallengeRow } from '../db/types.js';

/** The passkeys users registered, and the single-use challenges of WebAuthn ceremonies in flight. */

/** How long a ceremony (the browser's prompt) may take. */
export const CEREMONY_TTL_MS = 5 * 60_000;

export type CeremonyPurpose = 'registration' | 'sign_in' | 'second_factor';

export async function listPasskeys(db: Kysely<Database>, userId: number): Promise<PasskeyRow[]> {
  return db.selectFrom('passkeys').selectAll().where('user_id', '=', userId).orderBy('created_at').orderBy('id').execute();
}

export async function hasPasskeys(db: Kysely<Database>, userId: number): Promise<boolean> {
  return (await db.selectFrom('passkeys').select('id').where('user_id', '=', userId).limit(1).executeTakeFirst()) !== undefined;
}

export async function findPasskeyOfUser(db: Kysely<Database>, userId: number, id: string): Promise<PasskeyRow | undefined> {
  return db.selectFrom('passkeys').selectAll().where('id', '=', id).where('user_id', '=', userId).executeTakeFirst();
}

export async function findPasskeyByCredentialId(db: Kysely<Database>, credentialId: string): Promise<PasskeyRow | undefined> {
  return db.selectFrom('passkeys').selectAll().where('credential_id', '=', credentialId).executeTakeFirst();
}

/** The user handle of the user's passkeys, so all of them carry one (undefined before the first). */
export async function userHandleOf(db: Kysely<Database>, userId: number): Promise<string | undefined> {
  return (await db.selectFrom('passkeys').select('user_handle').where('user_id', '=', userId).limit(1).executeTakeFirst())?.user_handle;
}

export type NewPasskey = Omit<PasskeyRow, 'id' | 'last_used_at'>;

/** Stores a verified credential; undefined when its credential id is already registered (to anyone). */
export async function insertPasskey(db: Kysely<Database>, passkey: NewPasskey): Promise<PasskeyRow | undefined> {
  return db.insertInto('passkeys').values({ id: randomUUID(), ...passkey, last_used_at: null }).onConflict((oc) => oc.column('credential_id').doNothing()).returningAll().executeTakeFirst();
}

export async function renamePasskey(db: Kysely<Database>, userId: number, id: string, name: string): Promise<PasskeyRow | undefined> {
  return db.updateTable('passkeys').set({ name }).where('id', '=', id).where('user_id', '=', userId).returningAll().executeTakeFirst();
}

export async function deletePasskey(db: Kysely<Database>, userId: number, id: string): Promise<boolean> {
  const result = await db.deleteFrom('passkeys').where('id', '=', id).where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

/** Removes every passkey of the user (a password reset: whoever knew the old password may have added one); their ids. */
export async function deleteAllPasskeys(db: Kysely<Database>, userId: number): Promise<string[]> {
  const rows = await db.deleteFrom('passkeys').where('user_id', '=', userId).returning('id').execute();
  return rows.map((row) => row.id);
}

/**
 * Records an assertion's sign count in one statement, only if it moved forward (or the authenticator keeps none: both
 * zero): 'regressed' when it did not rise, which means a copy of the key signed (a cloned authenticator), and of two
 * racing assertions with the same count one wins; 'gone' when the passkey was removed meanwhile.
 */
export async function advanceSignCount(db: Kysely<Database>, id: string, signCount: number, now: number): Promise<'advanced' | 'regressed' | 'gone'> {
  const result = await db
    .updateTable('passkeys')
    .set({ sign_count: signCount, last_used_at: now })
    .where('id', '=', id)
    .where((eb) => (signCount === 0 ? eb('sign_count', '=', 0) : eb('sign_count', '<', signCount)))
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 1) return 'advanced';
  return (await db.selectFrom('passkeys').select('id').where('id', '=', id).executeTakeFirst()) ? 'regressed' : 'gone';
}

export type NewChallenge = Pick<WebAuthnChallengeRow, 'challenge' | 'purpose'> & Partial<Pick<WebAuthnChallengeRow, 'user_id' | 'session_id' | 'mfa_token_hash' | 'user_handle'>>;

export async function saveChallenge(db: Kysely<Database>, challenge: NewChallenge & { purpose: CeremonyPurpose }, now: number): Promise<void> {
  await db.insertInto('webauthn_challenges').values({
    user_id: null, session_id: null, mfa_token_hash: null, user_handle: null, ...challenge, created_at: now, expires_at: now + CEREMONY_TTL_MS, used_at: null,
  }).execute();
}

/** Spends a live challenge of this purpose in one statement: of racing uses one gets the row, the rest nothing. */
export async function takeChallenge(db: Kysely<Database>, { challenge, purpose, now }: { challenge: string; purpose: CeremonyPurpose; now: number }): Promise<WebAuthnChallengeRow | undefined> {
  return db
    .updateTable('webauthn_challenges')
    .set({ used_at: now })
    .where('challenge', '=', challenge)
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .returningAll()
    .executeTakeFirst();
}

export async function purgeExpiredChallenges(db: Kysely<Database>, now: number): Promise<number> {
  const result = await db.deleteFrom('webauthn_challenges').where('expires_at', '<=', now).executeTakeFirst();
  return Number(result.numDeletedRows);
}
