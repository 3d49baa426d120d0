import { readFileSync } from 'node:fs';
import type { FastifyReply } from 'fastify';
import { escapeHtml } from '../http/html.js';
import { PAGE_HELMET } from './pages.js';
import { routes } from './plugin.js';

/** Every file the console is made of: nothing else under /admin/assets/ is served (no path ever reaches the disk). */
const ASSETS = new Map<string, string>([
  ['app.js', 'text/javascript'], ['api.js', 'text/javascript'], ['dom.js', 'text/javascript'], ['dialog.js', 'text/javascript'],
  ['users.js', 'text/javascript'], ['user.js', 'text/javascript'], ['create.js', 'text/javascript'], ['audit.js', 'text/javascript'],
  ['audit-table.js', 'text/javascript'], ['webhooks.js', 'text/javascript'], ['mail.js', 'text/javascript'], ['console.css', 'text/css'],
]);

/** The console ships beside the compiled code (the build copies src/pages) and the sources (tsx, tests). */
const read = (name: string): string => readFileSync(new URL(`../pages/console/${name}`, import.meta.url), 'utf8');

/** The admin console at /admin (ADMIN_CONSOLE): static files under the pages' strict CSP; it talks to the public API only. */
export default routes('admin-console-routes', async (app) => {
  // A function replacement: a name holding $` or $& is put in as written, never expanded as a replacement pattern.
  const appName = escapeHtml(app.config.branding.appName);
  const page = read('index.html').replaceAll('{{APP_NAME}}', () => appName);
  const files = new Map([...ASSETS].map(([name, type]) => [name, { type: `${type}; charset=utf-8`, body: read(name) }]));
  const config = { helmet: PAGE_HELMET };

  app.get('/admin', {
    schema: {
      tags: ['admin'],
      summary: 'The admin console (a page; it signs in with the API)',
      description: 'A single-page app for admins (users, invitations, audit log, webhooks, mail). Off with ADMIN_CONSOLE=false (404).',
      response: { 200: { description: 'The page', content: { 'text/html': { schema: { type: 'string' } } } } },
    },
    config,
  }, async (_request, reply: FastifyReply) => reply.header('cache-control', 'no-store').type('text/html; charset=utf-8').send(page));

  app.get<{ Params: { name: string } }>('/admin/assets/:name', { schema: { hide: true }, config }, async (request, reply) => {
    const file = files.get(request.params.name);
    if (!file) return reply.callNotFound();
    return reply.header('cache-control', 'public, max-age=300').type(file.type).send(file.body);
  });
});
