import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { AttemptBudget } from '../account/attempt-budget.js';
import { identifierKeyer, settleAccountSuccess, unlockAccount } from '../account/lockout.js';
import { checkCurrentPassword } from '../account/current-password.js';
import { inspectPasswordHash } from '../account/password-formats.js';
import { assertPasswordPolicy } from '../account/password-policy.js';
import type { PasswordHasher } from '../account/password-hasher.js';
import { ADMIN_ONLY_FIELDS, type Actor, assertActsThroughSession, type ClientInfo, isAdmin, isSelf, mayChange, type Role, type UserActor } from '../account/actor.js';
import { invalidateUserSessions } from '../account/sessions.js';
import type { Clock } from '../clock.js';
import { inWriteTransaction } from '../db/transactions.js';
import type { Database, UserRow, UserUpdate } from '../db/types.js';
import { AppError } from '../errors.js';
import type { AuditTrail } from '../admin/audit-trail.js';
import type { Registration } from '../schemas/auth.js';
import { DEFAULT_PER_PAGE, MAX_PER_PAGE, type PublicUser, type UserChanges, type UserList, type UserStatus } from '../schemas/user.js';
import { dropPendingEmailAndVoidTokens, voidEmailTokens } from '../account/email-tokens.js';
import type { Mailer } from '../mail/sender.js';
import type { AccountMail } from './account-mail.js';
import { findUserById, findUserByLogin, lockUserRow } from '../account/user-lookup.js';
import { isLockedOut } from '../account/lockout.js';
import { countUsers, deleteUser, findUsersPage, insertUser, lockActiveAdminIds, updateUser, type UserFilter } from './repository.js';
import { toPublicUser } from '../account/public-user.js';
import { revokeInvitationsBy } from '../account/invitations.js';

/**
 * `total` counts at most this many matching users (plus one, to know it stopped): beyond it `total` is the cap
 * and `total_exact` is false. Exported as a mutable setting so a test can lower it.
 */
export const listSettings = { countCap: 10_000 };

export interface UserServiceDeps {
  db: Kysely<Database>;
  clock: Clock;
  audit: AuditTrail;
  passwords: PasswordHasher;
  budget: AttemptBudget;
  identifierKey: Buffer;
  mailer: Mailer;
  accountMail: AccountMail;
}

export interface ListUsersQuery extends Omit<UserFilter, 'status'> {
  status?: UserStatus;
  page?: number;
  /** Keyset paging: the users with an id above this one (exclusive); not with `page`. */
  after?: number;
  perPage?: number;
}

/** How a new account signs in: a password (policy-checked, hashed here) or a hash from another system (stored as is). */
export type InitialCredential = { password: string } | { passwordHash: string };

/** An account an admin creates: every setting of it, where a registration gets the defaults. */
export interface NewAccount {
  username: string;
  email: string;
  credential: InitialCredential;
  role?: Role;
  isActive?: boolean;
  emailVerified?: boolean;
}

export interface UserService {
  register(input: Registration, options?: { actor?: Actor; role?: Role; client?: ClientInfo }): Promise<PublicUser>;
  /** An admin creates an account (POST /api/users): the registration's path, with a hash accepted and every setting given. */
  create(options: { actor: Actor; account: NewAccount }): Promise<PublicUser>;
  list(query: ListUsersQuery): Promise<UserList>;
  get(options: { viewer: Actor; id: number }): Promise<PublicUser>;
  /** The caller's own record, from the row the authentication hook already read. */
  me(viewer: UserActor): PublicUser;
  update(options: { actor: Actor; id: number; changes: UserChanges }): Promise<PublicUser>;
  remove(options: { actor: Actor; id: number }): Promise<void>;
}

function invalid(field: string, message: string): AppError {
  return new AppError('validation_failed', { errors: [{ field, message }] });
}

function assertPageBounds(page: number, perPage: number, after: number | undefined): void {
  if (!Number.isInteger(page) || page < 1) throw invalid('page', 'must be an integer of at least 1');
  if (after !== undefined && (!Number.isInteger(after) || after < 0)) throw invalid('after', 'must be an integer of at least 0');
  if (!Number.isInteger(perPage) || perPage < 1 || perPage > MAX_PER_PAGE) throw invalid('per_page', `must be an integer from 1 to ${MAX_PER_PAGE}`);
}

/** Only admins may touch role, active state or locks, even to send a value that changes nothing. */
function assertMayChange(actor: Actor, userId: number, changes: UserChanges): void {
  const refused = ADMIN_ONLY_FIELDS.filter((field) => changes[field] !== undefined && !mayChange(actor, userId, field));
  if (refused.length > 0) {
    throw new AppError('forbidden', { detail: `Only an admin may change ${refused.join(', ')}.`, errors: refused.map((field) => ({ field, message: 'admins only' })) });
  }
}

