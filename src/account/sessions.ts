import { randomUUID } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import { preparedQuery } from '../db/prepared.js';
import type { Database, SessionRow, UserRow } from '../db/types.js';

export type RevokeReason = 'logout' | 'refresh_reused' | 'password_changed' | 'admin' | 'ended_by_user' | 'mfa_changed';

export interface NewSession {
  userId: number;
  now: number;
  ttlMs: number;
  userAgent?: string;
  ip?: string;
  /** 2 when the login passed a second factor. */
  aal?: number;
}

/** Opens a session (one refresh-token family) for a successful login. */
export async function openSession(db: Kysely<Database>, s: NewSession): Promise<SessionRow> {
  return db
    .insertInto('sessions')
    .values({
      id: randomUUID(),
      user_id: s.userId,
      refresh_jti: randomUUID(),
      created_at: s.now,
      last_used_at: s.now,
      expires_at: s.now + s.ttlMs,
      user_agent: s.userAgent?.slice(0, 512) ?? null,
      ip: s.ip?.slice(0, 64) ?? null,
      aal: s.aal ?? 1,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

async function findSession(db: Kysely<Database>, sessionId: string): Promise<SessionRow | undefined> {
  return db.selectFrom('sessions').selectAll().where('id', '=', sessionId).executeTakeFirst();
}

export interface SessionWithUser {
  session: Pick<SessionRow, 'id' | 'user_id' | 'revoked_at' | 'expires_at' | 'aal'>;
  user: UserRow;
}

const sessionWithUser = preparedQuery(['sessionId'], (db: Kysely<Database>, p) =>
  db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .selectAll('users')
    .select(['sessions.id as session_id', 'sessions.revoked_at as session_revoked_at', 'sessions.expires_at as session_expires_at', 'sessions.aal as session_aal'])
    .where('sessions.id', '=', p.sessionId),
);

/** Session and its user in one query, compiled once: what every authenticated request needs. */
export async function findSessionWithUser(db: Kysely<Database>, sessionId: string): Promise<SessionWithUser | undefined> {
  const [row] = (await db.executeQuery(sessionWithUser(db, { sessionId }))).rows;
  if (!row) return undefined;
  const { session_id, session_revoked_at, session_expires_at, session_aal, ...user } = row;
  return { session: { id: session_id, user_id: user.id, revoked_at: session_revoked_at, expires_at: session_expires_at, aal: session_aal }, user };
}

export type RotationOutcome =
  | { kind: 'rotated'; session: SessionRow }
  /** The token was rotated moments ago (a racing tab): hand out the current one again. */
  | { kind: 'grace'; session: SessionRow }
  | { kind: 'reused'; session: SessionRow }
  | { kind: 'revoked' }
  | { kind: 'expired' };

const rotation = preparedQuery(['sessionId', 'presentedJti', 'newJti', 'now', 'extendedTo', 'maxLifetimeMs'], (db: Kysely<Database>, p) =>
  db
    .updateTable('sessions')
    .set((eb) => ({
      previous_refresh_jti: eb.ref('refresh_jti'),
      refresh_jti: p.newJti,
      rotated_at: p.now,
      last_used_at: p.now,
      // Rotation extends the session, never past its absolute lifetime (SESSION_MAX_LIFETIME).
      expires_at: sql<number>`case when ${eb.ref('created_at')} + ${p.maxLifetimeMs} < ${p.extendedTo} then ${eb.ref('created_at')} + ${p.maxLifetimeMs} else ${p.extendedTo} end`,
    }))
    .where('id', '=', p.sessionId)
    .where('refresh_jti', '=', p.presentedJti)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', p.now)
    .returningAll(),
);

/**
 * Rotates a refresh token: compare-and-swap on the session's current jti, so of two racing requests only one
 * rotates; the other lands in the grace window. A rotated jti seen after the window is reuse.
 */
export async function rotateRefreshToken(
  db: Kysely<Database>,
  { sessionId, presentedJti, now, ttlMs, maxLifetimeMs, graceMs }: { sessionId: string; presentedJti: string; now: number; ttlMs: number; maxLifetimeMs: number; graceMs: number },
): Promise<RotationOutcome> {
  const [rotated] = (await db.executeQuery(rotation(db, {
    sessionId,
    presentedJti,
    newJti: randomUUID(),
    now,
    extendedTo: now + ttlMs,
    maxLifetimeMs,
  }))).rows;
  if (rotated) return { kind: 'rotated', session: rotated };

  const session = await findSession(db, sessionId);
  if (!session || session.revoked_at !== null) return { kind: 'revoked' };
  if (session.expires_at <= now) return { kind: 'expired' };
  const withinGrace = session.previous_refresh_jti === presentedJti && session.rotated_at !== null && now - session.rotated_at <= graceMs;
  return withinGrace ? { kind: 'grace', session } : { kind: 'reused', session };
}

export async function revokeSession(db: Kysely<Database>, sessionId: string, reason: RevokeReason, now: number): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ revoked_at: now, revoked_reason: reason })
    .where('id', '=', sessionId)
    .where('revoked_at', 'is', null)
    .execute();
}

