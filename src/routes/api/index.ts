import { routes } from '../plugin.js';
import admin from './admin/index.js';
import auth from './auth/index.js';
import users from './users/index.js';

export default routes('api-routes', async (app) => {
  await app.register(auth, { prefix: '/auth' });
  await app.register(users, { prefix: '/users' });
  await app.register(admin, { prefix: '/admin' });
});
