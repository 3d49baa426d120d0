import type { AuditFilter } from '../../admin/audit-log.js';
import { type AccountAuditQueryString, type AuditQueryString, DEFAULT_AUDIT_PER_PAGE } from '../../schemas/audit.js';

/** An audit query string as the audit trail's filter and page (times are validated as date-time by the schema). */
export function auditQuery(query: AuditQueryString | AccountAuditQueryString, scope: Partial<AuditFilter> = {}): { filter: AuditFilter; page: { after?: number; perPage: number } } {
  const given = query as AuditQueryString;
  const filter: AuditFilter = {
    action: given.action,
    actorId: given.actor,
    targetUserId: given.target,
    since: given.since === undefined ? undefined : Date.parse(given.since),
    until: given.until === undefined ? undefined : Date.parse(given.until),
    ...scope,
  };
  return { filter, page: { after: query.after, perPage: query.per_page ?? DEFAULT_AUDIT_PER_PAGE } };
}
