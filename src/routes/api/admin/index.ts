import { routes } from '../../plugin.js';
import audit from './audit.js';
import invitations from './invitations.js';
import webhooks from './webhooks.js';
import mail from './mail.js';

/** Administration under /api/admin: every route here is for admins only. */
export default routes('admin-routes', async (app) => {
  await app.register(invitations, { prefix: '/invitations' });
  await app.register(audit, { prefix: '/audit' });
  await app.register(webhooks, { prefix: '/webhooks' });
  await app.register(mail, { prefix: '/mail' });
});
