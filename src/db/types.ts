import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

/** Timestamps are epoch milliseconds (BIGINT), identical on SQLite and PostgreSQL. Booleans are 0/1. */
export interface UsersTable {
  id: Generated<number>;
  username: string;
  email: string;
  password_hash: string;
  role: 'user' | 'admin';
  is_active: number;
  failed_login_attempts: Generated<number>;
  locked_until: number | null;
  last_failed_login_at: Generated<number | null>;
  last_login_at: number | null;
  email_verified_at: Generated<number | null>;
  /** An address the user asked to change to, until its mailed token confirms it. */
  pending_email: Generated<string | null>;
  /** The TOTP secret, sealed (AES-256-GCM); null while no second factor is enabled. */
  mfa_secret: Generated<string | null>;
  mfa_enabled_at: Generated<number | null>;
  /** The newest TOTP time step accepted: a code of that step or an older one is a replay. */
  mfa_last_step: Generated<number | null>;
  mfa_pending_secret: Generated<string | null>;
  mfa_pending_expires_at: Generated<number | null>;
  created_at: number;
  updated_at: number;
  /** Flask tokens issued (iat) at or before this are refused: set whenever all the user's sessions end. */
  tokens_revoked_before: Generated<number | null>;
}

/** One row per login: a refresh-token family. */
export interface SessionsTable {
  id: string;
  user_id: number;
  refresh_jti: string;
  previous_refresh_jti: string | null;
  rotated_at: number | null;
  created_at: number;
  last_used_at: number;
  expires_at: number;
  revoked_at: number | null;
  revoked_reason: string | null;
  user_agent: string | null;
  ip: string | null;
  /** Authenticator assurance level of the login that opened it: 1 password, 2 with a second factor. */
  aal: Generated<number>;
  /** The Flask refresh token this session was opened by exchanging (it then belongs to this session). */
  legacy_jti: Generated<string | null>;
  /** The identity provider the session was signed in through (social sign-in); null for a password. */
  provider: Generated<string | null>;
  /** How the session was signed in (RFC 8176 methods, space separated, e.g. "webauthn" or "pwd webauthn"); null: derived from provider and aal. */
  amr: Generated<string | null>;
}

/** Flask token ids refused: the Flask service's blacklist, imported, and Flask access tokens logged out here. */
export interface LegacyRevokedTokensTable {
  jti: string;
  token_type: string | null;
  user_id: number | null;
  expires_at: number | null;
  revoked_at: number;
}

/** Where an imported user came from, and a digest of what was imported (a re-run compares it). */
export interface UserImportsTable {
  user_id: number;
  /** `flask` or `jsonl`. */
  source: string;
  digest: string;
  imported_at: number;
}

/** Failed-login counters for identifiers that match no account, so a lock reveals nothing. */
export interface LoginFailuresTable {
  identifier: string;
  failed_login_attempts: number;
  locked_until: number | null;
  updated_at: number;
}

export type EmailTokenPurpose = 'password_reset' | 'email_verify' | 'email_change';

/** Single-use tokens sent by mail, stored as the SHA-256 of the token; bound to one user, one purpose and one address. */
export interface EmailTokensTable {
  token_hash: string;
  user_id: number;
  purpose: EmailTokenPurpose;
  email: string;
  created_at: number;
  expires_at: number;
  used_at: number | null;
  voided_at: number | null;
  /** email_change only: the session that asked; the token dies with it. */
  session_id: string | null;
}

/** When mail last went to an address, whatever the account (MAIL_RESEND_INTERVAL per recipient). */
/** A credential check in flight: its place on an attempt counter (`account:<id>` or `identifier:<hmac>`). */
export interface CredentialChecksTable {
  id: string;
  counter: string;
  /** When the place frees itself if its check never settles (the process died). */
  expires_at: number;
}

export interface MailRecipientIntervalsTable {
  recipient: string;
  last_mailed_at: number;
}

