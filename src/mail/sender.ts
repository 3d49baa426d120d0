import type { Kysely, Transaction } from 'kysely';
import type { Logger } from 'pino';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { Database, OutboxRow } from '../db/types.js';
import { openSealed } from '../keys.js';
import { claimDueRows, createQueueDrain, renewRowClaim } from '../db/outbox-queue.js';
import { enqueueMail, type MailFailure, markFailed, markSent, type OutboxCounts, outboxCounts, recentMailFailures } from './outbox.js';
import { createRenderer, type RenderedMail, type TemplateName } from './templates.js';
import { createMailTransport, type MailTransport } from './transport.js';

const BATCH = 20;
const LEASE_MS = 60_000;
const FIRST_RETRY_MS = 10_000;
const LONGEST_RETRY_MS = 30 * 60_000;

export interface Mailer {
  /** False in production without SMTP_URL: the mail endpoints answer 503 mail_unavailable. */
  readonly available: boolean;
  /** Renders `template` and writes it to the outbox inside `trx`, beside the token it carries. */
  queue(trx: Kysely<Database> | Transaction<Database>, mail: { to: string; template: TemplateName; vars: Record<string, string>; now: number }): Promise<void>;
  /** Asks the sender to look at the outbox now (after the transaction that queued mail has committed). */
  kick(): void;
  /** Sends every due message; resolves with how many were sent. Never throws for one failing message. */
  drain(): Promise<number>;
  start(): void;
  stop(): Promise<void>;
  /** For admins: messages by status and the newest failures. */
  status(options: { failures: number }): Promise<{ counts: OutboxCounts; failures: MailFailure[] }>;
}

/** Exponential backoff: 10 s, 20 s, 40 s … capped at 30 minutes. */
export function retryDelayMs(attempts: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1), LONGEST_RETRY_MS);
}

/**
 * The outbox and its background sender. Mail is sent at least once and, short of a crash between the SMTP
 * answer and the database write, exactly once, whatever the number of instances: each message's claim is
 * renewed (compare-and-set) right before it is sent.
 */
export function createMailer({ db, config, clock, logger, key, transport = createMailTransport(config.mail) }: {
  db: Kysely<Database>;
  config: Config;
  clock: Clock;
  logger: Logger;
  key: Buffer;
  transport?: MailTransport;
}): Mailer {
  const render = createRenderer(config.mail.templatesDir);
  const domain = new URL(config.mail.appUrl).hostname || 'localhost';
  const devOutbox = config.mail.smtpUrl === null;
  const available = !(config.nodeEnv === 'production' && devOutbox);
  let timer: NodeJS.Timeout | undefined;

  async function deliver(claimed: OutboxRow): Promise<boolean> {
    const row = await renewRowClaim(db, 'mail_outbox', claimed, { now: clock.now(), leaseMs: LEASE_MS });
    if (!row) return false;
    try {
      const rendered = JSON.parse(openSealed(key, row.sealed_body ?? '')) as RenderedMail;
      const { file } = await transport.send({ to: row.recipient, messageId: row.message_id, rendered });
      await markSent(db, row, clock.now());
      // The development outbox says where the message is; the link (with its token) is in the file, never in a log.
      logger.info({ outbox_id: row.id, template: row.template, attempts: row.attempts, ...(file ? { file, subject: rendered.subject } : {}) }, 'mail sent');
      return true;
    } catch (err) {
      const error = err instanceof Error ? err.message : String(err);
      const retryAt = row.attempts >= config.mail.maxAttempts ? null : clock.now() + retryDelayMs(row.attempts);
      await markFailed(db, row, { error, retryAt });
      logger.warn({ outbox_id: row.id, template: row.template, attempts: row.attempts, retry_at: retryAt, err: { message: error } }, retryAt ? 'mail not sent; will retry' : 'mail not sent; giving up');
      return false;
    }
  }

  const { drain, stop } = createQueueDrain({
    claim: (limit) => claimDueRows(db, 'mail_outbox', { now: clock.now(), limit, leaseMs: LEASE_MS }),
    work: deliver,
    batch: BATCH,
    // Production without SMTP_URL keeps its mail in the outbox until a relay is configured; a stopped sender sends nothing.
    enabled: available,
  });

  const drainLogged = (): void => {
    drain().catch((err) => logger.warn({ err: { message: (err as Error).message } }, 'mail sender could not read the outbox'));
  };

  return {
    available,
    async queue(trx, { to, template, vars, now }) {
      await enqueueMail(trx, { recipient: to, template, rendered: render(template, vars) }, { now, key, domain });
    },
    kick: () => setImmediate(drainLogged),
    drain,
    async status({ failures }) {
      const [counts, failed] = await Promise.all([outboxCounts(db), recentMailFailures(db, failures)]);
      return { counts, failures: failed };
    },
    start() {
      if (!available) {
        logger.warn('no SMTP_URL: mail waits in the outbox and the mail endpoints answer 503 until one is set');
        return;
      }
      if (devOutbox) logger.info({ outbox_dir: transport.describe }, 'no SMTP_URL: mail is written to .eml files');
      timer = setInterval(drainLogged, config.mail.pollIntervalMs);
      timer.unref();
    },
    async stop() {
      clearInterval(timer);
      await stop();
      transport.close();
    },
  };
}
