import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Actor, ClientInfo } from '../account/actor.js';
import { toPublicUser } from '../account/public-user.js';
import { findUserById } from '../account/user-lookup.js';
import type { Database, UserRow } from '../db/types.js';
import type { AuditEventPage } from '../schemas/audit.js';
import { type AuditFilter, listAuditEvents } from './audit-log.js';
import { AUDIT_ACTIONS, type AuditAction, type AuditWebhook } from './audit-actions.js';

/** One event to record. The row is written in the caller's transaction, so it exists exactly when the change does. */
export interface AuditEntry {
  action: AuditAction;
  /** The account the event is about (the user themself for their own sign-in or logout); null when none. */
  target: number | null;
  /**
   * Who acted: a request's actor (its user, session and client are taken from it), the CLI, or a user id (a
   * person proven by the request itself: a sign-in, a mailed link). Absent: anonymous.
   */
  by?: Actor | number | null;
  sessionId?: string | null;
  client?: ClientInfo;
  /** What else there is to know: never a secret, hash, token or code. */
  details?: Record<string, unknown>;
  /** The target's row as the change left it, when the caller has it at hand (webhook payloads); read otherwise. */
  user?: UserRow;
}

/** Raises a webhook event inside the transaction (src/webhooks/outbox.ts's enqueueWebhookEvent). */
export type WebhookEmitter = (trx: Kysely<Database>, event: { type: AuditWebhook; data: Record<string, unknown> }, options: { now: number }) => Promise<unknown>;

export interface AuditTrail {
  /** Writes the event (and its webhook, if the action raises one) in `trx`, and the matching audit log line. */
  record(trx: Kysely<Database>, entry: AuditEntry, now: number): Promise<void>;
  /** A page of stored events, newest first; `after` is the previous page's `next`. */
  list(filter: AuditFilter, page: { after?: number; perPage: number }): Promise<AuditEventPage>;
}


/** Key fragments that would mean a secret reached an event's details: a programming error, refused loudly. */
const SECRET_KEY = /^(.*_)?(password|password_hash|hash|token|secret|code|codes|otp|cookie|authorization|signature|public_key|challenge)$/i;

function assertNoSecrets(details: Record<string, unknown>): void {
  for (const key of Object.keys(details)) {
    if (SECRET_KEY.test(key)) throw new Error(`audit details must not carry '${key}'`);
  }
}

interface ResolvedActor {
  actorId: number | null;
  sessionId: string | null;
  client: ClientInfo | undefined;
  via?: string;
}

function resolveActor(by: AuditEntry['by']): ResolvedActor {
  if (by === undefined || by === null) return { actorId: null, sessionId: null, client: undefined };
  if (typeof by === 'number') return { actorId: by, sessionId: null, client: undefined };
  if (by.kind === 'system') return { actorId: null, sessionId: null, client: undefined, via: by.name };
  return { actorId: by.user.id, sessionId: by.sessionId, client: by.client };
}

/** Columns are bounded: a client's header cannot make a row of any size. */
function clip(value: string | undefined | null, length: number): string | null {
  return value === undefined || value === null ? null : value.slice(0, length);
}

export function createAuditTrail({ db, logger, emit = null }: { db: Kysely<Database>; logger: Logger; emit?: WebhookEmitter | null }): AuditTrail {
  async function raiseWebhook(trx: Kysely<Database>, entry: AuditEntry, type: AuditWebhook, now: number, sessionId: string | null): Promise<void> {
    if (!emit) return;
    const user = entry.user ?? (entry.target === null ? undefined : await findUserById(trx, entry.target));
    const data: Record<string, unknown> = { user: user ? toPublicUser(user, { now, forAdmin: true }) : { id: entry.target } };
    if (type.startsWith('session.') && sessionId) data.session_id = sessionId;
    await emit(trx, { type, data }, { now });
  }

  return {
    async record(trx, entry, now) {
      const details = entry.details ?? {};
      assertNoSecrets(details);
      const actor = resolveActor(entry.by);
      const sessionId = entry.sessionId === undefined ? actor.sessionId : entry.sessionId;
      const client = entry.client ?? actor.client;
      const stored = actor.via ? { via: actor.via, ...details } : details;
      await trx
        .insertInto('audit_events')
        .values({
          at: now,
          action: entry.action,
          actor_id: actor.actorId,
          target_user_id: entry.target,
          session_id: sessionId,
          ip: clip(client?.ip, 64),
          user_agent: clip(client?.userAgent, 512),
          request_id: clip(client?.requestId, 64),
          details: Object.keys(stored).length > 0 ? JSON.stringify(stored) : null,
        })
        .execute();
      const webhook = AUDIT_ACTIONS[entry.action].webhook;
      if (webhook) await raiseWebhook(trx, entry, webhook, now, sessionId);
      // The log line: user_id is the account the event is about, as in the lines before events were stored.
      logger.info({ audit: entry.action, user_id: entry.target, actor_id: actor.actorId, session_id: sessionId ?? undefined, request_id: client?.requestId, ...stored }, `audit: ${entry.action}`);
    },

    list: (filter, page) => listAuditEvents(db, filter, page),
  };
}
