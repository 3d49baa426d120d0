import type { Kysely } from 'kysely';
import type { AuditEventRow, Database } from '../db/types.js';
import type { AuditEventPage, PublicAuditEvent } from '../schemas/audit.js';

/** What an audit query may narrow to; every filter given applies (they combine with AND). */
export interface AuditFilter {
  action?: string;
  actorId?: number;
  targetUserId?: number;
  /** Inclusive, epoch milliseconds. */
  since?: number;
  /** Exclusive, epoch milliseconds. */
  until?: number;
}

/**
 * One page of events, newest first: keyset paging on the id (events with an id below `before`), one row more than
 * the page to know whether another follows. Each filter has an index that leads with it and ends with the id.
 */
export async function findAuditEvents(db: Kysely<Database>, filter: AuditFilter, { before, limit }: { before?: number; limit: number }): Promise<AuditEventRow[]> {
  let query = db.selectFrom('audit_events').selectAll();
  if (filter.action !== undefined) query = query.where('action', '=', filter.action);
  if (filter.actorId !== undefined) query = query.where('actor_id', '=', filter.actorId);
  if (filter.targetUserId !== undefined) query = query.where('target_user_id', '=', filter.targetUserId);
  if (filter.since !== undefined) query = query.where('at', '>=', filter.since);
  if (filter.until !== undefined) query = query.where('at', '<', filter.until);
  if (before !== undefined) query = query.where('id', '<', before);
  return query.orderBy('id', 'desc').limit(limit).execute();
}

export function toPublicAuditEvent(row: AuditEventRow): PublicAuditEvent {
  return {
    id: row.id,
    at: new Date(Number(row.at)).toISOString(),
    action: row.action,
    actor_id: row.actor_id,
    target_user_id: row.target_user_id,
    session_id: row.session_id,
    ip: row.ip,
    user_agent: row.user_agent,
    request_id: row.request_id,
    details: row.details === null ? {} : (JSON.parse(row.details) as Record<string, unknown>),
  };
}

/** A page of events as the API shows them; `after` is the previous page's `next`. */
export async function listAuditEvents(db: Kysely<Database>, filter: AuditFilter, { after, perPage }: { after?: number; perPage: number }): Promise<AuditEventPage> {
  const rows = await findAuditEvents(db, filter, { before: after, limit: perPage + 1 });
  const events = rows.slice(0, perPage).map(toPublicAuditEvent);
  return { events, next: rows.length > perPage ? events[events.length - 1]!.id : null };
}

/**
 * A user's own history: where someone else acted on their account (an admin), that person's session, address and
 * user agent are not theirs to see; the event and who acted are.
 */
export function asOwnHistory(page: AuditEventPage, userId: number): AuditEventPage {
  const events = page.events.map((event) => (event.actor_id === null || event.actor_id === userId ? event : { ...event, session_id: null, ip: null, user_agent: null, request_id: null }));
  return { events, next: page.next };
}

/** AUDIT_RETENTION_DAYS: events older than `cutoff` go (run by the purge). */
export async function purgeOldAuditEvents(db: Kysely<Database>, cutoff: number): Promise<number> {
  const result = await db.deleteFrom('audit_events').where('at', '<', cutoff).executeTakeFirst();
  return Number(result.numDeletedRows);
}
