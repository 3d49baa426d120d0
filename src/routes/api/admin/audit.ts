import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { requireAdmin } from '../../../http/guards.js';
import { AuditEventList, AuditQuery } from '../../../schemas/audit.js';
import { BEARER, problems } from '../../../schemas/problem.js';
import { routes } from '../../plugin.js';
import { auditQuery } from '../audit-query.js';

/** The stored audit events, for admins: every filter combines, newest first, keyset paging. */
export default routes('audit-routes', async (app) => {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const { audit } = app.services;

  r.get('', {
    schema: {
      tags: ['admin'],
      summary: 'Query the audit log (admins only)',
      description: 'Events newest first, each written in the transaction of the change it records. Filters combine: action, actor '
        + '(acting user id), target (the account the event is about), since (inclusive) and until (exclusive). Pass `next` as '
        + '`after` for the next page. Events are kept AUDIT_RETENTION_DAYS days.',
      querystring: AuditQuery,
      security: BEARER,
      response: { 200: AuditEventList, ...problems(400, 401, 403) },
    },
    onRequest: [app.authenticate, requireAdmin],
  }, async (request) => {
    const { filter, page } = auditQuery(request.query);
    return audit.list(filter, page);
  });
});
