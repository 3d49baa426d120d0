import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { currentActor } from '../../../http/authenticate.js';
import { requireAdmin } from '../../../http/guards.js';
import { AccountAuditQuery, AuditEventList } from '../../../schemas/audit.js';
import { BEARER, problems } from '../../../schemas/problem.js';
import { UserIdParams } from '../../../schemas/user.js';
import { routes } from '../../plugin.js';
import { auditQuery } from '../audit-query.js';
import { asOwnHistory } from '../../../admin/audit-log.js';

/** One account's security history: the caller's own at /me/audit, anyone's (admins) at /:id/audit. */
export default routes('account-audit-routes', async (app) => {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const { audit } = app.services;

  r.get('/me/audit', {
    schema: {
      tags: ['users'],
      summary: 'Your security history',
      description: 'The events about your account, newest first: sign-ins and failed attempts, locks, password, address and '
        + 'factor changes, sessions ended, with the IP address and user agent they came from (an admin\'s own are not shown).',
      querystring: AccountAuditQuery,
      security: BEARER,
      response: { 200: AuditEventList, ...problems(400, 401, 403) },
    },
    onRequest: app.authenticate,
  }, async (request) => {
    const { id } = currentActor(request).user;
    const { filter, page } = auditQuery(request.query, { targetUserId: id });
    return asOwnHistory(await audit.list(filter, page), id);
  });

  r.get('/:id/audit', {
    schema: {
      tags: ['users', 'admin'],
      summary: 'A user\'s audit history (admins only)',
      description: 'The events about that account, newest first; kept after the account is deleted (an unknown id has none).',
      params: UserIdParams,
      querystring: AccountAuditQuery,
      security: BEARER,
      response: { 200: AuditEventList, ...problems(400, 401, 403) },
    },
    onRequest: [app.authenticate, requireAdmin],
  }, async (request) => {
    const { filter, page } = auditQuery(request.query, { targetUserId: request.params.id });
    return audit.list(filter, page);
  });
});
