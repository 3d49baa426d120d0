import { randomUUID } from 'node:crypto';
import { type ExpressionBuilder, type Insertable, type Kysely, sql } from 'kysely';
import type { Config } from '../config.js';
import { firstRowOf, preparedQuery } from '../db/prepared.js';
import type { Database, SessionRow, SessionsTable, UserRow } from '../db/types.js';
import { AppError } from '../errors.js';
import { assertMayAct } from './actor.js';

/**
 * The session core: when a session is valid, and how it dies. A session is one refresh-token family; it lives
 * while it is neither revoked nor expired (`isLive`, and `live` for SQL, the same rule). Every other module
 * opens, validates, rotates and ends sessions through the functions here.
 */

export type InvalidationReason = 'logout' | 'refresh_reused' | 'password_changed' | 'admin' | 'ended_by_user' | 'mfa_changed';

/** How long sessions last, from the config: in one place. */
export interface SessionLifetime {
  /** A new session's life, and what each rotation extends it to (REFRESH_TOKEN_TTL). */
  ttlMs: number;
  /** Never past this from its opening, however often it rotates (SESSION_MAX_LIFETIME). */
  maxLifetimeMs: number;
  /** A refresh token rotated this recently is answered again instead of being called reuse (a racing tab). */
  reuseGraceMs: number;
}

export function sessionLifetime(config: Pick<Config, 'jwt' | 'sessionMaxLifetimeSeconds'>): SessionLifetime {
  const ttlMs = config.jwt.refreshTtlSeconds * 1000;
  const maxLifetimeMs = config.sessionMaxLifetimeSeconds * 1000;
  return { ttlMs, maxLifetimeMs, reuseGraceMs: config.jwt.refreshReuseGraceSeconds * 1000 };
}

export function isLive(session: Pick<SessionRow, 'revoked_at' | 'expires_at'>, now: number): boolean {
  return session.revoked_at === null && session.expires_at > now;
}

/** `isLive` as a WHERE clause. */
function live(now: number) {
  return (eb: ExpressionBuilder<Database, 'sessions'>) => eb.and([eb('sessions.revoked_at', 'is', null), eb('sessions.expires_at', '>', now)]);
}

export interface NewSession {
  userId: number;
  now: number;
  lifetime: SessionLifetime;
  userAgent?: string;
  ip?: string;
  /** 2 when the login passed a second factor. */
  aal?: number;
  /** The identity provider signed in through (social sign-in). */
  provider?: string;
  /** How it was signed in (RFC 8176 methods), when not a password or a provider with "otp" at aal 2: passkeys. */
  amr?: readonly string[];
}

/** A new session's row. */
function newSessionRow(s: NewSession): Insertable<SessionsTable> {
  return {
    id: randomUUID(),
    user_id: s.userId,
    refresh_jti: randomUUID(),
    created_at: s.now,
    last_used_at: s.now,
    expires_at: s.now + Math.min(s.lifetime.ttlMs, s.lifetime.maxLifetimeMs),
    user_agent: s.userAgent?.slice(0, 512) ?? null,
    ip: s.ip?.slice(0, 64) ?? null,
    aal: s.aal ?? 1,
    provider: s.provider ?? null,
    amr: s.amr?.join(' ') ?? null,
  };
}

/** How a session was signed in (RFC 8176): as recorded, else a password or a provider, with "otp" at aal 2. */
export function sessionAmr(session: Pick<SessionRow, 'amr' | 'provider' | 'aal'>): string[] {
  if (session.amr !== null) return session.amr.split(' ');
  return [session.provider !== null ? 'oauth' : 'pwd', ...(session.aal >= 2 ? ['otp'] : [])];
}

/** Opens a session for a successful sign-in. */
export async function openSession(db: Kysely<Database>, s: NewSession): Promise<SessionRow> {
  return db.insertInto('sessions').values(newSessionRow(s)).returningAll().executeTakeFirstOrThrow();
}

