import type { Kysely } from 'kysely';
import { issueEmailToken } from '../account/email-tokens.js';
import type { MailConfig } from '../config.js';
import type { Database, UserRow } from '../db/types.js';
import { claimRecipientInterval } from '../mail/recipient-interval.js';
import type { Mailer } from '../mail/sender.js';
import { describeDuration } from '../mail/templates.js';

type Recipient = Pick<UserRow, 'id' | 'username' | 'email'>;

export interface AccountMail {
  /** A link that proves `user.email` is theirs. */
  verification(trx: Kysely<Database>, user: Recipient, now: number): Promise<void>;
  /**
   * Seconds before `to` may get another email-change mail, whatever the account (0: claimed now; spaced by
   * MAIL_RESEND_INTERVAL). Call in the transaction that then queues it.
   */
  claimRecipient(trx: Kysely<Database>, to: string, now: number): Promise<number>;
  /** A link to the new address that confirms the change (valid while `sessionId` lives), and a notice to the old one. */
  emailChange(trx: Kysely<Database>, user: Recipient, change: { to: string; sessionId: string }, now: number): Promise<void>;
  passwordReset(trx: Kysely<Database>, user: Recipient, now: number): Promise<void>;
  passwordChanged(trx: Kysely<Database>, user: Recipient, now: number): Promise<void>;
}

/** Each message with its token, written in the caller's transaction: the token and its mail commit together. */
export function createAccountMail(mailer: Mailer, mail: MailConfig): AccountMail {
  const link = (template: string, token: string): string => template.replaceAll('{token}', token);
  const verifyTtl = mail.emailVerifyTtlSeconds * 1000;
  return {
    async verification(trx, user, now) {
      const token = await issueEmailToken(trx, { userId: user.id, purpose: 'email_verify', email: user.email, now, ttlMs: verifyTtl });
      const vars = { username: user.username, email: user.email, link: link(mail.emailVerifyUrl, token), expires_in: describeDuration(mail.emailVerifyTtlSeconds) };
      await mailer.queue(trx, { to: user.email, template: 'email_verify', vars, now });
    },
    claimRecipient: (trx, to, now) => claimRecipientInterval(trx, { recipient: to, now, intervalMs: mail.resendIntervalSeconds * 1000 }),
    async emailChange(trx, user, { to: newEmail, sessionId }, now) {
      const token = await issueEmailToken(trx, { userId: user.id, purpose: 'email_change', email: newEmail, now, ttlMs: verifyTtl, sessionId });
      const vars = { username: user.username, email: newEmail, link: link(mail.emailVerifyUrl, token), expires_in: describeDuration(mail.emailVerifyTtlSeconds) };
      await mailer.queue(trx, { to: newEmail, template: 'email_change_confirm', vars, now });
      // The notice to the current address is spaced per recipient too: an account registered with someone
      // else's address must not turn change requests into a mail flood at them. One notice per interval says it.
      if ((await claimRecipientInterval(trx, { recipient: user.email, now, intervalMs: mail.resendIntervalSeconds * 1000 })) === 0) {
        await mailer.queue(trx, { to: user.email, template: 'email_change_notice', vars: { username: user.username, new_email: newEmail }, now });
      }
    },
    async passwordReset(trx, user, now) {
      const token = await issueEmailToken(trx, { userId: user.id, purpose: 'password_reset', email: user.email, now, ttlMs: mail.passwordResetTtlSeconds * 1000 });
      const vars = { username: user.username, link: link(mail.passwordResetUrl, token), expires_in: describeDuration(mail.passwordResetTtlSeconds) };
      await mailer.queue(trx, { to: user.email, template: 'password_reset', vars, now });
    },
    async passwordChanged(trx, user, now) {
      await mailer.queue(trx, { to: user.email, template: 'password_changed', vars: { username: user.username }, now });
    },
  };
}