/** A session proved a second factor (the enrolment it made): later factor changes may go through it. */
export async function raiseSessionAssurance(db: Kysely<Database>, sessionId: string, aal: number): Promise<void> {
  await db.updateTable('sessions').set({ aal }).where('id', '=', sessionId).where('aal', '<', aal).execute();
}

/** Revokes every live session of a user, except (optionally) the one making the request. */
export async function revokeUserSessions(
  db: Kysely<Database>,
  userId: number,
  { reason, now, exceptSessionId }: { reason: RevokeReason; now: number; exceptSessionId?: string },
): Promise<number> {
  let query = db.updateTable('sessions').set({ revoked_at: now, revoked_reason: reason }).where('user_id', '=', userId).where('revoked_at', 'is', null);
  if (exceptSessionId) query = query.where('id', '!=', exceptSessionId);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** What a session list shows of a session: never its refresh-token ids. */
export type LiveSession = Pick<SessionRow, 'id' | 'created_at' | 'last_used_at' | 'expires_at' | 'ip' | 'user_agent' | 'aal'>;

/** A user's live sessions (not revoked, not expired), newest first. A read: it writes nothing. */
export async function listLiveSessions(db: Kysely<Database>, userId: number, now: number): Promise<LiveSession[]> {
  return db
    .selectFrom('sessions')
    .select(['id', 'created_at', 'last_used_at', 'expires_at', 'ip', 'user_agent', 'aal'])
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

/**
 * Ends one live session if, and only if, it belongs to `userId`: one conditional UPDATE, so a session of
 * someone else, an unknown id and an ended session cost the same statement and all answer false.
 */
export async function revokeSessionOfUser(
  db: Kysely<Database>,
  { sessionId, userId, reason, now }: { sessionId: string; userId: number; reason: RevokeReason; now: number },
): Promise<boolean> {
  const result = await db
    .updateTable('sessions')
    .set({ revoked_at: now, revoked_reason: reason })
    .where('id', '=', sessionId)
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Ends every live session of a user, except (optionally) one; returns how many were live and ended. */
export async function revokeLiveSessions(
  db: Kysely<Database>,
  userId: number,
  { reason, now, exceptSessionId }: { reason: RevokeReason; now: number; exceptSessionId?: string },
): Promise<number> {
  let query = db
    .updateTable('sessions')
    .set({ revoked_at: now, revoked_reason: reason })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now);
  if (exceptSessionId) query = query.where('id', '!=', exceptSessionId);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Deletes sessions whose refresh tokens have expired: nothing can use them any more. */
export async function purgeExpiredSessions(db: Kysely<Database>, now: number): Promise<number> {
  const result = await db.deleteFrom('sessions').where('expires_at', '<=', now).executeTakeFirst();
  return Number(result.numDeletedRows);
}
