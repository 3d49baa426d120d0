import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseDocument } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/http/html.js';
import { backend, bearer, buildTestApp, registerAndLogin, registerUser, type TestApp } from '../helper.js';

// Review 8, the admin console and the admin reads it stands on. Broken before this review: the console put APP_NAME
// into its page with String.replaceAll and a string replacement, so `$\``, `$'` and `$&` in the name were expanded:
// `$\`` pasted the page's own markup (quotes included) into the meta attribute and the title, breaking out of the
// attribute (an operator's name like "Smith $` Sons" broke the page; CSP kept inline handlers from running).
// Held: no console module writes HTML from data (text nodes and attributes only); every console file and HEAD answer
// carries the strict CSP; /api/admin/mail and every webhooks route refuse anonymous callers, users, and admins below
// aal 2 under MFA_REQUIRED_FOR_ADMINS; the mail status shows no body, link or token even for a failed reset mail;
// the users `status` filter refuses anything but its three words.

interface Element {
  type: string;
  name?: string;
  attribs?: Record<string, string>;
  children?: Element[];
  data?: string;
}

function elements(node: Element): Element[] {
  return [node, ...(node.children ?? []).flatMap(elements)];
}

describe('review8: APP_NAME holding replacement patterns and markup, in every page that shows it', () => {
  const NAME = 'Smith $` $\' $& $$ "Sons" <b onmouseover=alert(1)>';
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ env: { APP_NAME: NAME } });
  });
  afterAll(async () => t.close());

  it('breaks before the fix: the console shows the name as text, once per place, and nothing else of the page twice', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/admin' });
    expect(res.statusCode).toBe(200);
    expect(res.body.match(/<!doctype html>/gi)).toHaveLength(1);
    expect(res.body).toContain(`<meta name="app-name" content="${escapeHtml(NAME)}">`);
    expect(res.body).toContain(`<title>${escapeHtml(NAME)} admin</title>`);
    const doc = elements(parseDocument(res.body) as unknown as Element);
    expect(doc.filter((e) => e.name === 'meta' && e.attribs?.name === 'app-name').map((e) => e.attribs?.content)).toEqual([NAME]);
    expect(doc.filter((e) => e.name === 'script').map((e) => e.attribs?.src)).toEqual(['/admin/assets/app.js']);
    expect(doc.filter((e) => Object.keys(e.attribs ?? {}).some((a) => a.startsWith('on')))).toEqual([]);
    expect(doc.filter((e) => e.name === 'b')).toEqual([]);
  });

  it('holds: the built-in pages and /docs show it escaped too', async () => {
    for (const url of ['/reset-password', '/verify-email', '/accept-invitation', '/docs/']) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      expect(res.body.match(/<!doctype html>/gi), url).toHaveLength(1);
      expect(res.body, url).toContain(escapeHtml(NAME));
      const doc = elements(parseDocument(res.body) as unknown as Element);
      expect(doc.filter((e) => e.name === 'b'), url).toEqual([]);
      expect(doc.filter((e) => Object.keys(e.attribs ?? {}).some((a) => a.startsWith('on'))), url).toEqual([]);
    }
  });
});

