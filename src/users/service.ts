import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import { type PasswordHasher, passwordPolicyErrors } from '../auth/passwords.js';
import { type LockoutPolicy, rejectWrongPassword } from '../auth/lockout.js';
import { revokeUserSessions } from '../auth/sessions.js';
import type { Clock } from '../clock.js';
import type { DatabaseKind } from '../db/connection.js';
import { inWriteTransaction } from '../db/transactions.js';
import type { Database, UserRow, UserUpdate } from '../db/types.js';
import { AppError } from '../errors.js';
import { audit } from '../logging.js';
import {
  countUsers,
  deleteUser,
  findUserById,
  findUsersPage,
  hasRole,
  lockActiveAdminIds,
  type PublicUser,
  type Role,
  toPublicUser,
  updateUser,
  type UserFilter,
} from './repository.js';

export const DEFAULT_PER_PAGE = 20;
export const MAX_PER_PAGE = 100;

export interface UserServiceDeps {
  db: Kysely<Database>;
  kind: DatabaseKind;
  clock: Clock;
  logger: Logger;
  passwords: PasswordHasher;
  lockout: LockoutPolicy;
}

export interface ListUsersQuery extends UserFilter {
  page?: number;
  perPage?: number;
}

export interface UserList {
  users: PublicUser[];
  page: number;
  per_page: number;
  total: number;
  pages: number;
}

/** What PUT /api/users/:id may carry; role, is_active and unlock are for admins only. */
export interface UserChanges {
  username?: string;
  email?: string;
  password?: string;
  current_password?: string;
  role?: Role;
  is_active?: boolean;
  unlock?: boolean;
}

const ADMIN_ONLY_CHANGES = ['role', 'is_active', 'unlock'] as const;

/** Who is acting: the user row read for this request, and the session it came through. */
export interface Actor {
  user: UserRow;
  sessionId: string;
}

export interface UserService {
  list(query: ListUsersQuery): Promise<UserList>;
  get(options: { viewer: UserRow; id: number }): Promise<PublicUser>;
  /** The caller's own record, from the row the authentication hook already read. */
  me(viewer: UserRow): PublicUser;
  update(options: { actor: Actor; id: number; changes: UserChanges }): Promise<PublicUser>;
  remove(options: { actor: Actor; id: number }): Promise<void>;
}

function invalid(field: string, message: string): AppError {
  return new AppError('validation_failed', { errors: [{ field, message }] });
}

function assertPageBounds(page: number, perPage: number): void {
  if (!Number.isInteger(page) || page < 1) throw invalid('page', 'must be an integer of at least 1');
  if (!Number.isInteger(perPage) || perPage < 1 || perPage > MAX_PER_PAGE) throw invalid('per_page', `must be an integer from 1 to ${MAX_PER_PAGE}`);
}

/** Only admins may touch role, active state or locks, even to send a value that changes nothing. */
function assertMayChange(actor: UserRow, changes: UserChanges): void {
  if (hasRole(actor, 'admin')) return;
  const refused = ADMIN_ONLY_CHANGES.filter((field) => changes[field] !== undefined);
  if (refused.length > 0) {
    throw new AppError('forbidden', { detail: `Only an admin may change ${refused.join(', ')}.`, errors: refused.map((field) => ({ field, message: 'admins only' })) });
  }
}

