import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { Database } from '../db/types.js';
import { purgeOldMail } from '../mail/outbox.js';
import { purgeRecipientIntervals } from '../mail/recipient-interval.js';
import { purgeExpiredEmailTokens } from './email-tokens.js';
import { purgeExpiredMfaChallenges } from './second-factor.js';
import { lockoutPolicy, purgeExpiredPlaces, purgeStaleFailures } from './lockout.js';
import { purgeExpiredSessions } from './sessions.js';
import { purgeExpiredLegacyRevocations } from './legacy-revocations.js';
import { purgeExpiredSignIns } from './provider-sign-ins.js';
import { purgeExpiredChallenges } from './passkeys.js';
import { purgeOldInvitations } from './invitations.js';
import { purgeOldAuditEvents } from '../admin/audit-log.js';
import { purgeSettledDeliveries } from '../webhooks/outbox.js';

export interface PurgeResult {
  sessions: number;
  loginFailures: number;
  emailTokens: number;
  mfaChallenges: number;
  mail: number;
  mailRecipients: number;
  credentialChecks: number;
  legacyRevokedTokens: number;
  providerSignIns: number;
  webauthnChallenges: number;
  invitations: number;
  /** Audit events older than AUDIT_RETENTION_DAYS. */
  auditEvents: number;
  /** Webhook deliveries delivered or failed more than 30 days ago (the delivery log admins read). */
  webhookDeliveries: number;
}

/** A webhook endpoint's delivery log keeps 30 days. */
const WEBHOOK_DELIVERIES_KEPT_MS = 30 * 86_400_000;

/** Delivered or abandoned mail is kept this long for operators, then forgotten. */
const MAIL_KEPT_MS = 7 * 86_400_000;

/** Deletes expired sessions, mailed tokens and login challenges, stale failed-login counters, old delivered mail and old invitations. */
export async function purgeExpired(db: Kysely<Database>, config: Config, now: number): Promise<PurgeResult> {
  return {
    sessions: await purgeExpiredSessions(db, now),
    loginFailures: await purgeStaleFailures(db, now, lockoutPolicy(config)),
    emailTokens: await purgeExpiredEmailTokens(db, now),
    mfaChallenges: await purgeExpiredMfaChallenges(db, now),
    mail: await purgeOldMail(db, now - MAIL_KEPT_MS),
    mailRecipients: await purgeRecipientIntervals(db, now - config.mail.resendIntervalSeconds * 1000),
    credentialChecks: await purgeExpiredPlaces(db, now),
    legacyRevokedTokens: await purgeExpiredLegacyRevocations(db, now),
    providerSignIns: await purgeExpiredSignIns(db, now),
    webauthnChallenges: await purgeExpiredChallenges(db, now),
    invitations: await purgeOldInvitations(db, now),
    auditEvents: await purgeOldAuditEvents(db, now - config.audit.retentionDays * 86_400_000),
    webhookDeliveries: await purgeSettledDeliveries(db, now - WEBHOOK_DELIVERIES_KEPT_MS),
  };
}

/** Runs the purge every SESSION_PURGE_INTERVAL seconds (0 disables it); returns a stop function. */
export function startPurgeTimer({ db, clock, config, logger }: { db: Kysely<Database>; clock: Clock; config: Config; logger: Logger }): () => void {
  if (config.sessionPurgeIntervalSeconds === 0) return () => {};
  const timer = setInterval(() => {
    purgeExpired(db, config, clock.now())
      .then((purged) => logger.debug({ purged }, 'purged expired sessions'))
      .catch((err) => logger.warn({ err }, 'session purge failed'));
  }, config.sessionPurgeIntervalSeconds * 1000);
  timer.unref();
  return () => clearInterval(timer);
}
