import { api } from './api.js';
import { eventsTable, noAudit, readEvents } from './audit-table.js';
import { confirmAction } from './dialog.js';
import { field, h, heading, run, select, statusLine, table, when } from './dom.js';
import { badge } from './users.js';

/** The outcome of the last action, shown once the page has been read again. */
let flash = null;

export async function renderUser({ id, reload }) {
  const base = `/api/users/${id}`;
  const [{ user }, { sessions }, { passkeys }, audit] = await Promise.all([
    api('GET', base), api('GET', `${base}/sessions`), api('GET', `${base}/passkeys`), readEvents(`${base}/audit`),
  ]);
  const status = statusLine();
  if (flash) status.done(flash);
  flash = null;

  /** Confirms when asked, runs the call, then reads the page again with `done` shown. */
  const action = (label, { confirm, done, call, danger = false, after }) => {
    const button = h('button', { type: 'button', class: danger ? 'danger' : 'secondary', onclick: async () => {
      if (confirm && !(await confirmAction(confirm))) return;
      const result = await run(button, status, call);
      if (result === undefined) return;
      flash = done;
      if (after) after();
      else reload();
    } }, label);
    return button;
  };
  const put = (changes) => () => api('PUT', base, changes).then(() => true);

  const role = select('role', [['user', 'user'], ['admin', 'admin']], user.role);
  const roleForm = h('form', { class: 'row', onsubmit: async (event) => {
    event.preventDefault();
    const button = event.submitter;
    if (role.value === user.role) return;
    if (!(await confirmAction({ title: 'Change the role?', message: `${user.username} becomes ${role.value}. Their sessions see the new role at once.`, confirm: 'Change role' }))) return;
    if ((await run(button, status, put({ role: role.value }))) === undefined) return;
    flash = `${user.username} is now ${role.value}.`;
    reload();
  } }, field('Role', role), h('button', { type: 'submit' }, 'Save role'));

  const activeButton = user.is_active
    ? action('Deactivate', { danger: true, done: `${user.username} is deactivated.`, call: put({ is_active: false }), confirm: { title: 'Deactivate this account?', message: `${user.username} can no longer sign in, and their sessions end.`, confirm: 'Deactivate' } })
    : action('Activate', { done: `${user.username} is active again.`, call: put({ is_active: true }) });

  return [
    heading(user.username),
    h('p', {}, h('a', { href: '#/users' }, '← All users')),
    status.el,
    h('section', { 'aria-labelledby': 'profile' }, h('h2', { id: 'profile' }, 'Profile'), h('dl', {},
      [['Id', user.id], ['Email', user.email], ['Status', badge(user)], ['Email verified', user.email_verified ? `yes (${when(user.email_verified_at)})` : 'no'],
        ['Pending email', user.pending_email || '—'], ['Created', when(user.created_at)], ['Last login', when(user.last_login_at)],
        ['Failed logins', user.failed_login_attempts ?? 0], ['Locked until', user.is_locked ? when(user.locked_until) : 'not locked']]
        .map(([term, value]) => [h('dt', {}, term), h('dd', {}, value)]))),
    h('section', { 'aria-labelledby': 'access' }, h('h2', { id: 'access' }, 'Access'), roleForm,
      h('div', { class: 'row' }, activeButton,
        user.is_locked && action('Unlock', { done: `${user.username} is unlocked.`, call: put({ unlock: true }) }),
        action('Send password reset', { done: `A password reset link was mailed to ${user.email}.`, call: () => api('POST', `${base}/password-reset`) }))),
    h('section', { 'aria-labelledby': 'sessions' }, h('h2', { id: 'sessions' }, `Sessions (${sessions.length})`),
      table('Sessions', ['Started', 'Last used', 'IP', 'Browser', 'Level'], sessions.map((s) => [when(s.created_at), when(s.last_used_at), s.ip || '—', s.user_agent || '—', `aal ${s.aal}`]), 'No live session.'),
      sessions.length > 0 && action('End all sessions', { danger: true, done: 'Every session of this account ended.', call: () => api('DELETE', `${base}/sessions`),
        confirm: { title: 'End every session?', message: `${user.username} is signed out everywhere.`, confirm: 'End sessions' } })),
    h('section', { 'aria-labelledby': 'factors' }, h('h2', { id: 'factors' }, 'Second factor and passkeys'),
      h('p', {}, user.mfa_enabled ? 'Authenticator app (TOTP): on.' : 'Authenticator app (TOTP): off.'),
      user.mfa_enabled && action('Reset second factor', { danger: true, done: 'The second factor was removed.', call: () => api('DELETE', `${base}/mfa`),
        confirm: { title: 'Reset the second factor?', message: `${user.username}'s authenticator app and recovery codes stop working; they sign in with the password alone until they enrol again.`, confirm: 'Reset' } }),
      table('Passkeys', ['Name', 'Added', 'Last used', ''], passkeys.map((p) => [p.name, when(p.created_at), when(p.last_used_at),
        action('Remove', { danger: true, done: `The passkey ${p.name} was removed.`, call: () => api('DELETE', `${base}/passkeys/${p.id}`),
          confirm: { title: 'Remove this passkey?', message: `${p.name} will no longer sign ${user.username} in.`, confirm: 'Remove' } })]), 'No passkey.')),
    h('section', { 'aria-labelledby': 'history' }, h('h2', { id: 'history' }, 'Audit history'), audit === null ? noAudit() : eventsTable(audit.events)),
    h('section', { 'aria-labelledby': 'danger' }, h('h2', { id: 'danger' }, 'Delete'),
      h('p', {}, 'Deleting removes the account and ends its sessions. It cannot be undone.'),
      action('Delete account', { danger: true, done: `${user.username} was deleted.`, call: () => api('DELETE', base).then(() => true), after: () => { location.hash = '#/users'; },
        confirm: { title: 'Delete this account?', message: `This deletes ${user.username} for good.`, confirm: 'Delete', typed: user.username } })),
  ];
}
