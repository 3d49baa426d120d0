import { readFileSync } from 'node:fs';
import type { HelmetOptions } from 'helmet';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../account/password-policy.js';
import { escapeHtml } from '../http/html.js';
import { routes } from './plugin.js';

/** The pages' files ship beside the compiled code (copied by the build) and the sources (tsx, tests). */
const read = (name: string): string => readFileSync(new URL(`../pages/${name}`, import.meta.url), 'utf8');

/** Only this origin's script and style; the script posts to this origin's API only. */
export const PAGE_HELMET: HelmetOptions = {
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'none'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      connectSrc: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
      baseUri: ["'none'"],
    },
  },
  // The token is in the fragment, which browsers never send; no referrer carries the page's address either.
  referrerPolicy: { policy: 'no-referrer' as const },
};

/** Where every page leads back to: the deployment's name (escaped here, once) and its address. */
interface Brand {
  name: string;
  url: string;
}

interface PageContent {
  title: string;
  action: 'reset' | 'verify' | 'accept-invitation';
  fields: string;
  button: string;
}

function page(brand: Brand, { title, action, fields, button }: PageContent): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${title}</title>
<link rel="stylesheet" href="/pages/pages.css">
<script src="/pages/recovery.js" defer></script>
</head>
<body data-action="${action}">
<header class="brand"><span class="brand-name">${brand.name}</span></header>
<main class="card">
<h1>${title}</h1>
<form id="form">${fields}
<button type="submit">${button}</button>
</form>
<div id="status" role="status"></div>
<p id="back" hidden><a href="${brand.url}/">Back to ${brand.name}</a></p>
</main>
</body>
</html>
`;
}

const RESET_PAGE: PageContent = {
  title: 'Choose a new password',
  action: 'reset',
  fields: `
<label for="password">New password</label>
<input id="password" type="password" autocomplete="new-password" minlength="${PASSWORD_MIN_LENGTH}" maxlength="${PASSWORD_MAX_LENGTH}" required>
<label for="confirm">Repeat it</label>
<input id="confirm" type="password" autocomplete="new-password" minlength="${PASSWORD_MIN_LENGTH}" maxlength="${PASSWORD_MAX_LENGTH}" required>`,
  button: 'Set the new password',
};

const NEW_PASSWORD_FIELDS = `
<label for="password">Password</label>
<input id="password" type="password" autocomplete="new-password" minlength="${PASSWORD_MIN_LENGTH}" maxlength="${PASSWORD_MAX_LENGTH}" required>
<label for="confirm">Repeat it</label>
<input id="confirm" type="password" autocomplete="new-password" minlength="${PASSWORD_MIN_LENGTH}" maxlength="${PASSWORD_MAX_LENGTH}" required>`;

const INVITATION_PAGE: PageContent = {
  title: 'Create your account',
  action: 'accept-invitation',
  fields: `
<label for="username">Username</label>
<input id="username" autocomplete="username" minlength="3" maxlength="32" title="3-32 letters, digits, _ . -" required>${NEW_PASSWORD_FIELDS}`,
  button: 'Create the account',
};

const VERIFY_PAGE: PageContent = { title: 'Confirm your email address', action: 'verify', fields: '', button: 'Confirm' };

/** The pages mailed links open by default. A GET never spends a token: only the person's submit does. */
export default routes('page-routes', async (app) => {
  const brand = { name: escapeHtml(app.config.branding.appName), url: escapeHtml(app.config.mail.appUrl) };
  const assets = {
    'recovery.js': ['application/javascript; charset=utf-8', read('recovery.js')],
    'pages.css': ['text/css; charset=utf-8', read('pages.css')],
  } as const;
  const html = (body: string) => async (_request: unknown, reply: import('fastify').FastifyReply) =>
    reply.header('cache-control', 'no-store').type('text/html; charset=utf-8').send(body);

  const documented = (summary: string) => ({
    tags: ['email'],
    summary,
    description: 'A small page that reads the token from the link\'s fragment and posts it only when the person submits; a GET spends nothing.',
    response: { 200: { description: 'The page', content: { 'text/html': { schema: { type: 'string' } } } } },
  });
  app.get('/reset-password', { schema: documented('Page: choose a new password (the mailed reset link opens it)'), config: { helmet: PAGE_HELMET } }, html(page(brand, RESET_PAGE)));
  app.get('/verify-email', { schema: documented('Page: confirm an email address (the mailed verification link opens it)'), config: { helmet: PAGE_HELMET } }, html(page(brand, VERIFY_PAGE)));
  app.get('/accept-invitation', { schema: documented('Page: accept an invitation (the mailed invitation link opens it)'), config: { helmet: PAGE_HELMET } }, html(page(brand, INVITATION_PAGE)));
  for (const [name, [type, body]] of Object.entries(assets)) {
    app.get(`/pages/${name}`, { schema: { hide: true }, config: { helmet: PAGE_HELMET } }, async (_request, reply) => reply.header('cache-control', 'public, max-age=300').type(type).send(body));
  }
});