describe('review8: the console\'s modules and the headers of every console answer', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(async () => t.close());

  it('holds: no console module writes HTML or code from a string (innerHTML, insertAdjacentHTML, document.write, eval)', () => {
    const dir = 'src/pages/console';
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
      const source = readFileSync(path.join(dir, name), 'utf8');
      expect(source, name).not.toMatch(/\.(innerHTML|outerHTML)\s*[+]?=|insertAdjacentHTML|document\.write|\beval\(|new Function\(|setTimeout\(\s*['"`]|createContextualFragment|DOMParser|srcdoc/);
      // Links are built from fixed fragments; a data value never becomes a whole href (javascript: URLs).
      for (const [, value] of source.matchAll(/href:\s*([^,}]+)/g)) expect(value!.trim(), name).toMatch(/^['`]#\//);
    }
  });

  it('holds: the page and every console file, by GET and by HEAD, carry the strict CSP', async () => {
    const files = readdirSync('src/pages/console').filter((f) => f !== 'index.html').map((f) => `/admin/assets/${f}`);
    for (const url of ['/admin', ...files]) {
      for (const method of ['GET', 'HEAD'] as const) {
        const res = await t.app.inject({ method, url });
        expect(res.statusCode, `${method} ${url}`).toBe(200);
        const csp = String(res.headers['content-security-policy']);
        expect(csp, `${method} ${url}`).toContain("default-src 'none'");
        expect(csp, `${method} ${url}`).toContain("script-src 'self'");
        expect(csp, `${method} ${url}`).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
        expect(res.headers['x-content-type-options']).toBe('nosniff');
      }
    }
  });
});

describe(`review8: who reads /api/admin/mail and the webhooks API, and what the mail status shows, on ${backend}`, () => {
  let t: TestApp;
  const notADir = path.join(mkdtempSync(path.join(tmpdir(), 'gatehouse-review8-')), 'a-file');
  beforeAll(async () => {
    // Mail "sent" into a file instead of a folder fails, so the outbox has a failure to show.
    writeFileSync(notADir, '');
    t = await buildTestApp({ env: { MAIL_OUTBOX_DIR: notADir, MAIL_POLL_INTERVAL: '600000' } });
  });
  afterAll(async () => t.close());

  it('holds: anonymous 401, a user 403; an admin sees counts and failures without a body, link or token', async () => {
    const admin = await registerAndLogin(t.app, { role: 'admin' });
    const user = await registerAndLogin(t.app);
    expect((await t.app.inject({ method: 'GET', url: '/api/admin/mail' })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/admin/mail', headers: bearer(user.access) })).statusCode).toBe(403);

    const victim = await registerUser(t.app);
    const forgot = await t.app.inject({ method: 'POST', url: '/api/auth/password/forgot', payload: { email: victim.email } });
    expect(forgot.statusCode).toBe(202);
    await t.app.services.mailer.drain();
    const res = await t.app.inject({ method: 'GET', url: '/api/admin/mail', headers: bearer(admin.access) });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    const failure = body.failures.find((f: { recipient: string }) => f.recipient === victim.email);
    expect(failure).toBeDefined();
    expect(Object.keys(failure).sort()).toEqual(['attempts', 'created_at', 'id', 'last_error', 'recipient', 'status', 'template']);
    expect(Object.keys(body).sort()).toEqual(['counts', 'failures', 'oldest_pending_at']);
    expect(res.body).not.toMatch(/reset-password|token|https?:\/\/|sealed|subject|\bhtml\b|\btext\b/i);
  });

  it('holds: the users status filter takes active, disabled or locked only (400 otherwise), for admins only', async () => {
    const admin = await registerAndLogin(t.app, { role: 'admin' });
    const user = await registerAndLogin(t.app);
    for (const q of ['status=ACTIVE', 'status=', 'status=active&status=locked', 'status[]=active', 'status=active%00', "status=active'--", 'status=deleted', 'status=1']) {
      const res = await t.app.inject({ method: 'GET', url: `/api/users?${q}`, headers: bearer(admin.access) });
      expect(res.statusCode, `${q}: ${res.body}`).toBe(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
    for (const status of ['active', 'disabled', 'locked']) {
      expect((await t.app.inject({ method: 'GET', url: `/api/users?status=${status}`, headers: bearer(admin.access) })).statusCode).toBe(200);
      expect((await t.app.inject({ method: 'GET', url: `/api/users?status=${status}`, headers: bearer(user.access) })).statusCode).toBe(403);
    }
  });
});

describe(`review8: admins below aal 2 under MFA_REQUIRED_FOR_ADMINS, on ${backend}`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ env: { MFA_REQUIRED_FOR_ADMINS: 'true' } });
  });
  afterAll(async () => t.close());

  it('holds: every webhooks route and the mail status answer 403 mfa_required, before the body is read', async () => {
    const admin = await registerAndLogin(t.app, { role: 'admin' });
    const id = '00000000-0000-4000-8000-000000000000';
    const routes: Array<['GET' | 'POST' | 'PATCH' | 'DELETE', string, object?]> = [
      ['POST', '/api/admin/webhooks', { url: 'https://hooks.example.com/x', events: ['user.created'] }], ['GET', '/api/admin/webhooks'],
      ['GET', `/api/admin/webhooks/${id}`], ['PATCH', `/api/admin/webhooks/${id}`, { description: 'x' }], ['DELETE', `/api/admin/webhooks/${id}`],
      ['POST', `/api/admin/webhooks/${id}/test`], ['GET', `/api/admin/webhooks/${id}/deliveries`], ['POST', `/api/admin/webhooks/${id}/rotate-secret`],
      ['POST', '/api/admin/webhooks', { junk: true }], ['GET', '/api/admin/mail'],
    ];
    for (const [method, url, payload] of routes) {
      const res = await t.app.inject({ method, url, headers: bearer(admin.access), ...(payload ? { payload } : {}) });
      expect(res.statusCode, `${method} ${url}`).toBe(403);
      expect(res.json().code, `${method} ${url}`).toBe('mfa_required');
    }
    expect(await t.app.db.selectFrom('webhook_endpoints').select('id').execute()).toEqual([]);
  });
});
