import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { toIso } from '../../../clock.js';
import { requireAdmin } from '../../../http/guards.js';
import { MailStatusResponse } from '../../../schemas/mail.js';
import { BEARER, problems } from '../../../schemas/problem.js';
import { routes } from '../../plugin.js';

/** How many failures the status lists. */
const LISTED_FAILURES = 20;

/** The mail outbox, for admins: is mail leaving, and what failed. */
export default routes('mail-status-routes', async (app) => {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  r.get('', {
    schema: {
      tags: ['admin', 'email'],
      summary: 'Mail outbox status (admins only)',
      description: `Messages by status, when the oldest undelivered one was queued, and the ${LISTED_FAILURES} newest whose last attempt failed `
        + '(given up, or waiting for a retry) with their recipient and error. Bodies (which carry tokens) are never shown.',
      security: BEARER,
      response: { 200: MailStatusResponse, ...problems(401, 403) },
    },
    onRequest: [app.authenticate, requireAdmin],
  }, async () => {
    const { counts, failures } = await app.services.mailer.status({ failures: LISTED_FAILURES });
    const { oldestPendingAt, ...byStatus } = counts;
    return {
      counts: byStatus,
      oldest_pending_at: toIso(oldestPendingAt),
      failures: failures.map((failure) => ({ ...failure, created_at: toIso(failure.created_at) as string })),
    };
  });
});
