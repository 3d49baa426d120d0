import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { insertUser } from '../../src/users/repository.js';
import { adminWithTotp, closeClean, pageWidth, seedPasskey, signIn, storedItems, totpCode, useConsoleServer, watchedPage } from './console-fixtures.js';
import { bearer, manualClock, registerAndLogin } from '../helper.js';

const T = { timeout: 10_000 };

describe('the admin console in a real browser', () => {
  const clock = manualClock(Date.now());
  const server = useConsoleServer({ clock, env: { MAIL_POLL_INTERVAL: '600000', APP_NAME: 'Acme <script>alert(1)</script> ID', WEBHOOK_ALLOW_PRIVATE: 'true' } });

  /** A signed-in admin's page; the test fails on any CSP violation or script error. */
  async function asAdmin(options: { width?: number; height?: number } = {}) {
    const admin = await registerAndLogin(server.t.app, { role: 'admin' });
    const watched = await watchedPage(server.browser, options);
    await signIn(watched.page, server.baseUrl, admin);
    await watched.page.getByRole('heading', { name: 'Users', level: 1 }).waitFor(T);
    return { admin, ...watched };
  }
  const confirmDialog = (page: Page) => page.getByRole('dialog');
  /** Follows a link of the console's navigation and waits for the page's heading. */
  async function openFromNav(page: Page, name: string): Promise<void> {
    await page.getByRole('link', { name }).click();
    await page.getByRole('heading', { name, level: 1 }).waitFor(T);
  }

  it('signs in with the keyboard alone, shows the name escaped, keeps tokens out of storage', async () => {
    const admin = await registerAndLogin(server.t.app, { role: 'admin' });
    const { page, problems } = await watchedPage(server.browser);
    const response = await page.goto(`${server.baseUrl}/admin`, { waitUntil: 'networkidle' });
    expect(response?.headers()['content-security-policy']).toMatch(/default-src 'none'.*script-src 'self'.*style-src 'self'.*connect-src 'self'.*frame-ancestors 'none'/);
    // The name is text, not markup: no script element came from it.
    await expect(page.locator('.brand-name').textContent()).resolves.toBe('Acme <script>alert(1)</script> ID admin');
    await expect(page.locator('script').count()).resolves.toBe(1);
    // The heading has focus; Tab reaches the fields in order, Enter submits.
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => (globalThis as unknown as { document: { activeElement: { name: string } } }).document.activeElement.name)).resolves.toBe('identifier');
    await page.keyboard.type(admin.username);
    await page.keyboard.press('Tab');
    await page.keyboard.type(admin.password);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Users', level: 1 }).waitFor(T);
    await expect(page.locator('#who').textContent()).resolves.toContain(admin.username);
    await expect(storedItems(page)).resolves.toBe(0);
    // A wrong password shows the problem's detail.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('Username or email').fill(admin.username);
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('#main .error').waitFor(T);
    await expect(page.locator('#main .error').textContent()).resolves.toBe('Invalid credentials.');
    await closeClean(page, problems);
  }, 60_000);

  it('asks an admin with an authenticator app for the code', async () => {
    const admin = await adminWithTotp(server.t, clock);
    const { page, problems } = await watchedPage(server.browser);
    await signIn(page, server.baseUrl, admin);
    await page.getByRole('heading', { name: 'Second factor' }).waitFor(T);
    await page.getByLabel('Code').fill(totpCode(admin.secret, clock.now()));
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByRole('heading', { name: 'Users', level: 1 }).waitFor(T);
    await closeClean(page, problems);
  }, 60_000);

  it('refuses a user who is not an admin, after the password', async () => {
    const user = await registerAndLogin(server.t.app);
    const { page, problems } = await watchedPage(server.browser);
    await signIn(page, server.baseUrl, user);
    await page.locator('#main .error').waitFor(T);
    await expect(page.locator('#main .error').textContent()).resolves.toBe('This account is not an administrator: the console is for admins only.');
    await expect(page.locator('#nav').isHidden()).resolves.toBe(true);
    await closeClean(page, problems);
  }, 60_000);

  it('lists users with search, role and status filters, and pages with Next and Previous', async () => {
    const now = clock.now();
    for (let i = 0; i < 23; i++) await insertUser(server.t.app.db, { username: `pager_${String(i).padStart(2, '0')}`, email: `pager${i}@console.example`, passwordHash: 'x', role: i === 5 ? 'admin' : 'user', now });
    const locked = await insertUser(server.t.app.db, { username: 'pager_locked', email: 'pager-locked@console.example', passwordHash: 'x', now });
    await server.t.app.db.updateTable('users').set({ locked_until: now + 3_600_000 }).where('id', '=', locked.id).execute();
    const { page, problems } = await asAdmin();
    await page.getByLabel('Search').fill('pager_');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('link', { name: 'pager_00' }).waitFor(T);
    await expect(page.locator('tbody tr').count()).resolves.toBe(20);
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('link', { name: 'pager_20' }).waitFor(T);
    await expect(page.getByRole('button', { name: 'Next' }).isDisabled()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Previous' }).click();
    await page.getByRole('link', { name: 'pager_00' }).waitFor(T);
    await page.getByLabel('Role').selectOption('admin');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.locator('#users-total', { hasText: '1 matching' }).waitFor(T);
    await page.getByLabel('Role').selectOption('');
    await page.getByLabel('Status').selectOption('locked');
    await page.getByRole('button', { name: 'Search' }).click();
    // The admin filter's answer also said "1 matching": wait for this answer's row, not for the count.
    await page.getByRole('link', { name: 'pager_locked' }).waitFor(T);
    await expect(page.locator('#users-total').textContent()).resolves.toContain('1 matching');
    await expect(page.locator('tbody tr').count()).resolves.toBe(1);
    await closeClean(page, problems);
  }, 60_000);

  it('manages one user: role, active, unlock, sessions, second factor, passkeys, password reset, audit, then a typed delete', async () => {
    const target = await adminWithTotp(server.t, clock);
    await seedPasskey(server.t, target.id, 'Work laptop');
    await server.t.app.db.updateTable('users').set({ locked_until: clock.now() + 3_600_000, failed_login_attempts: 5 }).where('id', '=', target.id).execute();
    const { page, problems } = await asAdmin();
    await page.goto(`${server.baseUrl}/admin#/users/${target.id}`);
    await page.getByRole('heading', { name: target.username, level: 1 }).waitFor(T);
    const status = page.locator('#main .status').first();

    await page.getByLabel('Role').selectOption('user');
    await page.getByRole('button', { name: 'Save role' }).click();
    await confirmDialog(page).getByRole('button', { name: 'Change role' }).click();
    await status.getByText(`${target.username} is now user.`).waitFor(T);

    await page.getByRole('button', { name: 'Unlock' }).click();
    await status.getByText(`${target.username} is unlocked.`).waitFor(T);

    await page.getByRole('button', { name: 'End all sessions' }).click();
    await confirmDialog(page).getByRole('button', { name: 'End sessions' }).click();
    await status.getByText('Every session of this account ended.').waitFor(T);
    expect((await server.t.app.inject({ method: 'GET', url: '/api/users/me', headers: bearer(target.access) })).statusCode).toBe(401);

    // The confirm dialog by keyboard: Escape says no, and nothing changed.
    await page.getByRole('button', { name: 'Deactivate' }).focus();
    await page.keyboard.press('Enter');
    await confirmDialog(page).waitFor(T);
    await page.keyboard.press('Escape');
    await confirmDialog(page).waitFor({ state: 'detached', ...T });
    expect((await server.t.app.db.selectFrom('users').select('is_active').where('id', '=', target.id).executeTakeFirstOrThrow()).is_active).toBe(1);
    await page.getByRole('button', { name: 'Deactivate' }).click();
    await confirmDialog(page).getByRole('button', { name: 'Deactivate' }).click();
    await status.getByText(`${target.username} is deactivated.`).waitFor(T);
    await page.getByRole('button', { name: 'Activate' }).click();
    await status.getByText(`${target.username} is active again.`).waitFor(T);

    await page.getByRole('button', { name: 'Reset second factor' }).click();
    await confirmDialog(page).getByRole('button', { name: 'Reset' }).click();
    await status.getByText('The second factor was removed.').waitFor(T);

    await page.getByRole('button', { name: 'Remove' }).click();
    await confirmDialog(page).getByRole('button', { name: 'Remove' }).click();
    await status.getByText('The passkey Work laptop was removed.').waitFor(T);

    await page.getByRole('button', { name: 'Send password reset' }).click();
    await status.getByText(`A password reset link was mailed to ${target.email}.`).waitFor(T);

    const audit = page.getByRole('region', { name: 'Audit history' });
    await audit.locator('table').waitFor(T);

    // Delete: the button works only once the username is typed; Enter then confirms.
    await page.getByRole('button', { name: 'Delete account' }).click();
    const confirmButton = confirmDialog(page).getByRole('button', { name: 'Delete' });
    await expect(confirmButton.isDisabled()).resolves.toBe(true);
    await page.keyboard.type(target.username.slice(0, -1));
    await expect(confirmButton.isDisabled()).resolves.toBe(true);
    await page.keyboard.type(target.username.slice(-1));
    await expect(confirmButton.isDisabled()).resolves.toBe(false);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Users', level: 1 }).waitFor(T);
    await expect(server.t.app.db.selectFrom('users').select('id').where('id', '=', target.id).executeTakeFirst()).resolves.toBeUndefined();
    await closeClean(page, problems);
  }, 60_000);

  it('shows the problem detail when the API refuses: the last admin cannot be demoted', async () => {
    const { admin, page, problems } = await asAdmin();
    // Every other admin deactivated: this one is the last.
    await server.t.app.db.updateTable('users').set({ is_active: 0 }).where('role', '=', 'admin').where('id', '!=', admin.id).execute();
    await page.goto(`${server.baseUrl}/admin#/users/${admin.id}`);
    await page.getByRole('heading', { name: admin.username, level: 1 }).waitFor(T);
    await page.getByLabel('Role').selectOption('user');
    await page.getByRole('button', { name: 'Save role' }).click();
    await confirmDialog(page).getByRole('button', { name: 'Change role' }).click();
    const alert = page.locator('#main .status [role=alert]');
    await alert.waitFor(T);
    await expect(alert.textContent()).resolves.toMatch(/admin/i);
    await server.t.app.db.updateTable('users').set({ is_active: 1 }).where('role', '=', 'admin').execute();
    await closeClean(page, problems);
  }, 60_000);

  it('creates a user, sends an invitation and revokes it', async () => {
    const { page, problems } = await asAdmin();
    await openFromNav(page, 'Create & invite');
    const create = page.locator('#create-user');
    await create.getByLabel('Username').fill('console_made');
    await create.getByLabel('Email').fill('console-made@console.example');
    await create.getByLabel('Password').fill('amber-Falcon-93-river');
    await create.getByRole('button', { name: 'Create user' }).click();
    await page.getByRole('heading', { name: 'console_made', level: 1 }).waitFor(T);

    await page.getByRole('link', { name: 'Create & invite' }).click();
    const invite = page.locator('#invite');
    await invite.getByLabel('Email').fill('invitee@console.example');
    await invite.getByLabel('Role').selectOption('admin');
    await invite.getByRole('button', { name: 'Send invitation' }).click();
    const row = page.locator('tr', { hasText: 'invitee@console.example' });
    await row.waitFor(T);
    await row.getByRole('button', { name: 'Revoke' }).click();
    await confirmDialog(page).getByRole('button', { name: 'Revoke' }).click();
    await row.waitFor({ state: 'detached', ...T });
    // A refusal shows the detail: the address is taken now.
    await invite.getByLabel('Email').fill('console-made@console.example');
    await invite.getByRole('button', { name: 'Send invitation' }).click();
    await invite.locator('[role=alert]').waitFor(T);
    await expect(invite.locator('[role=alert]').textContent()).resolves.toMatch(/email|address/i);
    await closeClean(page, problems);
  }, 60_000);

  it('shows the mail outbox', async () => {
    const { page, problems } = await asAdmin();
    await openFromNav(page, 'Mail');
    await expect(page.locator('#mail-counts').textContent()).resolves.toMatch(/pending\d+sending\d+sent\d+failed\d+/);
    await closeClean(page, problems);
  }, 60_000);

  it('fits a 375 px wide screen: sign-in, users and a user without sideways scrolling', async () => {
    const { admin, page, problems } = await asAdmin({ width: 375, height: 800 });
    expect(await pageWidth(page)).toBeLessThanOrEqual(375);
    await page.goto(`${server.baseUrl}/admin#/users/${admin.id}`);
    await page.getByRole('heading', { name: admin.username, level: 1 }).waitFor(T);
    expect(await pageWidth(page)).toBeLessThanOrEqual(375);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('Username or email').waitFor(T);
    expect(await pageWidth(page)).toBeLessThanOrEqual(375);
    await closeClean(page, problems);
  }, 60_000);

  it('audit log: filters by action and target, pages with Next', async () => {
    const { admin, page, problems } = await asAdmin();
    const user = await registerAndLogin(server.t.app);
    await openFromNav(page, 'Audit log');
    await page.locator('table').waitFor(T);
    await page.getByLabel('Action').fill('login_succeeded');
    await page.getByLabel('Target user id').fill(String(user.id));
    await page.getByRole('button', { name: 'Filter' }).click();
    await page.locator('tbody tr', { hasText: 'login_succeeded' }).first().waitFor(T);
    const actions = await page.locator('tbody tr td:nth-child(2)').allTextContents();
    expect(actions.length).toBeGreaterThan(0);
    expect(actions.every((a) => a === 'login_succeeded')).toBe(true);
    await page.getByLabel('Action').fill('');
    await page.getByLabel('Target user id').fill(String(admin.id));
    await page.getByRole('button', { name: 'Filter' }).click();
    await page.locator('tbody tr').first().waitFor(T);
    await closeClean(page, problems);
  }, 60_000);

  it('webhooks: adds an endpoint with its secret shown once, tests it, lists deliveries, disables and deletes it', async () => {
    const { page, problems } = await asAdmin();
    await openFromNav(page, 'Webhooks');
    await page.getByLabel('Endpoint URL').fill('http://127.0.0.1:9/hooks');
    await page.getByLabel('Description').fill('console test');
    await page.getByRole('button', { name: 'Add endpoint' }).click();
    await page.locator('#webhook-secret').waitFor(T);
    await expect(page.locator('#webhook-secret').textContent()).resolves.toMatch(/\S{16,}/);
    const row = page.locator('tr', { hasText: 'http://127.0.0.1:9/hooks' });
    await row.getByRole('button', { name: 'Send test' }).click();
    await page.getByText('A test event is on its way to http://127.0.0.1:9/hooks.').waitFor(T);
    await row.getByRole('link', { name: 'Deliveries' }).click();
    await page.locator('#deliveries table, #deliveries p').first().waitFor(T);
    // The secret is gone once the page is read again.
    await expect(page.locator('#webhook-secret').count()).resolves.toBe(0);
    await row.getByRole('button', { name: 'Disable' }).click();
    await confirmDialog(page).getByRole('button', { name: 'Disable' }).click();
    await row.getByRole('button', { name: 'Enable' }).waitFor(T);
    await row.getByRole('button', { name: 'Delete' }).click();
    await confirmDialog(page).getByRole('button', { name: 'Delete' }).click();
    await row.waitFor({ state: 'detached', ...T });
    await closeClean(page, problems);
  }, 60_000);
});

describe('the admin console under MFA_REQUIRED_FOR_ADMINS', () => {
  const clock = manualClock(Date.now());
  const server = useConsoleServer({ clock, env: { MFA_REQUIRED_FOR_ADMINS: 'true' } });

  it('refuses an admin signed in with a password alone (aal 1), showing the API\'s detail; with the code, lets them in', async () => {
    const weak = await registerAndLogin(server.t.app, { role: 'admin' });
    const { page, problems } = await watchedPage(server.browser);
    await signIn(page, server.baseUrl, weak);
    await page.locator('#main .error').waitFor(T);
    const detail = (await server.t.app.inject({ method: 'GET', url: '/api/users?per_page=1', headers: bearer(weak.access) })).json().detail as string;
    expect(detail).toBeTruthy();
    await expect(page.locator('#main .error').textContent()).resolves.toBe(detail);
    await expect(page.locator('#nav').isHidden()).resolves.toBe(true);

    const strong = await adminWithTotp(server.t, clock);
    await signIn(page, server.baseUrl, strong);
    await page.getByLabel('Code').fill(totpCode(strong.secret, clock.now()));
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByRole('heading', { name: 'Users', level: 1 }).waitFor(T);
    await closeClean(page, problems);
  }, 60_000);
});
