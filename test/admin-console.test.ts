import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from './helper.js';

const HOSTILE_NAME = `Acme <script>alert("x")</script> & 'co'`;
const ESCAPED_NAME = 'Acme &#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; &#39;co&#39;';

describe('the admin console, served', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ env: { APP_NAME: HOSTILE_NAME } });
  });
  afterAll(async () => t.close());
  const get = (url: string) => t.app.inject({ method: 'GET', url });

  it('serves /admin as HTML under the strict CSP, never cached', async () => {
    const res = await get('/admin');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-store');
    const csp = String(res.headers['content-security-policy']);
    for (const directive of ["default-src 'none'", "script-src 'self'", "style-src 'self'", "connect-src 'self'", "frame-ancestors 'none'", "base-uri 'none'", "form-action 'self'"]) expect(csp).toContain(directive);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
    // No inline script or style: every script and stylesheet is a file of this origin.
    expect(res.body).not.toMatch(/<script(?![^>]*\bsrc="\/)[^>]*>|<style|\sstyle=|\son[a-z]+=/i);
  });

  it('serves each of its files with its content type and a short cache, and only those', async () => {
    const files = readdirSync('src/pages/console').filter((name) => name !== 'index.html');
    expect(files.length).toBeGreaterThan(8);
    for (const name of files) {
      const res = await get(`/admin/assets/${name}`);
      expect(res.statusCode, name).toBe(200);
      expect(res.headers['content-type'], name).toBe(name.endsWith('.css') ? 'text/css; charset=utf-8' : 'text/javascript; charset=utf-8');
      expect(res.headers['cache-control']).toBe('public, max-age=300');
      expect(res.headers['content-security-policy']).toContain("default-src 'none'");
    }
  });

  it.each([
    '/admin/assets/index.html',
    '/admin/assets/..%2F..%2Fconfig.ts',
    '/admin/assets/%2e%2e%2froutes%2fadmin-console.ts',
    '/admin/assets/../../package.json',
    '/admin/assets/..%5c..%5cpackage.json',
    '/admin/assets/app.js%00.css',
    '/admin/assets/constructor',
    '/admin/assets/__proto__',
    '/admin/assets/',
  ])('answers 404 problem+json for %s (no path reaches the disk)', async (url) => {
    const res = await get(url);
    expect([400, 404]).toContain(res.statusCode);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('puts APP_NAME into the console, the built-in pages and /docs escaped, never as markup', async () => {
    for (const url of ['/admin', '/reset-password', '/verify-email', '/accept-invitation']) {
      const { body } = await get(url);
      expect(body, url).toContain(ESCAPED_NAME);
      expect(body, url).not.toContain('<script>alert');
    }
    const docs = await get('/docs/');
    expect(docs.body).toContain(`<title>${ESCAPED_NAME} API</title>`);
    expect(docs.body).not.toContain('<script>alert');
    // The header's logo is the name as an SVG wordmark (escaped XML), in place of Fastify's.
    const initializer = (await get('/docs/static/swagger-initializer.js')).body;
    const logo = Buffer.from(/data:image\/svg\+xml;base64,([A-Za-z0-9+/=]+)/.exec(initializer)?.[1] ?? '', 'base64').toString();
    expect(logo).toContain(`>${ESCAPED_NAME}</text>`);
  });

  it('links the pages back to APP_URL (shown after a successful reset)', async () => {
    const { body } = await get('/reset-password');
    expect(body).toMatch(/<p id="back" hidden><a href="http:\/\/[^"]+\/">Back to /);
  });
});

describe('ADMIN_CONSOLE=false', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ env: { ADMIN_CONSOLE: 'false' } });
  });
  afterAll(async () => t.close());

  it('answers 404 at /admin and its files', async () => {
    for (const url of ['/admin', '/admin/assets/app.js']) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(404);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
  });
});
