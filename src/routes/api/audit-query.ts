import type { AuditFilter } from '../../admin/audit-log.js';
import { AppError } from '../../errors.js';
import { type AccountAuditQueryString, type AuditQueryString, DEFAULT_AUDIT_PER_PAGE } from '../../schemas/audit.js';

/** A date-time the schema let through that is not an instant (a leap second: 23:59:60) is a 400, never an empty page. */
function instant(value: string | undefined, field: string): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Date.parse(value);
  if (Number.isNaN(parsed)) throw new AppError('validation_failed', { errors: [{ field, message: 'is not a time this server can compare (no leap seconds)' }] });
  return parsed;
}

/** An audit query string as the audit trail's filter and page (times are validated as date-time by the schema). */
export function auditQuery(query: AuditQueryString | AccountAuditQueryString, scope: Partial<AuditFilter> = {}): { filter: AuditFilter; page: { after?: number; perPage: number } } {
  const given = query as AuditQueryString;
  const filter: AuditFilter = {
    action: given.action,
    actorId: given.actor,
    targetUserId: given.target,
    since: instant(given.since, 'since'),
    until: instant(given.until, 'until'),
    ...scope,
  };
  return { filter, page: { after: query.after, perPage: query.per_page ?? DEFAULT_AUDIT_PER_PAGE } };
}