export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'failed';

/** Mail to send, written in the same transaction as the token it carries; the body is sealed (AES-GCM) and cleared once sent. */
export interface MailOutboxTable {
  id: Generated<number>;
  recipient: string;
  template: string;
  message_id: string;
  sealed_body: string | null;
  status: OutboxStatus;
  attempts: Generated<number>;
  next_attempt_at: number;
  claimed_until: number | null;
  last_error: string | null;
  created_at: number;
  sent_at: number | null;
}

export interface MfaRecoveryCodesTable {
  code_hash: string;
  user_id: number;
  created_at: number;
  used_at: number | null;
}

/** What a correct password hands to the code step of a login: single use, short-lived, bound to that password check. */
export interface MfaChallengesTable {
  token_hash: string;
  user_id: number;
  password_hash: string;
  created_at: number;
  expires_at: number;
  used_at: number | null;
  ip: string | null;
  user_agent: string | null;
  /** A provider sign-in's challenge: the identity it came through (the code step fails if it was unlinked). */
  identity_id: Generated<string | null>;
  /** A passkey sign-in's challenge (its authenticator did not verify the user): the step then takes a code only. */
  passkey_id: Generated<string | null>;
}

/** An identity at a provider (provider + subject), linked to one user. */
export interface UserIdentitiesTable {
  id: string;
  user_id: number;
  provider: string;
  subject: string;
  email: string | null;
  email_verified: number;
  created_at: number;
  last_used_at: number | null;
}

/** A provider sign-in in flight: single use, keyed by the digest of the browser's cookie. */
export interface OAuthLoginsTable {
  browser_hash: string;
  provider: string;
  state: string;
  nonce: string;
  code_verifier: string;
  redirect_to: string;
  /** Explicit linking: the signed-in user (and session) that started it. */
  link_user_id: number | null;
  link_session_id: string | null;
  created_at: number;
  expires_at: number;
  used_at: number | null;
}

/** The one-time code the callback hands the app (SHA-256 stored), bound to the browser that signed in. */
export interface OAuthExchangeCodesTable {
  code_hash: string;
  browser_hash: string;
  user_id: number;
  identity_id: string;
  created_at: number;
  expires_at: number;
  used_at: number | null;
}

/** A passkey (WebAuthn credential) of a user: the public key and what the authenticator said about itself. */
export interface PasskeysTable {
  id: string;
  user_id: number;
  /** base64url, as the authenticator names it; unique. */
  credential_id: string;
  /** COSE public key, base64url. */
  public_key: string;
  /** The WebAuthn user handle (user.id of the creation options), base64url: the same for all of one user's passkeys. */
  user_handle: string;
  sign_count: number;
  /** Space-separated transports the browser reported ("internal hybrid"). */
  transports: string;
  aaguid: string;
  backup_eligible: number;
  backed_up: number;
  /** The authenticator verified the user (PIN, biometrics) when it was registered. */
  user_verified: number;
  name: string;
  created_at: number;
  last_used_at: number | null;
}

/** A WebAuthn ceremony in flight: its challenge, single use, and what it is bound to. */
export interface WebAuthnChallengesTable {
  challenge: string;
  /** 'registration' (bound to session_id and user_id), 'sign_in' (user_id when a username was given), 'second_factor' (mfa_token_hash). */
  purpose: string;
  user_id: number | null;
  session_id: string | null;
  mfa_token_hash: string | null;
  /** Registration: the user handle the creation options carried. */
  user_handle: string | null;
  created_at: number;
  expires_at: number;
  used_at: number | null;
}

/** An admin's invitation to create an account with a role; only the token's SHA-256 is stored. */
export interface InvitationsTable {
  id: string;
  /** Lower-case, like users.email. */
  email: string;
  role: 'user' | 'admin';
  token_hash: string;
  /** The admin who sent it; null once they are deleted. */
  invited_by: number | null;
  created_at: number;
  expires_at: number;
  accepted_at: number | null;
  accepted_user_id: number | null;
  revoked_at: number | null;
}

