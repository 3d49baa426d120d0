import type { Kysely } from 'kysely';
import type { Clock } from '../clock.js';
import { inWriteTransaction } from '../db/transactions.js';
import type { Database } from '../db/types.js';
import { AppError } from '../errors.js';
import type { AuditTrail } from '../admin/audit-trail.js';
import type { PublicSession } from '../schemas/session.js';
import { findUserById } from '../account/user-lookup.js';
import { type Actor, isAdmin, isSelf, type UserActor } from '../account/actor.js';
import { dropPendingEmailAndVoidTokens } from '../account/email-tokens.js';
import { invalidateSession, invalidateUserSessions, type LiveSession, listLiveSessions } from '../account/sessions.js';

export interface SessionManagementDeps {
  db: Kysely<Database>;
  clock: Clock;
  audit: AuditTrail;
}

/** Listing and ending sessions: one's own, and (admins) anyone's. */
export interface SessionManagement {
  /** The caller's live sessions, newest first; `current` marks the caller's own. */
  listOwn(owner: UserActor): Promise<PublicSession[]>;
  /** Ends one of the caller's sessions (the current one too); `session_not_found` for anything else. */
  endOwn(owner: UserActor, sessionId: string): Promise<void>;
  /** Ends every live session of the caller but the current one; returns how many. */
  endOwnOthers(owner: UserActor): Promise<number>;
  /** A user's live sessions, for an admin (or the CLI). */
  listForUser(options: { actor: Actor; userId: number }): Promise<PublicSession[]>;
  /** Ends every live session of a user, for an admin (or the CLI); returns how many. */
  endAllForUser(options: { actor: Actor; userId: number }): Promise<number>;
}

export function toPublicSession(session: LiveSession, currentSessionId: string | null | undefined): PublicSession {
  return {
    id: session.id,
    created_at: new Date(session.created_at).toISOString(),
    last_used_at: new Date(session.last_used_at).toISOString(),
    expires_at: new Date(session.expires_at).toISOString(),
    ip: session.ip,
    user_agent: session.user_agent,
    current: session.id === currentSessionId,
    aal: session.aal,
  };
}

/** Admin rights, re-read from the row of this request (routes check them too, before the body is read). */
function assertAdmin(actor: Actor): void {
  if (!isAdmin(actor)) throw new AppError('forbidden');
}

export function createSessionManagement({ db, clock, audit }: SessionManagementDeps): SessionManagement {
  async function assertUserExists(userId: number): Promise<void> {
    if (!(await findUserById(db, userId))) throw new AppError('user_not_found');
  }

  /** "End all sessions" is a remediation: what was mailed, and a pending email change, go with the sessions. */
  async function endAll(actor: Actor, userId: number, options: { reason: 'ended_by_user' | 'admin'; except?: string | null }): Promise<number> {
    const now = clock.now();
    return inWriteTransaction(db, async (trx) => {
      await dropPendingEmailAndVoidTokens(trx, { userId, now });
      const revoked = await invalidateUserSessions(trx, userId, { ...options, now });
      const details = options.except ? { revoked, kept_session_id: options.except } : { revoked };
      if (revoked > 0) await audit.record(trx, { action: 'sessions_revoked', target: userId, by: actor, details }, now);
      return revoked;
    });
  }

  return {
    async listOwn({ user, sessionId }) {
      const sessions = await listLiveSessions(db, user.id, clock.now());
      return sessions.map((session) => toPublicSession(session, sessionId));
    },

    async endOwn(owner, sessionId) {
      const userId = owner.user.id;
      const now = clock.now();
      // One conditional UPDATE (and its event): someone else's session, an unknown id and an ended session
      // take the same statement and get the same answer, so the answer tells nothing about other accounts.
      const ended = await inWriteTransaction(db, async (trx) => {
        if (!(await invalidateSession(trx, { sessionId, userId, reason: 'ended_by_user', now }))) return false;
        await audit.record(trx, { action: 'session_revoked', target: userId, by: owner, sessionId, details: { current: sessionId === owner.sessionId, acting_session_id: owner.sessionId } }, now);
        return true;
      });
      if (!ended) throw new AppError('session_not_found');
    },

    endOwnOthers(owner) {
      return endAll(owner, owner.user.id, { reason: 'ended_by_user', except: owner.sessionId });
    },

    async listForUser({ actor, userId }) {
      assertAdmin(actor);
      await assertUserExists(userId);
      const sessions = await listLiveSessions(db, userId, clock.now());
      // `current` only ever marks the admin's own session (when they list their own account).
      const current = actor.kind === 'user' && isSelf(actor, userId) ? actor.sessionId : undefined;
      return sessions.map((session) => toPublicSession(session, current));
    },

    async endAllForUser({ actor, userId }) {
      assertAdmin(actor);
      await assertUserExists(userId);
      return endAll(actor, userId, { reason: 'admin' });
    },
  };
}
