import type { WebhookEventType } from '../webhooks/events.js';

/**
 * Every audit action: what it records, and the webhook event it raises (if any). One table; docs/audit.md
 * lists it (a test keeps the two the same). Names are snake_case verbs in the past tense.
 */
export const AUDIT_ACTIONS = {
  user_registered: { about: 'an account registered itself (or was created through the registration path)', webhook: 'user.created' },
  user_created: { about: 'an admin or the CLI created an account', webhook: 'user.created' },
  users_imported: { about: 'a batch of a bulk import committed (counts, in the batch\'s transaction; no per-user events or webhooks)', webhook: null },
  import_completed: { about: 'a bulk import finished (one summary per run: counts read, imported, updated, refused)', webhook: null },
  login_succeeded: { about: 'a sign-in opened a session (password, second step, provider, passkey)', webhook: 'session.created' },
  login_failed: { about: 'a wrong password or code was counted against an account', webhook: null },
  login_mfa_pending: { about: 'the first step passed; the second factor is asked for', webhook: null },
  account_locked: { about: 'failed attempts locked an account', webhook: 'user.locked' },
  identifier_locked: { about: 'failed attempts locked a login identifier (no account behind it, or a guessed one)', webhook: null },
  user_unlocked: { about: 'an admin or the CLI cleared a lock', webhook: 'user.updated' },
  logout: { about: 'a session was ended by its holder', webhook: 'session.revoked' },
  session_revoked: { about: 'a user ended one of their sessions', webhook: 'session.revoked' },
  sessions_revoked: { about: 'sessions were ended together (the user\'s others, or an admin\'s "end all")', webhook: 'session.revoked' },
  refresh_reused: { about: 'a spent refresh token came back: its session was revoked', webhook: 'session.revoked' },
  legacy_token_exchanged: { about: 'a Flask refresh token was exchanged for a session', webhook: 'session.created' },
  role_changed: { about: 'an admin changed a role', webhook: 'user.updated' },
  user_deactivated: { about: 'an account was disabled', webhook: 'user.updated' },
  user_reactivated: { about: 'an account was enabled again', webhook: 'user.updated' },
  user_deleted: { about: 'an account was deleted', webhook: 'user.deleted' },
  username_changed: { about: 'a username changed', webhook: 'user.updated' },
  password_changed: { about: 'a password was changed by its user or an admin', webhook: 'user.password_changed' },
  password_reset_requested: { about: 'a reset link was mailed on request', webhook: null },
  password_reset_sent: { about: 'an admin sent a reset link', webhook: null },
  password_reset: { about: 'a password was set through a reset link', webhook: 'user.password_changed' },
  email_change_requested: { about: 'a new address awaits confirmation', webhook: null },
  email_changed: { about: 'an address changed', webhook: 'user.updated' },
  email_verified: { about: 'an address was verified', webhook: 'user.email_verified' },
  mfa_enabled: { about: 'TOTP was confirmed', webhook: 'mfa.enabled' },
  mfa_disabled: { about: 'a user turned TOTP off', webhook: 'mfa.disabled' },
  mfa_reset: { about: 'an admin removed a user\'s TOTP', webhook: 'mfa.disabled' },
  mfa_recovery_codes_replaced: { about: 'new recovery codes replaced the old ones', webhook: null },
  identity_linked: { about: 'a provider identity was linked', webhook: 'user.updated' },
  identity_link_refused: { about: 'a provider identity was not linked (unverified address, or another user\'s)', webhook: null },
  identity_unlinked: { about: 'a provider identity was unlinked', webhook: 'user.updated' },
  passkey_added: { about: 'a passkey was registered', webhook: 'mfa.enabled' },
  passkey_renamed: { about: 'a passkey was renamed', webhook: null },
  passkey_removed: { about: 'a passkey was removed', webhook: 'mfa.disabled' },
  passkey_assertion_refused: { about: 'a passkey assertion was refused (with the reason)', webhook: null },
  passkey_counter_regressed: { about: 'a passkey\'s signature counter went back (a cloned key?)', webhook: null },
  invitation_created: { about: 'an admin invited an address', webhook: null },
  invitation_revoked: { about: 'an invitation was revoked (by an admin, replaced, or its inviter lost their rights)', webhook: null },
  invitation_accepted: { about: 'an invitation created an account', webhook: 'user.created' },
  webhook_created: { about: 'an admin registered a webhook endpoint (its URL and secret are not recorded)', webhook: null },
  webhook_updated: { about: 'an admin changed an endpoint (the fields named)', webhook: null },
  webhook_deleted: { about: 'an admin deleted an endpoint', webhook: null },
  webhook_secret_rotated: { about: 'an admin replaced an endpoint\'s signing secret', webhook: null },
  webhook_test_sent: { about: 'an admin sent an endpoint a test event', webhook: null },
  webhook_endpoint_disabled: { about: 'an endpoint failing for a day was disabled', webhook: null },
} as const satisfies Record<string, { about: string; webhook: WebhookEventType | null }>;

export type AuditAction = keyof typeof AUDIT_ACTIONS;
export type AuditWebhook = NonNullable<(typeof AUDIT_ACTIONS)[AuditAction]['webhook']>;

export function isAuditAction(name: string): name is AuditAction {
  return Object.hasOwn(AUDIT_ACTIONS, name);
}
