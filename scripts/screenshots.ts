// `npm run screenshots`: the admin console's main pages in Debian's Chromium, written to docs/screenshots/.
// A server without the audit or webhooks API (a branch before they land) is shown sample data for those two pages.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { insertUser } from '../src/users/repository.js';
import { launchDebianChromium } from '../test/browser/chromium.js';
import { seedPasskey, signIn, watchedPage } from '../test/browser/console-fixtures.js';
import { bearer, buildTestApp, registerAndLogin } from '../test/helper.js';

const OUT = path.join(import.meta.dirname, '..', 'docs', 'screenshots');
const at = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000).toISOString();

const SAMPLE_EVENTS = [
  { id: 'e3', at: at(2), action: 'account_unlocked', actor_id: 1, target_user_id: 7, session_id: 's1', ip: '203.0.113.9', user_agent: 'Firefox', request_id: 'r3', details: {} },
  { id: 'e2', at: at(9), action: 'account_locked', actor_id: null, target_user_id: 7, session_id: null, ip: '198.51.100.4', user_agent: 'curl/8.5', request_id: 'r2', details: { failures: 5 } },
  { id: 'e1', at: at(31), action: 'login_succeeded', actor_id: 1, target_user_id: 1, session_id: 's1', ip: '203.0.113.9', user_agent: 'Firefox', request_id: 'r1', details: { amr: ['pwd', 'otp'] } },
];
const SAMPLE_WEBHOOK = { id: 'b1c7a3de-5a4e-4d0e-9f61-2f0a4c1d9e11', url: 'https://crm.example.com/hooks/gatehouse', events: ['user.created', 'user.deleted', 'user.locked'], description: 'CRM sync', enabled: true, created_at: at(600), updated_at: at(600), disabled_at: null, failing_since: null };
const SAMPLE_DELIVERIES = [
  { id: 'd2', message_id: 'msg_2', type: 'user.locked', status: 'delivered', attempts: 1, last_status: 200, last_error: null, next_attempt_at: null, created_at: at(9), delivered_at: at(9) },
  { id: 'd1', message_id: 'msg_1', type: 'user.created', status: 'pending', attempts: 2, last_status: 503, last_error: 'HTTP 503', next_attempt_at: at(-4), created_at: at(40), delivered_at: null },
];

/** Sample answers for an API this server does not have yet. */
async function sample(page: Page, pattern: string, body: (url: URL) => unknown): Promise<void> {
  await page.route(pattern, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(body(new URL(route.request().url()))) }));
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const t = await buildTestApp({ env: { MAIL_POLL_INTERVAL: '600000' } });
  const baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
  const browser = await launchDebianChromium();
  try {
    const admin = await registerAndLogin(t.app, { role: 'admin', username: 'ada', email: 'ada@example.com' });
    const now = Date.now();
    const names = ['grace', 'linus', 'margaret', 'ken', 'barbara', 'dennis', 'frances', 'edsger'];
    for (const [i, name] of names.entries()) await insertUser(t.app.db, { username: name, email: `${name}@example.com`, passwordHash: 'x', role: i === 2 ? 'admin' : 'user', now });
    const grace = await registerAndLogin(t.app, { username: 'grace_h', email: 'grace.h@example.com' });
    await seedPasskey(t, grace.id, 'Work laptop');
    await t.app.db.updateTable('users').set({ locked_until: now + 900_000, failed_login_attempts: 5 }).where('username', '=', 'ken').execute();
    await t.app.db.updateTable('users').set({ is_active: 0 }).where('username', '=', 'dennis').execute();
    await t.app.inject({ method: 'POST', url: '/api/admin/invitations', headers: bearer(admin.access), payload: { email: 'new.hire@example.com', role: 'user' } });

    const { page, problems } = await watchedPage(browser, { width: 1100, height: 760 });
    if (!t.app.hasRoute({ method: 'GET', url: '/api/admin/audit' })) {
      await sample(page, '**/api/admin/audit*', () => ({ events: SAMPLE_EVENTS, next: null }));
      await sample(page, '**/api/users/*/audit*', () => ({ events: SAMPLE_EVENTS, next: null }));
      console.log('no audit API on this server: sample events shown');
    }
    if (!t.app.hasRoute({ method: 'GET', url: '/api/admin/webhooks' })) {
      await sample(page, '**/api/admin/webhooks**', (url) => (url.pathname.endsWith('/deliveries') ? { deliveries: SAMPLE_DELIVERIES, next: null } : { webhooks: [SAMPLE_WEBHOOK] }));
      console.log('no webhooks API on this server: a sample endpoint shown');
    }
    const shot = (name: string) => page.screenshot({ path: path.join(OUT, `${name}.png`), fullPage: true });

    await page.goto(`${baseUrl}/admin`, { waitUntil: 'networkidle' });
    await shot('sign-in');
    await signIn(page, baseUrl, admin);
    await page.getByRole('heading', { name: 'Users', level: 1 }).waitFor();
    await shot('users');
    await page.goto(`${baseUrl}/admin#/users/${grace.id}`);
    await page.getByRole('heading', { name: 'grace_h', level: 1 }).waitFor();
    await page.getByRole('region', { name: 'Audit history' }).locator('table').waitFor();
    await shot('user');
    await page.getByRole('button', { name: 'Delete account' }).click();
    await page.getByRole('dialog').waitFor();
    await shot('delete-confirmation');
    await page.keyboard.press('Escape');
    await page.goto(`${baseUrl}/admin#/audit`);
    await page.getByRole('heading', { name: 'Audit log', level: 1 }).waitFor();
    await page.locator('table').waitFor();
    await shot('audit');
    await page.goto(`${baseUrl}/admin#/webhooks?deliveries=${SAMPLE_WEBHOOK.id}`);
    await page.getByRole('heading', { name: 'Webhooks', level: 1 }).waitFor();
    await page.locator('#deliveries table').waitFor().catch(() => undefined);
    await shot('webhooks');
    await page.goto(`${baseUrl}/admin#/users/new`);
    await page.getByRole('heading', { name: 'Create & invite', level: 1 }).waitFor();
    await shot('create-and-invite');
    await page.goto(`${baseUrl}/admin#/mail`);
    await page.getByRole('heading', { name: 'Mail', level: 1 }).waitFor();
    await shot('mail');
    await page.setViewportSize({ width: 375, height: 760 });
    await page.goto(`${baseUrl}/admin#/users`);
    await page.getByRole('heading', { name: 'Users', level: 1 }).waitFor();
    await shot('users-375px');
    await page.goto(`${baseUrl}/reset-password#token=example`);
    await page.locator('#form').waitFor();
    await shot('reset-password-375px');
    const seen = await problems();
    if (seen.length > 0) throw new Error(`the pages reported problems:\n${seen.join('\n')}`);
    console.log(`screenshots written to ${path.relative(process.cwd(), OUT)}`);
  } finally {
    await browser.close();
    await t.close();
  }
}

await main();
