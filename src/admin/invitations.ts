import type { Kysely } from 'kysely';
import type { Actor, ClientInfo } from '../account/actor.js';
import {
  consumeInvitation, findPendingInvitation, type InvitationStatus, invitationStatus, issueInvitation, listInvitations, recordAcceptedUser, revokeInvitation,
} from '../account/invitations.js';
import { assertPasswordPolicy } from '../account/password-policy.js';
import type { PasswordHasher } from '../account/password-hasher.js';
import { toPublicUser } from '../account/public-user.js';
import { findUserByLogin } from '../account/user-lookup.js';
import { type Clock, toIso } from '../clock.js';
import type { MailConfig } from '../config.js';
import { inWriteTransaction } from '../db/transactions.js';
import type { Database, InvitationRow } from '../db/types.js';
import { AppError } from '../errors.js';
import type { AuditTrail } from './audit-trail.js';
import type { Mailer } from '../mail/sender.js';
import { describeDuration } from '../mail/templates.js';
import type { InvitationAcceptance, PublicInvitation } from '../schemas/invitation.js';
import type { PublicUser } from '../schemas/user.js';
import { insertUser, lockActiveAdminIds } from '../users/repository.js';

/** A list shows at most this many invitations, newest first. */
export const MAX_LISTED_INVITATIONS = 1000;

export interface InvitationService {
  /** Mails a single-use link that creates an account with `role` for `email`; older pending invitations to it are revoked. */
  invite(options: { actor: Actor; email: string; role: InvitationRow['role'] }): Promise<PublicInvitation>;
  list(options: { status: InvitationStatus | 'all' }): Promise<PublicInvitation[]>;
  revoke(options: { actor: Actor; id: string }): Promise<void>;
  /** The link's holder creates the account: verified (the mailbox got the link), active, with the invitation's role. */
  accept(input: InvitationAcceptance & { client?: ClientInfo }): Promise<PublicUser>;
}

export interface InvitationDeps {
  db: Kysely<Database>;
  clock: Clock;
  mail: MailConfig;
  audit: AuditTrail;
  passwords: PasswordHasher;
  mailer: Mailer;
}

export function toPublicInvitation(row: InvitationRow, now: number): PublicInvitation {
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    status: invitationStatus(row, now),
    invited_by: row.invited_by,
    created_at: new Date(row.created_at).toISOString(),
    expires_at: new Date(row.expires_at).toISOString(),
    accepted_at: toIso(row.accepted_at),
    revoked_at: toIso(row.revoked_at),
  };
}

/** Only the address's domain goes to the log: an invitation is audited by its id. */
const emailDomain = (email: string): string => email.slice(email.lastIndexOf('@') + 1);

const invalidToken = (): AppError => new AppError('invalid_or_expired_token');
const emailTaken = (): AppError => new AppError('email_taken', { errors: [{ field: 'email', message: 'is already registered' }] });

/** An admin demoted while their request ran acts no more: checked under the admins' row locks, which a demotion takes too. */
async function assertStillAdmin(trx: Kysely<Database>, actor: Actor): Promise<void> {
  if (actor.kind === 'user' && !(await lockActiveAdminIds(trx)).includes(actor.user.id)) {
    throw new AppError('forbidden', { detail: 'Your admin rights were withdrawn.' });
  }
}

export function createInvitationService({ db, clock, mail, audit, passwords, mailer }: InvitationDeps): InvitationService {
  const ttlMs = mail.invitationTtlSeconds * 1000;

  return {
    async invite({ actor, email: given, role }) {
      if (!mailer.available) throw new AppError('mail_unavailable', { retryAfter: 3600 });
      const email = given.toLowerCase();
      const now = clock.now();
      const { invitation } = await inWriteTransaction(db, async (trx) => {
        await assertStillAdmin(trx, actor);
        if (await findUserByLogin(trx, { email })) throw emailTaken();
        const issued = await issueInvitation(trx, { email, role, invitedBy: actor.kind === 'user' ? actor.user.id : null, now, ttlMs });
        const vars = { email, role, link: mail.invitationUrl.replaceAll('{token}', issued.token), expires_in: describeDuration(mail.invitationTtlSeconds) };
        await mailer.queue(trx, { to: email, template: 'invitation', vars, now });
        for (const id of issued.revoked) await audit.record(trx, { action: 'invitation_revoked', target: null, by: actor, details: { invitation_id: id, reason: 'replaced' } }, now);
        await audit.record(trx, { action: 'invitation_created', target: null, by: actor, details: { invitation_id: issued.invitation.id, email_domain: emailDomain(email), role } }, now);
        return issued;
      });
      mailer.kick();
      return toPublicInvitation(invitation, now);
    },

    async list({ status }) {
      const now = clock.now();
      const rows = await listInvitations(db, { status, now, limit: MAX_LISTED_INVITATIONS });
      return rows.map((row) => toPublicInvitation(row, now));
    },

    async revoke({ actor, id }) {
      const now = clock.now();
      const revoked = await inWriteTransaction(db, async (trx) => {
        await assertStillAdmin(trx, actor);
        const done = await revokeInvitation(trx, { id, now });
        if (done) await audit.record(trx, { action: 'invitation_revoked', target: null, by: actor, details: { invitation_id: id, reason: 'admin' } }, now);
        return done;
      });
      if (!revoked) throw new AppError('invitation_not_found');
    },

    async accept({ token, username, password, client }) {
      const now = clock.now();
      const pending = await findPendingInvitation(db, { token, now });
      if (!pending) throw invalidToken();
      // Cheap checks first: a refused request spends neither a hash nor the token.
      assertPasswordPolicy(password, { username, email: pending.email });
      if (await findUserByLogin(db, { username })) throw new AppError('username_taken', { errors: [{ field: 'username', message: 'is already taken' }] });
      if (await findUserByLogin(db, { email: pending.email })) throw emailTaken();
      const passwordHash = await passwords.hash(password);
      const user = await inWriteTransaction(db, async (trx) => {
        // An invitation speaks for the admin who sent it: one who is no longer an active admin invites no one (a
        // demotion revokes their invitations too; this holds whatever raced it). The CLI's invitations name no one.
        // The admins' rows are locked before the invitation's, in the order revocations and demotions take them.
        const admins = await lockActiveAdminIds(trx);
        const spent = await consumeInvitation(trx, { token, now });
        if (!spent) throw invalidToken();
        if (spent.invited_by !== null && !admins.includes(spent.invited_by)) throw invalidToken();
        // A username or address taken since: the unique indexes refuse it (409) and the rollback leaves the token unspent.
        const created = await insertUser(trx, { username, email: spent.email, passwordHash, role: spent.role, emailVerifiedAt: now, now });
        await recordAcceptedUser(trx, { id: spent.id, userId: created.id });
        await audit.record(trx, { action: 'invitation_accepted', target: created.id, by: created.id, client, details: { invitation_id: spent.id, invited_by: spent.invited_by, role: created.role }, user: created }, now);
        return created;
      });
      return toPublicUser(user, { now });
    },
  };
}