/**
 * Opens the session that owns a Flask refresh token (`legacy_jti`, unique), or undefined when another request
 * already opened it. With rotation, the Flask token counts as just rotated out of the new session (so presenting
 * it again is the grace window, then reuse); without, it stays the session's refresh token.
 */
export async function openLegacySession(db: Kysely<Database>, s: NewSession & { legacyJti: string; rotation: boolean }): Promise<SessionRow | undefined> {
  return db
    .insertInto('sessions')
    .values({
      ...newSessionRow({ ...s, aal: 1 }),
      legacy_jti: s.legacyJti,
      ...(s.rotation ? { previous_refresh_jti: s.legacyJti, rotated_at: s.now } : { refresh_jti: s.legacyJti }),
    })
    .onConflict((oc) => oc.column('legacy_jti').doNothing())
    .returningAll()
    .executeTakeFirst();
}

/** The session that owns a Flask refresh token, live or not. */
export async function findLegacySession(db: Kysely<Database>, legacyJti: string): Promise<SessionRow | undefined> {
  return db.selectFrom('sessions').selectAll().where('legacy_jti', '=', legacyJti).executeTakeFirst();
}

export interface ValidSession {
  session: Pick<SessionRow, 'id' | 'user_id' | 'revoked_at' | 'expires_at' | 'aal'>;
  user: UserRow;
}

/**
 * Every column, named: the prepared queries below run as named statements on PostgreSQL, whose plan a `*` would
 * tie to the table's shape at preparation (a column added by a migration while servers run would break them).
 * The compiler keeps both lists complete.
 */
const USER_COLUMNS = [
  'id', 'username', 'email', 'password_hash', 'role', 'is_active', 'failed_login_attempts', 'locked_until', 'last_failed_login_at', 'last_login_at',
  'email_verified_at', 'pending_email', 'mfa_secret', 'mfa_enabled_at', 'mfa_last_step', 'mfa_pending_secret', 'mfa_pending_expires_at', 'created_at',
  'updated_at', 'tokens_revoked_before',
] as const satisfies ReadonlyArray<keyof UserRow>;
const SESSION_COLUMNS = [
  'id', 'user_id', 'refresh_jti', 'previous_refresh_jti', 'rotated_at', 'created_at', 'last_used_at', 'expires_at', 'revoked_at', 'revoked_reason',
  'user_agent', 'ip', 'aal', 'legacy_jti', 'provider', 'amr',
] as const satisfies ReadonlyArray<keyof SessionRow>;
type Missing<Row, Listed> = Exclude<keyof Row, Listed>;
const allListed: [Missing<UserRow, (typeof USER_COLUMNS)[number]>, Missing<SessionRow, (typeof SESSION_COLUMNS)[number]>] extends [never, never] ? true : never = true;
void allListed;

const sessionWithUser = preparedQuery(['sessionId'], (db: Kysely<Database>, p) =>
  db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(USER_COLUMNS.map((column) => `users.${column}` as const))
    .select(['sessions.id as session_id', 'sessions.revoked_at as session_revoked_at', 'sessions.expires_at as session_expires_at', 'sessions.aal as session_aal'])
    .where('sessions.id', '=', p.sessionId),
);

/**
 * The user's columns of a joined row, named one by one (every authenticated request runs this: an object rest
 * spread that drops the session's columns is V8's slow path). The compiler keeps the list complete.
 */
function userOf(row: UserRow): UserRow {
  return {
    id: row.id,
    username: row.username,
    email: row.email,
    password_hash: row.password_hash,
    role: row.role,
    is_active: row.is_active,
    failed_login_attempts: row.failed_login_attempts,
    locked_until: row.locked_until,
    last_failed_login_at: row.last_failed_login_at,
    last_login_at: row.last_login_at,
    email_verified_at: row.email_verified_at,
    pending_email: row.pending_email,
    mfa_secret: row.mfa_secret,
    mfa_enabled_at: row.mfa_enabled_at,
    mfa_last_step: row.mfa_last_step,
    mfa_pending_secret: row.mfa_pending_secret,
    mfa_pending_expires_at: row.mfa_pending_expires_at,
    created_at: row.created_at,
    updated_at: row.updated_at,
    tokens_revoked_before: row.tokens_revoked_before,
  };
}

