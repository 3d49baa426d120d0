import { api } from './api.js';
import { confirmAction } from './dialog.js';
import { field, formValues, h, heading, run, select, statusLine, table, when } from './dom.js';

const roles = () => select('role', [['user', 'user'], ['admin', 'admin']], 'user');

export async function renderCreate({ reload }) {
  const { invitations } = await api('GET', '/api/admin/invitations');

  const created = statusLine();
  const createForm = h('form', { id: 'create-user', onsubmit: async (event) => {
    event.preventDefault();
    const { username, email, password, role } = formValues(createForm);
    const body = { username, email, password, role, email_verified: createForm.elements.email_verified.checked };
    const answer = await run(event.submitter, created, () => api('POST', '/api/users', body));
    if (answer) location.hash = `#/users/${answer.user.id}`;
  } },
  field('Username', h('input', { name: 'username', autocomplete: 'off', required: true, minlength: '3', maxlength: '32' })),
  field('Email', h('input', { name: 'email', type: 'email', autocomplete: 'off', required: true })),
  field('Password', h('input', { name: 'password', type: 'password', autocomplete: 'new-password', required: true, minlength: '8' })),
  field('Role', roles()),
  h('label', {}, h('input', { type: 'checkbox', name: 'email_verified' }), 'The address is already verified (no verification mail)'),
  h('button', { type: 'submit' }, 'Create user'), created.el);

  const invited = statusLine();
  const inviteForm = h('form', { id: 'invite', onsubmit: async (event) => {
    event.preventDefault();
    const { email, role } = formValues(inviteForm);
    const answer = await run(event.submitter, invited, () => api('POST', '/api/admin/invitations', { email, role }));
    if (answer) reload();
  } },
  field('Email', h('input', { name: 'email', type: 'email', autocomplete: 'off', required: true })),
  field('Role', roles()),
  h('button', { type: 'submit' }, 'Send invitation'), invited.el);

  const listed = statusLine();
  const rows = invitations.map((invitation) => {
    const revoke = h('button', { type: 'button', class: 'danger', onclick: async () => {
      if (!(await confirmAction({ title: 'Revoke this invitation?', message: `The link mailed to ${invitation.email} stops working.`, confirm: 'Revoke' }))) return;
      if ((await run(revoke, listed, () => api('DELETE', `/api/admin/invitations/${invitation.id}`).then(() => true))) !== undefined) reload();
    } }, 'Revoke');
    return [invitation.email, invitation.role, when(invitation.created_at), when(invitation.expires_at), revoke];
  });

  return [
    heading('Create & invite'),
    h('section', { 'aria-labelledby': 'create-title' }, h('h2', { id: 'create-title' }, 'Create a user'), createForm),
    h('section', { 'aria-labelledby': 'invite-title' }, h('h2', { id: 'invite-title' }, 'Invite someone'),
      h('p', {}, 'They get a single-use link by mail, choose a username and a password, and their address counts as verified.'), inviteForm),
    h('section', { 'aria-labelledby': 'pending-title' }, h('h2', { id: 'pending-title' }, `Pending invitations (${invitations.length})`), listed.el,
      table('Pending invitations', ['Email', 'Role', 'Sent', 'Expires', ''], rows, 'No pending invitation.')),
  ];
}
