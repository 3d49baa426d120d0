import { api } from './api.js';
import { field, formValues, h, heading, select, table, when } from './dom.js';

const PER_PAGE = 20;
/** The `after` of each page before this one, for Previous (keyset paging only goes forward). */
let trail = [];

export const statusOf = (user) => (!user.is_active ? 'disabled' : user.is_locked ? 'locked' : 'active');
export const badge = (user) => h('span', { class: `badge ${statusOf(user)}` }, statusOf(user));

function usersHash(filters, after) {
  const query = new URLSearchParams(Object.entries({ ...filters, after: after || '' }).filter(([, v]) => v !== ''));
  const text = query.toString();
  return `#/users${text ? `?${text}` : ''}`;
}

export async function renderUsers({ params }) {
  const filters = { q: params.get('q') || '', role: params.get('role') || '', status: params.get('status') || '' };
  const after = Number(params.get('after') || 0);
  if (after === 0) trail = [];
  const query = new URLSearchParams({ after: String(after), per_page: String(PER_PAGE) });
  for (const [key, value] of Object.entries(filters)) if (value) query.set(key, value);
  const list = await api('GET', `/api/users?${query}`);

  const form = h('form', { class: 'filters', role: 'search', onsubmit: (event) => {
    event.preventDefault();
    trail = [];
    location.hash = usersHash(formValues(form), 0);
  } },
  field('Search', h('input', { name: 'q', type: 'search', value: filters.q, placeholder: 'username or email' })),
  field('Role', select('role', [['', 'Any role'], ['user', 'user'], ['admin', 'admin']], filters.role)),
  field('Status', select('status', [['', 'Any status'], ['active', 'active'], ['disabled', 'disabled'], ['locked', 'locked']], filters.status)),
  h('button', { type: 'submit' }, 'Search'));

  const rows = list.users.map((user) => [h('a', { href: `#/users/${user.id}` }, user.username), user.email, user.role, badge(user), when(user.last_login_at)]);
  const previous = h('button', { type: 'button', class: 'secondary', disabled: trail.length === 0, onclick: () => { location.hash = usersHash(filters, trail.pop()); } }, 'Previous');
  const next = h('button', { type: 'button', class: 'secondary', disabled: list.next === null, onclick: () => {
    trail.push(after);
    location.hash = usersHash(filters, list.next);
  } }, 'Next');
  return [
    heading('Users'),
    h('p', {}, h('a', { href: '#/users/new' }, 'Create a user or send an invitation')),
    form,
    h('p', { id: 'users-total' }, `${list.total}${list.total_exact ? '' : '+'} matching`),
    table('Users', ['Username', 'Email', 'Role', 'Status', 'Last login'], rows, 'No user matches.'),
    h('nav', { class: 'pager', 'aria-label': 'Pages' }, previous, next),
  ];
}
