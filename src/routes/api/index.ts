import { routes } from '../plugin.js';
import auth from './auth/index.js';
import users from './users/index.js';

export default routes('api-routes', async (app) => {
  await app.register(auth, { prefix: '/auth' });
  await app.register(users, { prefix: '/users' });
});