/** One audit event, written in the transaction of the change it records (docs/audit.md lists the actions). */
export interface AuditEventsTable {
  id: Generated<number>;
  at: number;
  action: string;
  /** Who acted; null when anonymous (a login attempt) or the CLI (details.via = 'cli'). */
  actor_id: number | null;
  /** The account the event is about; kept after that account is deleted. */
  target_user_id: number | null;
  session_id: string | null;
  ip: string | null;
  user_agent: string | null;
  request_id: string | null;
  /** JSON; never a secret, hash, token or code. */
  details: string | null;
}

/** An endpoint admins registered; `events` is a JSON list of event types, the signing secret sealed (AES-GCM). */
export interface WebhookEndpointsTable {
  id: string;
  url: string;
  events: string;
  description: string;
  sealed_secret: string;
  /** Set when an admin disabled it or its deliveries failed for a day; null: enabled. */
  disabled_at: number | null;
  /** When the current run of failed attempts began; null after a success. */
  failing_since: number | null;
  created_at: number;
  updated_at: number;
}

export type WebhookDeliveryStatus = 'pending' | 'sending' | 'delivered' | 'failed';

/** One event for one endpoint, written in the transaction of the change it reports; `payload` is the exact body sent. */
export interface WebhookDeliveriesTable {
  id: Generated<number>;
  endpoint_id: string;
  /** The webhook-id header: the same on every attempt, for the receiver to deduplicate. */
  message_id: string;
  type: string;
  payload: string;
  status: WebhookDeliveryStatus;
  attempts: Generated<number>;
  next_attempt_at: number;
  claimed_until: number | null;
  /** The HTTP status of the last attempt; null when none came back. */
  last_status: number | null;
  last_error: string | null;
  created_at: number;
  delivered_at: number | null;
}

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  login_failures: LoginFailuresTable;
  email_tokens: EmailTokensTable;
  mail_outbox: MailOutboxTable;
  mail_recipient_intervals: MailRecipientIntervalsTable;
  credential_checks: CredentialChecksTable;
  mfa_recovery_codes: MfaRecoveryCodesTable;
  mfa_challenges: MfaChallengesTable;
  legacy_revoked_tokens: LegacyRevokedTokensTable;
  user_imports: UserImportsTable;
  user_identities: UserIdentitiesTable;
  oauth_logins: OAuthLoginsTable;
  oauth_exchange_codes: OAuthExchangeCodesTable;
  passkeys: PasskeysTable;
  webauthn_challenges: WebAuthnChallengesTable;
  invitations: InvitationsTable;
  audit_events: AuditEventsTable;
  webhook_endpoints: WebhookEndpointsTable;
  webhook_deliveries: WebhookDeliveriesTable;
}

export type UserRow = Selectable<UsersTable>;
export type NewUserRow = Insertable<UsersTable>;
export type UserUpdate = Updateable<UsersTable>;
export type SessionRow = Selectable<SessionsTable>;
export type EmailTokenRow = Selectable<EmailTokensTable>;
export type OutboxRow = Selectable<MailOutboxTable>;
export type MfaChallengeRow = Selectable<MfaChallengesTable>;
export type UserIdentityRow = Selectable<UserIdentitiesTable>;
export type OAuthLoginRow = Selectable<OAuthLoginsTable>;
export type PasskeyRow = Selectable<PasskeysTable>;
export type WebAuthnChallengeRow = Selectable<WebAuthnChallengesTable>;
export type InvitationRow = Selectable<InvitationsTable>;
export type AuditEventRow = Selectable<AuditEventsTable>;
export type WebhookEndpointRow = Selectable<WebhookEndpointsTable>;
export type WebhookDeliveryRow = Selectable<WebhookDeliveriesTable>;