export function createUserService({ db, kind, clock, logger, passwords, lockout }: UserServiceDeps): UserService {
  /**
   * Inside a write transaction: locks the active admins, refuses to remove the last one, and re-checks that the
   * actor is still an active admin (they may have been demoted since their request was authenticated).
   */
  async function guardAdminSet(trx: Kysely<Database>, { actorId, targetId, keepsTargetAdmin }: { actorId: number; targetId: number; keepsTargetAdmin: boolean }): Promise<void> {
    const admins = await lockActiveAdminIds(trx, kind);
    if (admins.includes(targetId) && !keepsTargetAdmin && admins.length <= 1) throw new AppError('last_admin');
    if (!admins.includes(actorId)) throw new AppError('forbidden', { detail: 'Your admin rights were withdrawn.' });
  }

  async function passwordChange(target: UserRow, changes: UserChanges, { isSelf, identity }: { isSelf: boolean; identity: { username: string; email: string } }): Promise<string | undefined> {
    if (changes.password === undefined) {
      if (changes.current_password !== undefined) throw invalid('current_password', 'is only accepted together with password');
      return undefined;
    }
    if (isSelf) {
      if (changes.current_password === undefined) throw invalid('current_password', 'is required to change your own password');
      const check = await passwords.verify(target.password_hash, changes.current_password);
      if (!check.valid) {
        // A wrong current password counts as a failed login: a stolen access token cannot guess it without limit.
        const otherwise = new AppError('invalid_current_password', { errors: [{ field: 'current_password', message: 'is wrong' }] });
        return rejectWrongPassword({ db, logger, policy: lockout }, { userId: target.id, now: clock.now(), otherwise, via: 'current_password' });
      }
    }
    const errors = passwordPolicyErrors(changes.password, identity);
    if (errors.length > 0) throw new AppError('validation_failed', { detail: 'The password does not meet the policy.', errors });
    return passwords.hash(changes.password);
  }

  function auditChanges(actorId: number, before: UserRow, after: UserRow, { unlocked, passwordChanged }: { unlocked: boolean; passwordChanged: boolean }): void {
    const who = { actor_id: actorId, target_id: after.id };
    if (before.role !== after.role) audit(logger, 'role_changed', { ...who, from: before.role, to: after.role });
    if (before.is_active !== after.is_active) audit(logger, after.is_active === 1 ? 'user_reactivated' : 'user_deactivated', who);
    if (unlocked) audit(logger, 'user_unlocked', who);
    if (passwordChanged) audit(logger, 'password_changed', who);
  }

  return {
    async list({ page = 1, perPage = DEFAULT_PER_PAGE, role, q }) {
      assertPageBounds(page, perPage);
      const now = clock.now();
      const [total, rows] = await Promise.all([
        countUsers(db, { role, q }),
        findUsersPage(db, { role, q }, { limit: perPage, offset: (page - 1) * perPage }),
      ]);
      return {
        users: rows.map((row) => toPublicUser(row, { now, forAdmin: true })),
        page,
        per_page: perPage,
        total,
        pages: Math.ceil(total / perPage),
      };
    },

    async get({ viewer, id }) {
      const user = await findUserById(db, id);
      if (!user) throw new AppError('user_not_found');
      return toPublicUser(user, { now: clock.now(), forAdmin: hasRole(viewer, 'admin') });
    },

    me(viewer) {
      return toPublicUser(viewer, { now: clock.now(), forAdmin: hasRole(viewer, 'admin') });
    },

    async update({ actor, id, changes }) {
      if (Object.values(changes).every((value) => value === undefined)) throw invalid('(root)', 'send at least one field to change');
      assertMayChange(actor.user, changes);
      const target = await findUserById(db, id);
      if (!target) throw new AppError('user_not_found');
      const isSelf = actor.user.id === target.id;

      const update: UserUpdate = {};
      if (changes.username !== undefined && changes.username !== target.username) update.username = changes.username;
      const email = changes.email?.toLowerCase();
      if (email !== undefined && email !== target.email) update.email = email;
      // Hashing is slow: done before the write transaction, never while holding its locks.
      const passwordHash = await passwordChange(target, changes, {
        isSelf,
        identity: { username: update.username ?? target.username, email: update.email ?? target.email },
      });
      if (passwordHash !== undefined) update.password_hash = passwordHash;
      if (changes.role !== undefined && changes.role !== target.role) update.role = changes.role;
      const active = changes.is_active === undefined ? undefined : changes.is_active ? 1 : 0;
      if (active !== undefined && active !== target.is_active) update.is_active = active;
      const unlocked = changes.unlock === true;
      if (unlocked) Object.assign(update, { failed_login_attempts: 0, locked_until: null });

      const now = clock.now();
      const updated = await inWriteTransaction(db, kind, async (trx) => {
        if (update.role !== undefined || update.is_active !== undefined) {
          const keepsTargetAdmin = (update.role ?? 'admin') === 'admin' && (update.is_active ?? 1) === 1;
          await guardAdminSet(trx, { actorId: actor.user.id, targetId: target.id, keepsTargetAdmin });
        }
        const row = await updateUser(trx, target.id, { ...update, updated_at: now });
        if (!row) throw new AppError('user_not_found');
        // A new password ends every other session; the caller's own stays when they changed their own password.
        if (passwordHash !== undefined) {
          await revokeUserSessions(trx, target.id, { reason: 'password_changed', now, exceptSessionId: isSelf ? actor.sessionId : undefined });
        }
        if (update.is_active === 0) await revokeUserSessions(trx, target.id, { reason: 'admin', now });
        return row;
      });
      auditChanges(actor.user.id, target, updated, { unlocked, passwordChanged: passwordHash !== undefined });
      return toPublicUser(updated, { now, forAdmin: hasRole(actor.user, 'admin') });
    },

    async remove({ actor, id }) {
      await inWriteTransaction(db, kind, async (trx) => {
        const target = await findUserById(trx, id);
        if (!target) throw new AppError('user_not_found');
        await guardAdminSet(trx, { actorId: actor.user.id, targetId: id, keepsTargetAdmin: false });
        // Sessions go with the user (ON DELETE CASCADE), so its tokens fail at the next request.
        if (!(await deleteUser(trx, id))) throw new AppError('user_not_found');
      });
      audit(logger, 'user_deleted', { actor_id: actor.user.id, target_id: id });
    },
  };
}
