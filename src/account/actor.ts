import type { UserRow } from '../db/types.js';
import { AppError } from '../errors.js';

export type Role = UserRow['role'];

/** Where a request came from, as the audit trail records it (and sessions list it). */
export interface ClientInfo {
  ip?: string;
  userAgent?: string;
  /** The request's id (X-Request-Id when sent, else Fastify's), tying an event to its log lines. */
  requestId?: string;
}

/**
 * A signed-in user: the row read for this request (role and state are never taken from token claims), the
 * session the request came through, and that session's assurance level as stored now (1 password, 2 second factor).
 */
export interface UserActor {
  kind: 'user';
  user: UserRow;
  /** null for a Flask access token (LEGACY_JWT_ACCEPT_ACCESS_TOKENS): it came through no session, at aal 1. */
  sessionId: string | null;
  aal: number;
  /** Only for a Flask access token: what logout blacklists. */
  legacyToken?: { jti: string; expiresAt: number };
  /** The request's client, for the audit trail (set by the authentication hook). */
  client?: ClientInfo;
}

/** The operator at the admin CLI: an admin's rights, and no account. */
export interface SystemActor {
  kind: 'system';
  name: 'cli';
}

/** Who is acting. Every question of what they may do is answered below, and only here. */
export type Actor = UserActor | SystemActor;

export const CLI_ACTOR: SystemActor = { kind: 'system', name: 'cli' };

/** The fields of a user only an admin may change, even to send a value that changes nothing. */
export const ADMIN_ONLY_FIELDS = ['role', 'is_active', 'unlock'] as const;
export type AdminOnlyField = (typeof ADMIN_ONLY_FIELDS)[number];

export function isAdmin(actor: Actor): boolean {
  return actor.kind === 'system' || actor.user.role === 'admin';
}

export function isSelf(actor: Actor, userId: number): boolean {
  return actor.kind === 'user' && actor.user.id === userId;
}

/**
 * Whether the actor's admin rights may be used now: with `secondFactorRequired` (MFA_REQUIRED_FOR_ADMINS) an
 * admin must act through a session that passed a second factor.
 */
export function mayAdminister(actor: Actor, { secondFactorRequired }: { secondFactorRequired: boolean }): boolean {
  if (!isAdmin(actor)) return false;
  return actor.kind === 'system' || !secondFactorRequired || actor.aal >= 2;
}

/** An admin acting on someone else's account: administration, not self-service (acting on oneself is, whatever the role). */
export function administersOther(actor: Actor, userId: number): boolean {
  return isAdmin(actor) && !isSelf(actor, userId);
}

/** Whether the actor may change `field` of user `userId`: their own account, or any as an admin; admin-only fields for admins alone. */
export function mayChange(actor: Actor, userId: number, field: string): boolean {
  if (isAdmin(actor)) return true;
  return isSelf(actor, userId) && !(ADMIN_ONLY_FIELDS as readonly string[]).includes(field);
}

/**
 * Whether a user may still act: an active account. A lock is not a reason: it stops password checks, not the
 * sessions opened before it (otherwise anyone could log an admin out with five wrong passwords).
 */
export function mayAct(user: Pick<UserRow, 'is_active'>): boolean {
  return user.is_active === 1;
}

export function assertMayAct(user: Pick<UserRow, 'is_active'>): void {
  if (!mayAct(user)) throw new AppError('account_disabled');
}

/**
 * What is bound to the session a request came through (an email change, a second factor's enrolment) needs one:
 * a Flask access token has none, so its holder exchanges the Flask refresh token or logs in first.
 */
export function assertActsThroughSession(actor: UserActor): asserts actor is UserActor & { sessionId: string } {
  if (actor.sessionId === null) throw new AppError('forbidden', { detail: 'This needs a Gatehouse session: refresh or log in first.' });
}