/**
 * The session a token names, with its user, in one query compiled once (every authenticated request runs it):
 * `token_revoked` unless it is that user's and not revoked, `token_expired` once expired, `account_disabled`
 * for a user who may no longer act. A revoked session says so first: reactivating its user will not revive it.
 */
export async function validateSession(db: Kysely<Database>, { sessionId, subject }: { sessionId: string; subject: string }, now: number): Promise<ValidSession> {
  const row = await firstRowOf(db, sessionWithUser(db, { sessionId }));
  if (!row) throw new AppError('token_revoked');
  const user = userOf(row);
  const session = { id: row.session_id, user_id: user.id, revoked_at: row.session_revoked_at, expires_at: row.session_expires_at, aal: row.session_aal };
  if (session.revoked_at !== null || String(user.id) !== subject) throw new AppError('token_revoked');
  if (!isLive(session, now)) throw new AppError('token_expired');
  assertMayAct(user);
  return { session, user };
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
      // Rotation extends the session, never past its absolute lifetime.
      expires_at: sql<number>`case when ${eb.ref('created_at')} + ${p.maxLifetimeMs} < ${p.extendedTo} then ${eb.ref('created_at')} + ${p.maxLifetimeMs} else ${p.extendedTo} end`,
    }))
    .where('id', '=', p.sessionId)
    .where('refresh_jti', '=', p.presentedJti)
    .where(live(p.now as number))
    .returning(SESSION_COLUMNS),
);

/**
 * Rotates a refresh token: compare-and-swap on the live session's current jti, so of two racing requests only
 * one rotates; the other lands in the grace window. A rotated jti seen after the window is reuse.
 */
export async function rotate(
  db: Kysely<Database>,
  { sessionId, presentedJti, now, lifetime }: { sessionId: string; presentedJti: string; now: number; lifetime: SessionLifetime },
): Promise<RotationOutcome> {
  const [rotated] = (await db.executeQuery(rotation(db, {
    sessionId,
    presentedJti,
    newJti: randomUUID(),
    now,
    extendedTo: now + lifetime.ttlMs,
    maxLifetimeMs: lifetime.maxLifetimeMs,
  }))).rows;
  if (rotated) return { kind: 'rotated', session: rotated };

  const session = await db.selectFrom('sessions').selectAll().where('id', '=', sessionId).executeTakeFirst();
  if (!session || session.revoked_at !== null) return { kind: 'revoked' };
  if (!isLive(session, now)) return { kind: 'expired' };
  const withinGrace = session.previous_refresh_jti === presentedJti && session.rotated_at !== null && now - session.rotated_at <= lifetime.reuseGraceMs;
  return withinGrace ? { kind: 'grace', session } : { kind: 'reused', session };
}

export type KeptOutcome = { kind: 'kept'; session: SessionRow } | { kind: 'revoked' } | { kind: 'expired' };

/**
 * Without rotation (REFRESH_TOKEN_ROTATION=false): the presented token stays the session's refresh token while
 * the session lives; nothing is extended (the session dies when that token expires) and nothing counts as reuse.
 * A token the session no longer holds (rotated out while rotation was on) is refused as revoked.
 */
export async function keepRefreshToken(db: Kysely<Database>, { sessionId, presentedJti, now }: { sessionId: string; presentedJti: string; now: number }): Promise<KeptOutcome> {
  const session = await db
    .updateTable('sessions')
    .set({ last_used_at: now })
    .where('id', '=', sessionId)
    .where('refresh_jti', '=', presentedJti)
    .where(live(now))
    .returningAll()
    .executeTakeFirst();
  if (session) return { kind: 'kept', session };
  const current = await db.selectFrom('sessions').select(['revoked_at', 'expires_at']).where('id', '=', sessionId).executeTakeFirst();
  return current && current.revoked_at === null && !isLive(current, now) ? { kind: 'expired' } : { kind: 'revoked' };
}

