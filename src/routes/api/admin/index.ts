import { routes } from '../../plugin.js';
import invitations from './invitations.js';
import mail from './mail.js';

/** Administration under /api/admin: every route here is for admins only. */
export default routes('admin-routes', async (app) => {
  await app.register(invitations, { prefix: '/invitations' });
  await app.register(mail, { prefix: '/mail' });
});