export function createUserService({ db, clock, audit, passwords, budget, identifierKey, mailer, accountMail }: UserServiceDeps): UserService {
  const keyFor = identifierKeyer(identifierKey);

  /**
   * Inside a write transaction: locks the active admins, refuses to remove the last one (of a target), and re-checks that a
   * user actor is still an active admin (they may have been demoted since their request was authenticated).
   */
  async function guardAdminSet(trx: Kysely<Database>, { actor, targetId, keepsTargetAdmin }: { actor: Actor; targetId?: number; keepsTargetAdmin: boolean }): Promise<void> {
    const admins = await lockActiveAdminIds(trx);
    if (targetId !== undefined && admins.includes(targetId) && !keepsTargetAdmin && admins.length <= 1) throw new AppError('last_admin');
    if (actor.kind === 'user' && !admins.includes(actor.user.id)) throw new AppError('forbidden', { detail: 'Your admin rights were withdrawn.' });
  }

  /** The stored hash of a new account, checked before anything is written: the policy before any hash is spent. */
  async function initialPasswordHash(credential: InitialCredential, identity: { username: string; email: string }): Promise<{ passwordHash: string; scheme: string }> {
    if ('password' in credential) {
      assertPasswordPolicy(credential.password, identity);
      return { passwordHash: await passwords.hash(credential.password), scheme: 'argon2id' };
    }
    // A hash whose parameters would make a login a denial of service is refused here, never stored.
    const inspection = inspectPasswordHash(credential.passwordHash);
    if (!inspection.usable) throw invalid('password_hash', `is not accepted: ${inspection.reason}`);
    return { passwordHash: credential.passwordHash, scheme: inspection.scheme };
  }

  /**
   * The one way an account comes to exist (registration, the CLI, an admin): the row, and the mail that verifies
   * its address when it is active and unverified, commit together. An admin acting must still be one when it commits.
   */
  async function createAccount(
    account: NewAccount,
    { actor, client, audited }: { actor?: Actor; client?: ClientInfo; audited: (user: UserRow, scheme: string) => { action: 'user_registered' | 'user_created'; details: Record<string, unknown> } },
  ): Promise<{ user: UserRow; now: number }> {
    const { username, credential, role = 'user', isActive = true, emailVerified = false } = account;
    const email = account.email.toLowerCase();
    const { passwordHash, scheme } = await initialPasswordHash(credential, { username, email });
    const now = clock.now();
    const user = await inWriteTransaction(db, async (trx) => {
      if (actor) await guardAdminSet(trx, { actor, keepsTargetAdmin: true });
      const created = await insertUser(trx, { username, email, passwordHash, role, isActive, emailVerifiedAt: emailVerified ? now : null, now });
      if (isActive && !emailVerified) await accountMail.verification(trx, created, now);
      const { action, details } = audited(created, scheme);
      await audit.record(trx, { action, target: created.id, by: actor ?? created.id, client, details, user: created }, now);
      return created;
    });
    mailer.kick();
    return { user, now };
  }

  /** The events of one update, in its transaction: one per kind of change. */
  async function recordChanges(trx: Kysely<Database>, actor: Actor, before: UserRow, after: UserRow, { unlocked, passwordChanged, revokedInvitations, now }: { unlocked: boolean; passwordChanged: boolean; revokedInvitations: string[]; now: number }): Promise<void> {
    const record = (action: Parameters<AuditTrail['record']>[1]['action'], details?: Record<string, unknown>) => audit.record(trx, { action, target: after.id, by: actor, details, user: after }, now);
    if (before.role !== after.role) await record('role_changed', { from: before.role, to: after.role });
    if (before.is_active !== after.is_active) await record(after.is_active === 1 ? 'user_reactivated' : 'user_deactivated');
    if (unlocked) await record('user_unlocked');
    if (passwordChanged) await record('password_changed');
    if (before.email !== after.email) await record('email_changed');
    if (after.pending_email !== null && before.pending_email !== after.pending_email) await record('email_change_requested');
    if (before.username !== after.username) await record('username_changed', { from: before.username, to: after.username });
    await recordRevokedInvitations(trx, actor, revokedInvitations, now);
  }

  async function recordRevokedInvitations(trx: Kysely<Database>, actor: Actor, ids: string[], now: number): Promise<void> {
    for (const id of ids) await audit.record(trx, { action: 'invitation_revoked', target: null, by: actor, details: { invitation_id: id, reason: 'inviter_no_longer_admin' } }, now);
  }

  /** The fields of `changes` that differ from `target`, before any password work. */
  function plannedUpdate(target: UserRow, changes: UserChanges): UserUpdate {
    const update: UserUpdate = {};
    if (changes.username !== undefined && changes.username !== target.username) update.username = changes.username;
    const email = changes.email?.toLowerCase();
    if (email !== undefined && email !== target.email) update.email = email;
    else if (email !== undefined && target.pending_email !== null) update.pending_email = null;
    if (changes.role !== undefined && changes.role !== target.role) update.role = changes.role;
    const active = changes.is_active === undefined ? undefined : changes.is_active ? 1 : 0;
    if (active !== undefined && active !== target.is_active) update.is_active = active;
    return update;
  }

  return {
    async register({ username, email, password }, { actor, role = 'user', client } = {}) {
      const { user, now } = await createAccount({ username, email, credential: { password }, role }, { actor, client, audited: () => ({ action: 'user_registered', details: { role } }) });
      return toPublicUser(user, { now });
    },

    async create({ actor, account }) {
      // The scheme of the stored hash, never the hash.
      const { user, now } = await createAccount(account, {
        actor,
        audited: (created, scheme) => ({
          action: 'user_created',
          details: { role: created.role, is_active: created.is_active === 1, email_verified: created.email_verified_at !== null, password_scheme: scheme },
        }),
      });
      return toPublicUser(user, { now, forAdmin: isAdmin(actor) });
    },

    async list({ page, after, perPage = DEFAULT_PER_PAGE, role, q, status }) {
      if (page !== undefined && after !== undefined) throw invalid('after', 'cannot be combined with page');
      assertPageBounds(page ?? 1, perPage, after);
      const now = clock.now();
      const filter: UserFilter = { role, q, ...(status !== undefined ? { status: { is: status, now } } : {}) };
      // One row more than the page shows whether another follows.
      const window = after !== undefined ? { limit: perPage + 1, afterId: after } : { limit: perPage + 1, offset: ((page ?? 1) - 1) * perPage };
      const [{ total, exact }, fetched] = await Promise.all([
        countUsers(db, filter, { cap: listSettings.countCap }),
        findUsersPage(db, filter, window),
      ]);
      const rows = fetched.slice(0, perPage);
      return {
        users: rows.map((row) => toPublicUser(row, { now, forAdmin: true })),
        page: after !== undefined ? null : (page ?? 1),
        per_page: perPage,
        total,
        total_exact: exact,
        pages: Math.ceil(total / perPage),
        next: fetched.length > perPage ? rows[rows.length - 1]!.id : null,
      };
    },

    async get({ viewer, id }) {
      const user = await findUserById(db, id);
      if (!user) throw new AppError('user_not_found');
      return toPublicUser(user, { now: clock.now(), forAdmin: isAdmin(viewer) });
    },

    me(viewer) {
      return toPublicUser(viewer.user, { now: clock.now(), forAdmin: isAdmin(viewer) });
    },

    async update({ actor, id, changes }) {
      if (Object.values(changes).every((value) => value === undefined)) throw invalid('(root)', 'send at least one field to change');
      assertMayChange(actor, id, changes);
      const target = await findUserById(db, id);
      if (!target) throw new AppError('user_not_found');
      const ownAccount = isSelf(actor, target.id);
      const update = plannedUpdate(target, changes);

      // Cheap checks first: the policy and the required fields, before any hash is spent.
      if (changes.password !== undefined) {
        assertPasswordPolicy(changes.password, { username: update.username ?? target.username, email: update.email ?? target.email });
      }
      const needsCurrentPassword = ownAccount && (changes.password !== undefined || update.email !== undefined);
      if (needsCurrentPassword && changes.current_password === undefined) {
        throw invalid('current_password', 'is required to change your own password or email');
      }
      if (!needsCurrentPassword && changes.current_password !== undefined) {
        throw invalid('current_password', 'is only accepted with a change of your own password or email');
      }
      // One's own email change is confirmed by a link bound to the session that asked for it.
      if (ownAccount && update.email !== undefined && actor.kind === 'user') assertActsThroughSession(actor);
      // A wrong current password counts against the account's attempt budget, like a wrong login.
      const checked = needsCurrentPassword
        ? await checkCurrentPassword(
          { db, budget, passwords },
          { user: target, actor: actor.kind === 'user' ? actor : undefined, password: changes.current_password as string, otherwise: new AppError('invalid_current_password', { errors: [{ field: 'current_password', message: 'is wrong' }] }) },
        )
        : undefined;
      const now = clock.now();
      // Hashing is slow: done before the write transaction, never while holding its locks.
      if (changes.password !== undefined) update.password_hash = await passwords.hash(changes.password);
      const passwordChanged = update.password_hash !== undefined;
      // One's own new address waits for its mailed confirmation; an admin's change applies at once, unverified.
      const newEmail = update.email;
      if (newEmail !== undefined && ownAccount) {
        if (await findUserByLogin(db, { email: newEmail })) throw new AppError('email_taken', { errors: [{ field: 'email', message: 'is already registered' }] });
        delete update.email;
        update.pending_email = newEmail;
      } else if (newEmail !== undefined) {
        Object.assign(update, { email_verified_at: null, pending_email: null });
      }

      const outcome = await inWriteTransaction(db, async (trx) => {
        if (checked && !(await settleAccountSuccess(trx, { userId: target.id, now, passwordHash: checked.passwordHash }))) {
          throw new AppError('invalid_current_password', { detail: 'The password changed, or the account was locked, while this request ran.' });
        }
        // The new address got a confirmation moments ago (from any account): nothing changes, the right password stays settled.
        const wait = update.pending_email ? await accountMail.claimRecipient(trx, update.pending_email, now) : 0;
        if (wait > 0) return { wait };
        let revokedInvitations: string[] = [];
        if (update.role !== undefined || update.is_active !== undefined) {
          const keepsTargetAdmin = (update.role ?? 'admin') === 'admin' && (update.is_active ?? 1) === 1;
          await guardAdminSet(trx, { actor, targetId: target.id, keepsTargetAdmin });
          // An invitation speaks for the admin who sent it: it stops when they stop being one. Whatever role the row
          // read before this transaction showed (a promotion may have landed since), under the admins' locks.
          if (!keepsTargetAdmin) revokedInvitations = await revokeInvitationsBy(trx, { invitedBy: target.id, now });
        }
        // The row as it stands under its lock, after any racing change committed: what this update is recorded against
        // (a racing admin's change is theirs, not this one's). Taken after the admins' locks, in the order deletions take them.
        const before = await lockUserRow(trx, target.id);
        if (!before) throw new AppError('user_not_found');
        const unlocked = changes.unlock === true && (isLockedOut(before.locked_until, now) || before.failed_login_attempts > 0);
        if (changes.unlock === true) await unlockAccount(trx, target, keyFor);
        // A request for a change (pending) leaves the links of the current address alone: an attacker must not void the owner's reset.
        if (passwordChanged || update.is_active === 0 || update.email !== undefined) await dropPendingEmailAndVoidTokens(trx, { userId: target.id, now });
        else if (update.pending_email === null) await voidEmailTokens(trx, { userId: target.id, purposes: ['email_change'], now });
        const row = await updateUser(trx, target.id, { ...update, updated_at: now });
        if (!row) throw new AppError('user_not_found');
        // A new password ends every other session; the caller's own stays when they changed their own password.
        if (passwordChanged) {
          await invalidateUserSessions(trx, target.id, { reason: 'password_changed', now, except: ownAccount && actor.kind === 'user' ? actor.sessionId : undefined });
        }
        if (update.is_active === 0) await invalidateUserSessions(trx, target.id, { reason: 'admin', now });
        if (passwordChanged) await accountMail.passwordChanged(trx, row, now);
        if (update.pending_email && actor.kind === 'user' && actor.sessionId !== null) await accountMail.emailChange(trx, row, { to: update.pending_email, sessionId: actor.sessionId }, now);
        else if (update.email !== undefined) await accountMail.verification(trx, row, now);
        await recordChanges(trx, actor, before, row, { unlocked, passwordChanged, revokedInvitations, now });
        return { row };
      });
      if ('wait' in outcome) {
        throw new AppError('rate_limited', { detail: 'A confirmation was mailed to this address moments ago; wait before asking again.', retryAfter: outcome.wait });
      }
      const updated = outcome.row;
      mailer.kick();
      return toPublicUser(updated, { now, forAdmin: isAdmin(actor) });
    },

    async remove({ actor, id }) {
      const now = clock.now();
      await inWriteTransaction(db, async (trx) => {
        const target = await findUserById(trx, id);
        if (!target) throw new AppError('user_not_found');
        await guardAdminSet(trx, { actor, targetId: id, keepsTargetAdmin: false });
        const revoked = await revokeInvitationsBy(trx, { invitedBy: id, now });
        // Sessions go with the user (ON DELETE CASCADE), so its tokens fail at the next request.
        if (!(await deleteUser(trx, id))) throw new AppError('user_not_found');
        await audit.record(trx, { action: 'user_deleted', target: id, by: actor, details: { username: target.username }, user: target }, now);
        await recordRevokedInvitations(trx, actor, revoked, now);
      });
    },
  };
}