/**
 * Ends one live session if, and only if, it belongs to `userId`: one conditional UPDATE, so a session of
 * someone else, an unknown id and an ended session cost the same statement and all answer false.
 */
export async function invalidateSession(
  db: Kysely<Database>,
  { sessionId, userId, reason, now }: { sessionId: string; userId: number; reason: InvalidationReason; now: number },
): Promise<boolean> {
  const result = await db
    .updateTable('sessions')
    .set({ revoked_at: now, revoked_reason: reason })
    .where('id', '=', sessionId)
    .where('user_id', '=', userId)
    .where(live(now))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Ends every live session of a user, except (optionally) one: the caller's session, null when it came through none
 * (a Flask access token); returns how many ended. Every Flask token issued
 * until now dies with them (`tokens_revoked_before`); the user row is written first, in the order a login takes.
 */
export async function invalidateUserSessions(
  db: Kysely<Database>,
  userId: number,
  { reason, now, except }: { reason: InvalidationReason; now: number; except?: string | null },
): Promise<number> {
  await db.updateTable('users').set({ tokens_revoked_before: now }).where('id', '=', userId).execute();
  let query = db.updateTable('sessions').set({ revoked_at: now, revoked_reason: reason }).where('user_id', '=', userId).where(live(now));
  if (except !== undefined && except !== null) query = query.where('id', '!=', except);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/**
 * A session proved a second factor (the enrolment it made): later factor changes may go through it. `method`: the
 * factor, when not a TOTP code (a passkey: "webauthn"), recorded in the session's amr.
 */
export async function raiseSessionAssurance(db: Kysely<Database>, sessionId: string, aal: number, method?: string): Promise<void> {
  const session = await db.selectFrom('sessions').select(['amr', 'provider', 'aal']).where('id', '=', sessionId).executeTakeFirst();
  if (!session || session.aal >= aal) return;
  const amr = method === undefined ? session.amr : [...new Set([...sessionAmr(session), method])].join(' ');
  await db.updateTable('sessions').set({ aal, amr }).where('id', '=', sessionId).where('aal', '<', aal).execute();
}

/** What a session list shows of a session: never its refresh-token ids. */
export type LiveSession = Pick<SessionRow, 'id' | 'created_at' | 'last_used_at' | 'expires_at' | 'ip' | 'user_agent' | 'aal'>;

/** A user's live sessions, newest first. A read: it writes nothing. */
export async function listLiveSessions(db: Kysely<Database>, userId: number, now: number): Promise<LiveSession[]> {
  return db
    .selectFrom('sessions')
    .select(['id', 'created_at', 'last_used_at', 'expires_at', 'ip', 'user_agent', 'aal'])
    .where('user_id', '=', userId)
    .where(live(now))
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

/**
 * Deletes sessions past their expiry: nothing can use them any more. The Flask refresh token a purged session
 * owned is blacklisted first (without an expiry: it is not stored here, and the Flask token may outlive the
 * session), so it never opens a second session once no row owns its jti.
 */
export async function purgeExpiredSessions(db: Kysely<Database>, now: number): Promise<number> {
  await db
    .insertInto('legacy_revoked_tokens')
    .columns(['jti', 'token_type', 'user_id', 'revoked_at'])
    .expression((eb) =>
      eb
        .selectFrom('sessions')
        .select((s) => [sql<string>`${s.ref('legacy_jti')}`.as('jti'), sql.lit('refresh').as('token_type'), 'user_id', sql.lit(Math.trunc(now)).as('revoked_at')])
        .where('legacy_jti', 'is not', null)
        .where('expires_at', '<=', now),
    )
    .onConflict((oc) => oc.column('jti').doNothing())
    .execute();
  const result = await db.deleteFrom('sessions').where('expires_at', '<=', now).executeTakeFirst();
  return Number(result.numDeletedRows);
}
