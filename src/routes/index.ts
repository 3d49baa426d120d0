import adminConsole from './admin-console.js';
import api from './api/index.js';
import health from './health.js';
import pages from './pages.js';
import { routes } from './plugin.js';
import wellKnown from './well-known.js';

/** The URL tree: each folder's routes are registered under the prefix of the folder's name. */
export default routes('routes', async (app) => {
  await app.register(health);
  await app.register(wellKnown, { prefix: '/.well-known' });
  await app.register(api, { prefix: '/api' });
  await app.register(pages);
  if (app.config.branding.adminConsole) await app.register(adminConsole);
});
